"""Helpers shared by the GUI tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from counsel_app.ui.main_window import MainWindow
    from counsel_app.ui.session import UiContext


def show_main_window(qtbot: QtBot, ui_ctx: UiContext) -> MainWindow:
    """The main window on `ui_ctx`, 1280×800, shown and exposed; qtbot closes it."""
    from counsel_app.ui.main_window import MainWindow

    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def focusable_without_name(window: QWidget) -> list[str]:
    """Visible widgets that take keyboard focus but have no accessibleName."""
    missing = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if not widget.isEnabled() and widget is not window:
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def focusable_widgets(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window)
    ]
