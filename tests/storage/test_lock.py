"""The data-folder lock: refuses a second holder, and never loosens the folder's permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counsel_app.storage.lock import StoreInUseError, acquire_store_lock, store_lock


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_data_folder_made_by_the_lock_is_owner_only(tmp_path: Path) -> None:
    root = tmp_path / "neu" / "daten"
    lock = acquire_store_lock(root)
    try:
        assert stat.S_IMODE(root.stat().st_mode) & 0o077 == 0
        files = [p for p in root.iterdir() if p.is_file()]
        assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in files)
    finally:
        lock.release()


def test_second_holder_is_refused_until_the_first_releases(tmp_path: Path) -> None:
    with store_lock(tmp_path), pytest.raises(StoreInUseError, match="geöffnet"):
        acquire_store_lock(tmp_path)
    acquire_store_lock(tmp_path).release()
