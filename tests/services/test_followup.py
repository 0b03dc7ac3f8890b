"""Nachhaltung services on a real store: due list, review -> next version, history, reminders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from counsel_app.domain import Review, StepResult, StepStatus
from counsel_app.errors import UserError
from counsel_app.exchange import case_to_dict
from counsel_app.followup.compare import Change, VersionDiff
from counsel_app.followup.due import due_items
from counsel_app.quality.gas import gas_t_score
from counsel_app.services import followup
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import Store, init_store, open_store
from tests.support.fixtures import ContextMaker

TODAY = date(2026, 11, 21)


@pytest.fixture
def store(make_ctx: ContextMaker) -> Iterator[Store]:
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as opened:
        load_demo_cases(opened)
        yield opened


def _case_id(store: Store, reference: str) -> int:
    return store.cases.resolve(reference)


def _frozen(store: Store, case_id: int, version: int) -> str:
    """A version as canonical JSON (exchange form) plus what the exchange cannot carry."""
    case = store.cases.get_version(case_id, version)
    extra = {
        "change_note": case.plan.change_note,
        "step_results": [
            {k: [v.status.value, v.reason] for k, v in r.step_results.items()}
            for r in case.plan.reviews
        ],
    }
    return json.dumps([case_to_dict(case), extra], sort_keys=True, ensure_ascii=False)


def test_due_list_over_the_store_equals_the_pure_one(store: Store) -> None:
    result = followup.due_list(store, TODAY)
    assert result == due_items(store.cases.current_cases(), TODAY)
    refs = {item.reference for item in result.items}
    assert "TR-2026-004" in refs and "TR-2026-010" not in refs
    assert all(item.case_id == _case_id(store, item.reference) for item in result.items)


def test_review_then_next_version_keeps_history_intact(store: Store) -> None:
    case_id = _case_id(store, "TR-2026-004")
    v1_before = store.cases.get_version(case_id, 1)
    goal_ids = [g.id for g in v1_before.plan.goals]
    review = Review(
        date=TODAY,
        goal_ratings={goal_ids[0]: 0, goal_ids[1]: 1},
        note="Gutachten umgesetzt.",
        step_results={
            "st1": StepResult(StepStatus.DONE),
            "st4": StepResult(StepStatus.NOT_DONE, "Termin ausgefallen."),
            "st5": StepResult(StepStatus.DROPPED, "Maßnahme beendet."),
        },
    )
    followup.record_review(store, case_id, review)
    frozen = _frozen(store, case_id, 1)
    v1 = store.cases.get_version(case_id, 1)
    assert v1.plan.reviews[-1] == review
    assert {s.id: s.status for s in v1.plan.steps}["st4"] is StepStatus.NOT_DONE

    result = followup.write_next_version(
        store,
        case_id,
        review_date=TODAY,
        new_review_due=date(2027, 5, 20),
        step_changes={"st4": {"due": date(2027, 1, 15)}},
    )
    assert result.version == 2
    assert _frozen(store, case_id, 1) == frozen  # the old version is unchanged
    assert store.cases.get_version(case_id, 1) == v1
    v2 = store.cases.get(case_id)
    assert v2.plan.version == 2 and v2.plan.agreed is None
    assert [s.id for s in v2.plan.steps] == ["st4"]  # st1 done, st5 dropped, st2/st3 done
    assert v2.plan.steps[0].status is StepStatus.OPEN
    assert v2.plan.steps[0].due == date(2027, 1, 15)
    assert v2.plan.reviews == v1.plan.reviews
    assert v2.plan.change_note == result.change_note
    assert "Nicht mehr im Plan: Schritt st1" in result.change_note
    info = store.cases.versions(case_id)[-1]
    assert info.change_record is not None
    assert VersionDiff.loads(info.change_record) == result.diff
    assert {c.id for c in result.diff.removed} == {"st1", "st2", "st3", "st5"}
    assert [(c.change, c.id, c.fields) for c in result.diff.changed] == [
        (Change.CHANGED, "st4", ("due", "status"))
    ]
    assert followup.compare_stored_versions(store, case_id, 1, 2) == result.diff

    # and a third version after the next review: version 2 stays as it was too
    frozen2 = _frozen(store, case_id, 2)
    third = followup.write_next_version(
        store,
        case_id,
        review_date=date(2027, 5, 20),
        new_review_due=date(2027, 11, 20),
        review=Review(
            date(2027, 5, 20), {goal_ids[0]: 2}, step_results={"st4": StepResult(StepStatus.DONE)}
        ),
        change_note="Arbeitsstelle gefunden.",
    )
    assert third.version == 3 and third.change_note == "Arbeitsstelle gefunden."
    assert store.cases.get_version(case_id, 2).plan.reviews[-1].date == date(2027, 5, 20)
    assert _frozen(store, case_id, 1) == frozen
    assert store.cases.get(case_id).plan.steps == []
    assert frozen2 != _frozen(store, case_id, 2)  # the review was recorded on version 2


def test_gas_course_and_history(store: Store) -> None:
    case_id = _case_id(store, "TR-2026-004")
    goal_ids = [g.id for g in store.cases.get(case_id).plan.goals]
    start = followup.gas_course(store, case_id)
    ratings = [{goal_ids[0]: -1, goal_ids[1]: -1}, {goal_ids[0]: 0, goal_ids[1]: 1}]
    for month, rating in zip((10, 11), ratings, strict=True):
        followup.record_review(store, case_id, Review(date(2026, month, 1), rating))
    course = followup.gas_course(store, case_id)
    assert len(course) == len(start) + 2
    assert [round(p.t_score or 0, 2) for p in course[-2:]] == [
        round(gas_t_score(ratings[0]) or 0, 2),
        round(gas_t_score(ratings[1]) or 0, 2),
    ]
    assert course[-2].t_score is not None and course[-1].t_score is not None
    assert course[-2].t_score < 50 < course[-1].t_score

    followup.write_next_version(
        store, case_id, review_date=date(2026, 11, 1), new_review_due=date(2027, 4, 1)
    )
    history = followup.plan_history(store, case_id)
    assert [v.version for v in history.versions] == [1, 2]
    assert history.versions[0].change_note is None and history.versions[1].change_note
    assert [r.date for r in history.reviews][-2:] == [date(2026, 10, 1), date(2026, 11, 1)]
    assert history.reviews[-1].ratings[0].goal_text
    assert history.change_summary and history.change_summary.startswith("Nicht mehr im Plan:")
    first = followup.plan_history(store, case_id, 1)
    assert first.change_summary is None and len(first.versions) == 1
    with pytest.raises(UserError, match="keine Version 7"):
        followup.plan_history(store, case_id, 7)


def test_reminders_file_for_one_case_and_for_all(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "termine.ics"
    case_id = _case_id(store, "TR-2026-010")
    one = followup.write_reminders(store, out, case_id=case_id, today=TODAY)
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert one.events == len(events) == 3
    uids = {str(e["UID"]) for e in events}
    everything = followup.write_reminders(store, out, today=TODAY)
    all_uids = {str(e["UID"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert everything.events == len(all_uids) > 3 and uids <= all_uids
    assert [p.name for p in folder.iterdir()] == ["termine.ics"]  # no temp file left
    with pytest.raises(UserError, match="Ordner"):
        followup.write_reminders(store, folder, today=TODAY)
