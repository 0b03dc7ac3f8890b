"""First start: create the encrypted store, show the recovery key once, ask for the profile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.fileio import write_atomic
from counsel_app.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from counsel_app.ui.session import StoreSession
from counsel_app.ui.unlock import ERROR_STYLE

MIN_PASSPHRASE = 10

# create(passphrase or None) -> (recovery key text, open session); raises UserError.
Create = Callable[[str | None], tuple[str, StoreSession]]


def passphrase_hint(passphrase: str) -> tuple[bool, str]:
    """(acceptable, German hint) for a new passphrase; length matters most."""
    length = len(passphrase)
    if length == 0:
        return False, (
            f"Mindestens {MIN_PASSPHRASE} Zeichen. Gut merkbar und schwer zu erraten ist "
            "ein Satz aus mehreren Wörtern."
        )
    if length < MIN_PASSPHRASE:
        return False, f"Zu kurz: noch {MIN_PASSPHRASE - length} Zeichen."
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if length >= 20 or (length >= 14 and kinds >= 3):
        return True, "Stärke: gut."
    if length >= 14 or kinds >= 3:
        return True, "Stärke: ausreichend. Länger ist besser, z. B. ein ganzer Satz."
    return True, "Stärke: schwach. Besser länger, z. B. mehrere Wörter mit Zahl oder Zeichen."


def recovery_file_text(recovery_key: str, folder: Path) -> str:
    return (
        "counsel-app – Wiederherstellungsschlüssel\n"
        "\n"
        f"{recovery_key}\n"
        "\n"
        f"Ablage: {folder}\n"
        "Mit diesem Schlüssel lässt sich die verschlüsselte Ablage öffnen, auch ohne Passphrase\n"
        "oder Schlüsselbund. Sicher und getrennt vom Rechner aufbewahren; wer ihn hat, kann\n"
        "die Falldaten lesen.\n"
    )


def write_text_file(path: Path, text: str) -> None:
    """Write atomically with owner-only permissions."""
    write_atomic(path, text.encode("utf-8"))


class FirstRunDialog(QDialog):
    """Three pages: create the store, keep the recovery key, counsellor profile.

    `create` makes and opens the store (through the services); the open store is kept in
    `session` for the main window. Rejected only on the first page, before anything exists.
    """

    PAGE_CREATE, PAGE_RECOVERY, PAGE_PROFILE = range(3)

    def __init__(
        self,
        ctx: AppContext,
        create: Create,
        *,
        ask_passphrase: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._create = create
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.recovery_key: str | None = None
        self.session: StoreSession | None = None
        ui = self.ui
        ui.folderLabel.setText(f"Ordner der Ablage: {ctx.paths.root}")
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.setAccessibleName("Fehlermeldung")
        ui.errorLabel.hide()
        key_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        key_font.setPointSize(16)
        key_font.setBold(True)
        ui.recoveryKeyLabel.setFont(key_font)
        ui.nextButton.clicked.connect(self._next)
        ui.cancelButton.clicked.connect(self._cancel)
        ui.keptCheck.toggled.connect(self._update_buttons)
        ui.passphraseEdit.textChanged.connect(self._update_strength)
        ui.repeatEdit.textChanged.connect(self._update_strength)
        ui.printButton.clicked.connect(self.print_key)
        ui.saveButton.clicked.connect(self.save_key)
        self.set_ask_passphrase(ask_passphrase)
        self._show_page(self.PAGE_CREATE)
        self.ui.passphraseGroup.show()  # size for the tallest page, then hide again
        self.resize(self.width(), self.sizeHint().height())
        self.set_ask_passphrase(ask_passphrase)

    # --- pages ---

    def set_ask_passphrase(self, ask: bool) -> None:
        self.ui.passphraseGroup.setVisible(ask)
        if ask:
            self.ui.passphraseEdit.setFocus()
        self._update_strength()

    @property
    def asks_passphrase(self) -> bool:
        return not self.ui.passphraseGroup.isHidden()

    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        ui.errorLabel.hide()
        if page == self.PAGE_CREATE:
            ui.nextButton.setText("Ablage &anlegen")
            ui.nextButton.setAccessibleName("Ablage anlegen")
            ui.cancelButton.setText("Abbrechen")
            ui.cancelButton.setAccessibleName("Abbrechen und Programm beenden")
        elif page == self.PAGE_RECOVERY:
            ui.titleLabel.setText("Wiederherstellungsschlüssel aufbewahren")
            ui.nextButton.setText("&Weiter")
            ui.nextButton.setAccessibleName("Weiter")
            ui.cancelButton.hide()  # the store exists: the key must be acknowledged
            ui.recoveryKeyLabel.setFocus()
        else:
            ui.titleLabel.setText("Ihre Kontaktdaten")
            ui.nextButton.setText("&Fertig")
            ui.nextButton.setAccessibleName("Fertig")
            ui.cancelButton.setText("Ü&berspringen")
            ui.cancelButton.setAccessibleName("Kontaktdaten überspringen")
            ui.cancelButton.show()
            ui.nameEdit.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page()
        if page == self.PAGE_RECOVERY:
            self.ui.nextButton.setEnabled(self.ui.keptCheck.isChecked())
        elif page == self.PAGE_CREATE:
            self.ui.nextButton.setEnabled(not self.asks_passphrase or self._passphrase_ok())
        else:
            self.ui.nextButton.setEnabled(True)

    def _passphrase_ok(self) -> bool:
        first, second = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        return passphrase_hint(first)[0] and first == second

    def _update_strength(self) -> None:
        first, second = self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()
        _ok, hint = passphrase_hint(first)
        if second and first != second:
            hint += " Die Wiederholung stimmt noch nicht überein."
        self.ui.strengthLabel.setText(hint)
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    # --- actions ---

    def _next(self) -> None:
        page = self.page()
        if page == self.PAGE_CREATE:
            self._create_store()
        elif page == self.PAGE_RECOVERY:
            if self.ui.keptCheck.isChecked():
                self._show_page(self.PAGE_PROFILE)
        else:
            self._save_profile()

    def _cancel(self) -> None:
        if self.page() == self.PAGE_PROFILE:
            self.accept()  # skipping the profile is fine; the store exists
        elif self.page() == self.PAGE_CREATE:
            self.reject()

    def reject(self) -> None:
        # Escape must not leave the recovery page unacknowledged, nor lose a created store.
        if self.page() == self.PAGE_CREATE:
            super().reject()
        elif self.page() == self.PAGE_PROFILE:
            self.accept()

    def _create_store(self) -> None:
        passphrase = self.ui.passphraseEdit.text() if self.asks_passphrase else None
        self.ui.nextButton.setEnabled(False)
        self._show_error("Die Ablage wird angelegt …")
        self.ui.errorLabel.setStyleSheet("")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            recovery_key, session = self._create(passphrase)
        except UserError as err:
            self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
            if type(err).__name__ == "KeyUnavailableError" and not self.asks_passphrase:
                self.set_ask_passphrase(True)
                self._show_error(
                    "Der Schlüsselbund des Systems ist nicht nutzbar. Bitte legen Sie eine "
                    "Passphrase fest; nichts wurde angelegt."
                )
            else:
                self._show_error(err.message)
            self._update_buttons()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.recovery_key, self.session = recovery_key, session
        self.ui.recoveryKeyLabel.setText(recovery_key)
        self._show_page(self.PAGE_RECOVERY)

    def print_key(self) -> None:
        if not self.recovery_key:
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Wiederherstellungsschlüssel drucken")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        text = recovery_file_text(self.recovery_key, self.ctx.paths.root)
        document.setPlainText(text)
        document.print_(printer)

    def save_key(self) -> None:
        if not self.recovery_key:
            return
        answer = QMessageBox.warning(
            self,
            "Wiederherstellungsschlüssel speichern",
            "Wer diese Datei hat, kann Ihre Falldaten lesen. Speichern Sie sie nur auf einem "
            "Datenträger, den Sie sicher und getrennt von diesem Rechner aufbewahren "
            "(zum Beispiel einem USB-Stick im verschlossenen Schrank).",
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Wiederherstellungsschlüssel speichern unter",
            str(Path.home() / "counsel-app-wiederherstellungsschluessel.txt"),
            "Textdateien (*.txt)",
        )
        if not name:
            return
        try:
            write_text_file(Path(name), recovery_file_text(self.recovery_key, self.ctx.paths.root))
        except OSError as err:
            QMessageBox.critical(
                self,
                "Speichern fehlgeschlagen",
                f"Die Datei {name} konnte nicht geschrieben werden ({err.strerror}).",
            )
            return
        self.ui.warningLabel.setText(
            f"Gespeichert in {name}. Bewahren Sie die Datei sicher und getrennt vom Rechner auf."
        )

    def profile(self) -> dict[str, str]:
        ui = self.ui
        return {
            "name": ui.nameEdit.text().strip(),
            "office": ui.officeEdit.text().strip(),
            "phone": ui.phoneEdit.text().strip(),
            "email": ui.emailEdit.text().strip(),
        }

    def _save_profile(self) -> None:
        profile = self.profile()
        session = self.session
        if session is not None and any(profile.values()):
            try:
                session.set_counsellor_profile(**profile)
            except UserError as err:
                self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
                self._show_error(err.message)
                return
        self.accept()
