"""CaseRepository: round trip, save, versions, cascade delete, audit, lookups."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from sqlalchemy import text

from counsel_app.domain import Case, Counsellor, Goal, GoalKind, Profile, StepStatus
from counsel_app.model import PlanStatus, metadata
from counsel_app.storage.database import Database
from counsel_app.storage.errors import CaseNotFoundError, DuplicateReferenceError
from counsel_app.storage.repository import CaseRepository
from tests.storage.conftest import KEY
from tests.support.strategies import cases, large_case


@pytest.fixture(scope="module")
def shared_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseRepository]:
    db = Database.create(tmp_path_factory.mktemp("roundtrip") / "store.db", KEY)
    try:
        yield CaseRepository(db)
    finally:
        db.close()


@settings(max_examples=150)
@given(case=cases())
def test_round_trip_of_arbitrary_valid_cases(shared_repo: CaseRepository, case: Case) -> None:
    case_id = shared_repo.add(case)
    try:
        assert shared_repo.get(case_id) == case
    finally:
        shared_repo.delete(case_id)


@settings(max_examples=60)
@given(first=cases(), second=cases())
def test_save_replaces_the_content(shared_repo: CaseRepository, first: Case, second: Case) -> None:
    case_id = shared_repo.add(first)
    try:
        second.plan.version = first.plan.version  # the repository owns the version number
        second.client.reference = first.client.reference
        shared_repo.save(case_id, second)
        assert shared_repo.get(case_id) == second
        assert len(shared_repo.versions(case_id)) == 1
    finally:
        shared_repo.delete(case_id)


def test_large_case_round_trip_keeps_order(repo: CaseRepository) -> None:
    case = large_case()
    case.plan.steps.reverse()
    case.plan.goals.insert(0, case.plan.goals.pop())
    case_id = repo.add(case)
    assert repo.get(case_id) == case
    assert [s.id for s in repo.get(case_id).plan.steps][:2] == ["st60", "st59"]


def test_gas_none_and_empty_and_counsellor_none_and_empty_are_kept_apart(
    repo: CaseRepository,
) -> None:
    case = large_case()
    case.plan.goals[0].gas = None
    case.plan.goals[1].gas = {}
    case.plan.goals[2].gas = {-2: "", 2: "viel mehr"}
    case.counsellor = Counsellor()
    case_id = repo.add(case)
    back = repo.get(case_id)
    assert [g.gas for g in back.plan.goals[:3]] == [None, {}, {-2: "", 2: "viel mehr"}]
    assert back.counsellor == Counsellor()
    case.counsellor = None
    repo.save(case_id, case)
    assert repo.get(case_id).counsellor is None


def test_save_changes_only_the_current_version_and_updates_the_summary(
    repo: CaseRepository,
) -> None:
    case_id = repo.add(large_case())
    case = repo.get(case_id)
    case.plan.steps[0].status = StepStatus.DONE
    case.client.display_name = "Erika Musterfrau"
    case.plan.agreed = None
    repo.save(case_id, case)
    assert repo.get(case_id) == case
    (summary,) = repo.list_summaries()
    assert summary.display_name == "Erika Musterfrau"
    assert summary.plan_status is PlanStatus.DRAFT


def test_revise_creates_a_linked_version_and_leaves_the_old_one_unchanged(
    repo: CaseRepository,
) -> None:
    original = large_case()
    case_id = repo.add(original)
    assert repo.revise(case_id, date(2026, 7, 1)) == 2
    infos = repo.versions(case_id)
    assert [(v.version, v.status, v.previous_version) for v in infos] == [
        (1, PlanStatus.SUPERSEDED, None),
        (2, PlanStatus.DRAFT, 1),
    ]
    current = repo.get(case_id)
    assert current.plan.version == 2
    assert current.plan.created == date(2026, 7, 1)
    assert current.plan.agreed is None
    assert current.plan.goals == original.plan.goals
    # editing the new version does not touch the old one
    current.plan.goals.append(Goal("g99", GoalKind.INTERMEDIATE, "Führerschein machen"))
    current.plan.steps.clear()
    current.potential_analysis.client_view = "Neu gesehen"
    repo.save(case_id, current)
    assert repo.get_version(case_id, 1) == original
    assert repo.get_version(case_id, 2) == current
    assert repo.get(case_id) == current
    assert repo.revise(case_id, date(2027, 1, 1)) == 3
    assert repo.get_version(case_id, 2) == current
    with pytest.raises(CaseNotFoundError):
        repo.get_version(case_id, 7)


def _row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: int(conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar() or 0)
            for t in metadata.sorted_tables
        }


def test_delete_removes_every_row_of_the_case(db: Database, repo: CaseRepository) -> None:
    keep = repo.add(large_case(reference="bleibt"))
    empty = _row_counts(db)
    gone = repo.add(large_case(reference="weg"))
    repo.revise(gone, date(2026, 8, 1))
    repo.revise(gone, date(2026, 9, 1))
    assert _row_counts(db)["step"] == 4 * 60
    repo.delete(gone)
    after = _row_counts(db)
    assert {k: v for k, v in after.items() if k != "audit_event"} == {
        k: v for k, v in empty.items() if k != "audit_event"
    }
    with pytest.raises(CaseNotFoundError):
        repo.get(gone)
    with pytest.raises(CaseNotFoundError):
        repo.delete(gone)
    assert repo.get(keep) == large_case(reference="bleibt")
    assert [(e.entity_type, e.action) for e in repo.audit_events(gone)][-1] == (
        "client",
        "delete",
    )


def test_duplicate_reference_is_refused(repo: CaseRepository) -> None:
    first = repo.add(large_case(reference="A-1"))
    second = repo.add(large_case(reference="A-2"))
    with pytest.raises(DuplicateReferenceError, match="A-1"):
        repo.add(large_case(reference="A-1"))
    with pytest.raises(DuplicateReferenceError):
        repo.save(second, large_case(reference="A-1"))
    repo.save(first, large_case(reference="A-1"))  # its own reference is fine
    assert len(repo.list_summaries()) == 2


def test_resolve_by_id_or_reference(repo: CaseRepository) -> None:
    a = repo.add(large_case(reference="123D456789"))
    b = repo.add(large_case(reference="Fall B"))
    c = repo.add(large_case(reference="4711"))
    assert repo.resolve(str(a)) == a
    assert repo.resolve(f" {b} ") == b
    assert repo.resolve("123D456789") == a
    assert repo.resolve("Fall B") == b
    assert repo.resolve("4711") == c  # digits but no such id: the reference
    for missing in ("999", "fall b", "", "Fall"):
        with pytest.raises(CaseNotFoundError, match="nicht gefunden"):
            repo.resolve(missing)


def test_list_summaries(repo: CaseRepository) -> None:
    assert repo.list_summaries() == []
    case = large_case(reference="B")
    for step in case.plan.steps:
        step.status = StepStatus.DONE
    case.plan.steps[10].status = StepStatus.OPEN
    case.plan.steps[20].status = StepStatus.OPEN
    case.plan.steps[20].due = date(2026, 1, 6)
    case.client.profile = None
    b = repo.add(case)
    a = repo.add(large_case(reference="A"))
    repo.revise(a, date(2026, 6, 1))
    no_steps = large_case(reference="C")
    no_steps.plan.steps.clear()
    c = repo.add(no_steps)
    summaries = repo.list_summaries()
    assert [(s.id, s.reference, s.plan_version) for s in summaries] == [
        (a, "A", 2),
        (b, "B", 1),
        (c, "C", 1),
    ]
    sa, sb, sc = summaries
    assert sa.profile is Profile.AKTIVIERUNG and sb.profile is None
    assert sa.plan_status is PlanStatus.DRAFT and sb.plan_status is PlanStatus.AGREED
    assert sb.next_step_due == date(2026, 1, 6)
    assert sa.next_step_due == date(2026, 1, 12)  # st1 is open in the large case
    assert sc.next_step_due is None
    assert sa.review_due == large_case().plan.review_due
    assert sb.display_name == "Erika Mustermann" and not sb.pseudonymised


def test_counsellor_profile(repo: CaseRepository) -> None:
    assert repo.get_counsellor_profile() == Counsellor()
    me = Counsellor(name="Max Beispiel", office="JC Musterstadt", phone="0", email="m@x.de")
    repo.set_counsellor_profile(me)
    assert repo.get_counsellor_profile() == me
    repo.set_counsellor_profile(dataclasses.replace(me, phone=None))
    assert repo.get_counsellor_profile().phone is None
    events = [(e.entity_type, e.action) for e in repo.audit_events()]
    assert events == [("counsellor_profile", "create"), ("counsellor_profile", "update")]


def test_every_change_is_audited_with_actor_and_entity(repo: CaseRepository) -> None:
    case_id = repo.add(large_case())
    repo.save(case_id, large_case())
    repo.revise(case_id, date(2026, 9, 1))
    other = repo.add(large_case(reference="other"))
    repo.delete(case_id)
    events = repo.audit_events(case_id)
    assert [(e.entity_type, e.action) for e in events] == [
        ("client", "create"),
        ("plan_version", "create"),
        ("plan_version", "update"),
        ("plan_version", "update"),
        ("plan_version", "revise"),
        ("client", "delete"),
    ]
    assert {e.actor for e in events} == {"tester"}
    assert all(e.at.tzinfo is not None for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert {e.case_id for e in repo.audit_events()} == {case_id, other}


def test_unknown_case(repo: CaseRepository) -> None:
    for call in (
        lambda: repo.get(42),
        lambda: repo.save(42, large_case()),
        lambda: repo.revise(42, date(2026, 1, 1)),
        lambda: repo.versions(42),
    ):
        with pytest.raises(CaseNotFoundError, match="Fall „42“ nicht gefunden"):
            call()


def test_failed_save_leaves_the_case_unchanged(repo: CaseRepository) -> None:
    case_id = repo.add(large_case())
    bad = large_case()
    bad.plan.goals[-1].gas = {5: "keine GAS-Stufe"}
    with pytest.raises(ValueError, match="GAS level"):
        repo.save(case_id, bad)
    assert repo.get(case_id) == large_case()
    assert len(repo.audit_events(case_id)) == 2


def test_actor_from_constructor(db: Database, tmp_path: Path) -> None:
    repo = CaseRepository(db, actor="mbeispiel")
    repo.add(large_case())
    assert {e.actor for e in repo.audit_events()} == {"mbeispiel"}
