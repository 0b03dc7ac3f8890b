"""Review bundles in the GUI: export from a case (with the name-hit check) and import.

Encryption and decryption (scrypt, deliberately slow) run on a pool thread; the dialogs
stay responsive and cannot be closed while that work runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from counsel_app.errors import UserError
from counsel_app.review.bundle import MIN_PASSPHRASE_CHARS, WrongBundlePassphraseError
from counsel_app.ui.forms.ui_supervision_bundle_export import Ui_BundleExportDialog
from counsel_app.ui.forms.ui_supervision_bundle_import import Ui_BundleImportDialog
from counsel_app.ui.supervision.common import NOTE_STYLE, error_text, show_message
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.exchange import FreeTextHit
    from counsel_app.review.bundle import BundleKdf
    from counsel_app.services.review_area import BundleExportResult
    from counsel_app.services.store import Store

BUNDLE_FILTER = "Prüfpakete (*.cbundle *.json)"
BUNDLE_SUFFIX = ".cbundle"
HIT_TARGET_ROLE = Qt.ItemDataRole.UserRole
_PATH = re.compile(r"^\$\.(potential_analysis\.obstacles|plan\.goals|plan\.steps)\[(\d+)\]")
_KINDS = {"potential_analysis.obstacles": "obstacle", "plan.goals": "goal", "plan.steps": "step"}


def hit_target(case: Case, json_path: str) -> str:
    """The workspace target (`step:ID`, `goal:ID`, `obstacle:ID` or `plan`) of a hit's path."""
    match = _PATH.match(json_path)
    if match is None:
        return "plan"
    kind, index = _KINDS[match.group(1)], int(match.group(2))
    items: list[Any] = {
        "obstacle": case.potential_analysis.obstacles,
        "goal": case.plan.goals,
        "step": case.plan.steps,
    }[kind]
    return f"{kind}:{items[index].id}" if index < len(items) else "plan"


def check_passphrase(passphrase: str, repeat: str) -> str:
    """'' if the two entries can be used, else the German message naming the field."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return (
            f"Passphrase für die Sitzung: bitte mindestens {MIN_PASSPHRASE_CHARS} Zeichen eingeben."
        )
    if passphrase != repeat:
        return "Passphrase wiederholen: Die beiden Eingaben stimmen nicht überein."
    return ""


class _TaskDialog(QDialog):
    """A dialog that stays open while its job runs (Esc and the close button wait)."""

    tasks: TaskRunner

    def reject(self) -> None:
        if not self.tasks.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.tasks.busy:
            event.ignore()
            return
        super().closeEvent(event)


class BundleExportDialog(_TaskDialog):
    """Export one case of the own store as an encrypted, pseudonymised review bundle.

    Lists every free-text field that still contains a word of the client's name or
    reference; export is possible only after the counsellor changed those fields or
    confirmed them. `jumpRequested(target)` asks the main window to show a field.
    """

    jumpRequested = Signal(str)  # noqa: N815
    exported = Signal(object)  # BundleExportResult

    def __init__(
        self,
        store: Store,
        case_id: Any,
        *,
        save_dir: Path,
        paths: Any = None,
        kdf: BundleKdf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BundleExportDialog()
        self.ui.setupUi(self)
        self.store = store
        self.case_id = case_id
        self.paths = paths
        self.kdf = kdf
        self.tasks = TaskRunner(self)
        self.hits: list[FreeTextHit] = []
        self.result_info: BundleExportResult | None = None
        self.export_button: QPushButton = self.ui.buttonBox.addButton(
            "Prüfpaket &schreiben", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName("Prüfpaket schreiben")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Abbrechen")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            "Abbrechen"
        )
        self.ui.buttonBox.accepted.connect(self.export)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.jumpButton.clicked.connect(self.jump_to_selected)
        self.ui.hitsList.itemActivated.connect(lambda _item: self.jump_to_selected())
        self.ui.recheckButton.clicked.connect(self.refresh_hits)
        self.ui.confirmCheck.toggled.connect(lambda _on: self._update_buttons())
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.progressBar.hide()
        self.ui.messageLabel.hide()
        case = store.cases.get(case_id)
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", case.client.reference).strip("-") or "fall"
        self.ui.fileEdit.setText(str(Path(save_dir) / f"pruefpaket-{stem}{BUNDLE_SUFFIX}"))
        self.refresh_hits()

    # --- the name-hit check ---

    def refresh_hits(self) -> None:
        """Check the stored case again (after the counsellor changed a field)."""
        from counsel_app.services.review_area import bundle_name_hits

        try:
            case = self.store.cases.get(self.case_id)
            self.hits = bundle_name_hits(self.store, self.case_id)
        except UserError as err:
            show_message(self.ui.messageLabel, err.message, error=True)
            self.hits = []
            return
        hits_list = self.ui.hitsList
        hits_list.clear()
        for hit in self.hits:
            item = QListWidgetItem(f"{hit.label}: „{hit.word}“   ({hit.json_path})")
            item.setData(HIT_TARGET_ROLE, hit_target(case, hit.json_path))
            item.setToolTip(f"Feld {hit.json_path} enthält das Wort „{hit.word}“.")
            hits_list.addItem(item)
        found = bool(self.hits)
        if found:
            self.ui.hitsLabel.setText(
                f"&Freitexte, die noch Wörter aus Name oder Kundennummer enthalten "
                f"({len(self.hits)}). Bitte ändern – oder unten bestätigen:"
            )
            hits_list.setCurrentRow(0)
        else:
            self.ui.hitsLabel.setText(
                "Kein Freitext enthält Wörter aus Name oder Kundennummer. Bitte prüfen Sie die "
                "Texte trotzdem auf andere persönliche Angaben (Orte, Arbeitgeber, Angehörige)."
            )
            self.ui.hitsLabel.setStyleSheet(NOTE_STYLE)
        for widget in (hits_list, self.ui.jumpButton, self.ui.confirmCheck):
            widget.setVisible(found)
        self.ui.confirmCheck.setChecked(False)
        self._update_buttons()

    def jump_to_selected(self) -> None:
        item = self.ui.hitsList.currentItem()
        if item is None:
            return
        self.jumpRequested.emit(str(item.data(HIT_TARGET_ROLE)))
        self.reject()

    @property
    def may_export(self) -> bool:
        return not self.hits or self.ui.confirmCheck.isChecked()

    def _update_buttons(self) -> None:
        busy = self.tasks.busy
        self.export_button.setEnabled(self.may_export and not busy)
        self.export_button.setToolTip(
            ""
            if self.may_export
            else "Erst die gefundenen Felder ändern oder die Bestätigung ankreuzen."
        )

    # --- export ---

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Prüfpaket speichern", self.ui.fileEdit.text(), BUNDLE_FILTER
        )
        if name:
            self.ui.fileEdit.setText(name)

    def _target(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            show_message(self.ui.messageLabel, "Datei: bitte einen Dateinamen angeben.", error=True)
            return None
        out = Path(text).expanduser()
        if not out.parent.is_dir():
            show_message(
                self.ui.messageLabel, f"Datei: Den Ordner {out.parent} gibt es nicht.", error=True
            )
            return None
        if out.is_dir():
            show_message(self.ui.messageLabel, f"Datei: {out} ist ein Ordner.", error=True)
            return None
        return out

    def export(self) -> None:
        """Check the entries, then encrypt and write on a pool thread."""
        if self.tasks.busy:
            return
        if not self.may_export:
            show_message(
                self.ui.messageLabel,
                f"{len(self.hits)} Freitextfeld(er) enthalten noch Wörter aus Name oder "
                "Kundennummer. Bitte ändern oder bestätigen. Nichts wurde geschrieben.",
                error=True,
            )
            return
        problem = check_passphrase(self.ui.passphraseEdit.text(), self.ui.repeatEdit.text())
        if problem:
            show_message(self.ui.messageLabel, problem, error=True)
            field = self.ui.passphraseEdit if "mindestens" in problem else self.ui.repeatEdit
            field.setFocus()
            field.selectAll()
            return
        out = self._target()
        if out is None:
            self.ui.fileEdit.setFocus()
            return
        from counsel_app.services.review_area import export_bundle

        passphrase, confirm, kdf = self.ui.passphraseEdit.text(), bool(self.hits), self.kdf
        store, case_id = self.store, self.case_id
        show_message(self.ui.messageLabel, "Das Prüfpaket wird verschlüsselt …", error=False)
        self._set_busy(True)
        self.tasks.start(
            lambda _report: export_bundle(
                store, case_id, passphrase, out, confirm_hits=confirm, kdf=kdf
            ),
            self._exported,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.ui.progressBar.setVisible(busy)
        for widget in (
            self.ui.hitsList,
            self.ui.jumpButton,
            self.ui.recheckButton,
            self.ui.confirmCheck,
            self.ui.passphraseEdit,
            self.ui.repeatEdit,
            self.ui.fileEdit,
            self.ui.browseButton,
        ):
            widget.setEnabled(not busy)
        self.ui.buttonBox.setEnabled(not busy)
        self._update_buttons()

    def _exported(self, result: BundleExportResult) -> None:
        self.result_info = result
        self._set_busy(False)
        self.exported.emit(result)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        show_message(self.ui.messageLabel, error_text(err, self.paths), error=True)


class BundleImportDialog(_TaskDialog):
    """Ask for a bundle file and its passphrase; decrypt off the GUI thread.

    `add_case(case) -> id` stores the decrypted case (in the review area). A wrong
    passphrase says so and keeps the dialog open for another try.
    """

    imported = Signal(object)  # the new case id in the review area

    def __init__(
        self,
        add_case: Callable[[Case], Any],
        *,
        open_dir: Path,
        paths: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BundleImportDialog()
        self.ui.setupUi(self)
        self.add_case = add_case
        self.open_dir = Path(open_dir)
        self.paths = paths
        self.tasks = TaskRunner(self)
        self.case_id: Any = None
        self.open_button = self.ui.buttonBox.addButton(
            "Prüfpaket ö&ffnen", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setAccessibleName("Prüfpaket öffnen")
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Abbrechen")
        cancel.setAccessibleName("Abbrechen")
        self.ui.buttonBox.accepted.connect(self.open_bundle)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.progressBar.hide()
        self.ui.messageLabel.hide()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Prüfpaket öffnen", str(self.open_dir), BUNDLE_FILTER
        )
        if name:
            self.ui.fileEdit.setText(name)
            self.ui.passphraseEdit.setFocus()

    def open_bundle(self) -> None:
        if self.tasks.busy:
            return
        text = self.ui.fileEdit.text().strip()
        if not text:
            show_message(self.ui.messageLabel, "Datei: bitte ein Prüfpaket wählen.", error=True)
            self.ui.fileEdit.setFocus()
            return
        if not self.ui.passphraseEdit.text():
            show_message(
                self.ui.messageLabel, "Passphrase: bitte die Passphrase eingeben.", error=True
            )
            self.ui.passphraseEdit.setFocus()
            return
        from counsel_app.review.bundle import read_bundle

        path, passphrase = Path(text).expanduser(), self.ui.passphraseEdit.text()
        show_message(self.ui.messageLabel, "Das Prüfpaket wird entschlüsselt …", error=False)
        self._set_busy(True)
        self.tasks.start(lambda _report: read_bundle(path, passphrase), self._read, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.ui.progressBar.setVisible(busy)
        for widget in (self.ui.fileEdit, self.ui.browseButton, self.ui.passphraseEdit):
            widget.setEnabled(not busy)
        self.ui.buttonBox.setEnabled(not busy)

    def _read(self, case: Case) -> None:
        self._set_busy(False)
        try:
            self.case_id = self.add_case(case)
        except Exception as err:  # shown in the dialog, never as a traceback
            show_message(self.ui.messageLabel, error_text(err, self.paths), error=True)
            return
        self.imported.emit(self.case_id)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        if isinstance(err, WrongBundlePassphraseError):
            show_message(
                self.ui.messageLabel,
                "Passphrase: Sie passt nicht zu diesem Prüfpaket (oder die Datei wurde "
                "verändert). Bitte noch einmal eingeben. Nichts wurde übernommen.",
                error=True,
            )
            self.ui.passphraseEdit.setFocus()
            self.ui.passphraseEdit.selectAll()
            return
        show_message(self.ui.messageLabel, error_text(err, self.paths), error=True)
