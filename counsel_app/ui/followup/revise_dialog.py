"""Fortschreibung: choose which goals and steps the next version carries over, change their
wording, set the next review date and say what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from counsel_app.domain import Case, Goal, Step, StepStatus
from counsel_app.errors import UserError
from counsel_app.ui.workspace.labels import ACTORS, GOAL_KINDS, STATUSES

ERROR_STYLE = "color: #a4262c;"
REVIEW_MONTHS = 3
LIMIT_MONTHS = 6
FINISHED = frozenset({StepStatus.DONE, StepStatus.DROPPED})
COL_KEEP, COL_TEXT, COL_STATE = range(3)
ROLE_KEY = Qt.ItemDataRole.UserRole + 21


@dataclass
class Decision:
    """What the dialog collected, in the terms of `services.followup.write_next_version`."""

    review_date: date
    new_review_due: date
    keep_steps: list[str]
    drop_goals: list[str]
    step_changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    goal_changes: dict[str, dict[str, Any]] = field(default_factory=dict)
    change_note: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {
            "review_date": self.review_date,
            "new_review_due": self.new_review_due,
            "keep_steps": self.keep_steps,
            "drop_goals": self.drop_goals,
            "step_changes": self.step_changes,
            "goal_changes": self.goal_changes,
            "change_note": self.change_note,
        }


class ReviseDialog(QDialog):
    """Lists every goal and step of the current version with a "übernehmen" check box.

    Goals are checked, steps unless done or dropped. `write(decision)` is called on OK; a
    `UserError` it raises is shown in the dialog, which then stays open.
    """

    def __init__(
        self,
        case: Case,
        today: date,
        write: Callable[[Decision], Any],
        parent: QWidget | None = None,
        start: date | None = None,
    ) -> None:
        from counsel_app.quality import add_months
        from counsel_app.ui.forms.ui_followup_revise import Ui_ReviseDialog

        super().__init__(parent)
        self.ui = Ui_ReviseDialog()
        self.ui.setupUi(self)
        self.case = case
        self._write = write
        self.result_value: Any = None
        ui = self.ui
        version = case.plan.version
        ui.introLabel.setText(
            f"Version {version + 1} übernimmt, was angehakt ist. Erledigte und entfallene "
            "Schritte sind nicht angehakt. Texte ändern Sie mit F2 oder Doppelklick; alles "
            f"Weitere danach in der neuen Version. Version {version} bleibt unverändert lesbar."
        )
        start = start or today
        for edit in (ui.startEdit, ui.reviewDueEdit):
            edit.set_optional(False)
            edit.set_today(today)
        ui.startEdit.set_date_value(start)
        ui.reviewDueEdit.set_date_value(add_months(start, REVIEW_MONTHS))
        ui.errorLabel.setStyleSheet(ERROR_STYLE)
        ui.errorLabel.hide()
        self._fill_table()
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"Version {version + 1} an&legen")
        ok.setAccessibleName(f"Version {version + 1} anlegen")
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Abbrechen")
        cancel.setAccessibleName("Abbrechen")
        ui.buttonBox.accepted.connect(self._check_and_accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(820, 600)

    # --- the table ---

    def _fill_table(self) -> None:
        table = self.ui.itemTable
        plan = self.case.plan
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Übernehmen", "Text", "Stand"])
        table.setRowCount(len(plan.goals) + len(plan.steps))
        row = 0
        for goal in plan.goals:
            self._set_row(row, f"goal:{goal.id}", f"{GOAL_KINDS[goal.kind]} {goal.id}", goal.text)
            table.setItem(row, COL_STATE, _readonly("–"))
            row += 1
        for step in plan.steps:
            label = f"Schritt {step.id} ({ACTORS[step.actor]}, zu {step.goal})"
            self._set_row(row, f"step:{step.id}", label, step.text)
            table.item(row, COL_KEEP).setCheckState(
                Qt.CheckState.Unchecked if step.status in FINISHED else Qt.CheckState.Checked
            )
            table.setItem(row, COL_STATE, _readonly(STATUSES[step.status]))
            row += 1
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_KEEP, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.resizeRowsToContents()
        if table.rowCount():
            table.setCurrentCell(0, COL_KEEP)

    def _set_row(self, row: int, key: str, label: str, text: str) -> None:
        keep = QTableWidgetItem(label)
        keep.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        keep.setCheckState(Qt.CheckState.Checked)
        keep.setData(ROLE_KEY, key)
        self.ui.itemTable.setItem(row, COL_KEEP, keep)
        edit = QTableWidgetItem(text)
        edit.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        )
        edit.setToolTip(text)
        self.ui.itemTable.setItem(row, COL_TEXT, edit)

    def rows(self) -> dict[str, tuple[bool, str]]:
        """key ("goal:ID" / "step:ID") -> (carried over, text)."""
        table = self.ui.itemTable
        result = {}
        for row in range(table.rowCount()):
            keep = table.item(row, COL_KEEP)
            result[str(keep.data(ROLE_KEY))] = (
                keep.checkState() == Qt.CheckState.Checked,
                table.item(row, COL_TEXT).text().strip(),
            )
        return result

    def set_kept(self, key: str, kept: bool) -> None:
        table = self.ui.itemTable
        for row in range(table.rowCount()):
            item = table.item(row, COL_KEEP)
            if item.data(ROLE_KEY) == key:
                item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)

    def set_text(self, key: str, text: str) -> None:
        table = self.ui.itemTable
        for row in range(table.rowCount()):
            if table.item(row, COL_KEEP).data(ROLE_KEY) == key:
                table.item(row, COL_TEXT).setText(text)

    # --- deciding ---

    def decision(self) -> Decision:
        """The choices as a `Decision`; raises `UserError` naming the field for bad input."""
        ui = self.ui
        start = ui.startEdit.date_value()
        due = ui.reviewDueEdit.date_value()
        if start is None:
            raise UserError("Neue Version ab: bitte ein Datum angeben.")
        if due is None:
            raise UserError("Nächste Überprüfung: bitte ein Datum angeben.")
        if due < start:
            raise UserError("Nächste Überprüfung: das Datum liegt vor dem Beginn der Version.")
        rows = self.rows()
        plan = self.case.plan
        goals: dict[str, Goal] = {g.id: g for g in plan.goals}
        steps: dict[str, Step] = {s.id: s for s in plan.steps}
        decision = Decision(
            review_date=start,
            new_review_due=due,
            keep_steps=[i for i in steps if rows[f"step:{i}"][0]],
            drop_goals=[i for i in goals if not rows[f"goal:{i}"][0]],
            change_note=ui.noteEdit.toPlainText().strip() or None,
        )
        for key, (kept, text) in rows.items():
            kind, _sep, ident = key.partition(":")
            if not kept:
                continue
            name = f"Ziel {ident}" if kind == "goal" else f"Schritt {ident}"
            if not text:
                raise UserError(f"{name}: der Text darf nicht leer sein.")
            old = goals[ident].text if kind == "goal" else steps[ident].text
            if text != old:
                changes = decision.goal_changes if kind == "goal" else decision.step_changes
                changes[ident] = {"text": text}
        dropped = set(decision.drop_goals)
        orphans = [i for i in decision.keep_steps if steps[i].goal in dropped]
        if orphans:
            raise UserError(
                f"Schritt {', '.join(orphans)} gehört zu einem Ziel, das nicht übernommen wird: "
                "bitte das Ziel behalten oder auch den Schritt abwählen."
            )
        return decision

    def _check_and_accept(self) -> None:
        try:
            self.result_value = self._write(self.decision())
        except UserError as err:
            self.ui.errorLabel.setText(err.message)
            self.ui.errorLabel.show()
            return
        self.accept()


def _readonly(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
