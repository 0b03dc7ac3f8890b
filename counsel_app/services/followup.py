"""Nachhaltung use cases: due list, reviews, Fortschreibung, version history, reminders."""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case, Goal, Review, Step
    from counsel_app.followup.compare import VersionDiff
    from counsel_app.followup.due import DueList
    from counsel_app.followup.history import PlanHistory
    from counsel_app.printing import PdfRenderer
    from counsel_app.quality.gas import GasPoint
    from counsel_app.services.store import Store


def due_list(store: Store, today: date | None = None) -> DueList:
    """The due list over every case of the store (current plan versions, loaded in bulk)."""
    from counsel_app.followup.due import due_items

    return due_items(store.cases.current_cases(), today or date.today())


def record_review(store: Store, case_id: int, review: Review) -> None:
    """Record a review on the current version; the steps' status follows its step results."""
    store.cases.record_review(case_id, review)


def gas_course(store: Store, case_id: int) -> list[GasPoint]:
    """GAS T-score per review of the case (date order), for the chart."""
    from counsel_app.quality.gas import gas_history

    return gas_history(store.cases.get(case_id))


def _with_review(case: Case, review: Review) -> Case:
    """`case` as it is after `review` is recorded (review appended, step status set)."""
    after = copy.deepcopy(case)
    after.plan.reviews.append(copy.deepcopy(review))
    results = review.step_results
    for step in after.plan.steps:
        if step.id in results:
            step.status = results[step.id].status
    return after


@dataclass(frozen=True)
class NextVersionResult:
    version: int
    diff: VersionDiff
    change_note: str


def write_next_version(
    store: Store,
    case_id: int,
    *,
    review_date: date,
    new_review_due: date,
    review: Review | None = None,
    keep_steps: Collection[str] | None = None,
    drop_steps: Collection[str] = (),
    drop_goals: Collection[str] = (),
    step_changes: Mapping[str, Mapping[str, Any]] | None = None,
    goal_changes: Mapping[str, Mapping[str, Any]] | None = None,
    add_goals: Sequence[Goal] = (),
    add_steps: Sequence[Step] = (),
    change_note: str | None = None,
) -> NextVersionResult:
    """Fortschreibung after the review of `review_date`: store the next plan version.

    `review` (if given) is recorded on the current version first, in the same transaction.
    Open goals and steps are carried over (see `followup.revision.next_version`), the new
    version starts on `review_date` with its next review on `new_review_due`. What changed is
    stored with the new version: `change_note` (default: one line per change) and the
    structured comparison. Earlier versions are not touched.
    """
    from counsel_app.followup.compare import compare_versions
    from counsel_app.followup.revision import NextVersionPlan, next_version

    current = store.cases.get(case_id)
    if review is not None:
        current = _with_review(current, review)
    decision = NextVersionPlan(
        created=review_date,
        review_due=new_review_due,
        keep_steps=keep_steps,
        drop_steps=drop_steps,
        drop_goals=drop_goals,
        step_changes=step_changes or {},
        goal_changes=goal_changes or {},
        add_goals=add_goals,
        add_steps=add_steps,
    )
    new = next_version(current, decision)
    diff = compare_versions(current, new)
    note = change_note or "\n".join(diff.descriptions()) or "Keine Änderungen."
    new.plan.change_note = note
    version = store.cases.add_version(case_id, new, change_record=diff.dumps(), review=review)
    return NextVersionResult(version=version, diff=diff, change_note=note)


def compare_stored_versions(store: Store, case_id: int, old: int, new: int) -> VersionDiff:
    """The comparison of two stored versions of a case (side-by-side view)."""
    from counsel_app.followup.compare import compare_versions

    return compare_versions(
        store.cases.get_version(case_id, old), store.cases.get_version(case_id, new)
    )


def plan_history(store: Store, case_id: int, version: int | None = None) -> PlanHistory:
    """Versions, reviews and the plain change summary for printing `version` (None: current)."""
    from counsel_app.followup.compare import compare_versions, plain_change_summary
    from counsel_app.followup.history import PlanHistory, VersionEntry, review_entries

    infos = store.cases.versions(case_id)
    number = infos[-1].version if version is None else version
    if number not in {i.version for i in infos}:
        raise UserError(f"Fall {case_id} hat keine Version {number}.")
    shown = [i for i in infos if i.version <= number]
    cases = {i.version: store.cases.get_version(case_id, i.version) for i in shown}
    case = cases[number]
    earlier = [cases[i.version] for i in shown if i.version < number]
    summary = None
    if earlier:
        summary = plain_change_summary(compare_versions(earlier[-1], case))
    return PlanHistory(
        versions=tuple(
            VersionEntry(
                version=i.version,
                status=i.status.value,
                created=i.created,
                agreed=i.agreed,
                review_due=i.review_due,
                change_note=i.change_note,
            )
            for i in shown
        ),
        reviews=review_entries(case, earlier),
        change_summary=summary,
    )


HISTORY_GLOBAL = "full_history"
"""The name under which the print templates find the history read from the store."""


def history_renderer(
    store: Store,
    case_id: int,
    version: int | None = None,
    base: PdfRenderer | None = None,
    *,
    variant: str | None = None,
) -> PdfRenderer:
    """A renderer whose templates also see the whole history of `version` (None: current):
    every version with its change note, the reviews, and the plain change summary.

    A shallow copy of `base` (default: the shared renderer) with an overlay template
    environment: `base` itself is not changed, so it can go on printing other cases. Give
    `variant` so that what it needs (the analyser for the client copy) is loaded on `base`.
    """
    import copy as copy_module

    from counsel_app.printing import default_renderer

    history = plan_history(store, case_id, version)
    base = base or default_renderer()
    if variant == "client":
        _ = base.analyser  # loaded once on `base`, not again in every copy
    clone = copy_module.copy(base)
    env = base.env.overlay(cache_size=50)  # own cache: its templates see the new globals
    env.globals = {**base.env.globals, HISTORY_GLOBAL: history}
    clone.env = env
    return clone


def print_version(
    store: Store,
    case_id: int,
    variant: str,
    out: Path,
    *,
    version: int | None = None,
    today: date | None = None,
    base: PdfRenderer | None = None,
) -> Path:
    """Print plan version `version` (None: current) of a stored case with its history."""
    renderer = history_renderer(store, case_id, version, base, variant=variant)
    case = store.cases.get_version(case_id, version)
    return renderer.render(case, variant, out, today=today)


def render_version_bytes(
    store: Store,
    case_id: int,
    variant: str,
    *,
    version: int | None = None,
    today: date | None = None,
    base: PdfRenderer | None = None,
) -> bytes:
    """The PDF of `print_version` in memory (for a preview)."""
    renderer = history_renderer(store, case_id, version, base, variant=variant)
    case = store.cases.get_version(case_id, version)
    return renderer.render_bytes(case, variant, today=today)


@dataclass(frozen=True)
class ReminderResult:
    path: Path
    events: int


def write_reminders(
    store: Store, out: Path, *, case_id: int | None = None, today: date | None = None
) -> ReminderResult:
    """Write review and open contact dates (from `today` on) as an .ics file, atomically."""
    from counsel_app.fileio import write_atomic
    from counsel_app.followup.ics import calendar_for, reminders_for

    if out.is_dir():
        raise UserError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    if case_id is None:
        cases = store.cases.current_cases()
    else:
        cases = [(case_id, store.cases.get(case_id))]
    today = today or date.today()
    data = calendar_for(cases, today, store_id=store.cases.store_id())
    write_atomic(out, data)
    events = sum(len(reminders_for(i, c, today)) for i, c in cases)
    return ReminderResult(path=out, events=events)
