"""The history of a plan for print and display: versions with their change notes, and the
reviews with GAS ratings, T-score and step results. Plain data, built by the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from counsel_app.domain import Case, Review, StepStatus

STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.OPEN: "offen",
    StepStatus.DONE: "erledigt",
    StepStatus.PARTLY: "teilweise erledigt",
    StepStatus.NOT_DONE: "nicht erledigt",
    StepStatus.DROPPED: "entfallen",
}

GAS_LEVEL_LABELS: dict[int, str] = {
    -2: "viel weniger als erwartet",
    -1: "etwas weniger als erwartet",
    0: "wie erwartet",
    1: "etwas mehr als erwartet",
    2: "viel mehr als erwartet",
}


@dataclass(frozen=True)
class VersionEntry:
    version: int
    status: str  # PlanStatus value: draft, agreed, superseded
    created: date
    agreed: date | None
    review_due: date | None
    change_note: str | None


@dataclass(frozen=True)
class RatingEntry:
    goal_id: str
    goal_text: str  # "" if the goal is no longer in the plan
    level: int

    @property
    def level_label(self) -> str:
        return GAS_LEVEL_LABELS.get(self.level, str(self.level))


@dataclass(frozen=True)
class StepResultEntry:
    step_id: str
    step_text: str  # "" if the step is no longer in the plan
    status: StepStatus
    reason: str | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class ReviewEntry:
    date: date
    ratings: tuple[RatingEntry, ...]
    t_score: float | None
    step_results: tuple[StepResultEntry, ...]
    note: str | None


@dataclass(frozen=True)
class PlanHistory:
    """Everything the prints need beyond one version; `change_summary` is the plain text for
    the client copy (None for a first version)."""

    versions: tuple[VersionEntry, ...]
    reviews: tuple[ReviewEntry, ...]
    change_summary: str | None = None


def review_entries(case: Case, texts_from: Sequence[Case] = ()) -> tuple[ReviewEntry, ...]:
    """The reviews of `case` in date order with T-scores; goal and step texts are looked up in
    `case` first, then in `texts_from` (earlier versions, oldest first: for goals since
    removed)."""
    from counsel_app.quality.gas import gas_t_score

    goal_texts: dict[str, str] = {}
    step_texts: dict[str, str] = {}
    for source in (*texts_from, case):
        goal_texts.update({g.id: g.text for g in source.plan.goals})
        step_texts.update({s.id: s.text for s in source.plan.steps})

    def entry(review: Review) -> ReviewEntry:
        return ReviewEntry(
            date=review.date,
            ratings=tuple(
                RatingEntry(goal_id, goal_texts.get(goal_id, ""), level)
                for goal_id, level in review.goal_ratings.items()
            ),
            t_score=gas_t_score(review.goal_ratings),
            step_results=tuple(
                StepResultEntry(step_id, step_texts.get(step_id, ""), result.status, result.reason)
                for step_id, result in review.step_results.items()
            ),
            note=review.note,
        )

    return tuple(entry(r) for r in sorted(case.plan.reviews, key=lambda r: r.date))


def case_history(case: Case) -> PlanHistory:
    """The history one stored version carries by itself, for prints made without the store:
    the reviews (carried over from version to version) and this version with its change
    note. Earlier versions and the plain change summary need the store (`plan_history`)."""
    plan = case.plan
    return PlanHistory(
        versions=(
            VersionEntry(
                version=plan.version,
                status="agreed" if plan.agreed is not None else "draft",
                created=plan.created,
                agreed=plan.agreed,
                review_due=plan.review_due,
                change_note=plan.change_note,
            ),
        ),
        reviews=review_entries(case),
    )
