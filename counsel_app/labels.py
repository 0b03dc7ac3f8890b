"""German names of coded values (Profillage, Hemmnis, actor, status, GAS level ...).

One source for the screen, the command line and the print: the sections of
`resources/templates/wording.toml`, the file an office edits to change printed words.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from counsel_app.resources import resource_path

WORDING_FILE = "wording.toml"
SECTIONS = (
    "actor",
    "goal_kind",
    "status",
    "follow_up_kind",
    "reading_level",
    "profile",
    "category",
    "gas",
    "dimension",
)


@dataclass(frozen=True)
class Labels:
    """Lookup of German names by section and coded value; unknown values show as given."""

    sections: Mapping[str, Mapping[str, str]]

    def of(self, section: str, value: object) -> str:
        """The German name of `value` (an enum member, its value or a GAS int); "" for None."""
        if value is None:
            return ""
        key = str(getattr(value, "value", value))
        return self.sections.get(section, {}).get(key, key)

    def table(self, section: str) -> Mapping[str, str]:
        """All names of a section, in file order."""
        return self.sections.get(section, {})


def load_labels(path: Path) -> Labels:
    """Labels from a wording file; a missing section is empty (values then show as coded)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sections: dict[str, dict[str, str]] = {}
    for name in SECTIONS:
        raw = data.get(name, {})
        if isinstance(raw, dict):
            sections[name] = {str(k): str(v) for k, v in raw.items()}
    return Labels(sections)


@cache
def default_labels() -> Labels:
    """The bundled labels (read once; the file is part of the installed program)."""
    return load_labels(resource_path("templates") / WORDING_FILE)
