"""The menu "Fallberatung und Schulung" of the main window and the windows it opens.

`install_supervision_menu(window)` adds the menu to the main window's menu bar and returns
the controller that owns the windows (one of each kind; opening again raises it). The
windows are separate top-level windows: the review area never mixes with the case list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from counsel_app.ui.supervision.common import warn

if TYPE_CHECKING:
    from counsel_app.review.bundle import BundleKdf
    from counsel_app.services.review_area import BundleExportResult
    from counsel_app.ui.supervision.bundle_dialogs import BundleExportDialog
    from counsel_app.ui.supervision.caseload_window import CaseloadWindow
    from counsel_app.ui.supervision.review_area_window import ReviewAreaWindow
    from counsel_app.ui.supervision.training_window import TrainingWindow

MENU_TITLE = "Fallberatung und &Schulung"


class SupervisionMenu(QObject):
    """Actions of the menu and the windows they open, tied to one main window."""

    def __init__(
        self, window: Any, *, kdf: BundleKdf | None = None, save_dir: Path | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.kdf = kdf
        self.save_dir = save_dir or Path.home()
        self.export_dialog: BundleExportDialog | None = None
        self.review_area: ReviewAreaWindow | None = None
        self.caseload: CaseloadWindow | None = None
        self.training: TrainingWindow | None = None
        self.notice: QMessageBox | None = None
        self.menu = window.menuBar().addMenu(MENU_TITLE)
        self.menu.setObjectName("menuSupervision")
        help_menu = getattr(getattr(window, "ui", None), "menuHelp", None)
        if help_menu is not None:  # keep "Hilfe" last
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.export_action = self._action(
            "Prüfpaket für die Fallberatung &exportieren …",
            "Ctrl+Shift+B",
            self.export_bundle,
            "Den gewählten Fall pseudonymisiert und verschlüsselt für eine Fallberatung ausgeben",
        )
        self.import_action = self._action(
            "Prüfpaket &öffnen …",
            None,
            self.import_bundle,
            "Einen Fall aus einem Prüfpaket in den Bereich Fallberatung übernehmen",
        )
        self.area_action = self._action(
            "&Bereich Fallberatung",
            "Ctrl+Shift+R",
            self.show_review_area,
            "Fälle aus Prüfpaketen, Fallberatung im Präsentationsmodus, Protokolle",
        )
        self.menu.addSeparator()
        self.caseload_action = self._action(
            "&Fallübersicht für die Reflexion …",
            "Ctrl+Shift+U",
            self.show_caseload,
            "Bilder zur Planungsqualität aus pseudonymisierten Daten",
        )
        self.menu.addSeparator()
        self.training_action = self._action(
            "&Schulung: Übungsfälle und Übungen",
            "Ctrl+Shift+T",
            self.show_training,
            "Fiktive Übungsfälle, Vergleich zweier Pläne, Schreibübungen, Arbeitsblätter",
        )
        window.installEventFilter(self)
        self._hidden_by_lock: list[QWidget] = []
        autolock = getattr(window, "autolock", None)
        if autolock is not None:  # connected after the window's own slot: the lock exists
            autolock.locked.connect(self._window_locked)
        lock_action = getattr(getattr(window, "ui", None), "actionLock", None)
        if lock_action is not None:
            lock_action.triggered.connect(lambda _checked=False: self._window_locked())

    def _action(self, text: str, shortcut: str | None, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # --- context from the main window ---

    @property
    def store(self) -> Any:
        return self.window.session.store

    @property
    def paths(self) -> Any:
        return self.window.session.paths

    def _today(self) -> Any:
        return self.window.ui_ctx.today

    # --- bundle export ---

    def export_bundle(self) -> BundleExportDialog | None:
        from counsel_app.ui.supervision.bundle_dialogs import BundleExportDialog

        case_id = self.window.selected_case_id()
        if case_id is None:
            QMessageBox.information(
                self.window, "Prüfpaket", "Bitte zuerst in der Liste einen Fall auswählen."
            )
            return None
        workspace = getattr(self.window, "workspace", None)
        if workspace is not None:
            workspace.flush()  # the check reads the stored case: store the last edits first
        try:
            dialog = BundleExportDialog(
                self.store,
                case_id,
                save_dir=self.save_dir,
                paths=self.paths,
                kdf=self.kdf,
                parent=self.window,
            )
        except Exception as err:
            warn(self.window, "Prüfpaket", err, self.paths)
            return None
        dialog.jumpRequested.connect(lambda target: self._jump(case_id, target))
        dialog.exported.connect(self._exported)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _jump(self, case_id: Any, target: str) -> None:
        self.window.open_workspace(case_id)
        workspace = getattr(self.window, "workspace", None)
        if workspace is not None:
            workspace.focus_hint(target)
        self.window.statusBar().showMessage(
            "Ändern Sie das Feld; danach „Prüfpaket exportieren“ (Strg+Umschalt+B) erneut.", 10000
        )

    def _exported(self, result: BundleExportResult) -> None:
        text = (
            f"Das Prüfpaket liegt in {result.path}.\n\nDer Fall heißt darin „{result.pseudonym}“. "
            "Teilen Sie der Gruppe die Passphrase auf einem anderen Weg mit als die Datei "
            "(zum Beispiel mündlich)."
        )
        box = QMessageBox(QMessageBox.Icon.Information, "Prüfpaket geschrieben", text)
        box.setParent(self.window, Qt.WindowType.Dialog)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the main window's event loop goes on
        self.notice = box
        self.window.statusBar().showMessage(f"Prüfpaket geschrieben: {result.path}", 10000)

    # --- windows ---

    def _raise(self, widget: QWidget) -> None:
        was_visible = widget.isVisible()
        widget.show()
        if was_visible and QGuiApplication.platformName() != "offscreen":
            widget.raise_()  # bring an open window to the front (no stacking offscreen)
        widget.activateWindow()

    def _top_level(self, widget: QMainWindow) -> None:
        widget.setParent(self.window, Qt.WindowType.Window)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_review_area(self) -> ReviewAreaWindow | None:
        from counsel_app.ui.supervision.review_area_window import ReviewAreaWindow

        if self.review_area is None:
            try:
                area = ReviewAreaWindow(
                    self.store, today=self._today(), open_dir=self.save_dir, paths=self.paths
                )
            except Exception as err:
                warn(self.window, "Bereich Fallberatung", err, self.paths)
                return None
            self._top_level(area)
            area.destroyed.connect(lambda _o=None: setattr(self, "review_area", None))
            self.review_area = area
        self._raise(self.review_area)
        return self.review_area

    def import_bundle(self) -> None:
        area = self.show_review_area()
        if area is not None:
            area.import_bundle()

    def show_caseload(self) -> CaseloadWindow:
        from counsel_app.ui.supervision.caseload_window import CaseloadWindow

        if self.caseload is None:
            window = CaseloadWindow(
                self.store, today=self._today(), open_dir=self.save_dir, paths=self.paths
            )
            self._top_level(window)
            window.destroyed.connect(lambda _o=None: setattr(self, "caseload", None))
            self.caseload = window
        self._raise(self.caseload)
        return self.caseload

    def show_training(self) -> TrainingWindow:
        from counsel_app.ui.supervision.training_window import TrainingWindow

        if self.training is None:
            window = TrainingWindow(
                settings=self.store.cases, open_dir=self.save_dir, paths=self.paths
            )
            self._top_level(window)
            window.destroyed.connect(lambda _o=None: setattr(self, "training", None))
            self.training = window
        self._raise(self.training)
        return self.training

    def _window_locked(self) -> None:
        """Hide the review area and the caseload picture while the main window is locked.

        A running session guide stays on the projector: the group is talking, not typing,
        and it shows only the pseudonymised case.
        """
        from counsel_app.ui.autolock import WindowLock

        locks = [lock for lock in self.window.findChildren(WindowLock) if lock.is_locked]
        if not locks:
            return
        hidden: list[QWidget] = [
            w for w in (self.review_area, self.caseload) if w is not None and w.isVisible()
        ]
        for widget in hidden:
            widget.hide()
        self._hidden_by_lock = hidden
        locks[0].unlocked.connect(self._window_unlocked)

    def _window_unlocked(self) -> None:
        alive = [w for w in (self.review_area, self.caseload) if w is not None]
        for widget in self._hidden_by_lock:
            if widget in alive:
                widget.show()
        self._hidden_by_lock = []

    def close_windows(self) -> bool:
        """Close every window of this menu (before the main window and its store go)."""
        for window in (self.review_area, self.caseload, self.training):
            if window is not None and not window.close():
                return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close_windows()
        return False


def install_supervision_menu(window: Any, **options: Any) -> SupervisionMenu:
    """Add the menu "Fallberatung und Schulung" to `window` (the main window)."""
    return SupervisionMenu(window, **options)
