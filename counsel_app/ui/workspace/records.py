"""One table model and one delegate for the lists of a case (steps, obstacles, contacts ...).

A `RecordTableModel` shows the items of a list that lives in the current `Case` (it asks
`items()` each time, so after undo it only needs `refresh()`); each column is a `Field`
that says how to show, edit and store one attribute. Every change goes through the model
and ends in `on_edit(key, text)`, which commits the edit for undo and autosave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counsel_app.ui.labels import format_date
from counsel_app.ui.workspace.dates import OptionalDateEdit

AnyIndex = QModelIndex | QPersistentModelIndex
Choices = Callable[[], list[tuple[str, Any]]]


class Kind(Enum):
    TEXT = auto()
    DATE = auto()  # required date
    OPTIONAL_DATE = auto()
    COMBO = auto()
    CHECK = auto()
    DUE = auto()  # (due date or None, frequency text) of a step


@dataclass(frozen=True)
class Field:
    header: str
    display: Callable[[Any], str]
    get: Callable[[Any], Any] | None = None
    set: Callable[[Any, Any], None] | None = None
    kind: Kind = Kind.TEXT
    choices: Choices | None = None
    tooltip: Callable[[Any], str | None] | None = None
    placeholder: str = ""

    @property
    def editable(self) -> bool:
        return self.set is not None


def due_text(due: date | None, frequency: str | None) -> str:
    parts = []
    if due:
        parts.append(f"bis {format_date(due)}")
    if frequency:
        parts.append(frequency)
    return ", ".join(parts)


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        fields: list[Field],
        items: Callable[[], list[Any]],
        on_edit: Callable[[str, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.fields = fields
        self.items = items
        self.on_edit = on_edit

    def refresh(self) -> None:
        """The list was replaced (undo, another case): show it again."""
        self.beginResetModel()
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self.items()[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.fields[section].header
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        field = self.fields[index.column()]
        if field.kind is Kind.CHECK and field.editable:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if field.editable:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items()):
            return None
        item, field = self.item(index.row()), self.fields[index.column()]
        if field.kind is Kind.CHECK:
            if role == Qt.ItemDataRole.CheckStateRole and field.get is not None:
                return Qt.CheckState.Checked if field.get(item) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return field.display(item)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(item)
        if role == Qt.ItemDataRole.EditRole:
            return field.get(item) if field.get is not None else field.display(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field.tooltip is not None:
                return field.tooltip(item)
            text = field.display(item)
            return text if len(text) > 30 else None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self.fields[index.column()].editable:
            return False
        field = self.fields[index.column()]
        item = self.item(index.row())
        if field.kind is Kind.CHECK:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif field.kind is Kind.COMBO and field.choices is not None:
            # Values may arrive as plain strings (Qt drops str enums to str): use the choice.
            value = next((v for _label, v in field.choices() if v == value), value)
        if field.get is not None and field.get(item) == value:
            return False
        assert field.set is not None
        field.set(item, value)
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.on_edit("", f"{field.header} geändert")
        return True

    # --- rows ---

    def insert_item(
        self, item: Any, row: int | None = None, text: str = "Zeile hinzugefügt"
    ) -> int:
        items = self.items()
        row = len(items) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        items.insert(row, item)
        self.endInsertRows()
        self.on_edit("", text)
        return row

    def remove_row(self, row: int, text: str = "Zeile entfernt") -> None:
        items = self.items()
        if not 0 <= row < len(items):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del items[row]
        self.endRemoveRows()
        self.on_edit("", text)

    def move_row(self, row: int, delta: int, text: str = "Reihenfolge geändert") -> int:
        """Move a row up (-1) or down (+1); returns its new row (unchanged at the ends)."""
        items = self.items()
        target = row + delta
        if not (0 <= row < len(items) and 0 <= target < len(items)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        items.insert(target, items.pop(row))
        self.endMoveRows()
        self.on_edit("", text)
        return target


class DueEditor(QWidget):
    """Editor of "Bis wann / wie oft": a date (or none) and a frequency text."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.date_edit = OptionalDateEdit(self, today=today)
        self.date_edit.setAccessibleName("Bis wann")
        self.frequency_edit = QLineEdit(self)
        self.frequency_edit.setPlaceholderText("oder wie oft")
        self.frequency_edit.setAccessibleName("Wie oft")
        layout.addWidget(self.date_edit)
        layout.addWidget(self.frequency_edit, 1)
        self.setFocusProxy(self.date_edit)
        self.setAutoFillBackground(True)

    def value(self) -> tuple[date | None, str | None]:
        return self.date_edit.date_value(), (self.frequency_edit.text().strip() or None)

    def set_value(self, value: tuple[date | None, str | None]) -> None:
        due, frequency = value
        self.date_edit.set_date_value(due)
        self.frequency_edit.setText(frequency or "")


class ChoiceCombo(QComboBox):
    """A combo box that gives back the Python value of the chosen item.

    Qt stores str enums as plain strings in item data; `value()` returns the original.
    """

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = [value for _label, value in choices]
        for label, value in choices:
            self.addItem(label, value)

    def value(self) -> Any:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None


class RecordDelegate(QStyledItemDelegate):
    """Editors by field kind: line edit, date with calendar, combo box, due date + frequency."""

    def __init__(self, fields: list[Field], today: Callable[[], date], parent: QObject) -> None:
        super().__init__(parent)
        self.fields = fields
        self.today = today

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        field = self.fields[index.column()]
        editor: QWidget
        if field.kind is Kind.COMBO:
            editor = ChoiceCombo(field.choices() if field.choices else [], parent)
        elif field.kind in (Kind.DATE, Kind.OPTIONAL_DATE):
            editor = OptionalDateEdit(
                parent, optional=field.kind is Kind.OPTIONAL_DATE, today=self.today()
            )
        elif field.kind is Kind.DUE:
            editor = DueEditor(parent, self.today())
        else:
            line = QLineEdit(parent)
            line.setPlaceholderText(field.placeholder)
            editor = line
        editor.setAccessibleName(field.header)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_date_value(value)
        elif isinstance(editor, DueEditor):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex
    ) -> None:
        if isinstance(editor, ChoiceCombo):
            value: Any = editor.value()
        elif isinstance(editor, OptionalDateEdit):
            value = editor.date_value()
        elif isinstance(editor, DueEditor):
            value = editor.value()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        hint = editor.sizeHint()
        width = max(rect.width(), 240 if isinstance(editor, DueEditor) else hint.width())
        editor.setGeometry(rect.x(), rect.y(), width, max(rect.height(), hint.height()))
