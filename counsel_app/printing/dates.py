"""German dates without a locale: month and weekday names come from the wording file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class GermanDates:
    """Formats dates as German text ("1. März 2027", "Montag, 1. März 2027", "01.03.2027")."""

    months: Sequence[str]
    weekdays: Sequence[str]

    def __post_init__(self) -> None:
        if len(self.months) != 12 or len(self.weekdays) != 7:
            raise ValueError("need 12 month names and 7 weekday names")

    def long(self, value: date | None) -> str:
        """`1. März 2027`; an empty string for no date."""
        if value is None:
            return ""
        return f"{value.day}. {self.months[value.month - 1]} {value.year}"

    def with_weekday(self, value: date | None) -> str:
        """`Montag, 1. März 2027` (for appointments); an empty string for no date."""
        if value is None:
            return ""
        return f"{self.weekdays[value.weekday()]}, {self.long(value)}"

    def short(self, value: date | None) -> str:
        """`01.03.2027` (for the file copy and tables); an empty string for no date."""
        if value is None:
            return ""
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
