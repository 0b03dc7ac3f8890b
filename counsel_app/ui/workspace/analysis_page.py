"""Page 1, Potenzialanalyse: date, strengths, erschwerende Umstände, the client's own view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from counsel_app.domain import Obstacle, ObstacleCategory, Strength
from counsel_app.ui.forms.ui_workspace_analysis import Ui_AnalysisPage
from counsel_app.ui.workspace.common import (
    PageBase,
    current_row,
    select_row,
    set_plain_text,
    setup_table,
)
from counsel_app.ui.workspace.labels import OBSTACLE_LABELS, next_id, obstacle_coverage
from counsel_app.ui.workspace.records import Field, Kind, RecordDelegate, RecordTableModel

if TYPE_CHECKING:
    from counsel_app.ui.workspace.editor import CaseEditor


def _set(attr: str) -> Callable[[object, object], None]:
    def setter(item: object, value: object) -> None:
        setattr(item, attr, value)

    return setter


def _set_text(attr: str, *, optional: bool = False) -> Callable[[object, object], None]:
    def setter(item: object, value: object) -> None:
        text = str(value).strip()
        setattr(item, attr, (text or None) if optional else text)

    return setter


def all_ids(case: object) -> list[str]:
    """Every id used in the case (strengths, obstacles, goals and steps share one space)."""
    pa, plan = case.potential_analysis, case.plan  # type: ignore[attr-defined]
    return [x.id for x in (*pa.strengths, *pa.obstacles, *plan.goals, *plan.steps)]


class AnalysisPage(PageBase):
    def __init__(
        self, editor: CaseEditor, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, today, parent)
        self.ui = Ui_AnalysisPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.dateEdit.set_optional(False)
        self.strengths = RecordTableModel(
            [Field("Stärke", lambda s: s.text, lambda s: s.text, _set_text("text"))],
            self.items_of(lambda c: c.potential_analysis.strengths),
            self.commit,
            self,
        )
        category_choices = [(label, cat) for cat, label in OBSTACLE_LABELS.items()]
        self.obstacles = RecordTableModel(
            [
                Field(
                    "Kategorie",
                    lambda o: OBSTACLE_LABELS[o.category],
                    lambda o: o.category,
                    _set("category"),
                    Kind.COMBO,
                    lambda: category_choices,
                ),
                Field("Beschreibung", lambda o: o.text, lambda o: o.text, _set_text("text")),
                Field(
                    "Zurückgestellt, weil …",
                    lambda o: o.deferred_reason or "",
                    lambda o: o.deferred_reason or "",
                    _set_text("deferred_reason", optional=True),
                    placeholder="leer lassen, wenn der Plan daran arbeitet",
                ),
                Field("Bearbeitet durch", lambda o: obstacle_coverage(self.case, o.id)),
            ],
            self.items_of(lambda c: c.potential_analysis.obstacles),
            self.commit,
            self,
        )
        for table, model, stretch in (
            (ui.strengthTable, self.strengths, 0),
            (ui.obstacleTable, self.obstacles, 1),
        ):
            table.setModel(model)
            table.setItemDelegate(RecordDelegate(model.fields, today, table))
            setup_table(table, stretch)
        ui.strengthTable.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 130), (2, 150), (3, 150)):  # "Beschreibung" stretches
            ui.obstacleTable.setColumnWidth(column, width)
        ui.obstacleTable.setMinimumHeight(230)  # the page scrolls on a small screen
        ui.dateEdit.dateValueChanged.connect(self._date_changed)
        ui.clientViewEdit.textChanged.connect(self._client_view_changed)
        ui.addStrengthButton.clicked.connect(self.add_strength)
        ui.removeStrengthButton.clicked.connect(
            lambda: self.strengths.remove_row(current_row(ui.strengthTable), "Stärke entfernt")
        )
        ui.addObstacleButton.clicked.connect(self.add_obstacle)
        ui.removeObstacleButton.clicked.connect(
            lambda: self.obstacles.remove_row(current_row(ui.obstacleTable), "Umstand entfernt")
        )

    def load(self) -> None:
        with self.loading():
            pa = self.case.potential_analysis
            self.ui.dateEdit.set_today(self.today())
            self.ui.dateEdit.set_date_value(pa.date)
            set_plain_text(self.ui.clientViewEdit, pa.client_view or "")
            for table, model in (
                (self.ui.strengthTable, self.strengths),
                (self.ui.obstacleTable, self.obstacles),
            ):
                row = current_row(table)
                model.refresh()
                select_row(table, min(row, model.rowCount() - 1))
            self.ui.obstacleTable.resizeRowsToContents()

    # --- edits ---

    def _date_changed(self, value: date | None) -> None:
        if value is not None and self.editing:
            self.case.potential_analysis.date = value
            self.commit("analysis:date", "Datum der Potenzialanalyse geändert")

    def _client_view_changed(self) -> None:
        if not self.editing:
            return
        text = self.ui.clientViewEdit.toPlainText()
        self.case.potential_analysis.client_view = text if text.strip() else None
        self.commit("analysis:client_view", "Sicht der Kundin/des Kunden geändert")

    def add_strength(self) -> None:
        strength = Strength(id=next_id("s", all_ids(self.case)), text="")
        row = self.strengths.insert_item(strength, text="Stärke hinzugefügt")
        self._edit(self.ui.strengthTable, row, 0)

    def add_obstacle(self) -> None:
        obstacle = Obstacle(
            id=next_id("o", all_ids(self.case)), category=ObstacleCategory.OTHER, text=""
        )
        row = self.obstacles.insert_item(obstacle, text="Umstand hinzugefügt")
        self._edit(self.ui.obstacleTable, row, 0)

    @staticmethod
    def _edit(table: object, row: int, column: int) -> None:
        from PySide6.QtWidgets import QTableView

        assert isinstance(table, QTableView)
        select_row(table, row)
        index = table.model().index(row, column)
        table.setCurrentIndex(index)
        table.setFocus()
        table.edit(index)

    def focus_target(self, kind: str, ident: str) -> bool:
        if kind != "obstacle":
            return False
        ids = [o.id for o in self.case.potential_analysis.obstacles]
        if ident not in ids:
            return False
        select_row(self.ui.obstacleTable, ids.index(ident))
        self.ui.obstacleTable.setFocus()
        return True
