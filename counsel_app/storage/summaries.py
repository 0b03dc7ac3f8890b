"""The case list and the store's settings, read with plain SQL on a raw SQLCipher connection.

This is the one place that reads the case list: the repository calls it inside its
sessions, and the desktop program calls it on the first connection at start, before
SQLAlchemy and SQLModel are imported (together some 300 ms and 50 MiB, which the list does
not need). Nothing here imports them, so the module is cheap to import.

Values come back as SQLAlchemy's SQLite types store them: dates as ``YYYY-MM-DD``,
date-times as ISO text without a zone, booleans as 0/1.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from counsel_app.domain import Profile, StepStatus


class PlanStatus(StrEnum):
    """State of one plan version."""

    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list (current plan version)."""

    id: int
    reference: str
    display_name: str | None
    profile: Profile | None
    pseudonymised: bool
    plan_version: int
    plan_status: PlanStatus
    agreed: date | None
    review_due: date | None
    next_step_due: date | None
    updated_at: datetime


# The current version of each case is its highest; the next date is the earliest due date
# of an open step of that version.
CASE_SUMMARIES_SQL = """
SELECT c.id, c.reference, c.display_name, c.profile, c.pseudonymised, c.updated_at,
       pv.version, pv.status, pv.agreed, pv.review_due,
       (SELECT min(s.due) FROM step AS s
         WHERE s.plan_version_id = pv.id AND s.status = ? AND s.due IS NOT NULL)
FROM client AS c
JOIN plan_version AS pv ON pv.client_id = c.id
 AND pv.version = (SELECT max(v.version) FROM plan_version AS v WHERE v.client_id = c.id)
ORDER BY c.reference, c.id
"""


def read_case_summaries(dbapi_connection: Any) -> list[CaseSummary]:
    """Every case with its current plan version, ordered by reference (then id)."""
    rows = dbapi_connection.execute(CASE_SUMMARIES_SQL, (StepStatus.OPEN.value,)).fetchall()
    return [
        CaseSummary(
            id=int(case_id),
            reference=str(reference),
            display_name=display_name,
            profile=Profile(profile) if profile is not None else None,
            pseudonymised=bool(pseudonymised),
            plan_version=int(version),
            plan_status=PlanStatus(status),
            agreed=_date(agreed),
            review_due=_date(review_due),
            next_step_due=_date(next_due),
            updated_at=datetime.fromisoformat(updated_at),
        )
        for (
            case_id,
            reference,
            display_name,
            profile,
            pseudonymised,
            updated_at,
            version,
            status,
            agreed,
            review_due,
            next_due,
        ) in rows
    ]


def read_settings(dbapi_connection: Any) -> dict[str, str]:
    """All of the store's key/value settings (the `app_setting` table)."""
    rows = dbapi_connection.execute("SELECT key, value FROM app_setting")
    return {str(key): str(value) for key, value in rows}


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
