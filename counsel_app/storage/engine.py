"""SQLAlchemy engine on SQLCipher 4 (`sqlcipher3`), keyed on every new connection.

Each connection is opened by `connect_raw`, which controls the order of the first
statements: the key, the check that SQLCipher is really present, a read that proves the key
fits (nothing is written before it succeeds), and only then the pragmas that may write.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.storage.errors import SqlCipherMissingError, WrongKeyError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

KEY_BYTES = 32
_KEY_HEX = re.compile(r"[0-9a-f]{64}")
BUSY_TIMEOUT_SECONDS = 10.0

# Applied in this order after the key was verified (after the journal mode); each can write.
WRITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
)
READ_PRAGMAS: tuple[str, ...] = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA query_only = ON",
)


def key_hex(key: bytes) -> str:
    """The key as 64 lowercase hex characters; anything but 32 raw bytes is refused."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("database key must be exactly 32 bytes")
    text = bytes(key).hex()
    if not _KEY_HEX.fullmatch(text):  # cannot happen for bytes.hex(); guards the SQL below
        raise ValueError("database key did not encode to 64 hex characters")
    return text


_JOURNAL_MODES = frozenset({"WAL", "DELETE"})


def connect_raw(
    path: Path,
    key: bytes,
    *,
    read_only: bool = False,
    immutable: bool = False,
    journal_mode: str = "WAL",
) -> Any:
    """A keyed, verified `sqlcipher3` connection in autocommit mode (`isolation_level=None`).

    Raises `SqlCipherMissingError` if the library has no encryption and `WrongKeyError` if
    the key does not open the file; in both cases nothing was written to the file.
    `read_only` opens with ``mode=ro`` and applies no pragma that writes; `journal_mode`
    is ``WAL`` for the store and ``DELETE`` for self-contained copies (backups).
    `immutable` (read-only only) promises SQLite that nobody changes the file meanwhile, so
    it creates no -wal/-shm files; use it only for a file without a -wal beside it.
    """
    import sqlcipher3

    if journal_mode not in _JOURNAL_MODES:
        raise ValueError(f"unsupported journal mode {journal_mode!r}")
    hex_key = key_hex(key)
    if read_only:
        query = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?{query}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    else:
        conn = sqlcipher3.connect(
            str(path),
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_SECONDS,
        )
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        # SQLCipher would log a wrong key to stderr; the error raised below says it all.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise SqlCipherMissingError()
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            raise WrongKeyError(path) from None
        if read_only:
            pragmas = READ_PRAGMAS
        else:
            pragmas = (f"PRAGMA journal_mode = {journal_mode}", *WRITE_PRAGMAS)
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def cipher_version(dbapi_connection: Any) -> str:
    """The SQLCipher version string of a raw connection (e.g. ``4.6.1 community``)."""
    row = dbapi_connection.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row and row[0] else ""


def create_engine(path: Path, key: bytes, *, read_only: bool = False) -> Engine:
    """Engine whose connections all come from `connect_raw` (so all are keyed first).

    Transactions are begun explicitly (``BEGIN IMMEDIATE``, or ``BEGIN`` when read-only)
    instead of relying on the driver's implicit transactions, so DDL, as in migrations,
    is transactional too and a failed migration rolls back completely.
    """
    import sqlcipher3
    from sqlalchemy import create_engine as sa_create_engine
    from sqlalchemy import event
    from sqlalchemy.engine import URL
    from sqlalchemy.pool import QueuePool

    key_hex(key)  # fail early and clearly, before any connection is attempted

    def creator() -> Any:
        return connect_raw(path, key, read_only=read_only)

    engine = sa_create_engine(
        URL.create("sqlite", database=str(path)),
        creator=creator,
        module=sqlcipher3,
        poolclass=QueuePool,
    )
    begin_sql = "BEGIN" if read_only else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin_sql)

    return engine
