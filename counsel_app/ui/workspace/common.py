"""Helpers shared by the workspace pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.ui.workspace.editor import CaseEditor


class PageBase(QWidget):
    """A workspace page: fills itself from the editor's case and commits every edit."""

    def __init__(
        self, editor: CaseEditor, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.today = today
        self._loading = False

    @property
    def case(self) -> Case:
        assert self.editor.case is not None
        return self.editor.case

    def items_of(self, getter: Callable[[Case], list[Any]]) -> Callable[[], list[Any]]:
        """A list of the current case for a table model (empty while no case is open)."""
        return lambda: getter(self.editor.case) if self.editor.case is not None else []

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While filling widgets from the case, their change signals are not edits."""
        previous, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = previous

    @property
    def editing(self) -> bool:
        """A case is open and the widgets are not being filled from it."""
        return not self._loading and self.editor.case is not None

    def commit(self, key: str, text: str) -> None:
        if self.editing:
            self.editor.commit(key, text)

    def load(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def focus_target(self, kind: str, ident: str) -> bool:
        """Select the field a quality hint concerns; False if not on this page."""
        return False


def swap_in(old: QPlainTextEdit, new: QPlainTextEdit) -> QPlainTextEdit:
    """Put `new` where the form's placeholder `old` is, with its name, texts and size."""
    new.setObjectName(old.objectName())
    new.setAccessibleName(old.accessibleName())
    new.setAccessibleDescription(old.accessibleDescription())
    new.setPlaceholderText(old.placeholderText())
    new.setToolTip(old.toolTip())
    new.setSizePolicy(old.sizePolicy())
    new.setMinimumSize(old.minimumSize())
    new.setMaximumSize(old.maximumSize())
    new.setTabChangesFocus(True)
    parent = old.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.replaceWidget(old, new)
    for label in parent.findChildren(QWidget) if parent is not None else []:
        buddy = getattr(label, "buddy", None)
        if callable(buddy) and buddy() is old:
            label.setBuddy(new)  # type: ignore[attr-defined]
    old.hide()
    old.deleteLater()
    return new


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Replace the text only if it differs, keeping the cursor where it was."""
    if edit.toPlainText() == text:
        return
    position = edit.textCursor().position()
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(min(position, len(text)))
    edit.setTextCursor(cursor)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def setup_table(table: QTableView, stretch: int | None = None) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    table.setCurrentIndex(index)
    table.selectRow(row)
    table.scrollTo(index)


def current_row(table: QTableView) -> int:
    index: QModelIndex = table.currentIndex()
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if rows:
        return rows[0].row()
    return index.row() if index.isValid() else -1


ROLE_ID = Qt.ItemDataRole.UserRole + 11
