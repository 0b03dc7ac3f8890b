"""Automatic lock after idle time, and unlocking the window again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from counsel_app.context import AppContext
from counsel_app.services.store import init_store
from counsel_app.ui.autolock import (
    LOCKED_TITLE,
    AutoLock,
    LockOverlay,
    lock_window,
    store_unlocker,
)
from counsel_app.ui.unlock import UnlockDialog
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui


@pytest.fixture
def autolocks() -> Iterator[list[AutoLock]]:
    made: list[AutoLock] = []
    yield made
    for lock in made:
        lock.uninstall()
        lock.deleteLater()


def make_lock(made: list[AutoLock], timeout_ms: int) -> AutoLock:
    lock = AutoLock(timeout_ms=timeout_ms)
    made.append(lock)
    return lock


def test_locks_after_the_idle_time(qtbot: QtBot, autolocks: list[AutoLock]) -> None:
    lock = make_lock(autolocks, 50)
    assert lock.active
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    assert lock.idle_ms() >= 50
    assert not lock.active  # no second signal until resume()
    with qtbot.assertNotEmitted(lock.locked, wait=150):
        pass
    lock.resume()
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass


def test_does_not_lock_while_typing(qtbot: QtBot, autolocks: list[AutoLock]) -> None:
    field = QLineEdit()
    field.setAccessibleName("Test")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    lock = make_lock(autolocks, 200)
    with qtbot.assertNotEmitted(lock.locked):
        for _ in range(20):  # 20 key presses, 40 ms apart: 800 ms of typing
            qtbot.keyClick(field, Qt.Key.Key_A)
            qtbot.wait(40)
    assert field.text() == "a" * 20
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass


def test_mouse_activity_counts_too(qtbot: QtBot, autolocks: list[AutoLock]) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    lock = make_lock(autolocks, 200)
    with qtbot.assertNotEmitted(lock.locked):
        for _ in range(10):
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
            qtbot.wait(40)


def test_pause_resume_and_switching_off(qtbot: QtBot, autolocks: list[AutoLock]) -> None:
    lock = make_lock(autolocks, 40)
    lock.pause()
    with qtbot.assertNotEmitted(lock.locked, wait=150):
        pass
    lock.resume()
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    lock.set_minutes(0)
    lock.resume()
    assert not lock.active
    with qtbot.assertNotEmitted(lock.locked, wait=150):
        pass
    lock.set_minutes(15)
    assert lock.timeout_ms == 15 * 60_000 and lock.active


# --- the locked window ----------------------------------------------------------------------


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Fall TR-1 – Frau Kirschgarten")
        self.content = QLineEdit("Frau Kirschgarten")
        self.content.setAccessibleName("Inhalt")
        self.setCentralWidget(self.content)
        self.toolbar = QToolBar("Werkzeuge", self)
        self.addToolBar(self.toolbar)
        self.action = QAction("Exportieren", self)
        self.toolbar.addAction(self.action)
        self.menuBar().addMenu("&Datei").addAction(self.action)


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    win = Window()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.content.setFocus()
    return win


def test_lock_hides_the_content_until_unlock_says_yes(qtbot: QtBot, window: Window) -> None:
    answers = [False, True]
    asked: list[QWidget] = []

    def unlock(parent: QWidget) -> bool:
        asked.append(parent)
        return answers.pop(0)

    lock = lock_window(window, unlock)
    assert lock_window(window, unlock) is lock  # locking twice is harmless
    overlay = window.centralWidget()
    assert isinstance(overlay, LockOverlay)
    assert window.windowTitle() == LOCKED_TITLE
    assert not window.content.isVisible() and not window.toolbar.isVisible()
    assert not window.action.isEnabled() and not window.menuBar().isEnabled()
    assert "Kirschgarten" not in " ".join(w.text() for w in overlay.findChildren(QLabel))
    assert focusable_without_name(overlay) == []

    with qtbot.assertNotEmitted(lock.unlocked):
        qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert asked == [overlay] and window.centralWidget() is overlay

    with qtbot.waitSignal(lock.unlocked, timeout=1000):
        qtbot.keyClick(overlay.unlock_button, Qt.Key.Key_Space)
    assert window.centralWidget() is window.content and window.content.isVisible()
    assert window.windowTitle() == "Fall TR-1 – Frau Kirschgarten"
    assert window.toolbar.isVisible() and window.action.isEnabled()
    assert window.menuBar().isEnabled()


def test_autolock_and_lock_window_together(
    qtbot: QtBot, window: Window, autolocks: list[AutoLock]
) -> None:
    auto = make_lock(autolocks, 30)
    auto.locked.connect(lambda: lock_window(window, lambda _p: True, on_unlocked=auto.resume))
    with qtbot.waitSignal(auto.locked, timeout=2000):
        pass
    overlay = window.centralWidget()
    assert isinstance(overlay, LockOverlay)
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert window.centralWidget() is window.content
    assert auto.active  # watching again


def answer_unlock_dialog(qtbot: QtBot, secrets: list[str], seen: list[str]) -> None:
    """Type the next secret into the unlock dialog once it is open."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog.error_text())
        if not secrets:
            dialog.reject()
            return
        dialog.ui.secretEdit.setText(secrets.pop(0))
        dialog.submit()
        if dialog.isVisible():  # wrong: try the next one
            QTimer.singleShot(0, fill)

    QTimer.singleShot(0, fill)


def test_store_unlocker_asks_for_the_passphrase(
    qtbot: QtBot, window: Window, passphrase_ctx: AppContext
) -> None:
    unlock = store_unlocker(passphrase_ctx, kdf=FAST_KDF)
    lock = lock_window(window, unlock)
    seen: list[str] = []
    answer_unlock_dialog(qtbot, ["falsch-falsch-falsch", TEST_PASSPHRASE], seen)
    with qtbot.waitSignal(lock.unlocked, timeout=20000):
        lock.try_unlock()
    assert seen[0] == "" and "falsch" in seen[1]
    assert window.centralWidget() is window.content


def test_store_unlocker_can_be_cancelled(
    qtbot: QtBot, window: Window, passphrase_ctx: AppContext
) -> None:
    lock = lock_window(window, store_unlocker(passphrase_ctx, kdf=FAST_KDF))
    answer_unlock_dialog(qtbot, [], [])
    assert lock.try_unlock() is False
    assert isinstance(window.centralWidget(), LockOverlay)


def test_store_unlocker_with_the_keyring_asks_nothing(
    qtbot: QtBot, window: Window, keyring_ctx: AppContext
) -> None:
    init_store(keyring_ctx, kdf=FAST_KDF)
    lock = lock_window(window, store_unlocker(keyring_ctx, kdf=FAST_KDF))
    with qtbot.waitSignal(lock.unlocked, timeout=20000):
        assert lock.try_unlock() is True
    assert window.centralWidget() is window.content
