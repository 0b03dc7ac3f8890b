"""Backup and restore of the encrypted database (same key as the store)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.paths import DataPaths

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None  # the replaced database, kept in the backups folder


def _fsync_file(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temp_path(folder: Path, prefix: str) -> Path:
    """A new, empty file readable only by the owner (mkstemp creates it with mode 0600)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(name)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _verify(path: Path, key: bytes, what: str) -> None:
    """Refuse unless `path` opens with `key` and passes the integrity checks."""
    from counsel_app.storage.database import verify_database_file
    from counsel_app.storage.errors import WrongKeyError

    try:
        report = verify_database_file(path, key)
    except WrongKeyError as err:
        raise UserError(
            f"{what} {path} lässt sich mit dem Schlüssel dieser Ablage nicht öffnen "
            "(Sicherung einer anderen Ablage, keine Sicherung oder beschädigt). "
            "Nichts wurde geändert."
        ) from err
    except UserError as err:
        raise UserError(
            f"{what} {path}: {err.message.rstrip('.')}. Nichts wurde geändert."
        ) from err
    except Exception as err:
        raise UserError(
            f"{what} {path} ist keine lesbare Datenbank dieser Ablage ({type(err).__name__}). "
            "Nichts wurde geändert."
        ) from err
    if not report.ok:
        first = report.problems[0] if report.problems else "Integritätsprüfung fehlgeschlagen"
        raise UserError(f"{what} {path} ist beschädigt: {first}. Nichts wurde geändert.")


def backup(ctx: AppContext, out: Path) -> Path:
    """Write a verified, encrypted copy of the database to `out` (atomically)."""
    from counsel_app.services.store import open_store

    out = out.expanduser().absolute()
    if out.is_dir():
        raise UserError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    if not out.parent.is_dir():
        raise UserError(f"Den Ordner {out.parent} gibt es nicht.")
    if out == ctx.paths.database.absolute() or out == ctx.paths.keyfile.absolute():
        raise UserError(
            "Die Sicherung darf die Ablage nicht überschreiben; bitte eine andere Datei."
        )
    tmp = _temp_path(out.parent, ".counsel-backup-")
    try:
        with open_store(ctx) as store:
            store.db.backup_to(tmp)
            key = store.key
        _fsync_file(tmp)
        _verify(tmp, key, "Die neue Sicherung")
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    finally:
        _remove_with_side_files(tmp)
    return out


def _keep_previous(ctx: AppContext, key: bytes) -> Path | None:
    """Copy the database about to be replaced into the backups folder.

    A database that still opens is copied through the backup API (consistent, WAL
    included); one that does not open is copied file by file, side files included.
    """
    from counsel_app.storage.database import Database

    paths: DataPaths = ctx.paths
    if not paths.database.exists():
        return None
    paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    keep = paths.backups / f"vor-wiederherstellung-{stamp}.db"
    try:
        db = Database.open(paths.database, key)
        try:
            db.backup_to(keep)
        finally:
            db.close()
    except Exception:
        _remove_with_side_files(keep)
        for suffix in ("", *_SIDE_FILES):
            source = paths.database.with_name(paths.database.name + suffix)
            if source.exists():
                shutil.copy2(source, keep.with_name(keep.name + suffix))
    _fsync_file(keep)
    _fsync_dir(paths.backups)
    return keep


def _prepare(ctx: AppContext, copy: Path, key: bytes, original: Path) -> None:
    """Open the copy as a store (an older schema is migrated now, an unknown one refused)
    and check it again; afterwards it is one self-contained file."""
    from counsel_app.storage.database import Database

    try:
        db = Database.open(copy, key, backup_dir=ctx.paths.backups)
    except UserError as err:
        detail = err.message.replace(str(copy), str(original)).rstrip(".")
        raise UserError(
            f"Die Sicherung lässt sich nicht übernehmen: {detail}. Nichts wurde geändert."
        ) from err
    try:
        report = db.check_integrity()
    finally:
        db.close()
    if not report.ok or report.schema_revision != report.head_revision:
        first = report.problems[0] if report.problems else "Schemastand nicht aktuell"
        raise UserError(f"Die Sicherung {original} ist beschädigt: {first}. Nichts wurde geändert.")
    for suffix in _SIDE_FILES:
        side = copy.with_name(copy.name + suffix)
        if side.exists() and side.stat().st_size > 0:
            raise UserError(
                "Die Kopie der Sicherung konnte nicht abgeschlossen werden. Nichts wurde geändert."
            )
        side.unlink(missing_ok=True)


def restore(ctx: AppContext, file: Path) -> RestoreResult:
    """Replace the database with the backup `file`.

    The backup must open with this store's key and pass the integrity checks; that is
    checked on a copy inside the data folder BEFORE anything is replaced. The replaced
    database is kept in the backups folder; the swap itself is one `os.replace`.
    """
    from counsel_app.storage.keys import load_store_key
    from counsel_app.storage.lock import store_lock

    file = file.expanduser().absolute()
    if not file.is_file():
        raise UserError(f"Die Sicherungsdatei {file} gibt es nicht.")
    paths = ctx.paths
    if file == paths.database.absolute():
        raise UserError("Die Sicherung ist die Datenbank selbst; nichts zu tun.")
    key = load_store_key(ctx).key
    _verify(file, key, "Die Sicherung")
    with store_lock(paths.root):
        return _swap_in(ctx, file, key)


def _swap_in(ctx: AppContext, file: Path, key: bytes) -> RestoreResult:
    """The verified backup `file` becomes the database; the old one goes to the backups."""
    paths = ctx.paths
    tmp = _temp_path(paths.root, ".counsel-restore-")
    try:
        shutil.copyfile(file, tmp)  # into the 0600 file: the store stays owner-only
        _fsync_file(tmp)
        _prepare(ctx, tmp, key, file)  # exactly what will be installed
        previous = _keep_previous(ctx, key)
        # A stale WAL of the old database must never be applied to the restored one.
        for suffix in _SIDE_FILES:
            paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, paths.database)
        _fsync_dir(paths.root)
    finally:
        _remove_with_side_files(tmp)
    return RestoreResult(restored_from=file, previous_copy=previous)
