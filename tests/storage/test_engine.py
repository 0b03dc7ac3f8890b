"""The SQLCipher engine: key handling, pragmas, fail-closed on a wrong key, no plaintext."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from counsel_app.errors import UserError
from counsel_app.storage.database import Database, verify_database_file
from counsel_app.storage.engine import connect_raw, create_engine, key_hex
from counsel_app.storage.errors import WrongKeyError
from counsel_app.storage.repository import CaseRepository
from tests.storage.conftest import KEY, OTHER_KEY, sha256, side_files
from tests.support.strategies import large_case

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.mark.parametrize(
    "bad",
    [b"", b"x" * 31, b"x" * 33, "0" * 64, bytes(range(32)).hex().encode()],
    ids=["empty", "31-bytes", "33-bytes", "hex-str", "hex-as-bytes"],
)
def test_key_must_be_32_raw_bytes(tmp_path: Path, bad: object) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        key_hex(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        create_engine(tmp_path / "x.db", bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Database.create(tmp_path / "y.db", bad)  # type: ignore[arg-type]
    assert not (tmp_path / "x.db").exists()
    assert not (tmp_path / "y.db").exists()


def test_key_hex_is_lowercase_hex() -> None:
    assert key_hex(bytes([0xAB] * 32)) == "ab" * 32


def test_connection_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA cipher_version")).scalar()


def test_file_is_encrypted_and_unreadable_for_plain_sqlite(db: Database) -> None:
    CaseRepository(db).add(large_case())
    db.close()
    assert not db.path.read_bytes().startswith(SQLITE_HEADER)
    plain = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def _snapshot(path: Path) -> dict[str, str | None]:
    return {p.name: sha256(p) if p.exists() else None for p in [path, *side_files(path)]}


def test_wrong_key_fails_closed_on_a_closed_store(db: Database) -> None:
    CaseRepository(db).add(large_case())
    db.close()
    before = _snapshot(db.path)
    assert before[db.path.name] is not None
    with pytest.raises(WrongKeyError) as info:
        Database.open(db.path, OTHER_KEY)
    assert isinstance(info.value, UserError)
    assert "Der Schlüssel passt nicht zur Datenablage" in str(info.value)
    with pytest.raises(WrongKeyError):
        verify_database_file(db.path, OTHER_KEY)
    with pytest.raises(WrongKeyError):
        connect_raw(db.path, OTHER_KEY)
    assert _snapshot(db.path) == before


def test_wrong_key_fails_closed_while_the_store_is_open(db: Database) -> None:
    """With a live WAL (uncheckpointed writes) the main file and the -wal stay as they are.

    The -shm is SQLite's shared wal-index (read marks, no content): any reader, even one
    that then fails to decrypt, may take a read mark in it, so it is not compared.
    """
    CaseRepository(db).add(large_case())
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 0
    before = _snapshot(db.path)
    with pytest.raises(WrongKeyError):
        Database.open(db.path, OTHER_KEY)
    after = _snapshot(db.path)
    assert after[db.path.name] == before[db.path.name]
    assert after[wal.name] == before[wal.name]
    # and the right key still sees the data
    assert CaseRepository(db).list_summaries()[0].reference == "Fall Groß"


def test_wrong_key_raises_before_any_write_through_the_engine(db: Database) -> None:
    db.close()
    before = _snapshot(db.path)
    engine = create_engine(db.path, OTHER_KEY)
    try:
        with pytest.raises(WrongKeyError):
            engine.connect()
    finally:
        engine.dispose()
    assert _snapshot(db.path) == before


def test_right_key_reopens(db: Database) -> None:
    case_id = CaseRepository(db).add(large_case())
    db.close()
    with Database.open(db.path, KEY) as again:
        assert CaseRepository(again).get(case_id) == large_case()


def test_statement_order_on_a_new_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Key first, then the SQLCipher check, then the key check, then pragmas that write."""
    import sqlcipher3

    real_connect = sqlcipher3.connect
    statements: list[str] = []

    def traced_connect(*args: object, **kwargs: object) -> object:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(sqlcipher3, "connect", traced_connect)
    conn = connect_raw(tmp_path / "t.db", KEY)
    conn.close()
    assert statements[0] == f"PRAGMA key = \"x'{KEY.hex()}'\""
    order = [
        next(i for i, s in enumerate(statements) if needle in s)
        for needle in (
            "PRAGMA key",
            "cipher_version",
            "sqlite_master",
            "journal_mode",
            "synchronous",
            "secure_delete",
            "foreign_keys",
        )
    ]
    assert order == sorted(order)


def test_a_library_without_sqlcipher_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plain SQLite ignores PRAGMA key; the cipher_version check must catch that."""
    import sqlcipher3

    from counsel_app.storage.errors import SqlCipherMissingError

    monkeypatch.setattr(sqlcipher3, "connect", sqlite3.connect)
    path = tmp_path / "t.db"
    with pytest.raises(SqlCipherMissingError, match="SQLCipher"):
        connect_raw(path, KEY)
    assert not path.exists() or path.stat().st_size == 0
