"""Create, open and unlock the encrypted store (database + keys)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.paths import DataPaths

if TYPE_CHECKING:
    from counsel_app.storage.database import Database
    from counsel_app.storage.keyfile import ScryptParams
    from counsel_app.storage.keys import UnlockedKey
    from counsel_app.storage.repository import CaseRepository
    from counsel_app.storage.summaries import CaseSummary


@dataclass(frozen=True)
class InitResult:
    """What `init` shows once: the recovery key, and where the key is kept."""

    recovery_key: str
    key_source: str


@dataclass
class Store:
    """An open store: the database, the case repository and where the key came from."""

    db: Database
    cases: CaseRepository
    key_source: str
    paths: DataPaths
    key: bytes = field(repr=False)  # for verifying backups; never written anywhere


def init_store(
    ctx: AppContext, *, kdf: ScryptParams | None = None, passphrase: str | None = None
) -> InitResult:
    """Create key and database in a folder without a store; refuses otherwise.

    `kdf` sets the scrypt cost of a passphrase copy (default: the production cost);
    `passphrase` (e.g. from a dialog) is used instead of the environment or a prompt.
    """
    from counsel_app.storage.database import Database
    from counsel_app.storage.keys import create_store_key, discard_store_key

    new = create_store_key(ctx, kdf=kdf, passphrase=passphrase)
    try:
        Database.create(ctx.paths.database, new.key).close()
    except BaseException:
        _remove_database_files(ctx.paths)
        discard_store_key(ctx, new)
        raise
    return InitResult(recovery_key=new.recovery_key.text, key_source=new.source.value)


def _remove_database_files(paths: DataPaths) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)


def require_database(paths: DataPaths) -> None:
    """A clear message when there is nothing to open (before any key is asked for)."""
    if paths.database.exists():
        return
    if paths.keyfile.exists():
        raise UserError(
            f"In {paths.root} fehlt die Datenbank (die Schlüsseldatei ist da). "
            "Eine Sicherung lässt sich mit 'counsel-app restore DATEI' zurückspielen."
        )
    raise UserError(
        f"In {paths.root} gibt es noch keine Ablage. Bitte zuerst 'counsel-app init' ausführen."
    )


def unlock_store(ctx: AppContext, *, passphrase: str | None = None) -> UnlockedKey:
    """The key of the existing store (keyring, passphrase); nothing is opened or written."""
    from counsel_app.storage.keys import load_store_key

    require_database(ctx.paths)
    return load_store_key(ctx, passphrase=passphrase)


@contextmanager
def open_store(
    ctx: AppContext, *, passphrase: str | None = None, unlocked: UnlockedKey | None = None
) -> Iterator[Store]:
    """Open the existing store; never creates a key or a database.

    `passphrase` (e.g. from a dialog) is only needed where the keyring does not work;
    `unlocked` is a key `unlock_store` already fetched (the keyring is not asked again).
    """
    from counsel_app.storage.database import Database
    from counsel_app.storage.repository import CaseRepository

    if unlocked is None:
        unlocked = unlock_store(ctx, passphrase=passphrase)
    else:
        require_database(ctx.paths)
    db = Database.open(ctx.paths.database, unlocked.key, backup_dir=ctx.paths.backups)
    try:
        yield Store(
            db=db,
            cases=CaseRepository(db),
            key_source=unlocked.source.value,
            paths=ctx.paths,
            key=unlocked.key,
        )
    finally:
        db.close()


@dataclass(frozen=True)
class StoreGlance:
    """The case list and the settings, read before the store is opened for work."""

    summaries: list[CaseSummary]
    settings: dict[str, str]


def glance_store(ctx: AppContext, unlocked: UnlockedKey) -> StoreGlance | None:
    """Read the case list and the settings on one raw connection, without SQLAlchemy.

    Lets a window show the cases while `open_store` (SQLAlchemy, SQLModel: some 300 ms and
    50 MiB) is still being prepared. None if the store's schema is not this program's
    newest: then it must be migrated first, which only `open_store` does (after a backup).
    Writes nothing; a wrong key raises `WrongKeyError` as `open_store` would.
    """
    from counsel_app.storage.database import HEAD_REVISION, version_rows
    from counsel_app.storage.engine import connect_raw
    from counsel_app.storage.summaries import read_case_summaries, read_settings

    require_database(ctx.paths)
    conn = connect_raw(ctx.paths.database, unlocked.key)
    try:
        if version_rows(conn) != [HEAD_REVISION]:
            return None
        conn.execute("BEGIN")  # one snapshot for both reads
        try:
            return StoreGlance(summaries=read_case_summaries(conn), settings=read_settings(conn))
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def unlock_with_recovery(
    ctx: AppContext,
    recovery_key: str,
    *,
    kdf: ScryptParams | None = None,
    passphrase: str | None = None,
) -> str:
    """Open the store with the recovery key and store the key again; returns the key source.

    If there is a database it is opened (and closed) with the recovered key before anything
    is written, so a wrong key or a damaged store changes nothing. Without a database (a new
    machine that only has keys.json) the key is stored so that `restore` can follow.
    """
    from counsel_app.storage.database import Database
    from counsel_app.storage.keys import recover_store_key, store_recovered_key

    unlocked = recover_store_key(ctx, recovery_key)
    if ctx.paths.database.exists():
        Database.open(ctx.paths.database, unlocked.key, backup_dir=ctx.paths.backups).close()
    return store_recovered_key(ctx, unlocked, kdf=kdf, passphrase=passphrase).value
