"""One window per data folder: a second start is refused with a German message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counsel_app.storage.lock import acquire_store_lock
from counsel_app.ui.app import launch_gui
from tests.support.fixtures import make_context
from tests.support.keyrings import MemoryKeyring


def test_a_second_window_on_the_same_store_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_context(tmp_path / "data", keyring=MemoryKeyring())
    held = acquire_store_lock(ctx.paths.root)  # the first, running window
    seen: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer_the_box)

    QTimer.singleShot(20, answer_the_box)
    try:
        assert launch_gui(ctx) == 1
    finally:
        held.release()
    assert seen and "schon geöffnet" in seen[0]
    assert not ctx.paths.database.exists()  # nothing was created
