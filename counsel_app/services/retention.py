"""Deleting cases for good, and the retention period after which a case is due for deletion.

DESIGN.md §4: deleting a client removes all of its rows; retention periods are
configurable. The period is kept in the store's settings (`retention_months`); a case is
due once its last change is older than that many months. Nothing is deleted without an
explicit request: `due_for_deletion` only lists, `delete_cases` deletes. After deleting,
the write-ahead log is checkpointed and truncated; with `secure_delete` the freed pages are
overwritten, so no text of a deleted case stays readable in the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.services.store import Store
    from counsel_app.storage.summaries import CaseSummary

RETENTION_SETTING = "retention_months"
MAX_RETENTION_MONTHS = 240


@dataclass(frozen=True)
class DueForDeletion:
    """A case whose last change is older than the retention period."""

    id: int
    reference: str
    last_change: date
    due_since: date


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day where that day does not exist)."""
    import calendar

    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_after(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where that day does not exist)."""
    return months_before(day, -months)


def parse_months(text: str) -> int:
    """A retention period from user input: whole months, 1 to 240."""
    try:
        months = int(text.strip())
    except ValueError:
        raise UserError(f"Aufbewahrungsfrist: „{text}“ ist keine ganze Zahl von Monaten.") from None
    if not 1 <= months <= MAX_RETENTION_MONTHS:
        raise UserError(
            f"Aufbewahrungsfrist: bitte 1 bis {MAX_RETENTION_MONTHS} Monate angeben, "
            f"nicht {months}."
        )
    return months


def retention_months(store: Store) -> int | None:
    """The configured period in months; None if none is set (cases are then kept)."""
    value = store.cases.get_setting(RETENTION_SETTING)
    if value is None:
        return None
    try:
        return parse_months(value)
    except UserError:
        return None  # a damaged setting never leads to deleting anything


def set_retention_months(store: Store, months: int | None) -> None:
    """Set the period (validated) or switch it off with None."""
    if months is not None:
        months = parse_months(str(months))
    store.cases.set_setting(RETENTION_SETTING, None if months is None else str(months))


def due_for_deletion(
    summaries: list[CaseSummary], months: int | None, today: date
) -> list[DueForDeletion]:
    """Cases whose last change lies more than `months` before `today`, oldest first."""
    if months is None:
        return []
    limit = months_before(today, months)
    due = [
        DueForDeletion(
            id=row.id,
            reference=row.reference,
            last_change=row.updated_at.date(),
            due_since=months_after(row.updated_at.date(), months),
        )
        for row in summaries
        if row.updated_at.date() < limit
    ]
    return sorted(due, key=lambda item: (item.last_change, item.id))


def delete_cases(store: Store, case_ids: list[int]) -> int:
    """Delete the cases with all versions and content, then truncate the log; returns count."""
    for case_id in case_ids:
        store.cases.delete(case_id)
    store.db.checkpoint()
    return len(case_ids)
