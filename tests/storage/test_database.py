"""Database: create/open, sessions, integrity report, online backup, read-only verify."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from counsel_app.model import AppSetting
from counsel_app.storage.database import Database, head_revision, verify_database_file
from counsel_app.storage.errors import StoreExistsError, StoreNotFoundError, WrongKeyError
from counsel_app.storage.repository import CaseRepository
from tests.storage.conftest import KEY, OTHER_KEY, sha256, side_files
from tests.support.strategies import large_case

PAGE_SIZE = 4096  # SQLCipher 4 default


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    path.write_bytes(b"do not touch")
    with pytest.raises(StoreExistsError, match="schon eine Datenablage"):
        Database.create(path, KEY)
    assert path.read_bytes() == b"do not touch"


def test_create_makes_folders_and_a_private_file_at_head(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.db"
    with Database.create(path, KEY) as db:
        assert db.path == path
        assert db.schema_revision == head_revision()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_open_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match="nicht gefunden"):
        Database.open(tmp_path / "nope.db", KEY)
    assert not (tmp_path / "nope.db").exists()
    with pytest.raises(StoreNotFoundError):
        verify_database_file(tmp_path / "nope.db", KEY)


def test_session_commits_on_success_and_rolls_back_on_error(db: Database) -> None:
    with db.session() as session:
        session.add(AppSetting(key="auto_lock_minutes", value="10"))
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(AppSetting(key="retention_months", value="36"))
        session.flush()
        raise RuntimeError("boom")
    with db.session() as session:
        assert session.get(AppSetting, "auto_lock_minutes") is not None
        assert session.get(AppSetting, "retention_months") is None


def test_integrity_report_of_a_healthy_store(db: Database) -> None:
    CaseRepository(db).add(large_case())
    report = db.check_integrity()
    assert report.ok, report.problems
    assert report.problems == []
    assert report.schema_revision == report.head_revision == head_revision()
    assert report.cipher_version.startswith("4.")


def _corrupt_middle_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE_SIZE
    assert pages >= 4, pages
    middle = (pages // 2) * PAGE_SIZE + PAGE_SIZE // 2
    for i in range(middle, middle + 16):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_integrity_report_finds_a_corrupted_page(db: Database, tmp_path: Path) -> None:
    repo = CaseRepository(db)
    for n in range(5):
        repo.add(large_case(reference=f"Fall {n}"))
    copy = tmp_path / "copy.db"
    db.backup_to(copy)
    assert verify_database_file(copy, KEY).ok
    _corrupt_middle_page(copy)
    report = verify_database_file(copy, KEY)
    assert not report.ok
    assert report.problems
    with Database.open(copy, KEY) as broken:
        assert not broken.check_integrity().ok


def test_backup_opens_with_the_same_key_and_holds_the_same_data(
    db: Database, tmp_path: Path
) -> None:
    repo = CaseRepository(db)
    ids = [repo.add(large_case(reference=f"Fall {n}")) for n in range(3)]
    repo.revise(ids[0], large_case().plan.created)
    dest = tmp_path / "backups" / "copy.db"
    db.backup_to(dest)
    # one self-contained file, nothing left over from the temporary name
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.db"]
    with pytest.raises(WrongKeyError):
        verify_database_file(dest, OTHER_KEY)
    with Database.open(dest, KEY) as copy:
        other = CaseRepository(copy)
        assert other.list_summaries() == repo.list_summaries()
        for case_id in ids:
            assert other.get(case_id) == repo.get(case_id)
            assert other.versions(case_id) == repo.versions(case_id)
        assert other.audit_events() == repo.audit_events()


def test_backup_replaces_an_older_backup_atomically(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    db.backup_to(dest)
    CaseRepository(db).add(large_case())
    db.backup_to(dest)
    with Database.open(dest, KEY) as copy:
        assert len(CaseRepository(copy).list_summaries()) == 1


def test_verify_does_not_change_the_file(db: Database, tmp_path: Path) -> None:
    CaseRepository(db).add(large_case())
    dest = tmp_path / "copy.db"
    db.backup_to(dest)
    before = sha256(dest)
    report = verify_database_file(dest, KEY)
    assert report.ok
    assert sha256(dest) == before
    assert not any(p.exists() for p in side_files(dest))


def test_verify_a_closed_and_an_open_store(db: Database) -> None:
    CaseRepository(db).add(large_case())
    assert verify_database_file(db.path, KEY).ok  # open, with a live WAL
    db.close()
    before = sha256(db.path)
    assert verify_database_file(db.path, KEY).ok
    assert sha256(db.path) == before
    assert not any(p.exists() for p in side_files(db.path))


def test_close_checkpoints_the_wal(db: Database) -> None:
    CaseRepository(db).add(large_case())
    db.close()
    assert not any(p.exists() for p in side_files(db.path))
    with Database.open(db.path, KEY) as again, again.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM step")).scalar() == 60
