"""The review area (Bereich Fallberatung): cases from bundles and protocols, in their own window.

The window opens the separate review store (`services.review_area`) for as long as it is
open. Its case list never shows the counsellor's own cases, and the main window's list
never shows these.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from counsel_app.errors import UserError
from counsel_app.ui.forms.ui_supervision_review_area import Ui_ReviewAreaPanel
from counsel_app.ui.labels import format_date, profile_label
from counsel_app.ui.overview import placeholder_html
from counsel_app.ui.supervision.common import NOTE_STYLE, add_action, review_case_html, warn
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.services.review_area import ReviewArea
    from counsel_app.services.store import Store
    from counsel_app.ui.supervision.review_mode import ReviewModeWindow

ID_ROLE = Qt.ItemDataRole.UserRole


class ReviewAreaWindow(QMainWindow):
    """Cases imported from review bundles, their protocols, and the start of a session."""

    def __init__(
        self,
        store: Store,
        *,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
        open_dir: Path | None = None,
        paths: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from counsel_app.services.review_area import open_review_area

        self.setWindowTitle("Bereich Fallberatung – counsel-app")
        self.setAccessibleName("Bereich Fallberatung")
        self.today = today
        self.clock = clock
        self.open_dir = open_dir or Path.home()
        self.paths = paths
        self.tasks = TaskRunner(self)
        self._stack = contextlib.ExitStack()
        self.area: ReviewArea = self._stack.enter_context(open_review_area(store))
        self.session_windows: list[ReviewModeWindow] = []
        self._build()
        self.reload()

    # --- layout ---

    def _build(self) -> None:
        panel = QWidget(self)
        self.ui = Ui_ReviewAreaPanel()
        self.ui.setupUi(panel)
        self.ui.noteLabel.setStyleSheet(NOTE_STYLE)
        self.case_list = self.ui.caseList
        self.protocol_list = self.ui.protocolList
        self.import_button = self.ui.importButton
        self.start_button = self.ui.startButton
        self.remove_button = self.ui.removeButton
        self.pdf_button = self.ui.pdfButton
        self.text_button = self.ui.textButton
        self.preview = self.ui.preview
        # not in the Designer form (forms/supervision_review_area.ui): added here, beside
        # the PDF and text buttons of the selected protocol, and put into the tab order
        self.resume_button = QPushButton("Fort&setzen …", self.ui.leftPanel)
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setAccessibleName("Fallberatung aus dem Protokoll fortsetzen")
        self.resume_button.setToolTip(
            "Die gewählte Fallberatung mit Rollen, Notizen und Zeiten wieder öffnen und "
            "weiterführen (Strg+Umschalt+B)"
        )
        self.resume_button.setAccessibleDescription(self.resume_button.toolTip())
        self.ui.protocolButtons.addWidget(self.resume_button)
        QWidget.setTabOrder(self.text_button, self.resume_button)
        QWidget.setTabOrder(self.resume_button, self.preview)
        self.ui.splitter.setSizes([380, 560])
        self.setCentralWidget(panel)
        self.resize(980, 640)
        self._connect()

    def _connect(self) -> None:
        self.case_list.currentItemChanged.connect(lambda *_a: self._show_case())
        self.case_list.itemActivated.connect(lambda _item: self.start_session())
        self.protocol_list.itemActivated.connect(lambda _item: self.save_protocol_pdf())
        self.protocol_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.import_button.clicked.connect(self.import_bundle)
        self.start_button.clicked.connect(self.start_session)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_case())
        self.pdf_button.clicked.connect(self.save_protocol_pdf)
        self.text_button.clicked.connect(self.save_protocol_text)
        self.resume_button.clicked.connect(lambda _checked=False: self.resume_protocol())
        add_action(self, "Prüfpaket öffnen", self.import_bundle, "Ctrl+O")
        add_action(self, "Fallberatung beginnen", self.start_session, "Ctrl+B")
        add_action(self, "Fallberatung fortsetzen", self.resume_protocol, "Ctrl+Shift+B")
        add_action(self, "Neu laden", self.reload, "F5")
        add_action(self, "Schließen", self.close, "Ctrl+W")

    # --- data ---

    def case_references(self) -> list[str]:
        return [s.reference for s in self.area.cases.list_summaries()]

    def reload(self, select_case: Any = None) -> None:
        current = select_case if select_case is not None else self.selected_case_id()
        current_protocol = self.selected_protocol_id()
        self.case_list.clear()
        for summary in self.area.cases.list_summaries():
            profile = profile_label(summary.profile) or "ohne Profillage"
            item = QListWidgetItem(f"{summary.reference} · {profile}")
            item.setData(ID_ROLE, summary.id)
            self.case_list.addItem(item)
            if summary.id == current:
                self.case_list.setCurrentItem(item)
        if self.case_list.currentItem() is None and self.case_list.count():
            self.case_list.setCurrentRow(0)
        self.protocol_list.clear()
        for protocol in self.area.protocols.list():
            held = format_date(date.fromisoformat(protocol.held_on))
            item = QListWidgetItem(f"{held} · {protocol.case_reference} · {protocol.model_name}")
            item.setData(ID_ROLE, protocol.id)
            self.protocol_list.addItem(item)
            if protocol.id == current_protocol:
                self.protocol_list.setCurrentItem(item)
        if self.protocol_list.currentItem() is None and self.protocol_list.count():
            self.protocol_list.setCurrentRow(0)
        self._show_case()

    def selected_case_id(self) -> Any:
        item = self.case_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def selected_protocol_id(self) -> Any:
        item = self.protocol_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def _show_case(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            self.preview.setHtml(
                placeholder_html(
                    "Noch kein Fall hier. Mit „Prüfpaket öffnen …“ (Strg+O) einen Fall aus "
                    "einem Prüfpaket übernehmen."
                )
            )
        else:
            try:
                self.preview.setHtml(review_case_html(self.area.cases.get(case_id)))
            except UserError as err:
                self.preview.setHtml(placeholder_html(err.message))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self.selected_case_id() is not None)
        self.remove_button.setEnabled(self.selected_case_id() is not None)
        has_protocol = self.selected_protocol_id() is not None
        self.pdf_button.setEnabled(has_protocol)
        self.text_button.setEnabled(has_protocol)
        self.resume_button.setEnabled(has_protocol)

    # --- actions ---

    def import_bundle(self) -> None:
        from counsel_app.ui.supervision.bundle_dialogs import BundleImportDialog

        dialog = BundleImportDialog(
            self.area.add_case, open_dir=self.open_dir, paths=self.paths, parent=self
        )
        dialog.imported.connect(lambda case_id: self.reload(select_case=case_id))
        dialog.imported.connect(
            lambda _id: self.statusBar().showMessage(
                "Der Fall aus dem Prüfpaket liegt jetzt im Bereich Fallberatung.", 8000
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.import_dialog = dialog

    def start_session(self) -> ReviewModeWindow | None:
        """Open the session guide for the selected case (a new protocol)."""
        from counsel_app.ui.supervision.review_mode import ReviewModeWindow

        case_id = self.selected_case_id()
        if case_id is None:
            return None
        try:
            case = self.area.cases.get(case_id)
            window = ReviewModeWindow(
                self.area,
                case,
                today=self.today,
                clock=self.clock,
                paths=self.paths,
                open_dir=self.open_dir,
            )
        except UserError as err:
            warn(self, "Fallberatung", err)
            return None
        return self._show_session(window)

    def resume_protocol(self) -> ReviewModeWindow | None:
        """Open the session guide on the selected protocol to continue it (same protocol)."""
        from counsel_app.ui.supervision.review_mode import ReviewModeWindow

        protocol_id = self.selected_protocol_id()
        if protocol_id is None:
            return None
        for window in self.session_windows:
            if window.protocol_id == protocol_id:  # already open: bring it to the front
                window.showNormal() if window.isMinimized() else window.show()
                window.activateWindow()
                return window
        try:
            protocol = self.area.protocols.get(protocol_id)
            case_id = self.area.find_case(protocol.case_reference)
            if case_id is None:
                self.statusBar().showMessage(
                    f"Der Fall {protocol.case_reference} liegt nicht mehr im Bereich "
                    "Fallberatung; zum Fortsetzen bitte sein Prüfpaket wieder öffnen (Strg+O).",
                    10000,
                )
                return None
            window = ReviewModeWindow(
                self.area,
                self.area.cases.get(case_id),
                today=self.today,
                clock=self.clock,
                paths=self.paths,
                open_dir=self.open_dir,
                resume=protocol,
            )
        except UserError as err:
            warn(self, "Fallberatung fortsetzen", err)
            return None
        return self._show_session(window)

    def _show_session(self, window: ReviewModeWindow) -> ReviewModeWindow:
        window.protocolStored.connect(lambda _pid: self.reload())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        self.session_windows.append(window)
        window.show()
        return window

    def _forget(self, window: ReviewModeWindow) -> None:
        with contextlib.suppress(ValueError):
            self.session_windows.remove(window)

    def remove_case(self, *, confirm: bool = True) -> bool:
        """Delete the selected case from the review area (after the session); protocols stay."""
        case_id = self.selected_case_id()
        if case_id is None:
            return False
        if any(w.case_reference == self._reference(case_id) for w in self.session_windows):
            self.statusBar().showMessage(
                "Für diesen Fall läuft noch eine Fallberatung; bitte erst deren Fenster schließen.",
                8000,
            )
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                "Fall entfernen",
                "Den pseudonymisierten Fall aus dem Bereich Fallberatung löschen? Die "
                "Protokolle bleiben erhalten; das Prüfpaket selbst wird nicht verändert.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.area.cases.delete(case_id)
        except UserError as err:
            warn(self, "Fall entfernen", err)
            return False
        self.reload()
        self.statusBar().showMessage("Der Fall wurde aus dem Bereich Fallberatung gelöscht.", 8000)
        return True

    def _reference(self, case_id: Any) -> str:
        return next((s.reference for s in self.area.cases.list_summaries() if s.id == case_id), "")

    def save_protocol_text(self) -> None:
        protocol_id = self.selected_protocol_id()
        if protocol_id is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Protokoll als Text speichern",
            str(self.open_dir / "protokoll-fallberatung.txt"),
            "Text (*.txt);;JSON (*.json)",
        )
        if not name:
            return
        try:
            out = self.area.export_protocol(protocol_id, Path(name), as_json=name.endswith(".json"))
        except UserError as err:
            warn(self, "Protokoll", err)
            return
        self.statusBar().showMessage(f"Protokoll gespeichert: {out}", 8000)

    def save_protocol_pdf(self, out: Path | None = None) -> None:
        """The protocol with its pseudonymised case as PDF (rendered off the GUI thread)."""
        protocol_id = self.selected_protocol_id()
        if protocol_id is None or self.tasks.busy:
            return
        if out is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                "Protokoll als PDF speichern",
                str(self.open_dir / "protokoll-fallberatung.pdf"),
                "PDF (*.pdf)",
            )
            if not name:
                return
            out = Path(name)
        from counsel_app.printing.protocol import render_protocol_pdf

        try:
            protocol = self.area.protocols.get(protocol_id)
            case_id = self.area.find_case(protocol.case_reference)
            case = None if case_id is None else self.area.cases.get(case_id)
        except UserError as err:
            warn(self, "Protokoll", err)
            return
        self.statusBar().showMessage("Das Protokoll wird gesetzt …")
        self.tasks.start(
            lambda _report: render_protocol_pdf(protocol, case, out),
            lambda path: self.statusBar().showMessage(f"Protokoll gespeichert: {path}", 10000),
            lambda err: warn(self, "Protokoll", err, self.paths),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for window in list(self.session_windows):
            if not window.close():  # a session window refused to close
                event.ignore()
                return
            self._forget(window)
        self.tasks.wait()
        self._stack.close()
        super().closeEvent(event)
