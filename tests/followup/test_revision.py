"""Building the next plan version (pure)."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from counsel_app.domain import Actor, Case, Goal, GoalKind, Step, StepStatus
from counsel_app.errors import UserError
from counsel_app.followup.revision import NextVersionPlan, next_version

FALL_04 = "fall-04-langzeitarbeitslos-59-lager"


@pytest.fixture
def case(training_cases: dict[str, Case]) -> Case:
    return copy.deepcopy(training_cases[FALL_04])


def _decision(**kwargs: object) -> NextVersionPlan:
    return NextVersionPlan(created=date(2026, 11, 21), review_due=date(2027, 5, 20), **kwargs)  # type: ignore[arg-type]


def test_carries_over_open_goals_and_unfinished_steps(case: Case) -> None:
    before = copy.deepcopy(case)
    new = next_version(case, _decision())
    assert case == before  # the input is not changed
    assert new.plan.version == case.plan.version + 1
    assert (new.plan.created, new.plan.agreed, new.plan.review_due) == (
        date(2026, 11, 21),
        None,
        date(2027, 5, 20),
    )
    assert [g.id for g in new.plan.goals] == [g.id for g in case.plan.goals]
    # st2, st3 done; st1, st5 partly and st4 open are carried over as open
    assert [s.id for s in new.plan.steps] == ["st1", "st4", "st5"]
    assert {s.status for s in new.plan.steps} == {StepStatus.OPEN}
    assert new.plan.follow_ups == []  # all before the new start or done
    assert new.plan.reviews == case.plan.reviews
    assert new.client == case.client and new.potential_analysis == case.potential_analysis


def test_keep_drop_change_and_add(case: Case) -> None:
    goal = case.plan.goals[0]
    new = next_version(
        case,
        _decision(
            keep_steps={"st1", "st2", "st4"},
            drop_steps={"st4"},
            step_changes={"st1": {"due": date(2026, 12, 15), "text": "Neu formuliert"}},
            goal_changes={goal.id: {"target_date": date(2027, 6, 30)}},
            add_steps=[Step("st9", goal.id, Actor.JOBCENTER, "Eingliederungszuschuss prüfen")],
            add_goals=[Goal("gx", GoalKind.INTERMEDIATE, "Führerschein")],
            change_note="Nach dem Gespräch neu gefasst.",
        ),
    )
    assert [s.id for s in new.plan.steps] == ["st1", "st2", "st9"]
    assert new.plan.steps[0].text == "Neu formuliert"
    assert new.plan.steps[0].due == date(2026, 12, 15)
    assert new.plan.goals[0].target_date == date(2027, 6, 30)
    assert new.plan.goals[-1].id == "gx"
    assert new.plan.change_note == "Nach dem Gespräch neu gefasst."


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"drop_steps": {"nope"}}, "Schritt nope gibt es"),
        ({"goal_changes": {"gz": {"text": "x"}}}, "Ziel gz gibt es"),
        ({"step_changes": {"st1": {"status": "done"}}}, "das Feld status"),
        ({"add_steps": [Step("st1", "g1", Actor.CLIENT, "doppelt")]}, "zweimal"),
    ],
)
def test_bad_decisions_are_refused(case: Case, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UserError, match=message):
        next_version(case, _decision(**kwargs))


def test_dropping_a_goal_with_steps_needs_the_steps_handled(case: Case) -> None:
    goal_id = case.plan.steps[0].goal
    with pytest.raises(UserError, match="gehört zu einem Ziel"):
        next_version(case, _decision(drop_goals={goal_id}))
    serving = {s.id for s in case.plan.steps if s.goal == goal_id}
    new = next_version(case, _decision(drop_goals={goal_id}, drop_steps=serving))
    assert goal_id not in {g.id for g in new.plan.goals}


def test_review_due_before_start_is_refused(case: Case) -> None:
    with pytest.raises(UserError, match="Überprüfung"):
        next_version(case, NextVersionPlan(created=date(2026, 11, 21), review_due=date(2026, 1, 1)))
