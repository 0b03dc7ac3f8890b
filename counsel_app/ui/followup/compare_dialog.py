"""Two plan versions side by side: which goals and steps are new, changed or gone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.followup.compare import SideBySideRow

CHANGE_LABELS = {"added": "neu", "changed": "geändert", "removed": "entfallen", None: "gleich"}
CHANGE_COLOURS = {"added": "#dff6dd", "changed": "#fff4ce", "removed": "#fde7e9"}
COLUMNS = ("Änderung", "Frühere Version", "Spätere Version", "Was genau")


class CompareDialog(QDialog):
    """`load(version) -> Case` reads a stored version; `versions` are the numbers to offer."""

    def __init__(
        self,
        versions: Sequence[int],
        load: Callable[[int], Case],
        parent: QWidget | None = None,
        old: int | None = None,
        new: int | None = None,
    ) -> None:
        from counsel_app.ui.forms.ui_followup_compare import Ui_CompareDialog

        super().__init__(parent)
        self.ui = Ui_CompareDialog()
        self.ui.setupUi(self)
        self._load = load
        self._cache: dict[int, Case] = {}
        self.rows: list[SideBySideRow] = []
        ui = self.ui
        for number in versions:
            ui.oldCombo.addItem(f"Version {number}", number)
            ui.newCombo.addItem(f"Version {number}", number)
        new = new if new is not None else versions[-1]
        old = old if old is not None else versions[max(versions.index(new) - 1, 0)]
        ui.oldCombo.setCurrentIndex(ui.oldCombo.findData(old))
        ui.newCombo.setCurrentIndex(ui.newCombo.findData(new))
        table = ui.compareTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(3, 220)
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        ui.oldCombo.currentIndexChanged.connect(self.refresh)
        ui.newCombo.currentIndexChanged.connect(self.refresh)
        ui.changesOnlyCheck.toggled.connect(self.refresh)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("Schli&eßen")
        close.setAccessibleName("Schließen")
        self.resize(1000, 620)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.ui.compareTable.resizeRowsToContents()

    def _case(self, number: int) -> Case:
        if number not in self._cache:
            self._cache[number] = self._load(number)
        return self._cache[number]

    def refresh(self, *_args: Any) -> None:
        from counsel_app.followup.compare import compare_versions, side_by_side

        ui = self.ui
        old, new = ui.oldCombo.currentData(), ui.newCombo.currentData()
        try:
            before, after = self._case(old), self._case(new)
        except UserError as err:
            self._show([], err.message)
            return
        rows = side_by_side(before, after)
        if ui.changesOnlyCheck.isChecked():
            rows = [r for r in rows if r.change is not None]
        diff = compare_versions(before, after)
        text = (
            f"Version {old} → Version {new}: {len(diff.added)} neu, {len(diff.changed)} "
            f"geändert, {len(diff.removed)} entfallen (Ziele und Schritte)."
        )
        if "review_due" in diff.plan_fields:
            text += " " + diff.descriptions()[0] + "."
        if old == new:
            text = "Bitte zwei verschiedene Versionen wählen."
        elif old > new:
            text += " (Die „frühere“ Version ist hier die neuere.)"
        self._show(rows, text)

    def _show(self, rows: list[SideBySideRow], summary: str) -> None:
        self.rows = rows
        table = self.ui.compareTable
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            change = None if row.change is None else row.change.value
            cells = (CHANGE_LABELS[change], row.old_text or "–", row.new_text or "–", row.detail)
            colour = CHANGE_COLOURS.get(change or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#1b1b1b")))
                elif column:
                    item.setForeground(QBrush(QColor("#5c5c5c")))
                table.setItem(index, column, item)
        table.resizeRowsToContents()
        self.ui.summaryLabel.setText(summary)
        self.ui.compareTable.setAccessibleDescription(summary)
