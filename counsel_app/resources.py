"""The one place that knows where bundled resources (templates, word lists, cases, fonts) live."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """Folder holding `templates/`, `language/`, `cases/`, `fonts/`.

    Frozen builds carry it beside the executable's modules; wheels carry it as
    `counsel_app/_resources`; a source checkout (also editable installs) uses `resources/`.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is not None:
        return Path(frozen) / "counsel_app" / "_resources"
    package_dir = Path(__file__).resolve().parent
    bundled = package_dir / "_resources"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. `resource_path("language", "jargon.csv")`."""
    return resource_root().joinpath(*parts)
