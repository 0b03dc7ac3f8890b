"""Alembic migrations: they match the tables, migrate old stores after a backup, roll back."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from counsel_app.model import metadata
from counsel_app.storage.database import Database, head_revision, verify_database_file
from counsel_app.storage.engine import create_engine
from counsel_app.storage.errors import MigrationError
from counsel_app.storage.repository import CaseRepository
from tests.storage.conftest import KEY
from tests.support.strategies import large_case


def test_revisions_form_one_numbered_chain_ending_at_head() -> None:
    from counsel_app.storage.database import _script_directory

    chain = [r.revision for r in _script_directory().walk_revisions()][::-1]
    assert chain[:3] == ["0001", "0002", "0003"]
    assert chain == [f"{n:04d}" for n in range(1, len(chain) + 1)]
    assert head_revision() == chain[-1]


def test_migrated_schema_matches_the_table_metadata(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_compare_metadata_would_notice_a_difference(tmp_path: Path) -> None:
    """Guard against a comparison that cannot fail: a store at 0001 lacks 0002's objects."""
    with Database.create(tmp_path / "old.db", KEY, revision="0001") as db:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        kinds = {(d[0], getattr(d[1], "name", None)) for d in diff if isinstance(d, tuple)}
        assert ("add_table", "app_setting") in kinds
        assert ("add_index", "ix_step_due") in kinds


def _store_with_data_at(path: Path, revision: str) -> list[int]:
    """A store at `revision` with data: written at head (the repository's schema), then
    downgraded, so the rows are what that older program stored."""
    from alembic import command

    from counsel_app.storage.database import _alembic_config

    with Database.create(path, KEY) as db:
        repo = CaseRepository(db)
        ids = [repo.add(large_case(reference=f"Fall {n}")) for n in range(3)]
        repo.revise(ids[1], large_case().plan.created)
        with db.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), revision)
        assert db.schema_revision == revision
    return ids


def _store_at_0001_with_data(path: Path) -> list[int]:
    return _store_with_data_at(path, "0001")


def test_old_store_is_backed_up_then_migrated_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ids = _store_at_0001_with_data(path)
    backups = tmp_path / "backups"
    with Database.open(path, KEY, backup_dir=backups) as db:
        assert db.schema_revision == head_revision()
        repo = CaseRepository(db)
        assert [repo.get(i) == large_case(reference=f"Fall {n}") for n, i in enumerate(ids)] == [
            True,
            False,  # revised: version 2
            True,
        ]
        assert [v.version for v in repo.versions(ids[1])] == [1, 2]
        assert len(repo.audit_events()) == 3 * 2 + 2
        names = {i["name"] for i in inspect(db.engine).get_indexes("step")}
        assert "ix_step_due" in names
    (backup,) = backups.iterdir()
    assert backup.name.startswith("store-") and "-rev0001" in backup.name
    report = verify_database_file(backup, KEY)
    assert report.ok and report.schema_revision == "0001"
    # opening the backup migrates it too (it is a complete store)
    with Database.open(backup, KEY, backup_dir=tmp_path / "b2") as old:
        assert CaseRepository(old).get(ids[0]) == large_case(reference="Fall 0")


def test_store_at_head_is_opened_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    Database.create(path, KEY).close()
    Database.open(path, KEY, backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_failed_migration_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    ids = _store_at_0001_with_data(path)
    # Sabotage 0002: its table already exists, so it fails after creating its indexes.
    engine = create_engine(path, KEY)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE app_setting (key VARCHAR PRIMARY KEY, value VARCHAR)"))
    engine.dispose()
    with pytest.raises(MigrationError, match="unverändert"):
        Database.open(path, KEY, backup_dir=tmp_path / "backups")
    engine = create_engine(path, KEY)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == "0001"
            names = {i["name"] for i in inspect(conn).get_indexes("step")}
            assert "ix_step_due" not in names  # created by 0002, then rolled back
            assert conn.execute(text("SELECT count(*) FROM client")).scalar() == len(ids)
    finally:
        engine.dispose()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_store_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    Database.create(path, KEY).close()
    engine = create_engine(path, KEY)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(MigrationError, match="9999"):
        Database.open(path, KEY)


def test_downgrade_and_upgrade_again(db: Database) -> None:
    from alembic import command

    from counsel_app.storage.database import _alembic_config

    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0001")
    assert db.schema_revision == "0001"
    assert "app_setting" not in inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_store_at_0004_with_a_protocol_upgrades_to_0005_and_back(tmp_path: Path) -> None:
    """0005 adds where a review session stood; protocols stored before keep all they had
    (phases included: no table copy that would cascade) and read the new fields as None."""
    import dataclasses
    from datetime import date

    from alembic import command

    from counsel_app.review.protocol import PhaseRecord, ReviewProtocol, RoleEntry
    from counsel_app.services.review_area import ProtocolRepository
    from counsel_app.storage.database import _alembic_config

    protocol = ReviewProtocol(
        model_key="sechs_phasen",
        model_name="Sechs Phasen",
        case_reference="Fall-M1",
        held_on=date(2026, 11, 17),
        roles=(RoleEntry("moderation", "Moderation", "Frau A"),),
        phases=(
            PhaseRecord("rollen", "Rollen verteilen", 5, 120, "Rollen verteilt"),
            PhaseRecord("fallbericht", "Fallbericht", 10, 240, "Kunde 59"),
        ),
        key_question="Wie weiter?",
        outcome="",
        current_phase="rollen",
        finished=True,
    )
    path = tmp_path / "review.db"
    with Database.create(path, KEY) as db:
        protocol_id = ProtocolRepository(db).add(protocol)
        with db.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0004")
        assert db.schema_revision == "0004"
        columns = {c["name"] for c in inspect(db.engine).get_columns("review_protocol")}
        assert {"current_phase", "finished"}.isdisjoint(columns) and "outcome" in columns
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM review_protocol_phase")).scalar() == 2
    backups = tmp_path / "backups"
    with Database.open(path, KEY, backup_dir=backups) as db:
        assert db.schema_revision == head_revision() == "0005"
        stored = ProtocolRepository(db).get(protocol_id)
        assert (stored.current_phase, stored.finished) == (None, None)
        assert stored == dataclasses.replace(protocol, current_phase=None, finished=None)
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        # the new state is written and read at 0005 ...
        ProtocolRepository(db).save(protocol_id, protocol)
        assert ProtocolRepository(db).get(protocol_id) == protocol
        # ... and going back to 0004 drops it and keeps the rest
        with db.engine.begin() as conn:
            command.downgrade(_alembic_config(conn), "0004")
        assert db.schema_revision == "0004"
        columns = {c["name"] for c in inspect(db.engine).get_columns("review_protocol")}
        assert {"current_phase", "finished"}.isdisjoint(columns)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM review_protocol_phase")).scalar() == 2
            row = conn.execute(text("SELECT case_reference, key_question FROM review_protocol"))
            assert row.one() == ("Fall-M1", "Wie weiter?")
    (backup,) = backups.iterdir()
    assert "-rev0004" in backup.name


def test_head_constant_matches_the_migration_scripts() -> None:
    """`HEAD_REVISION` lets `Database.open` skip Alembic; a new migration must update it."""
    from counsel_app.storage.database import HEAD_REVISION, MIGRATIONS_DIR, _script_head

    assert _script_head() == HEAD_REVISION
    scripts = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("r[0-9]*.py"))
    assert scripts[-1].startswith(f"r{HEAD_REVISION}_")


def test_store_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "store.db"
    Database.create(path, KEY).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from counsel_app.storage.database import Database\n"
        "db = Database.open(Path(sys.argv[1]), bytes(range(32)))\n"
        "print(db.schema_revision, 'alembic' in sys.modules)\n"
        "db.close()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    assert out == [head_revision(), "False"]


def test_store_without_version_table_is_migrated_from_scratch(tmp_path: Path) -> None:
    from counsel_app.storage.engine import connect_raw

    path = tmp_path / "store.db"
    connect_raw(path, KEY).close()  # a keyed, empty database: no alembic_version table
    with Database.open(path, KEY, backup_dir=tmp_path / "backups") as db:
        assert db.schema_revision == head_revision()
    assert not (tmp_path / "backups").exists()  # nothing to back up


def test_empty_version_table_reads_as_no_revision(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
    assert db.schema_revision is None


def test_several_version_rows_are_left_to_alembic(db: Database) -> None:
    from alembic.util import CommandError

    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0003')"))
    with pytest.raises(CommandError, match="more than one head"):
        _ = db.schema_revision
