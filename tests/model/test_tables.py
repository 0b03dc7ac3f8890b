"""The table definitions: own metadata, constraint names, cascades, enums stored as strings."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import ForeignKey, text
from sqlmodel import SQLModel

from counsel_app import model as m
from counsel_app.domain import Actor, GoalKind, StepStatus
from counsel_app.storage.database import Database
from counsel_app.storage.repository import CaseRepository
from tests.support.strategies import large_case

KEY = b"\x07" * 32

CASE_TABLES = {
    "client",
    "plan_version",
    "potential_analysis",
    "strength",
    "obstacle",
    "goal",
    "step",
    "follow_up",
    "review",
    "goal_rating",
    "step_result",
}


def test_tables_live_in_their_own_metadata() -> None:
    names = set(m.metadata.tables)
    assert names == CASE_TABLES | {
        "counsellor_profile",
        "audit_event",
        "app_setting",
        "review_protocol",
        "review_protocol_phase",
    }
    assert not names & set(SQLModel.metadata.tables)


def test_every_case_table_hangs_on_the_client_with_cascade() -> None:
    parents: dict[str, set[str]] = {}
    for table in m.metadata.sorted_tables:
        for fk in table.foreign_keys:
            assert isinstance(fk, ForeignKey)
            assert fk.ondelete in {"CASCADE", "SET NULL"}, (table.name, fk.ondelete)
            if fk.ondelete == "CASCADE":
                parents.setdefault(table.name, set()).add(fk.column.table.name)
    reachable = {"client"}
    changed = True
    while changed:
        changed = False
        for child, ps in parents.items():
            if child not in reachable and ps & reachable:
                reachable.add(child)
                changed = True
    assert reachable == CASE_TABLES
    assert not m.metadata.tables["audit_event"].foreign_keys  # outlives deleted cases


def test_list_tables_have_positions() -> None:
    lists = ("strength", "obstacle", "goal", "step", "follow_up", "review", "goal_rating")
    for name in (*lists, "step_result"):
        assert "position" in m.metadata.tables[name].c, name


def test_constraint_names_follow_the_convention() -> None:
    for table in m.metadata.sorted_tables:
        for constraint in table.constraints:
            assert constraint.name, (table.name, constraint)
        for index in table.indexes:
            assert index.name and index.name.startswith("ix_")


def test_enums_are_stored_as_their_values(tmp_path: Path) -> None:
    with Database.create(tmp_path / "s.db", KEY) as db:
        CaseRepository(db).add(large_case())
        with db.engine.connect() as conn:
            actors = {r[0] for r in conn.execute(text("SELECT actor FROM step"))}
            statuses = {r[0] for r in conn.execute(text("SELECT status FROM step"))}
            kinds = {r[0] for r in conn.execute(text("SELECT kind FROM goal"))}
            client = conn.execute(text("SELECT reading_level, profile FROM client")).one()
            status = conn.execute(text("SELECT status FROM plan_version")).scalar()
    assert actors == {a.value for a in Actor}
    assert statuses == {s.value for s in StepStatus}
    assert kinds == {k.value for k in GoalKind}
    assert tuple(client) == ("einfach", "aktivierung")
    assert status == m.PlanStatus.AGREED.value == "agreed"


def test_database_cascade_without_the_repository(tmp_path: Path) -> None:
    """ON DELETE CASCADE works in SQL itself (foreign_keys=ON on every connection)."""
    with Database.create(tmp_path / "s.db", KEY) as db:
        case_id = CaseRepository(db).add(large_case())
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM client WHERE id = :id"), {"id": case_id})
        with db.engine.connect() as conn:
            for name in sorted(CASE_TABLES):
                assert conn.execute(text(f"SELECT count(*) FROM {name}")).scalar() == 0, name


def test_utcnow_is_aware() -> None:
    assert m.utcnow().utcoffset() is not None
