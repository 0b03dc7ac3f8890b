"""No plaintext at rest: canaries in every text field never show up in the store's files,
and the audit trail never holds any content."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from counsel_app.domain import Case, Counsellor
from counsel_app.storage.database import Database
from counsel_app.storage.repository import CaseRepository
from tests.storage.conftest import side_files
from tests.support.canary import encodings_of, new_canary
from tests.support.strategies import large_case

# Fields that are identifiers or codes, not content.
_NOT_CONTENT = {"id", "goal", "language"}


def _with_canary(obj: Any, canary: str) -> Any:
    """A copy of `obj` (a domain dataclass) with `canary` in every free-text field."""
    if isinstance(obj, list):
        return [_with_canary(item, canary) for item in obj]
    if isinstance(obj, dict):
        return {k: f"{v} {canary}" if isinstance(v, str) else v for k, v in obj.items()}
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return obj
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in _NOT_CONTENT:
            continue
        if isinstance(value, str) and not hasattr(value, "value"):  # skip StrEnum members
            changes[f.name] = f"{value} {canary}"
        elif value is None and f.type in ("str | None",):
            changes[f.name] = canary
        elif isinstance(value, list | dict) or dataclasses.is_dataclass(value):
            changes[f.name] = _with_canary(value, canary)
    return dataclasses.replace(obj, **changes)


def canary_case(canary: str, reference: str = "Fall") -> Case:
    case: Case = _with_canary(large_case(reference=reference), canary)
    return case


def test_canary_case_has_the_canary_in_every_text_field() -> None:
    case = canary_case("KANARIE")
    step, goal = case.plan.steps[0], case.plan.goals[0]
    for value in (
        case.client.reference,
        case.client.display_name,
        case.client.salutation,
        case.potential_analysis.client_view,
        case.potential_analysis.strengths[0].text,
        case.potential_analysis.obstacles[0].deferred_reason,
        goal.text,
        goal.client_words,
        (goal.gas or {})[2],
        step.text,
        step.plain_text,
        step.frequency,
        step.success_criterion,
        case.plan.follow_ups[0].note,
        case.plan.reviews[0].note,
        case.counsellor and case.counsellor.email,
    ):
        assert value is not None and "KANARIE" in value, value


def _hits(paths: list[Path], needles: list[str]) -> list[str]:
    found = []
    for path in paths:
        if not path.exists():
            continue
        data = path.read_bytes()
        for needle in needles:
            core = needle[: needle.index("Ä")]
            for candidate in (needle, core):
                for encoded in encodings_of(candidate):
                    if encoded in data:
                        found.append(f"{path.name}: {candidate!r}")
    return found


def test_the_scan_finds_plaintext(tmp_path: Path) -> None:
    """The file scan below can fail: it finds a canary in a plain SQLite file."""
    import sqlite3

    canary = new_canary("Plain")
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (a TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (canary,))
    conn.commit()
    conn.close()
    assert _hits([plain], [canary])


def test_canaries_never_reach_the_files(db: Database, tmp_path: Path) -> None:
    repo = CaseRepository(db)
    canaries = [new_canary(label) for label in ("Add", "Save", "Revise")]
    files = [db.path, *side_files(db.path)]
    case_id = repo.add(canary_case(canaries[0]))
    other = repo.add(canary_case(canaries[0], reference="Anderer Fall"))
    repo.save(case_id, canary_case(canaries[1]))
    repo.revise(case_id, date(2026, 9, 1))
    repo.save(case_id, canary_case(canaries[2]))
    repo.delete(other)
    assert Path(f"{db.path}-wal").stat().st_size > 0  # the writes are still in the WAL
    assert _hits(files, canaries) == []
    db.checkpoint()
    assert Path(f"{db.path}-wal").stat().st_size == 0
    assert _hits(files, canaries) == []
    backup = tmp_path / "copy.db"
    db.backup_to(backup)
    db.close()
    assert _hits([*files, backup], canaries) == []
    # the canaries are really in there, readable with the key
    with Database.open(db.path, db._key) as again:
        assert canaries[2] in (CaseRepository(again).get(case_id).client.display_name or "")


def test_audit_rows_hold_no_content(db: Database) -> None:
    repo = CaseRepository(db)
    canary = new_canary("Audit")
    case_id = repo.add(canary_case(canary))
    repo.save(case_id, canary_case(canary))
    repo.revise(case_id, date(2026, 9, 1))
    repo.set_counsellor_profile(Counsellor(name=canary, office=canary, email=canary))
    repo.delete(case_id)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_event")).all()
        columns = list(conn.execute(text("SELECT * FROM audit_event")).keys())
    assert len(rows) >= 7
    assert columns == ["id", "at", "actor", "entity_type", "entity_id", "case_id", "action"]
    core = canary[: canary.index("Ä")]
    for row in rows:
        for value in row:
            assert core not in str(value)
            assert "Fall" not in str(value)
