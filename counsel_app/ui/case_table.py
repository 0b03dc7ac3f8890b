"""The case list: a table model over case summaries and the proxy that searches and filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from counsel_app.ui.labels import format_date, plan_state, profile_label

AnyIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CaseRow:
    """What one line of the list shows; built from a repository summary by the session."""

    case_id: Any
    reference: str
    name: str
    profile: str | None
    agreed: date | None
    version: int | None
    review_due: date | None
    next_step_due: date | None = None  # earliest due date of the plan's open steps

    @property
    def next_date(self) -> date | None:
        """Nächster Termin: the earlier of review date and next step due."""
        dates = [d for d in (self.review_due, self.next_step_due) if d is not None]
        return min(dates) if dates else None

    def review_is_due(self, today: date) -> bool:
        return self.review_due is not None and self.review_due <= today

    def steps_overdue(self, today: date) -> bool:
        """Some open step is due before today (the earliest open due date is)."""
        return self.next_step_due is not None and self.next_step_due < today

    @property
    def is_draft(self) -> bool:
        return self.agreed is None


class Column(int, Enum):
    REFERENCE = 0
    NAME = 1
    PROFILE = 2
    PLAN = 3
    NEXT = 4


HEADERS = {
    Column.REFERENCE: "Kundennummer",
    Column.NAME: "Name",
    Column.PROFILE: "Profillage",
    Column.PLAN: "Planstand",
    Column.NEXT: "Nächster Termin",
}


COLUMN_COUNT = len(Column)
COLUMNS = tuple(Column)


class CaseTableModel(QAbstractTableModel):
    """Read-only rows; `set_rows` replaces them all (one counsellor's cases, a thousand or so).

    The texts and sort keys of every cell are made once in `set_rows`: Qt asks `data()` many
    times per cell (sizing, painting), and each answer is then a tuple lookup. The model
    sorts itself (`sort`, with Python's stable sort over those keys): a sorting proxy would
    call `data()` twice per comparison, some 20,000 calls for a thousand cases.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [tuple(self._display(r, c) for c in COLUMNS) for r in self._rows]
        self._keys = [
            tuple(self._sort_key(r, c, t) for c, t in zip(COLUMNS, texts, strict=True))
            for r, texts in zip(self._rows, self._texts, strict=True)
        ]
        self._reorder(self._sorted_order())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column` (stable: equal keys keep the order they came in)."""
        self._sort_column, self._sort_order = column, order
        new_order = self._sorted_order()
        if new_order == list(range(len(self._rows))):
            return
        self.layoutAboutToBeChanged.emit()
        position = {old: new for new, old in enumerate(new_order)}
        persistent = self.persistentIndexList()
        self._reorder(new_order)
        self.changePersistentIndexList(
            persistent, [self.index(position[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        indexes = list(range(len(self._rows)))
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return indexes
        column, keys = self._sort_column, self._keys
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(indexes, key=lambda i: keys[i][column], reverse=descending)

    def _reorder(self, order: list[int]) -> None:
        self._rows = [self._rows[i] for i in order]
        self._texts = [self._texts[i] for i in order]
        self._keys = [self._keys[i] for i in order]

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][index.column()]
        row = self._rows[number]
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == Qt.ItemDataRole.ToolTipRole:
            column = COLUMNS[index.column()]
            if column is Column.NEXT:
                return self._next_tooltip(row)
            if column is Column.NAME:
                return row.name or None
        return None

    @staticmethod
    def _display(row: CaseRow, column: Column) -> str:
        if column is Column.REFERENCE:
            return row.reference
        if column is Column.NAME:
            return row.name
        if column is Column.PROFILE:
            return profile_label(row.profile) or "–"
        if column is Column.PLAN:
            return plan_state(row.agreed, row.version)
        return format_date(row.next_date)

    @staticmethod
    def _sort_key(row: CaseRow, column: Column, text: str) -> Any:
        if column is Column.NEXT:
            # Cases without a date sort last.
            return (row.next_date or date.max).toordinal()
        if column is Column.PLAN:
            return (0 if row.agreed is None else 1, row.version or 0)
        return text.casefold()

    @staticmethod
    def _next_tooltip(row: CaseRow) -> str:
        parts = []
        if row.review_due:
            parts.append(f"Überprüfung: {format_date(row.review_due)}")
        if row.next_step_due:
            parts.append(f"Nächster Schritt fällig: {format_date(row.next_step_due)}")
        return "\n".join(parts)


class CaseFilter(StrEnum):
    """The choices of the "Anzeigen" box."""

    ALL = "Alle Fälle"
    REVIEW_DUE = "Überprüfung fällig"
    STEPS_OVERDUE = "Schritte überfällig"
    DRAFTS = "Entwürfe"


class CaseFilterProxy(QSortFilterProxyModel):
    """Search text over Kundennummer and Name (case-insensitive) plus one of `CaseFilter`.

    Filters only: sorting is handed to the source model (see `CaseTableModel`).
    """

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._needle = ""
        self._filter = CaseFilter.ALL
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_case_filter(self, case_filter: CaseFilter) -> None:
        if case_filter is not self._filter:
            self.beginFilterChange()
            self._filter = case_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def case_filter(self) -> CaseFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return True
        row = model.row_at(source_row)
        return self._matches_search(row) and self._matches_filter(row)

    def _matches_search(self, row: CaseRow) -> bool:
        if not self._needle:
            return True
        return self._needle in row.reference.casefold() or self._needle in row.name.casefold()

    def _matches_filter(self, row: CaseRow) -> bool:
        if self._filter is CaseFilter.REVIEW_DUE:
            return row.review_is_due(self._today)
        if self._filter is CaseFilter.STEPS_OVERDUE:
            return row.steps_overdue(self._today)
        if self._filter is CaseFilter.DRAFTS:
            return row.is_draft
        return True
