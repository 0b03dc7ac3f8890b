"""Small dialogs of the workspace: a new case, recording a review, reading an old version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counsel_app.domain import (
    Case,
    Client,
    Counsellor,
    Plan,
    PotentialAnalysis,
    Profile,
    ReadingLevel,
)
from counsel_app.ui.followup.review_dialog import ReviewDialog
from counsel_app.ui.labels import PROFILE_LABELS
from counsel_app.ui.workspace.labels import READING_LEVELS

__all__ = ["NewCaseDialog", "ReviewDialog", "VersionDialog", "new_case"]

ERROR_STYLE = "color: #a4262c;"
SALUTATIONS = ("", "Frau", "Herr")


def new_case(  # noqa: PLR0917 (the fields of the dialog, in its order)
    reference: str,
    name: str,
    salutation: str,
    level: ReadingLevel,
    profile: Profile | None,
    today: date,
    counsellor: Counsellor | None,
) -> Case:
    """An empty case: today's analysis and a draft plan with a review in three months."""
    from counsel_app.quality import add_months

    return Case(
        client=Client(
            reference=reference,
            display_name=name or None,
            salutation=salutation or None,
            reading_level=level,
            profile=profile,
        ),
        potential_analysis=PotentialAnalysis(date=today),
        plan=Plan(created=today, review_due=add_months(today, 3)),
        counsellor=counsellor if counsellor and any(vars(counsellor).values()) else None,
    )


class NewCaseDialog(QDialog):
    """Kundennummer (required, unique), name, salutation, reading level, profile."""

    def __init__(
        self,
        reference_taken: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        from counsel_app.ui.forms.ui_workspace_new_case import Ui_NewCaseDialog

        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self._taken = reference_taken
        ui = self.ui
        ui.salutationCombo.addItems(list(SALUTATIONS))
        for level, label in READING_LEVELS.items():
            ui.levelCombo.addItem(label, level)
        ui.profileCombo.addItem("noch offen", None)
        for profile in Profile:
            ui.profileCombo.addItem(PROFILE_LABELS[profile.value], profile)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self._check_and_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Fall &anlegen")
        ok.setAccessibleName("Fall anlegen")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Abbrechen")
        ui.referenceEdit.textChanged.connect(lambda _t: ui.errorLabel.hide())
        ui.referenceEdit.setFocus()

    @property
    def reference(self) -> str:
        return self.ui.referenceEdit.text().strip()

    def _check_and_accept(self) -> None:
        if not self.reference:
            self._error("Bitte eine Kundennummer eingeben.")
        elif self._taken(self.reference):
            self._error(f"Die Kundennummer „{self.reference}“ gibt es schon.")
        else:
            self.accept()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        self.ui.referenceEdit.setFocus()
        self.ui.referenceEdit.selectAll()

    def make_case(self, today: date, counsellor: Counsellor | None) -> Case:
        ui = self.ui
        return new_case(
            self.reference,
            ui.nameEdit.text().strip(),
            ui.salutationCombo.currentText().strip(),
            ReadingLevel(ui.levelCombo.currentData()),
            Profile(profile) if (profile := ui.profileCombo.currentData()) else None,
            today,
            counsellor,
        )


class VersionDialog(QDialog):
    """An earlier plan version, read-only (the overview of the case list)."""

    def __init__(self, html: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        browser = QTextBrowser(self)
        browser.setAccessibleName("Planversion (nur lesen)")
        browser.setOpenLinks(False)
        browser.setHtml(html)
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Schließen")
        layout.addWidget(buttons)
        self.browser = browser
        self.resize(640, 600)
