"""Version comparison on constructed pairs, and the plain summary for the client copy."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from counsel_app.domain import (
    Actor,
    Case,
    Client,
    Goal,
    GoalKind,
    Plan,
    PotentialAnalysis,
    Step,
    StepStatus,
)
from counsel_app.followup.compare import (
    Change,
    Entity,
    VersionDiff,
    compare_versions,
    plain_change_summary,
)


def _case() -> Case:
    return Case(
        client=Client(reference="TR-9"),
        potential_analysis=PotentialAnalysis(date=date(2026, 3, 1)),
        plan=Plan(
            created=date(2026, 3, 1),
            agreed=date(2026, 3, 1),
            review_due=date(2026, 9, 1),
            goals=[
                Goal("g1", GoalKind.INTEGRATION, "Arbeit als Verkäuferin in Teilzeit"),
                Goal("g2", GoalKind.INTERMEDIATE, "Kinderbetreuung ist geregelt"),
            ],
            steps=[
                Step("s1", "g2", Actor.CLIENT, "Kita-Platz beantragen", due=date(2026, 4, 1)),
                Step(
                    "s2",
                    "g1",
                    Actor.CLIENT,
                    "Bewerbungen schreiben",
                    plain_text="Sie schreiben jede Woche zwei Bewerbungen.",
                    frequency="wöchentlich",
                ),
                Step("s3", "g1", Actor.JOBCENTER, "Bewerbungskosten erstatten"),
            ],
        ),
    )


def test_identical_versions_have_no_changes() -> None:
    diff = compare_versions(_case(), _case())
    assert diff.is_empty and diff.items == ()
    assert plain_change_summary(diff) == "Ihre Ziele und Schritte bleiben gleich."


def test_added_changed_removed_by_id() -> None:
    old = _case()
    old.plan.steps[0].status = StepStatus.DONE
    new = copy.deepcopy(old)
    new.plan.version = 2
    new.plan.review_due = date(2027, 3, 1)
    del new.plan.steps[0]  # s1 done, not carried over
    new.plan.steps[0].due = date(2026, 10, 1)  # s2 gets a deadline
    new.plan.steps[1].success_criterion = "Quittung liegt vor"  # s3: internal field only
    new.plan.goals[1].text = "Die Kinder sind gut betreut"
    new.plan.steps.append(Step("s4", "g1", Actor.PROVIDER, "Bewerbungstraining anbieten"))
    diff = compare_versions(old, new)

    assert (diff.old_version, diff.new_version) == (1, 2)
    assert diff.plan_fields == ("review_due",)
    assert [(c.change, c.entity, c.id) for c in diff.items] == [
        (Change.CHANGED, Entity.GOAL, "g2"),
        (Change.CHANGED, Entity.STEP, "s2"),
        (Change.CHANGED, Entity.STEP, "s3"),
        (Change.ADDED, Entity.STEP, "s4"),
        (Change.REMOVED, Entity.STEP, "s1"),
    ]
    by_id = {c.id: c for c in diff.items}
    assert by_id["s2"].fields == ("due",)
    assert "Frist ohne Datum → 01.10.2026" in by_id["s2"].description
    assert by_id["s3"].fields == ("success_criterion",) and not by_id["s3"].client_visible
    assert by_id["g2"].fields == ("text",)
    assert (
        by_id["s1"].description
        == "Nicht mehr im Plan: Schritt s1 „Kita-Platz beantragen“ (erledigt)"
    )
    assert by_id["s4"].description.startswith("Neu: Schritt s4")
    assert diff.descriptions()[0] == "Überprüfung: 01.09.2026 → 01.03.2027"

    summary = plain_change_summary(diff)
    assert summary == (  # three new or changed items are counted, one removed is named
        "3 Ziele und Schritte sind neu oder geändert. "
        "Nicht mehr im Plan: Kita-Platz beantragen (erledigt)."
    )
    new.plan.steps = new.plan.steps[:-1]  # without s4: two changed items, named
    assert plain_change_summary(compare_versions(old, new)) == (
        "Neu ist: Die Kinder sind gut betreut (geändert); "
        "Sie schreiben jede Woche zwei Bewerbungen (geändert). "
        "Nicht mehr im Plan: Kita-Platz beantragen (erledigt)."
    )
    assert "Quittung" not in summary  # internal change


def test_removed_goal_and_only_a_new_review_date() -> None:
    old = _case()
    new = copy.deepcopy(old)
    new.plan.goals = new.plan.goals[:1]
    new.plan.steps = [s for s in new.plan.steps if s.goal == "g1"]
    diff = compare_versions(old, new)
    assert [(c.change, c.id) for c in diff.removed] == [
        (Change.REMOVED, "g2"),
        (Change.REMOVED, "s1"),
    ]
    assert plain_change_summary(diff) == (
        "Nicht mehr im Plan: Kinderbetreuung ist geregelt; Kita-Platz beantragen."
    )
    only_date = copy.deepcopy(old)
    only_date.plan.review_due = date(2027, 2, 1)
    assert plain_change_summary(compare_versions(old, only_date)) == (
        "Ihre Ziele und Schritte bleiben gleich. Wir sprechen am 01.02.2027 wieder über den Plan."
    )


def test_client_words_are_the_goal_wording_for_the_client() -> None:
    old = _case()
    new = copy.deepcopy(old)
    new.plan.goals.append(
        Goal(
            "g3",
            GoalKind.INTERMEDIATE,
            "Führerschein Klasse B",
            client_words="Ich will Auto fahren.",
        )
    )
    assert plain_change_summary(compare_versions(old, new)) == "Neu ist: Ich will Auto fahren."


@pytest.mark.parametrize("case_factory", [_case])
def test_diff_survives_json(case_factory: object) -> None:
    old = _case()
    new = copy.deepcopy(old)
    new.plan.version = 2
    new.plan.steps[1].text = "Bewerbungen an Firmen in der Nähe schreiben"
    del new.plan.steps[0]
    diff = compare_versions(old, new)
    assert VersionDiff.loads(diff.dumps()) == diff


def test_side_by_side_rows_pair_both_versions() -> None:
    from counsel_app.followup.compare import side_by_side

    old = _case()
    old.plan.steps[0].status = StepStatus.DONE
    new = copy.deepcopy(old)
    del new.plan.steps[0]
    new.plan.steps[0].due = date(2026, 10, 1)
    new.plan.steps.append(Step("s4", "g1", Actor.PROVIDER, "Bewerbungstraining anbieten"))
    rows = side_by_side(old, new)

    assert [(r.entity, r.id, r.change) for r in rows] == [
        (Entity.GOAL, "g1", None),
        (Entity.GOAL, "g2", None),
        (Entity.STEP, "s2", Change.CHANGED),
        (Entity.STEP, "s3", None),
        (Entity.STEP, "s4", Change.ADDED),
        (Entity.STEP, "s1", Change.REMOVED),
    ]
    by_id = {r.id: r for r in rows}
    assert (
        by_id["g1"].old_text
        == by_id["g1"].new_text
        == ("Eingliederungsziel: Arbeit als Verkäuferin in Teilzeit")
    )
    assert by_id["s2"].detail == "Frist ohne Datum → 01.10.2026"
    assert by_id["s2"].new_text.endswith("bis 01.10.2026 · wöchentlich · Stand: offen")
    assert "bis" not in by_id["s2"].old_text.splitlines()[1]
    assert by_id["s4"].old_text == "" and by_id["s4"].detail == "neu"
    assert by_id["s1"].new_text == "" and by_id["s1"].detail == "nicht mehr im Plan (erledigt)"


def test_case_history_without_the_store() -> None:
    from counsel_app.domain import Review, StepResult
    from counsel_app.followup.history import case_history

    case = _case()
    case.plan.version = 3
    case.plan.change_note = "Neu: Schritt s3"
    case.plan.reviews = [
        Review(
            date(2026, 6, 1),
            {"g1": 1, "g2": 0},
            step_results={"s1": StepResult(StepStatus.PARTLY, "Kita voll")},
        )
    ]
    history = case_history(case)
    (version,) = history.versions
    assert (version.version, version.status, version.change_note) == (
        3,
        "agreed",
        "Neu: Schritt s3",
    )
    (review,) = history.reviews
    # T = 50 + 10 · 1 / sqrt(0.7 · 2 + 0.3 · 2²) = 50 + 10 / sqrt(2.6)
    assert review.t_score is not None and round(review.t_score, 1) == 56.2
    (result,) = review.step_results
    assert (result.step_text, result.status_label, result.reason) == (
        "Kita-Platz beantragen",
        "teilweise erledigt",
        "Kita voll",
    )
    assert history.change_summary is None


def test_long_lists_are_counted_so_sentences_stay_short() -> None:
    from counsel_app.language import analyse

    old = _case()
    for step in old.plan.steps:
        step.status = StepStatus.DONE
    new = copy.deepcopy(old)
    new.plan.steps = []
    assert plain_change_summary(compare_versions(old, new)) == (
        "3 Schritte sind erledigt und nicht mehr im Plan."
    )
    old.plan.steps[0].status = StepStatus.OPEN
    new.plan.goals = new.plan.goals[:1]
    summary = plain_change_summary(compare_versions(old, new))
    assert summary == "4 Ziele und Schritte sind nicht mehr im Plan, 2 davon sind erledigt."
    findings = analyse(summary, "einfach").findings
    assert [f.rule for f in findings if f.rule == "long_sentence"] == []
