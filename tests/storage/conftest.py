"""Real SQLCipher stores in tmp_path for the storage tests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from counsel_app.storage.database import Database
from counsel_app.storage.repository import CaseRepository

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


@pytest.fixture
def key() -> bytes:
    return KEY


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.create(tmp_path / "store.db", KEY)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def repo(db: Database) -> CaseRepository:
    return CaseRepository(db, actor="tester")
