"""The shipped schema is the shared contract, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counsel_app.exchange.schema import schema_path

REPO = Path(__file__).resolve().parents[2]
SHARED_SCHEMA = REPO.parent / "shared" / "schema" / "plan-exchange-v1.schema.json"


def test_bundled_schema_is_found_through_resources() -> None:
    path = schema_path()
    assert path.is_file()
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"] == {"const": "counsel-plan"}


def test_bundled_schema_equals_shared_contract() -> None:
    if not SHARED_SCHEMA.is_file():
        pytest.skip(f"no shared schema next to the repository ({SHARED_SCHEMA})")
    assert schema_path().read_bytes() == SHARED_SCHEMA.read_bytes(), (
        "resources/schema/plan-exchange-v1.schema.json differs from ../shared/schema/: "
        "copy the shared file over"
    )
