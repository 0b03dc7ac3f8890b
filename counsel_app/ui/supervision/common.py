"""Small helpers shared by the supervision and training windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from counsel_app.errors import UserError

ERROR_STYLE = (
    "QLabel { color: #ffffff; background-color: #a4262c; padding: 6px; border-radius: 3px; }"
)
OK_STYLE = "QLabel { color: #0b3d14; background-color: #dff6dd; padding: 6px; border-radius: 3px; }"
NOTE_STYLE = (
    "QLabel { color: #3b2f00; background-color: #fff4ce; border: 1px solid #e0c060;"
    " padding: 6px; border-radius: 3px; }"
)


def error_text(err: BaseException, paths: Any = None) -> str:
    """One German line for `err`; anything but a UserError is logged without case data."""
    if isinstance(err, UserError):
        return err.message
    where = ""
    if paths is not None:
        from counsel_app.crashlog import write_crash_log

        log = write_crash_log(paths, err)
        where = f" Details (ohne Falldaten): {log}" if log else ""
    return (
        f"Die Arbeit wurde wegen eines internen Fehlers ({type(err).__name__}) abgebrochen. "
        f"Gespeicherte Daten sind nicht betroffen.{where}"
    )


def show_message(label: QLabel, text: str, *, error: bool) -> None:
    """Show `text` in an inline message label (red for errors, green otherwise)."""
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def warn(parent: QWidget, title: str, err: BaseException, paths: Any = None) -> None:
    QMessageBox.warning(parent, title, error_text(err, paths))


def add_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], Any],
    shortcut: str | QKeySequence.StandardKey | None = None,
    tip: str = "",
) -> QAction:
    """A window-wide action with German text, optional shortcut and status tip."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    return action


def review_case_html(case: Any) -> str:
    """The main window's case overview, with "Pseudonym" where it would say Kundennummer."""
    from counsel_app.ui.overview import case_overview_html

    html = case_overview_html(case)
    if case.client.pseudonymised:
        html = html.replace("<p class='meta'>Kundennummer ", "<p class='meta'>Pseudonym ", 1)
    return html
