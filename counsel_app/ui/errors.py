"""The GUI's last line of defence: unexpected exceptions become a German message, not a crash."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counsel_app.errors import UserError
from counsel_app.paths import DataPaths

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class GuiExceptHook:
    """`sys.excepthook` while the GUI runs (PySide6 reports exceptions in slots through it).

    A `UserError` is shown as it is. Anything else is logged through `write_crash_log`
    (code locations only, no client data) and shown with the choice to continue or quit.
    """

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            QMessageBox.warning(parent, "counsel-app", exc.message)
            return
        from counsel_app.crashlog import write_crash_log

        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        log = write_crash_log(self.paths, exc)
        if self._showing:  # an error while the message is open: log only
            return
        self._showing = True
        try:
            self._ask_continue(parent, type(exc).__name__, log)
        finally:
            self._showing = False

    @staticmethod
    def _ask_continue(parent: QWidget | None, name: str, log: str | None) -> None:
        where = f"\n\nEin Protokoll ohne Falldaten liegt in {log}." if log else ""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Unerwarteter Fehler")
        box.setText(f"Im Programm ist ein interner Fehler aufgetreten ({name}).")
        box.setInformativeText(
            "Bereits gespeicherte Daten sind nicht betroffen. Sie können weiterarbeiten; "
            "tritt der Fehler wieder auf, beenden Sie das Programm und starten Sie es neu." + where
        )
        go_on = box.addButton("&Weiterarbeiten", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Programm &beenden", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(go_on)
        box.exec()
        if box.clickedButton() is not go_on:
            QApplication.closeAllWindows()
            QApplication.quit()
