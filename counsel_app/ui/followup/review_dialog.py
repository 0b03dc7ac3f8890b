"""Recording a review: date, GAS level reached per goal, what became of each step, a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from counsel_app.domain import Case, Review, StepResult, StepStatus
from counsel_app.ui.workspace.labels import ACTORS, GAS_LABELS, STATUSES, short

ERROR_STYLE = "color: #a4262c;"
REASON_MAX = 200
RESULT_CHOICES = (StepStatus.DONE, StepStatus.PARTLY, StepStatus.NOT_DONE, StepStatus.DROPPED)
NO_RESULT = "keine Angabe"


class ReviewDialog(QDialog):
    """`ratings[goal_id]` and `results[step_id]` / `reasons[step_id]` hold the inputs;
    `review()` builds the `Review`; `revise_next` says whether to write the next version."""

    def __init__(self, case: Case, today: date, parent: QWidget | None = None) -> None:
        from counsel_app.ui.forms.ui_workspace_review import Ui_ReviewDialog

        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.today = today
        ui = self.ui
        ui.dateEdit.set_optional(False)
        ui.dateEdit.set_today(today)
        ui.dateEdit.set_date_value(today)
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        self.ratings: dict[str, QComboBox] = {}
        self.results: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        for goal in case.plan.goals:
            combo = QComboBox(self)
            combo.addItem("nicht bewertet", None)
            for level, label in GAS_LABELS.items():
                outcome = (goal.gas or {}).get(level)
                combo.addItem(f"{label}: {short(outcome, 50)}" if outcome else label, level)
            combo.setAccessibleName(f"Erreichte Stufe: {short(goal.text, 60)}")
            combo.setToolTip(goal.text)
            ui.ratingForm.addRow(short(goal.text or goal.id, 50) + ":", combo)
            self.ratings[goal.id] = combo
        self._build_steps(case)
        ui.buttonBox.accepted.connect(self._check_and_accept)
        ui.buttonBox.rejected.connect(self.reject)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Überprüfung &speichern")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Abbrechen")
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.resize(760, min(self.sizeHint().height() + 120, 720))

    def _build_steps(self, case: Case) -> None:
        grid = self.ui.stepGrid
        area = self.ui.stepArea
        if not case.plan.steps:
            grid.addWidget(QLabel("Der Plan hat noch keine Schritte.", area), 0, 0)
            return
        for column, title in enumerate(("Schritt", "Ergebnis", "Kurzer Grund")):
            head = QLabel(f"<b>{title}</b>", area)
            grid.addWidget(head, 0, column)
        for row, step in enumerate(case.plan.steps, start=1):
            text = f"{ACTORS[step.actor]}: {short(step.text or step.id, 60)}"
            label = QLabel(text, area)
            label.setToolTip(step.text)
            combo = QComboBox(area)
            combo.addItem(NO_RESULT, None)
            for status in RESULT_CHOICES:
                combo.addItem(STATUSES[status], status)
            if step.status is not StepStatus.OPEN:
                label.setText(f"{text} (bisher: {STATUSES[step.status]})")
            combo.setAccessibleName(f"Ergebnis: {short(step.text, 60)}")
            reason = QLineEdit(area)
            reason.setMaxLength(REASON_MAX)
            reason.setPlaceholderText("optional")
            reason.setAccessibleName(f"Grund: {short(step.text, 60)}")
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(reason, row, 2)
            self.results[step.id] = combo
            self.reasons[step.id] = reason
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(len(case.plan.steps) + 1, 1)

    @property
    def revise_next(self) -> bool:
        return self.ui.reviseCheck.isChecked()

    def _check_and_accept(self) -> None:
        when = self.ui.dateEdit.date_value()
        if when is None:
            self._error("Bitte das Datum der Überprüfung angeben.", self.ui.dateEdit)
            return
        if when > self.today:
            self._error(
                "Datum der Überprüfung: eine Überprüfung kann nicht in der Zukunft liegen.",
                self.ui.dateEdit,
            )
            return
        for step_id, reason in self.reasons.items():
            if reason.text().strip() and self.results[step_id].currentData() is None:
                self._error(
                    f"Schritt {step_id}: zum Grund bitte auch das Ergebnis wählen.",
                    self.results[step_id],
                )
                return
        self.accept()

    def _error(self, text: str, widget: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        widget.setFocus()

    def review(self) -> Review:
        ratings = {
            goal_id: combo.currentData()
            for goal_id, combo in self.ratings.items()
            if combo.currentData() is not None
        }
        results = {
            step_id: StepResult(
                status=StepStatus(combo.currentData()),
                reason=self.reasons[step_id].text().strip() or None,
            )
            for step_id, combo in self.results.items()
            if combo.currentData() is not None
        }
        note = self.ui.noteEdit.toPlainText().strip() or None
        return Review(
            date=self.ui.dateEdit.date_value() or self.today,
            goal_ratings=ratings,
            note=note,
            step_results=results,
        )
