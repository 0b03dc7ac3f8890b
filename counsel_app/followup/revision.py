"""Fortschreibung: build the next plan version from the current one after a review.

Pure: takes the current `Case` and what the counsellor decided, returns the new `Case`. The
service stores it as a new version; the old version is never touched.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from counsel_app.domain import Case, Goal, Step, StepStatus
from counsel_app.errors import UserError

# Steps in these states are finished; by default they are not carried over.
FINISHED = frozenset({StepStatus.DONE, StepStatus.DROPPED})

EDITABLE_STEP_FIELDS = frozenset(
    {"goal", "actor", "text", "plain_text", "due", "frequency", "success_criterion", "addresses"}
)
EDITABLE_GOAL_FIELDS = frozenset(
    {"kind", "text", "client_words", "target_date", "addresses", "gas"}
)


@dataclass
class NextVersionPlan:
    """What the counsellor decided for the next version.

    `keep_steps`: ids of steps to carry over (None: every step not done or dropped);
    `drop_steps` / `drop_goals`: ids to leave out; `step_changes` / `goal_changes`: id ->
    {field: new value}; `add_goals` / `add_steps`: new entries; `change_note`: the
    counsellor's own words on what changed (None: written from the comparison).
    """

    created: date
    review_due: date
    keep_steps: Collection[str] | None = None
    drop_steps: Collection[str] = ()
    drop_goals: Collection[str] = ()
    step_changes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    goal_changes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    add_goals: Sequence[Goal] = ()
    add_steps: Sequence[Step] = ()
    change_note: str | None = None


def _unknown(kind: str, ids: Collection[str], known: Collection[str]) -> None:
    missing = sorted(set(ids) - set(known))
    if missing:
        raise UserError(f"{kind} {', '.join(missing)} gibt es im aktuellen Plan nicht.")


def _apply(item: Any, changes: Mapping[str, Any], editable: frozenset[str], what: str) -> Any:
    wrong = sorted(set(changes) - editable)
    if wrong:
        raise UserError(f"{what}: das Feld {', '.join(wrong)} lässt sich so nicht ändern.")
    return dataclasses.replace(item, **changes)


def next_version(case: Case, decision: NextVersionPlan) -> Case:
    """The next version of `case` as decided; `case` itself is not changed.

    Goals are carried over unless dropped; steps that are not finished (or those in
    `keep_steps`) are carried over with status "open" again. Open follow-ups from the new
    version's start on are kept, reviews stay as history, `agreed` is cleared.
    """
    plan = case.plan
    goal_ids = [g.id for g in plan.goals]
    step_ids = [s.id for s in plan.steps]
    _unknown("Ziel", [*decision.drop_goals, *decision.goal_changes], goal_ids)
    _unknown("Schritt", [*decision.drop_steps, *decision.step_changes], step_ids)
    if decision.keep_steps is not None:
        _unknown("Schritt", decision.keep_steps, step_ids)
    if decision.review_due < decision.created:
        raise UserError("Die nächste Überprüfung kann nicht vor dem Beginn der Version liegen.")

    new = copy.deepcopy(case)
    goals = [
        _apply(g, decision.goal_changes.get(g.id, {}), EDITABLE_GOAL_FIELDS, f"Ziel {g.id}")
        for g in new.plan.goals
        if g.id not in set(decision.drop_goals)
    ]
    steps: list[Step] = []
    for step in new.plan.steps:
        keep = (
            step.status not in FINISHED
            if decision.keep_steps is None
            else step.id in set(decision.keep_steps)
        )
        if not keep or step.id in set(decision.drop_steps):
            continue
        changed = _apply(
            step, decision.step_changes.get(step.id, {}), EDITABLE_STEP_FIELDS, f"Schritt {step.id}"
        )
        changed.status = StepStatus.OPEN
        steps.append(changed)
    goals.extend(copy.deepcopy(list(decision.add_goals)))
    steps.extend(copy.deepcopy(list(decision.add_steps)))
    _check_ids("Ziel", [g.id for g in goals])
    _check_ids("Schritt", [s.id for s in steps])
    known_goals = {g.id for g in goals}
    orphans = sorted(s.id for s in steps if s.goal not in known_goals)
    if orphans:
        raise UserError(
            f"Schritt {', '.join(orphans)} gehört zu einem Ziel, das nicht mehr im Plan ist; "
            "bitte den Schritt einem anderen Ziel zuordnen oder weglassen."
        )

    new.plan.version = plan.version + 1
    new.plan.created = decision.created
    new.plan.agreed = None
    new.plan.review_due = decision.review_due
    new.plan.goals = goals
    new.plan.steps = steps
    new.plan.follow_ups = [
        f for f in new.plan.follow_ups if not f.done and f.date >= decision.created
    ]
    new.plan.change_note = decision.change_note
    return new


def _check_ids(kind: str, ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise UserError(f"{kind} {item_id} kommt im neuen Plan zweimal vor.")
        seen.add(item_id)
