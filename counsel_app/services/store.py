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
    from counsel_app.storage.repository import CaseRepository


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


@contextmanager
def open_store(ctx: AppContext, *, passphrase: str | None = None) -> Iterator[Store]:
    """Open the existing store; never creates a key or a database.

    `passphrase` (e.g. from a dialog) is only needed where the keyring does not work.
    """
    from counsel_app.storage.database import Database
    from counsel_app.storage.keys import load_store_key
    from counsel_app.storage.repository import CaseRepository

    require_database(ctx.paths)
    unlocked = load_store_key(ctx, passphrase=passphrase)
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
