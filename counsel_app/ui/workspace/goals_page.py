"""Page 2, Ziele und Schritte: the goals (list and form) and the steps (table and texts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QPlainTextEdit, QWidget

from counsel_app.domain import Actor, Goal, GoalKind, Step, StepStatus
from counsel_app.ui.forms.ui_workspace_goals import Ui_GoalsPage
from counsel_app.ui.workspace.analysis_page import all_ids
from counsel_app.ui.workspace.common import (
    ROLE_ID,
    PageBase,
    chain_tab_order,
    current_row,
    select_row,
    set_plain_text,
    setup_table,
    swap_in,
)
from counsel_app.ui.workspace.labels import (
    ACTORS,
    GOAL_KINDS,
    STATUSES,
    goal_label,
    next_id,
    obstacle_coverage,
    obstacle_label,
    short,
)
from counsel_app.ui.workspace.records import (
    Field,
    Kind,
    RecordDelegate,
    RecordTableModel,
    due_text,
)
from counsel_app.ui.workspace.widgets import make_plain_edit, set_plain_level

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.ui.workspace.editor import CaseEditor

STEP_COLUMNS = ("Wer", "Was", "Bis wann / wie oft", "Woran erkennbar", "Ziel", "Hemmnis", "Status")
COLUMN_WIDTHS = (110, 260, 150, 200, 170, 150, 120)
GAS_LEVEL_NAMES = {-2: "gasMinus2Edit", -1: "gasMinus1Edit", 0: "gasZeroEdit"}
GAS_LEVEL_NAMES |= {1: "gasPlus1Edit", 2: "gasPlus2Edit"}


def reading_level(case: Case) -> str:
    level = case.client.reading_level.value
    return level if level in ("einfach", "leicht") else "einfach"


class GoalsPage(PageBase):
    def __init__(
        self, editor: CaseEditor, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, today, parent)
        self.ui = Ui_GoalsPage()
        self.ui.setupUi(self)
        ui = self.ui
        # Texts printed for the client: checked at the client's reading level.
        self.goal_text = swap_in(ui.goalTextEdit, make_plain_edit("einfach", self))
        self.client_words = swap_in(ui.clientWordsEdit, make_plain_edit("einfach", self))
        self.step_text = swap_in(ui.stepTextEdit, make_plain_edit("einfach", self))
        self.step_plain = swap_in(ui.stepPlainEdit, make_plain_edit("einfach", self))
        self.step_criterion = swap_in(ui.stepCriterionEdit, make_plain_edit("einfach", self))
        for edit in (self.goal_text, self.client_words):
            edit.setMaximumHeight(70)
        for edit in (self.step_text, self.step_plain, self.step_criterion):
            edit.setMaximumHeight(80)
        ui.goalObstacleList.setMaximumHeight(90)
        ui.stepTable.setMinimumHeight(170)  # about five steps; the page scrolls if needed
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        self.gas_edits = {level: getattr(ui, name) for level, name in GAS_LEVEL_NAMES.items()}
        self._setup_steps()
        self._connect()
        self._set_gas_open(False)
        chain_tab_order(
            [
                ui.goalList,
                ui.addGoalButton,
                ui.addIntegrationGoalButton,
                ui.removeGoalButton,
                self.goal_text,
                self.client_words,
                ui.targetDateEdit,
                ui.goalObstacleList,
                ui.gasGroup,
                *self.gas_edits.values(),
                ui.addStepButton,
                ui.removeStepButton,
                ui.moveUpButton,
                ui.moveDownButton,
                ui.stepTable,
                self.step_text,
                self.step_plain,
                self.step_criterion,
            ]
        )

    # --- setup ---

    def _setup_steps(self) -> None:
        ui = self.ui
        actor_choices = [(label, actor) for actor, label in ACTORS.items()]
        status_choices = [(label, status) for status, label in STATUSES.items()]
        fields = [
            Field(
                "Wer",
                lambda s: ACTORS[s.actor],
                lambda s: s.actor,
                lambda s, v: setattr(s, "actor", v),
                Kind.COMBO,
                lambda: actor_choices,
            ),
            Field("Was", lambda s: s.text, lambda s: s.text, lambda s, v: setattr(s, "text", v)),
            Field(
                "Bis wann / wie oft",
                lambda s: due_text(s.due, s.frequency),
                lambda s: (s.due, s.frequency),
                self._set_due,
                Kind.DUE,
            ),
            Field(
                "Woran erkennbar",
                lambda s: s.success_criterion or "",
                lambda s: s.success_criterion or "",
                lambda s, v: setattr(s, "success_criterion", v.strip() or None),
            ),
            Field(
                "Ziel",
                lambda s: goal_label(self.case, s.goal),
                lambda s: s.goal,
                lambda s, v: setattr(s, "goal", v),
                Kind.COMBO,
                self._goal_choices,
            ),
            Field(
                "Hemmnis",
                self._step_obstacles,
                self._step_obstacle,
                self._set_step_obstacle,
                Kind.COMBO,
                self._obstacle_choices,
            ),
            Field(
                "Status",
                lambda s: STATUSES[s.status],
                lambda s: s.status,
                lambda s, v: setattr(s, "status", v),
                Kind.COMBO,
                lambda: status_choices,
            ),
        ]
        self.steps = RecordTableModel(
            fields, self.items_of(lambda c: c.plan.steps), self.commit, self
        )
        ui.stepTable.setModel(self.steps)
        ui.stepTable.setItemDelegate(RecordDelegate(fields, self.today, ui.stepTable))
        setup_table(ui.stepTable)
        for column, width in enumerate(COLUMN_WIDTHS):
            ui.stepTable.setColumnWidth(column, width)
        ui.stepTable.horizontalHeader().setStretchLastSection(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.goalList.currentItemChanged.connect(lambda *_a: self._show_goal())
        self.goal_text.textChanged.connect(self._goal_text_changed)
        self.client_words.textChanged.connect(self._client_words_changed)
        ui.targetDateEdit.dateValueChanged.connect(self._target_date_changed)
        ui.goalObstacleList.itemChanged.connect(self._goal_obstacle_changed)
        ui.gasGroup.toggled.connect(self._gas_toggled)
        for level, edit in self.gas_edits.items():
            edit.textEdited.connect(lambda text, lv=level: self._gas_changed(lv, text))
        ui.addGoalButton.clicked.connect(lambda: self.add_goal(GoalKind.INTERMEDIATE))
        ui.addIntegrationGoalButton.clicked.connect(lambda: self.add_goal(GoalKind.INTEGRATION))
        ui.removeGoalButton.clicked.connect(self.remove_goal)
        ui.addStepButton.clicked.connect(self.add_step)
        ui.removeStepButton.clicked.connect(self.remove_step)
        ui.moveUpButton.clicked.connect(lambda: self.move_step(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_step(1))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), ui.stepTable)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_step(d))
        ui.stepTable.selectionModel().currentRowChanged.connect(lambda *_a: self._show_step())
        self.steps.dataChanged.connect(lambda *_a: self._show_step())
        self.steps.modelReset.connect(self._show_step)
        self.step_text.textChanged.connect(lambda: self._step_text_changed("text"))
        self.step_plain.textChanged.connect(lambda: self._step_text_changed("plain_text"))
        self.step_criterion.textChanged.connect(
            lambda: self._step_text_changed("success_criterion")
        )

    # --- choices and displays ---

    def _goal_choices(self) -> list[tuple[str, Any]]:
        return [(goal_label(self.case, g.id), g.id) for g in self.case.plan.goals]

    def _obstacle_ids(self) -> list[str]:
        return [o.id for o in self.case.potential_analysis.obstacles]

    def _obstacle_choices(self) -> list[tuple[str, Any]]:
        return [("–", "")] + [(obstacle_label(self.case, i), i) for i in self._obstacle_ids()]

    def _step_obstacles(self, step: Step) -> str:
        ids = [a for a in step.addresses if a in self._obstacle_ids()]
        return "; ".join(obstacle_label(self.case, i) for i in ids) or "–"

    def _step_obstacle(self, step: Step) -> str:
        return next((a for a in step.addresses if a in self._obstacle_ids()), "")

    def _set_step_obstacle(self, step: Step, value: str) -> None:
        keep = [a for a in step.addresses if a not in self._obstacle_ids()]
        step.addresses = [*keep, value] if value else keep

    @staticmethod
    def _set_due(step: Step, value: tuple[date | None, str | None]) -> None:
        step.due, step.frequency = value

    # --- load ---

    def load(self) -> None:
        with self.loading():
            level = reading_level(self.case)
            for edit in self.text_edits():
                set_plain_level(edit, level)
            self.ui.targetDateEdit.set_today(self.today())
            self._fill_goal_list(self.current_goal_id())
            row = current_row(self.ui.stepTable)
            self.steps.refresh()
            select_row(self.ui.stepTable, min(max(row, 0), self.steps.rowCount() - 1))
            self._show_goal()
            self._show_step()

    def _fill_goal_list(self, selected: str | None) -> None:
        goals = self.case.plan.goals
        lst = self.ui.goalList
        with self.loading():
            lst.clear()
            for goal in sorted(goals, key=lambda g: g.kind is not GoalKind.INTEGRATION):
                item = QListWidgetItem(f"{GOAL_KINDS[goal.kind]}\n{short(goal.text or '…', 70)}")
                item.setData(ROLE_ID, goal.id)
                item.setToolTip(goal.text)
                lst.addItem(item)
            ids = [lst.item(r).data(ROLE_ID) for r in range(lst.count())]
            if ids:
                lst.setCurrentRow(ids.index(selected) if selected in ids else 0)
        has_integration = self.case.plan.integration_goal is not None
        self.ui.addIntegrationGoalButton.setEnabled(not has_integration)

    def current_goal_id(self) -> str | None:
        item = self.ui.goalList.currentItem()
        return item.data(ROLE_ID) if item is not None else None

    def current_goal(self) -> Goal | None:
        goal_id = self.current_goal_id()
        return self.case.plan.goal(goal_id) if goal_id else None

    def _show_goal(self) -> None:
        goal = self.current_goal() if self.editor.case is not None else None
        ui = self.ui
        ui.goalDetail.setEnabled(goal is not None)
        ui.removeGoalButton.setEnabled(goal is not None)
        with self.loading():
            set_plain_text(self.goal_text, goal.text if goal else "")
            set_plain_text(self.client_words, (goal.client_words or "") if goal else "")
            ui.targetDateEdit.set_date_value(goal.target_date if goal else None)
            ui.gasGroup.setChecked(bool(goal and goal.gas is not None))
            for level, edit in self.gas_edits.items():
                text = (goal.gas or {}).get(level, "") if goal else ""
                if edit.text() != text:
                    edit.setText(text)
            self._fill_goal_obstacles(goal)
        self._set_gas_open(ui.gasGroup.isChecked())

    def _fill_goal_obstacles(self, goal: Goal | None) -> None:
        lst = self.ui.goalObstacleList
        lst.clear()
        if self.editor.case is None:
            return
        for obstacle in self.case.potential_analysis.obstacles:
            coverage = obstacle_coverage(self.case, obstacle.id)
            item = QListWidgetItem(f"{obstacle_label(self.case, obstacle.id)}  ({coverage})")
            item.setData(ROLE_ID, obstacle.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = goal is not None and obstacle.id in goal.addresses
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            lst.addItem(item)
        if not self.case.potential_analysis.obstacles:
            item = QListWidgetItem("Keine erschwerenden Umstände erfasst (Seite 1).")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)

    def current_step(self) -> Step | None:
        row = current_row(self.ui.stepTable)
        steps = self.case.plan.steps if self.editor.case is not None else []
        return steps[row] if 0 <= row < len(steps) else None

    def _show_step(self) -> None:
        step = self.current_step()
        with self.loading():
            for edit, attr in (
                (self.step_text, "text"),
                (self.step_plain, "plain_text"),
                (self.step_criterion, "success_criterion"),
            ):
                edit.setEnabled(step is not None)
                set_plain_text(edit, (getattr(step, attr) or "") if step else "")
        for widget in (self.ui.removeStepButton, self.ui.moveUpButton, self.ui.moveDownButton):
            widget.setEnabled(step is not None)

    # --- goal edits ---

    def _goal_edit(self, key: str, text: str, change: Callable[[Goal], None]) -> None:
        if not self.editing:
            return
        goal = self.current_goal()
        if goal is None:
            return
        change(goal)
        self.commit(f"goal:{goal.id}:{key}", text)
        item = self.ui.goalList.currentItem()
        if item is not None and key == "text":
            item.setText(f"{GOAL_KINDS[goal.kind]}\n{short(goal.text or '…', 70)}")

    def _goal_text_changed(self) -> None:
        text = self.goal_text.toPlainText()
        self._goal_edit("text", "Ziel geändert", lambda g: setattr(g, "text", text))

    def _client_words_changed(self) -> None:
        text = self.client_words.toPlainText()
        self._goal_edit(
            "words",
            "Eigene Worte geändert",
            lambda g: setattr(g, "client_words", text if text.strip() else None),
        )

    def _target_date_changed(self, value: date | None) -> None:
        self._goal_edit("date", "Zieldatum geändert", lambda g: setattr(g, "target_date", value))

    def _goal_obstacle_changed(self, item: QListWidgetItem) -> None:
        obstacle_id = item.data(ROLE_ID)
        checked = item.checkState() == Qt.CheckState.Checked

        def change(goal: Goal) -> None:
            rest = [a for a in goal.addresses if a != obstacle_id]
            goal.addresses = [*rest, obstacle_id] if checked else rest

        self._goal_edit("", "Hemmnis zugeordnet", change)

    def _set_gas_open(self, visible: bool) -> None:
        for edit in self.gas_edits.values():
            edit.setVisible(visible)
            label = self.ui.gasForm.labelForField(edit)
            if label is not None:
                label.setVisible(visible)
        self.ui.gasGroup.setTitle(
            "Zielerreichungsskala (GAS)" if visible else "Zielerreichungsskala (GAS) – aufklappen"
        )

    def _gas_toggled(self, checked: bool) -> None:
        self._set_gas_open(checked)

        def change(goal: Goal) -> None:
            if checked and goal.gas is None:
                goal.gas = {}
            elif not checked:
                goal.gas = None

        self._goal_edit("", "Zielerreichungsskala ein/aus", change)

    def _gas_changed(self, level: int, text: str) -> None:
        def change(goal: Goal) -> None:
            gas = dict(goal.gas or {})
            if text.strip():
                gas[level] = text
            else:
                gas.pop(level, None)
            goal.gas = gas

        self._goal_edit(f"gas{level}", "Stufe der Zielerreichungsskala geändert", change)

    def add_goal(self, kind: GoalKind) -> None:
        if kind is GoalKind.INTEGRATION and self.case.plan.integration_goal is not None:
            kind = GoalKind.INTERMEDIATE
        goal = Goal(id=next_id("g", all_ids(self.case)), kind=kind, text="")
        self.case.plan.goals.append(goal)
        self.commit("", f"{GOAL_KINDS[kind]} hinzugefügt")
        self._fill_goal_list(goal.id)
        self._show_goal()
        self.goal_text.setFocus()

    def remove_goal(self) -> None:
        goal = self.current_goal()
        if goal is None:
            return
        plan = self.case.plan
        serving = [s for s in plan.steps if s.goal == goal.id]
        if serving:
            answer = QMessageBox.question(
                self,
                "Ziel entfernen",
                f"Zu diesem Ziel gehören {len(serving)} Schritte. Ziel und Schritte entfernen? "
                "(Rückgängig mit Strg+Z)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        plan.goals.remove(goal)
        plan.steps[:] = [s for s in plan.steps if s.goal != goal.id]
        self.commit("", "Ziel entfernt")
        self.load()

    # --- step edits ---

    def _step_text_changed(self, attr: str) -> None:
        step = self.current_step() if self.editing else None
        if step is None:
            return
        edit = {"text": self.step_text, "plain_text": self.step_plain}.get(
            attr, self.step_criterion
        )
        text = edit.toPlainText()
        setattr(step, attr, text if attr == "text" else (text if text.strip() else None))
        row = current_row(self.ui.stepTable)
        with self.loading():
            self.steps.dataChanged.emit(
                self.steps.index(row, 0), self.steps.index(row, self.steps.columnCount() - 1)
            )
        self.commit(f"step:{step.id}:{attr}", "Schritt geändert")

    def add_step(self) -> None:
        plan = self.case.plan
        goal = self.current_goal() or plan.integration_goal or (plan.goals or [None])[0]
        if goal is None:
            QMessageBox.information(
                self,
                "Schritt hinzufügen",
                "Bitte zuerst ein Ziel anlegen: jeder Schritt dient einem Ziel.",
            )
            self.ui.addIntegrationGoalButton.setFocus()
            return
        step = Step(
            id=next_id("st", all_ids(self.case)),
            goal=goal.id,
            actor=Actor.CLIENT,
            text="",
            status=StepStatus.OPEN,
        )
        row = current_row(self.ui.stepTable)
        row = self.steps.insert_item(step, row + 1 if row >= 0 else None, "Schritt hinzugefügt")
        select_row(self.ui.stepTable, row)
        self._show_step()
        self.step_text.setFocus()

    def remove_step(self) -> None:
        row = current_row(self.ui.stepTable)
        if row < 0:
            return
        self.steps.remove_row(row, "Schritt entfernt")
        select_row(self.ui.stepTable, min(row, self.steps.rowCount() - 1))
        self._show_step()

    def move_step(self, delta: int) -> None:
        row = current_row(self.ui.stepTable)
        if row < 0:
            return
        new_row = self.steps.move_row(row, delta, "Schritt verschoben")
        select_row(self.ui.stepTable, new_row)

    # --- hints ---

    def focus_target(self, kind: str, ident: str) -> bool:
        if kind == "goal" and self.case.plan.goal(ident) is not None:
            self._fill_goal_list(ident)
            self._show_goal()
            self.goal_text.setFocus()
            return True
        if kind == "step":
            ids = [s.id for s in self.case.plan.steps]
            if ident in ids:
                select_row(self.ui.stepTable, ids.index(ident))
                self.ui.stepTable.setFocus()
                return True
        return False

    def text_edits(self) -> list[QPlainTextEdit]:
        return [
            self.goal_text,
            self.client_words,
            self.step_text,
            self.step_plain,
            self.step_criterion,
        ]
