"""The unlock dialog: passphrase, or the recovery key when the passphrase is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from counsel_app.errors import UserError
from counsel_app.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
from counsel_app.ui.session import StoreSession

MIN_NEW_PASSPHRASE = 10
ERROR_STYLE = (
    "QLabel { color: #ffffff; background-color: #a4262c; padding: 6px; border-radius: 3px; }"
)

# attempt(passphrase, recovery_key, new_passphrase) -> open session; raises UserError.
Attempt = Callable[[str | None, str | None, str | None], StoreSession]


def german_unlock_error(err: UserError, recovery: bool) -> str:
    """The inline message; replaces the command-line hints of the services with GUI wording."""
    name = type(err).__name__
    if name == "WrongPassphraseError":
        return (
            "Die Passphrase ist falsch. Bitte noch einmal versuchen – oder unten den "
            "Wiederherstellungsschlüssel verwenden."
        )
    if name == "WrongRecoveryKeyError":
        return (
            "Dieser Wiederherstellungsschlüssel passt nicht zu dieser Ablage. "
            "Nichts wurde geändert."
        )
    if name == "KeyUnavailableError" and recovery:
        return (
            "Auf diesem Rechner ist kein Schlüsselbund nutzbar. Bitte eine neue Passphrase "
            f"(mindestens {MIN_NEW_PASSPHRASE} Zeichen) zweimal eingeben."
        )
    return err.message


class UnlockDialog(QDialog):
    """Asks for the passphrase (or recovery key) and opens the store through `attempt`.

    A wrong entry shows an inline message and keeps the dialog open; Escape cancels.
    After `accept()`, `session` holds the open store.
    """

    def __init__(
        self,
        attempt: Attempt,
        *,
        reason: str | None = None,
        passphrase_available: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._attempt = attempt
        self._passphrase_available = passphrase_available
        self.session: StoreSession | None = None
        self._reason = reason or "Ihre Falldaten sind verschlüsselt gespeichert."
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.setAccessibleName("Fehlermeldung")
        self.ui.openButton.clicked.connect(self.submit)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.recoveryToggle.toggled.connect(self._set_recovery_mode)
        self.ui.secretEdit.textEdited.connect(self._clear_error)
        if not passphrase_available:
            # No passphrase copy exists: only the recovery key can open the store.
            self.ui.recoveryToggle.setChecked(True)
            self.ui.recoveryToggle.setEnabled(False)
        self._set_recovery_mode(self.ui.recoveryToggle.isChecked())
        self._clear_error()

    @property
    def recovery_mode(self) -> bool:
        return self.ui.recoveryToggle.isChecked()

    def _set_recovery_mode(self, recovery: bool) -> None:
        ui = self.ui
        for widget in (ui.newPassphraseLabel, ui.newPassphraseEdit, ui.repeatLabel, ui.repeatEdit):
            widget.setVisible(recovery)
        ui.newPassphraseHint.setVisible(recovery)
        ui.secretEdit.clear()
        if recovery:
            ui.secretLabel.setText("&Wiederherstellungsschlüssel:")
            ui.secretEdit.setAccessibleName("Wiederherstellungsschlüssel")
            ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal)
            ui.secretEdit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            ui.secretEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            ui.introLabel.setText(
                f"{self._reason} Bitte geben Sie den Wiederherstellungsschlüssel ein, den Sie "
                "beim ersten Start ausgedruckt oder gespeichert haben; Bindestriche und "
                "Leerzeichen sind egal."
            )
        else:
            ui.secretLabel.setText("&Passphrase:")
            ui.secretEdit.setAccessibleName("Passphrase")
            ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Password)
            ui.secretEdit.setPlaceholderText("")
            ui.secretEdit.setFont(self.font())
            ui.introLabel.setText(
                f"{self._reason} Bitte geben Sie Ihre Passphrase ein, um die Ablage zu öffnen."
            )
        self._clear_error()
        ui.secretEdit.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the content (wrapped labels change height with the text)."""
        self.layout().activate()
        self.resize(self.width(), self.heightForWidth(self.width()) or self.sizeHint().height())

    def _clear_error(self) -> None:
        if self.ui.errorLabel.isHidden():
            return
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()
        self._fit()

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self._fit()
        self.ui.secretEdit.selectAll()
        self.ui.secretEdit.setFocus()

    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    def _new_passphrase(self) -> str | None:
        """The new passphrase typed in recovery mode, None if empty; raises if they differ."""
        new = self.ui.newPassphraseEdit.text()
        if not new and not self.ui.repeatEdit.text():
            return None
        if new != self.ui.repeatEdit.text():
            raise UserError("Die beiden neuen Passphrasen stimmen nicht überein.")
        if len(new) < MIN_NEW_PASSPHRASE:
            raise UserError(
                f"Die neue Passphrase ist zu kurz (mindestens {MIN_NEW_PASSPHRASE} Zeichen)."
            )
        return new

    def submit(self) -> None:
        secret = self.ui.secretEdit.text()
        recovery = self.recovery_mode
        if not secret.strip():
            what = "den Wiederherstellungsschlüssel" if recovery else "die Passphrase"
            self.show_error(f"Bitte {what} eingeben.")
            return
        self.ui.openButton.setEnabled(False)
        self.ui.errorLabel.setStyleSheet("")
        self.show_error("Wird geprüft …")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()  # paint "Wird geprüft …" before the key derivation runs
        try:
            if recovery:
                self.session = self._attempt(None, secret, self._new_passphrase())
            else:
                self.session = self._attempt(secret, None, None)
        except UserError as err:
            self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
            self.show_error(german_unlock_error(err, recovery))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.ui.openButton.setEnabled(True)
        self.accept()
