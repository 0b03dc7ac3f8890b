"""Reminders as an iCalendar file (RFC 5545) for the counsellor's own calendar.

Each event is an all-day date named by the case reference only: no name, no salutation, no
free text of the plan leaves the store this way. UIDs are a hash of store id, case id, kind
and date, so importing the file again updates the events instead of adding copies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from counsel_app.domain import Case, FollowUpKind

PRODID = "-//counsel-app//Kooperationsplan Nachhaltung//DE"
UID_DOMAIN = "counsel-app.invalid"


@dataclass(frozen=True)
class Reminder:
    """One all-day reminder; `kind` is "review" or "contact"."""

    case_id: int
    reference: str
    kind: str
    date: date

    @property
    def summary(self) -> str:
        what = "Überprüfung" if self.kind == "review" else "Kontakt"
        return f"{what} Kooperationsplan {self.reference}"

    def uid(self, store_id: str) -> str:
        raw = f"{store_id}/{self.case_id}/{self.kind}/{self.date.isoformat()}"
        return f"{hashlib.sha256(raw.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def reminders_for(case_id: int, case: Case, today: date | None = None) -> list[Reminder]:
    """The open review date and the open contacts of one case (on or after `today`)."""
    plan = case.plan
    ref = case.client.reference
    found: dict[tuple[str, date], Reminder] = {}

    def add(kind: str, when: date) -> None:
        if today is None or when >= today:
            found.setdefault((kind, when), Reminder(case_id, ref, kind, when))

    due = plan.review_due
    if due is not None and not any(r.date >= due for r in plan.reviews):
        add("review", due)
    for follow_up in plan.follow_ups:
        if not follow_up.done:
            kind = "review" if follow_up.kind is FollowUpKind.REVIEW else "contact"
            add(kind, follow_up.date)
    return sorted(found.values(), key=lambda r: (r.date, r.kind))


def calendar_for(
    cases: Iterable[tuple[int, Case]],
    today: date | None = None,
    *,
    store_id: str = "",
    stamp: datetime | None = None,
) -> bytes:
    """An .ics calendar with the review and open contact dates of `cases` as all-day events.

    `today` leaves out dates before it; `stamp` (UTC) fixes DTSTAMP for reproducible output.
    """
    from icalendar import Calendar, Event

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for case_id, case in cases:
        for reminder in reminders_for(case_id, case, today):
            event = Event()
            event.add("uid", reminder.uid(store_id))
            event.add("dtstamp", stamp)
            event.add("dtstart", reminder.date)
            event.add("dtend", reminder.date + timedelta(days=1))
            event.add("summary", reminder.summary)
            event.add("transp", "TRANSPARENT")
            event.add("class", "PRIVATE")
            cal.add_component(event)
    return bytes(cal.to_ical())
