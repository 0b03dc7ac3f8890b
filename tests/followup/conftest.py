"""The training cases (resources/cases) read through the exchange reader, by file stem."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.domain import Case
from counsel_app.exchange import read_case
from counsel_app.resources import resource_path


def _stem_key(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="session")
def training_cases() -> dict[str, Case]:
    folder = Path(resource_path("cases"))
    files = sorted(folder.glob("*.json"), key=_stem_key)
    assert len(files) >= 10
    return {path.stem: read_case(path) for path in files}
