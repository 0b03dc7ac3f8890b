"""An advisory lock on the data folder: who may replace the database file.

The GUI holds it while it runs; `restore` takes it for the swap. So a restore never replaces
the database under an open window (whose autosave would then write into the wrong file),
and a second window on the same store is refused instead of racing the first one. Short
command-line reads and writes do not take it: SQLite's own locking covers them.
Built on `filelock` (flock on POSIX, LockFileEx on Windows; released when the process dies).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_NAME = ".in-use.lock"


class StoreInUseError(UserError):
    """Another process (usually the open program window) holds the data folder."""


def acquire_store_lock(root: Path) -> BaseFileLock:
    """Take the lock of the data folder `root` without waiting; the caller releases it."""
    from filelock import FileLock, Timeout

    root.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data folder is owner-only
    lock = FileLock(root / LOCK_NAME, timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise StoreInUseError(
            "Die Datenablage ist gerade in counsel-app geöffnet. Bitte das Programmfenster "
            "schließen und es dann noch einmal versuchen."
        ) from None
    return lock


@contextmanager
def store_lock(root: Path) -> Iterator[None]:
    """Hold the lock of `root` for the block (refuses at once if it is taken)."""
    lock = acquire_store_lock(root)
    try:
        yield
    finally:
        lock.release()
