"""German labels and formats shared by the windows (no Qt, no database).

The names of coded values come from `counsel_app.labels` (the wording file the print uses),
so screen and print say the same word. `LabelMap` reads that file on first use, never at
import: the first window must not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Generic, TypeVar

from counsel_app.labels import default_labels

K = TypeVar("K")


class LabelMap(Mapping[K, str], Generic[K]):
    """The German names of one wording section as a read-only mapping, loaded lazily.

    `keys` gives the keys in display order (for example the members of an enum); without it
    the keys are the coded values of the section as strings, in file order. `fmt(key, name)`
    may decorate a name (for example the GAS level number in front of it).
    """

    def __init__(
        self,
        section: str,
        keys: Callable[[], Iterable[K]] | None = None,
        fmt: Callable[[K, str], str] | None = None,
    ) -> None:
        self.section = section
        self._keys = keys
        self._fmt = fmt

    def _key_list(self) -> list[K]:
        if self._keys is not None:
            return list(self._keys())
        return list(default_labels().table(self.section))  # type: ignore[arg-type]

    def __getitem__(self, key: K) -> str:
        code = str(getattr(key, "value", key))
        table = default_labels().table(self.section)
        if code not in table:
            raise KeyError(key)
        name = table[code]
        return self._fmt(key, name) if self._fmt is not None else name

    def __iter__(self) -> Iterator[K]:
        return iter(self._key_list())

    def __len__(self) -> int:
        return len(self._key_list())


PROFILE_LABELS: LabelMap[str] = LabelMap("profile")
ACTOR_LABELS: LabelMap[str] = LabelMap("actor")
STEP_STATUS_LABELS: LabelMap[str] = LabelMap("status")


def label_of(section: str, value: object) -> str:
    """German name of a coded value (enum member or its value); empty for None."""
    return default_labels().of(section, value)


def profile_label(value: object) -> str:
    """German name of a Profillage (enum member or its value); empty if None."""
    return label_of("profile", value)


def format_date(value: date | None) -> str:
    """German date format, 21.11.2026; empty for None."""
    return value.strftime("%d.%m.%Y") if value else ""


def plan_state(agreed: date | None, version: int | None) -> str:
    """'Entwurf' or 'vereinbart (Version 2)'."""
    if agreed is None:
        return "Entwurf"
    return f"vereinbart (Version {version})" if version else "vereinbart"


def count_phrase(count: int, singular: str, plural: str) -> str:
    """'1 Fall', '3 Fälle', 'keine Fälle'."""
    if count == 0:
        return f"keine {plural}"
    return f"{count} {singular if count == 1 else plural}"
