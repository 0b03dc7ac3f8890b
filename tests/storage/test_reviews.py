"""Reviews with step results, new versions with a change record, bulk loading, migration 0003."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from counsel_app.domain import Case, Review, StepResult, StepStatus
from counsel_app.model import metadata
from counsel_app.storage.database import Database, _alembic_config
from counsel_app.storage.repository import CaseRepository, InvalidReviewError
from tests.storage.conftest import KEY
from tests.support.strategies import large_case

REVIEW = Review(
    date=date(2026, 7, 1),
    goal_ratings={"g1": 1, "g2": -1, "g3": 0},
    note="Gute Fortschritte bei den Bewerbungen.",
    step_results={
        "st1": StepResult(StepStatus.DONE),
        "st2": StepResult(StepStatus.PARTLY, "Nur ein Termin wahrgenommen."),
        "st7": StepResult(StepStatus.NOT_DONE, "Kind war krank."),
        "st8": StepResult(StepStatus.DROPPED, "Maßnahme fällt aus."),
    },
)


def _row_counts(db: Database) -> dict[str, int]:
    """Rows per table of the store (tables of the metadata that the schema has)."""
    with db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        return {
            t.name: int(conn.execute(text(f"SELECT count(*) FROM {t.name}")).scalar() or 0)
            for t in metadata.sorted_tables
            if t.name in present
        }


def _small(reference: str = "R-1") -> Case:
    return large_case(n_goals=3, n_steps=9, reference=reference)


def test_record_review_stores_everything_and_sets_step_status(repo: CaseRepository) -> None:
    case_id = repo.add(_small())
    before = repo.get(case_id)
    repo.record_review(case_id, REVIEW)
    after = repo.get(case_id)
    assert after.plan.reviews == [*before.plan.reviews, REVIEW]
    statuses = {s.id: s.status for s in after.plan.steps}
    for step_id, result in REVIEW.step_results.items():
        assert statuses[step_id] is result.status
    untouched = [s for s in after.plan.steps if s.id not in REVIEW.step_results]
    assert untouched == [s for s in before.plan.steps if s.id not in REVIEW.step_results]
    # a second review goes after the first
    second = Review(date=date(2026, 9, 1), goal_ratings={"g1": 2})
    repo.record_review(case_id, second)
    assert repo.get(case_id).plan.reviews[-2:] == [REVIEW, second]
    assert [e.action for e in repo.audit_events(case_id)][-2:] == ["update", "update"]


def test_save_round_trips_step_results_and_change_note(repo: CaseRepository) -> None:
    case = _small()
    case.plan.reviews.append(copy.deepcopy(REVIEW))
    case.plan.change_note = "Schritt st3 neu."
    case_id = repo.add(case)
    assert repo.get(case_id) == case
    case.plan.reviews[-1].step_results["st9"] = StepResult(StepStatus.DONE, None)
    case.plan.change_note = None
    repo.save(case_id, case)
    assert repo.get(case_id) == case


@pytest.mark.parametrize(
    ("review", "message"),
    [
        (Review(date(2026, 7, 1), goal_ratings={"g99": 1}), "Ziel „g99“"),
        (Review(date(2026, 7, 1), goal_ratings={"g1": 3}), "zwischen −2 und \\+2"),
        (Review(date(2026, 7, 1), step_results={"x": StepResult(StepStatus.DONE)}), "„x“"),
        (Review(date(2026, 7, 1), step_results={"st1": StepResult(StepStatus.OPEN)}), "st1"),
    ],
)
def test_invalid_review_changes_nothing(
    db: Database, repo: CaseRepository, review: Review, message: str
) -> None:
    case_id = repo.add(_small())
    counts = _row_counts(db)
    with pytest.raises(InvalidReviewError, match=message):
        repo.record_review(case_id, review)
    assert _row_counts(db) == counts
    assert repo.get(case_id) == _small()


def test_add_version_keeps_the_old_version_and_records_the_change(repo: CaseRepository) -> None:
    case_id = repo.add(_small())
    old = repo.get_version(case_id, 1)
    new = copy.deepcopy(old)
    new.plan.version = 2
    new.plan.created = new.plan.agreed = date(2026, 7, 1)
    new.plan.steps = new.plan.steps[:4]
    new.plan.change_note = "Fünf Schritte erledigt."
    new.client.display_name = "wird nicht geschrieben"
    assert repo.add_version(case_id, new, change_record='{"x": 1}') == 2
    assert repo.get_version(case_id, 1) == old
    stored = repo.get(case_id)
    assert stored.plan.steps == new.plan.steps and stored.plan.change_note == new.plan.change_note
    assert stored.client == old.client
    infos = repo.versions(case_id)
    assert [(i.version, i.status.value, i.previous_version) for i in infos] == [
        (1, "superseded", None),
        (2, "agreed", 1),
    ]
    assert (infos[1].change_note, infos[1].change_record) == ("Fünf Schritte erledigt.", '{"x": 1}')
    assert (infos[0].change_note, infos[0].change_record) == (None, None)


def test_add_version_with_a_bad_review_writes_nothing(db: Database, repo: CaseRepository) -> None:
    case_id = repo.add(_small())
    counts = _row_counts(db)
    bad = Review(date(2026, 7, 1), goal_ratings={"g99": 1})
    with pytest.raises(InvalidReviewError):
        repo.add_version(case_id, _small(), review=bad)
    assert _row_counts(db) == counts
    assert [v.version for v in repo.versions(case_id)] == [1]


def test_current_cases_matches_get_in_reference_order(repo: CaseRepository) -> None:
    ids = [repo.add(_small(reference=f"K-{n}")) for n in (3, 1, 2)]
    repo.record_review(ids[0], REVIEW)
    repo.revise(ids[1], date(2026, 8, 1))
    loaded = repo.current_cases()
    assert [case_id for case_id, _ in loaded] == [ids[1], ids[2], ids[0]]
    for case_id, case in loaded:
        assert case == repo.get(case_id)
    assert dict(loaded)[ids[1]].plan.version == 2


def test_delete_removes_step_results(db: Database, repo: CaseRepository) -> None:
    case_id = repo.add(_small())
    repo.record_review(case_id, REVIEW)
    assert _row_counts(db)["step_result"] == len(REVIEW.step_results)
    repo.delete(case_id)
    assert _row_counts(db)["step_result"] == 0


def test_store_id_is_made_once(repo: CaseRepository) -> None:
    first = repo.store_id()
    assert len(first) == 32 and repo.store_id() == first


def test_migration_0002_to_0003_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with Database.create(path, KEY) as db:
        repo = CaseRepository(db)
        ids = [repo.add(_small(reference=f"M-{n}")) for n in range(3)]
        repo.record_review(ids[0], Review(date(2026, 7, 1), goal_ratings={"g1": 1}))
        repo.revise(ids[1], date(2026, 8, 1))
        expected = {i: repo.get(i) for i in ids}
        first_versions = {i: repo.get_version(i, 1) for i in ids}
        counts = _row_counts(db)
        with db.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0002")
        assert db.schema_revision == "0002"
        assert "step_result" not in inspect(db.engine).get_table_names()
        columns = {c["name"] for c in inspect(db.engine).get_columns("plan_version")}
        assert "change_note" not in columns
        after = _row_counts(db)
        assert after == {k: v for k, v in counts.items() if k in after}
        assert after["goal_rating"] > 0 and after["review"] > 0
    with Database.open(path, KEY, backup_dir=tmp_path / "backups") as db:
        assert db.schema_revision is not None and db.schema_revision >= "0003"
        repo = CaseRepository(db)
        assert _row_counts(db)["step_result"] == 0
        for case_id in ids:
            assert repo.get(case_id) == expected[case_id]
            assert repo.get_version(case_id, 1) == first_versions[case_id]
        assert all(v.change_note is None for v in repo.versions(ids[1]))
        repo.record_review(ids[2], REVIEW)
        assert repo.get(ids[2]).plan.reviews == [*expected[ids[2]].plan.reviews, REVIEW]
    (backup,) = (tmp_path / "backups").iterdir()
    assert "-rev0002" in backup.name
