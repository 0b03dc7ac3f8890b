"""The menu "Fallberatung und Schulung" in the main window opens one window of each kind."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.session import UiContext
from counsel_app.ui.supervision.menu import MENU_TITLE
from tests.ui.supervision.conftest import WAIT_MS

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, ui_ctx: UiContext) -> MainWindow:
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_menu_with_shortcuts_before_help(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert MENU_TITLE in titles
    help_title = window.ui.menuHelp.title()
    assert titles.index(MENU_TITLE) == titles.index(help_title) - 1
    menu = window.supervision.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(texts) == 5
    shortcuts = {a.shortcut().toString() for a in menu.actions() if not a.shortcut().isEmpty()}
    assert shortcuts == {"Ctrl+Shift+B", "Ctrl+Shift+R", "Ctrl+Shift+U", "Ctrl+Shift+T"}
    taken = {
        a.shortcut().toString()
        for a in window.findChildren(type(menu.actions()[0]))
        if a not in menu.actions() and not a.shortcut().isEmpty()
    }
    assert not shortcuts & taken


def test_windows_open_once_and_close_with_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    supervision = window.supervision
    supervision.caseload_action.trigger()
    caseload = supervision.caseload
    supervision.caseload_action.trigger()
    assert supervision.caseload is caseload and caseload is not None and caseload.isVisible()
    supervision.training_action.trigger()
    training = supervision.training
    assert training is not None
    qtbot.waitSignal(training.libraryReady, timeout=WAIT_MS, raising=False).wait()
    supervision.area_action.trigger()
    area = supervision.review_area
    assert area is not None and area.isWindow() and area is not window
    window.close()
    qtbot.waitUntil(
        lambda: (
            supervision.review_area is None
            and supervision.caseload is None
            and supervision.training is None
        ),
        timeout=WAIT_MS,
    )


def test_locking_the_main_window_hides_the_review_area_and_caseload(
    qtbot: QtBot, window: MainWindow
) -> None:
    from counsel_app.ui.autolock import WindowLock

    area = window.supervision.show_review_area()
    caseload = window.supervision.show_caseload()
    assert area is not None and area.isVisible() and caseload.isVisible()
    window.ui.actionLock.trigger()
    assert not area.isVisible() and not caseload.isVisible()
    lock = next(lock for lock in window.findChildren(WindowLock) if lock.is_locked)
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT_MS):
        lock.try_unlock()  # the keyring of this store opens it without a dialog
    assert area.isVisible() and caseload.isVisible()
