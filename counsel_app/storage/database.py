"""The encrypted store: create, open (migrating after a backup copy), sessions, checks, backup.

Everything goes through `engine.create_engine`, so every connection is keyed and verified
before it is used. Migrations are Alembic revisions shipped in `storage/migrations/` and run
in code (no alembic.ini); one upgrade runs in one transaction, so a failed migration
leaves the store as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from counsel_app.storage.engine import cipher_version, connect_raw, create_engine, key_hex
from counsel_app.storage.errors import (
    MigrationError,
    StoreExistsError,
    StoreNotFoundError,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection, Engine
    from sqlmodel import Session

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in `migrations/versions`. Opening a store at this revision needs no
# Alembic (a costly import at start-up); a test fails when a new migration is added
# without updating this constant.
HEAD_REVISION = "0005"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class IntegrityReport:
    """Result of `PRAGMA integrity_check`, `cipher_integrity_check` and `foreign_key_check`."""

    ok: bool
    problems: list[str] = field(default_factory=list)
    schema_revision: str | None = None
    head_revision: str = ""
    cipher_version: str = ""


def _script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None))


def head_revision() -> str:
    """The newest schema revision this program knows (`HEAD_REVISION`, without Alembic)."""
    return HEAD_REVISION


def _script_head() -> str:
    """The head revision as Alembic finds it in `migrations/versions` (imports Alembic)."""
    head = _script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no Alembic revisions found")
    return head


def _alembic_config(connection: Connection | None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def version_rows(dbapi_conn: Any) -> list[str]:
    """The rows of `alembic_version`, read with plain SQL on a raw connection (no Alembic).

    Empty for a store without the table or with an empty one. Alembic keeps one row per
    head, so a store of this program has one.
    """
    found = dbapi_conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return []
    return [str(row[0]) for row in dbapi_conn.execute("SELECT version_num FROM alembic_version")]


def _current_revision(engine: Engine) -> str | None:
    """The store's schema revision, as Alembic's `get_current_revision` reports it.

    Read with plain SQL; Alembic is imported only for a table with several rows, so that
    it reports them as it always did.
    """
    raw = engine.raw_connection()
    try:
        rows = version_rows(raw.dbapi_connection)
    finally:
        raw.close()
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _upgrade(engine: Engine, target: str) -> None:
    """Run migrations up to `target` in one transaction (all or nothing)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), target)


def _remove_store_files(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{s}") for s in SIDE_FILE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _integrity_report(dbapi_conn: Any) -> IntegrityReport:
    """Run the checks on a raw, keyed connection; failures become problems, not exceptions."""
    import sqlcipher3

    problems: list[str] = []
    try:
        messages = [str(r[0]) for r in dbapi_conn.execute("PRAGMA integrity_check").fetchall()]
        if messages != ["ok"]:
            problems.extend(f"Integritätsprüfung: {m}" for m in messages)
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"Integritätsprüfung nicht möglich: {exc}")
    try:
        rows = dbapi_conn.execute("PRAGMA cipher_integrity_check").fetchall()
        problems.extend(f"Verschlüsselungsprüfung: {r[0]}" for r in rows)
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"Verschlüsselungsprüfung nicht möglich: {exc}")
    try:
        rows = dbapi_conn.execute("PRAGMA foreign_key_check").fetchall()
        problems.extend(f"Verweis ins Leere: Tabelle {r[0]}, Zeile {r[1]}" for r in rows)
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"Verweisprüfung nicht möglich: {exc}")
    revision: str | None = None
    try:
        row = dbapi_conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    except sqlcipher3.DatabaseError:
        revision = None
    if revision is None:
        problems.append("Schemastand nicht lesbar (Tabelle alembic_version fehlt oder ist leer)")
    return IntegrityReport(
        ok=not problems,
        problems=problems,
        schema_revision=revision,
        head_revision=head_revision(),
        cipher_version=cipher_version(dbapi_conn),
    )


def verify_database_file(path: Path, key: bytes) -> IntegrityReport:
    """Check a store file (e.g. a backup before a restore) opened read-only, without changes.

    Raises `StoreNotFoundError` for a missing file and `WrongKeyError` if the key does not
    open it (which is also what a destroyed first page looks like).
    """
    path = Path(path)
    if not path.is_file():
        raise StoreNotFoundError(path)
    # Without a -wal the file holds everything: read it as immutable, so that no -wal/-shm
    # files are created beside it. With a -wal (store open or not closed cleanly) read it
    # through SQLite's normal read-only WAL handling.
    has_wal = Path(f"{path}-wal").exists()
    conn = connect_raw(path, key, read_only=True, immutable=not has_wal)
    try:
        return _integrity_report(conn)
    finally:
        conn.close()


class Database:
    """An open, encrypted store. Use `create` or `open`; close with `close()` or `with`."""

    def __init__(self, path: Path, key: bytes, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._key = key

    def __repr__(self) -> str:  # never show the key
        return f"Database({str(self.path)!r})"

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: bytes, *, revision: str = "head") -> Database:
        """Create a new store with the schema at `revision` (tests use older ones)."""
        path = Path(path)
        key_hex(key)  # a malformed key must not leave an empty file behind
        if path.exists():
            raise StoreExistsError(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # claim the name atomically; owner-only permissions from the start
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise StoreExistsError(path) from None
        os.close(fd)
        engine = create_engine(path, key)
        try:
            _upgrade(engine, revision)
        except BaseException:
            engine.dispose()
            _remove_store_files(path)
            raise
        return cls(path, key, engine)

    @classmethod
    def open(cls, path: Path, key: bytes, *, backup_dir: Path | None = None) -> Database:
        """Open an existing store; if its schema is older, back it up, then migrate.

        The backup goes to `backup_dir` (default: ``backups/`` beside the store) and is
        named with the time and the old revision.
        """
        path = Path(path)
        if not path.is_file():
            raise StoreNotFoundError(path)
        engine = create_engine(path, key)
        try:
            # The first connection keys and verifies: WrongKeyError before any write.
            current = _current_revision(engine)
            db = cls(path, key, engine)
            if current != HEAD_REVISION:  # only now is Alembic needed (imported)
                head = _script_head()
                if current != head:
                    db._migrate(current, head, backup_dir or path.parent / "backups")
        except BaseException:
            engine.dispose()
            raise
        return db

    def _migrate(self, current: str | None, head: str, backup_dir: Path) -> None:
        from alembic.util import CommandError

        if current is not None:
            try:
                _script_directory().get_revision(current)
            except CommandError:
                raise MigrationError(
                    f"Die Datenablage {self.path} hat den Schemastand {current}, den dieses "
                    "Programm nicht kennt; bitte die neuere Programmversion verwenden."
                ) from None
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup = backup_dir / f"{self.path.stem}-{stamp}-rev{current}{self.path.suffix}"
            self.backup_to(backup)
            where = f" Sicherung vor der Aktualisierung: {backup}."
        else:
            where = ""
        try:
            _upgrade(self.engine, head)
        except Exception as exc:
            raise MigrationError(
                f"Die Aktualisierung der Datenablage {self.path} ist fehlgeschlagen "
                f"({type(exc).__name__}); die Datenablage ist unverändert.{where}"
            ) from exc

    # -- use -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back on error."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @property
    def schema_revision(self) -> str | None:
        return _current_revision(self.engine)

    def check_integrity(self) -> IntegrityReport:
        raw = self.engine.raw_connection()
        try:
            return _integrity_report(raw.dbapi_connection)
        finally:
            raw.close()

    def backup_to(self, dest: Path) -> None:
        """Copy the store with SQLite's online backup into `dest`, encrypted with the same key.

        Written to a temporary file in the destination folder, synced, then renamed, so
        `dest` is either the old file or a complete copy. The copy is in rollback-journal
        mode: one self-contained file.
        """
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            target = connect_raw(tmp, self._key, journal_mode="DELETE")
            try:
                raw = self.engine.raw_connection()
                try:
                    source: Any = raw.dbapi_connection
                    source.backup(target)
                finally:
                    raw.close()
                # The copied header says WAL; switching back and forth rewrites it.
                target.execute("PRAGMA journal_mode = WAL").fetchall()
                target.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                target.close()
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
            _fsync_dir(dest.parent)
        except BaseException:
            _remove_store_files(tmp)
            raise

    def checkpoint(self) -> None:
        """Move everything from the WAL into the main file and truncate the WAL."""
        raw = self.engine.raw_connection()
        try:
            conn: Any = raw.dbapi_connection
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            raw.close()

    def close(self) -> None:
        """Close all connections (the WAL is checkpointed when the last one closes)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
