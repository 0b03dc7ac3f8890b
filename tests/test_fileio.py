"""write_atomic: readers see the old file or the whole new one, never a temp file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counsel_app.fileio import write_atomic


def test_failed_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"%PDF-new")
    assert os.listdir(tmp_path) == ["plan.pdf"]
    assert target.read_bytes() == b"old"


def test_write_atomic_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(tmp_path) == ["a.pdf"]


def test_written_file_is_owner_only(tmp_path: Path) -> None:
    """Key files and exported cases must not be readable by other users."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target = tmp_path / "keys.json"
    write_atomic(target, b"{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
