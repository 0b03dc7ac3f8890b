"""Einstellungen: the counsellor's contact data for the print and the auto-lock idle time.

Both live inside the encrypted store: the contact data as the counsellor profile, the idle
time in the store's key/value settings (`IDLE_MINUTES_KEY`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from counsel_app.errors import UserError
from counsel_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog

if TYPE_CHECKING:
    from counsel_app.ui.session import StoreSession

IDLE_MINUTES_KEY = "ui.autolock_minutes"
DEFAULT_IDLE_MINUTES = 15
MAX_IDLE_MINUTES = 240
ERROR_STYLE = "QLabel { color: #a4262c; font-weight: bold; }"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def idle_minutes(session: StoreSession) -> int:
    """The auto-lock idle time in minutes (0 = never); the default if unset or unreadable."""
    raw = session.setting(IDLE_MINUTES_KEY)
    try:
        value = int(raw) if raw is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(value, 0), MAX_IDLE_MINUTES)


def set_idle_minutes(session: StoreSession, minutes: int) -> None:
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise UserError(f"Sperren nach: bitte 0 bis {MAX_IDLE_MINUTES} Minuten angeben (0 = nie).")
    session.set_setting(IDLE_MINUTES_KEY, str(minutes))


@dataclass(frozen=True)
class Profile:
    name: str = ""
    office: str = ""
    phone: str = ""
    email: str = ""


def check_profile(profile: Profile) -> str | None:
    """A German message naming the field that is wrong, or None."""
    if profile.email and not _EMAIL.match(profile.email):
        return "E-Mail: bitte eine vollständige Adresse eingeben, zum Beispiel name@jobcenter.de."
    if profile.phone and not re.fullmatch(r"[0-9+()/ \-]{3,40}", profile.phone):
        return "Telefon: bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden."
    return None


class SettingsDialog(QDialog):
    """Reads the settings from the store, checks the entries and writes them on "Speichern"."""

    def __init__(self, session: StoreSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.idleSpin.setMaximum(MAX_IDLE_MINUTES)
        ui.idleSpin.lineEdit().setAccessibleName(ui.idleSpin.accessibleName())
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Speichern")
        save.setAccessibleName("Einstellungen speichern")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Abbrechen")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for edit in (ui.nameEdit, ui.officeEdit, ui.phoneEdit, ui.emailEdit):
            edit.textChanged.connect(lambda _t: ui.errorLabel.hide())
        self._load()
        self.setMinimumWidth(520)
        ui.nameEdit.setFocus()

    def _load(self) -> None:
        counsellor = self.session.counsellor_profile()
        ui = self.ui
        ui.nameEdit.setText(counsellor.name or "")
        ui.officeEdit.setText(counsellor.office or "")
        ui.phoneEdit.setText(counsellor.phone or "")
        ui.emailEdit.setText(counsellor.email or "")
        ui.idleSpin.setValue(idle_minutes(self.session))

    def profile(self) -> Profile:
        ui = self.ui
        return Profile(
            name=ui.nameEdit.text().strip(),
            office=ui.officeEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
        )

    @property
    def minutes(self) -> int:
        return self.ui.idleSpin.value()

    def save(self) -> None:
        """Check, store and close; a wrong entry keeps the dialog open with a message."""
        profile = self.profile()
        problem = check_profile(profile)
        if problem is not None:
            self._error(problem)
            field = self.ui.emailEdit if problem.startswith("E-Mail") else self.ui.phoneEdit
            field.setFocus()
            field.selectAll()
            return
        try:
            self.session.set_counsellor_profile(
                name=profile.name, office=profile.office, phone=profile.phone, email=profile.email
            )
            set_idle_minutes(self.session, self.minutes)
        except UserError as err:
            self._error(err.message)
            return
        self.accept()

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
