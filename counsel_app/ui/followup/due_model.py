"""The due list as a sortable Qt table: one row per `DueItem`, filtered by bucket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

if TYPE_CHECKING:
    from counsel_app.followup.due import Bucket, DueItem

HEADERS = ("Fälligkeit", "Datum", "Kundennummer", "Was ist fällig", "Seite")
COL_BUCKET, COL_DATE, COL_REFERENCE, COL_LABEL, COL_PAGE = range(len(HEADERS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_NAMES = {
    "analyse": "Potenzialanalyse",
    "ziele": "Ziele und Schritte",
    "nachhaltung": "Nachhaltung",
}
OVERDUE_COLOUR = QColor("#a4262c")

AnyIndex = QModelIndex | QPersistentModelIndex


class DueTableModel(QAbstractTableModel):
    """Read-only rows of the due list; `SORT_ROLE` gives keys that sort the right way."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[DueItem]:
        return list(self._items)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(item, column)
        if role == SORT_ROLE:
            return _sort_key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LABEL:
            return item.label
        if role == Qt.ItemDataRole.ForegroundRole and column in {COL_BUCKET, COL_DATE}:
            from counsel_app.followup.due import Bucket

            if item.bucket is Bucket.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
        return None


def _display(item: DueItem, column: int) -> str:
    from counsel_app.followup.due import german_date

    if column == COL_BUCKET:
        return item.bucket.label
    if column == COL_DATE:
        return german_date(item.date)
    if column == COL_REFERENCE:
        return item.reference
    if column == COL_LABEL:
        return item.label
    return PAGE_NAMES.get(item.page.value, item.page.value)


def _sort_key(item: DueItem, column: int) -> str:
    """A string key per column; ties fall back to the list's own order (bucket, date, …)."""
    from counsel_app.followup.due import BUCKET_ORDER

    base = f"{BUCKET_ORDER.index(item.bucket)}|{item.date.isoformat()}|{item.reference}"
    if column == COL_BUCKET:
        return base
    if column == COL_DATE:
        return f"{item.date.isoformat()}|{base}"
    if column == COL_REFERENCE:
        return f"{item.reference.casefold()}|{base}"
    if column == COL_LABEL:
        return f"{item.label.casefold()}|{base}"
    return f"{item.page.value}|{base}"


class DueFilterProxy(QSortFilterProxyModel):
    """Shows one bucket (or all when `bucket` is None) and sorts by `SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bucket: Bucket | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_bucket(self, bucket: Bucket | None) -> None:
        self.beginFilterChange()
        self.bucket = bucket
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        if self.bucket is None:
            return True
        model = self.sourceModel()
        item = model.index(source_row, 0, source_parent).data(ITEM_ROLE)
        return item is not None and item.bucket is self.bucket
