"""The due list (Wiedervorlage): what needs the counsellor's attention today, this week, or
is overdue, over all cases.

Items name a case by its id and `reference` only (never the client's name) and carry no free
text of the plan, so the list can be shown and exported without revealing who is meant.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from counsel_app.domain import Actor, Case, FollowUpKind, StepStatus

WEEK_DAYS = 7
""""Diese Woche" means the next seven days after today."""

MAX_MONTHS_WITHOUT_REVIEW = 6
"""§ 15 Abs. 3 SGB II: look at the plan together at the latest after six months."""


class Bucket(StrEnum):
    TODAY = "today"
    THIS_WEEK = "this_week"
    OVERDUE = "overdue"

    @property
    def label(self) -> str:
        return _BUCKET_LABELS[self]


_BUCKET_LABELS = {
    Bucket.TODAY: "Heute fällig",
    Bucket.THIS_WEEK: "Diese Woche",
    Bucket.OVERDUE: "Überfällig",
}
BUCKET_ORDER: tuple[Bucket, ...] = (Bucket.TODAY, Bucket.THIS_WEEK, Bucket.OVERDUE)


class DueKind(StrEnum):
    REVIEW = "review"  # the plan's review_due
    STEP_OVERDUE = "step_overdue"  # an open step past its due date
    CONTACT = "contact"  # a planned follow-up (contact or review appointment), not done
    PLAN_UNREVIEWED = "plan_unreviewed"  # agreed/created more than six months ago, no review


_KIND_ORDER = {kind: i for i, kind in enumerate(DueKind)}


class Page(StrEnum):
    """The page of the case workspace an item belongs to."""

    ANALYSIS = "analyse"
    GOALS = "ziele"
    FOLLOW_UP = "nachhaltung"


_ACTOR_LABELS = {
    Actor.CLIENT: "Schritt der Kundin/des Kunden",
    Actor.JOBCENTER: "Leistung des Jobcenters",
    Actor.PROVIDER: "Schritt des Trägers",
}


@dataclass(frozen=True)
class DueItem:
    """One entry of the due list. `target` is "plan", "step:ID" or "follow_up:INDEX"."""

    case_id: int
    reference: str
    kind: DueKind
    date: date
    bucket: Bucket
    label: str
    page: Page
    target: str

    @property
    def sort_key(self) -> tuple[int, dt.date, str, int, int, str]:
        return (
            BUCKET_ORDER.index(self.bucket),
            self.date,
            self.reference,
            self.case_id,
            _KIND_ORDER[self.kind],
            self.target,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "reference": self.reference,
            "kind": self.kind.value,
            "date": self.date.isoformat(),
            "bucket": self.bucket.value,
            "bucket_label": self.bucket.label,
            "label": self.label,
            "page": self.page.value,
            "target": self.target,
        }


@dataclass(frozen=True)
class DueList:
    """All due items for `today`, sorted by bucket, date, reference."""

    today: date
    items: tuple[DueItem, ...]

    def in_bucket(self, bucket: Bucket) -> list[DueItem]:
        return [item for item in self.items if item.bucket is bucket]

    def by_bucket(self) -> dict[Bucket, list[DueItem]]:
        """Every bucket in display order, empty ones included."""
        return {bucket: self.in_bucket(bucket) for bucket in BUCKET_ORDER}

    def for_case(self, case_id: int) -> list[DueItem]:
        return [item for item in self.items if item.case_id == case_id]

    def to_json(self) -> list[dict[str, Any]]:
        return [item.to_json() for item in self.items]

    def __len__(self) -> int:
        return len(self.items)


def add_months(start: date, months: int) -> date:
    """`start` plus calendar months, the day clamped to the end of a shorter month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(start.day, calendar.monthrange(year, month0 + 1)[1]))


def german_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def bucket_for(when: date, today: date) -> Bucket | None:
    """The bucket of a date: today, within the next seven days, before today; else None."""
    if when < today:
        return Bucket.OVERDUE
    if when == today:
        return Bucket.TODAY
    if when <= today + timedelta(days=WEEK_DAYS):
        return Bucket.THIS_WEEK
    return None


def case_items(case_id: int, case: Case, today: date) -> list[DueItem]:
    """The due items of one case (unsorted)."""
    plan = case.plan
    ref = case.client.reference
    items: list[DueItem] = []

    def add(kind: DueKind, when: date, label: str, page: Page, target: str) -> None:
        bucket = bucket_for(when, today)
        if bucket is not None:
            items.append(DueItem(case_id, ref, kind, when, bucket, label, page, target))

    review_due = plan.review_due
    if review_due is not None and not any(r.date >= review_due for r in plan.reviews):
        add(
            DueKind.REVIEW,
            review_due,
            f"Überprüfung des Kooperationsplans (Version {plan.version}) "
            f"am {german_date(review_due)}",
            Page.FOLLOW_UP,
            "plan",
        )
    for step in plan.steps:
        if step.status is StepStatus.OPEN and step.due is not None and step.due < today:
            add(
                DueKind.STEP_OVERDUE,
                step.due,
                f"{_ACTOR_LABELS[step.actor]} {step.id}: offen, fällig am {german_date(step.due)}",
                Page.GOALS,
                f"step:{step.id}",
            )
    for index, follow_up in enumerate(plan.follow_ups):
        if follow_up.done:
            continue
        if follow_up.kind is FollowUpKind.REVIEW:
            if follow_up.date == review_due:
                continue  # the review item above stands for it
            what = "Geplanter Termin zur Überprüfung"
        else:
            what = "Geplanter Kontakt"
        add(
            DueKind.CONTACT,
            follow_up.date,
            f"{what} am {german_date(follow_up.date)}",
            Page.FOLLOW_UP,
            f"follow_up:{index}",
        )
    start = plan.agreed or plan.created
    limit = add_months(start, MAX_MONTHS_WITHOUT_REVIEW)
    if limit <= today and not any(r.date >= start for r in plan.reviews):
        verb = "vereinbart" if plan.agreed is not None else "erstellt"
        add(
            DueKind.PLAN_UNREVIEWED,
            limit,
            f"Plan seit mehr als sechs Monaten ohne Überprüfung ({verb} am {german_date(start)})",
            Page.FOLLOW_UP,
            "plan",
        )
    return items


def due_items(cases: Iterable[tuple[int, Case]], today: date) -> DueList:
    """The due list of `cases` ((case id, case) pairs) for `today`."""
    items = [item for case_id, case in cases for item in case_items(case_id, case, today)]
    items.sort(key=lambda item: item.sort_key)
    return DueList(today=today, items=tuple(items))
