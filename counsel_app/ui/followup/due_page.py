"""The "Wiedervorlage" page: the due list with one tab per bucket, sortable, opening cases.

The list is computed on a one-thread pool (`TaskRunner`), not on the GUI thread: over some
hundred cases that takes a noticeable part of a second. Only the newest load is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from counsel_app.errors import UserError
from counsel_app.ui.followup.due_model import (
    COL_BUCKET,
    COL_DATE,
    COL_LABEL,
    ITEM_ROLE,
    DueFilterProxy,
    DueTableModel,
)
from counsel_app.ui.forms.ui_followup_due import Ui_DuePage
from counsel_app.ui.labels import count_phrase
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.followup.due import Bucket, DueItem, DueList

ALL_TAB = "Alle"
LOADING_TEXT = "Wiedervorlage wird gelesen …"


class DuePage(QWidget):
    """Shows the due list that `load()` returns; `openRequested(DueItem)` on Enter/double-click.

    Tabs: all, then "Heute fällig", "Diese Woche", "Überfällig" with their counts.
    `load` runs on a pool thread: it may call services, never touch widgets. `loaded` is
    emitted once the newest list is shown, `loadFailed(message)` when it could not be read.
    """

    openRequested = Signal(object)  # noqa: N815
    exportRequested = Signal()  # noqa: N815
    loaded = Signal()
    loadFailed = Signal(str)  # noqa: N815

    def __init__(self, load: Callable[[], DueList], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DuePage()
        self.ui.setupUi(self)
        self._load = load
        self.due: DueList | None = None
        self.error = ""
        self._generation = 0  # of the newest refresh; older results are dropped
        self._loading = False
        self.tasks = TaskRunner(self)  # the main window waits for it on close
        self.tasks.pool.setMaxThreadCount(1)  # one load at a time; superseded ones skip
        self._buckets: list[Bucket | None] = []
        self.saved_sizes: list[int] = []  # the main window's splitter before the page showed
        ui = self.ui
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        self.model = DueTableModel(self)
        self.proxy = DueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = ui.dueTable
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.sortByColumn(COL_BUCKET, Qt.SortOrder.AscendingOrder)
        table.activated.connect(lambda _index: self.open_current())
        ui.openButton.clicked.connect(self.open_current)
        ui.icsButton.clicked.connect(self.exportRequested)
        self._build_tabs()
        ui.bucketTabs.currentChanged.connect(self._tab_changed)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    def _build_tabs(self) -> None:
        from counsel_app.followup.due import BUCKET_ORDER

        tabs = self.ui.bucketTabs
        tabs.setDrawBase(False)
        self._buckets = [None, *BUCKET_ORDER]
        for bucket in self._buckets:
            tabs.addTab(ALL_TAB if bucket is None else bucket.label)

    # --- data ---

    def refresh(self) -> None:
        """Read the due list again (at start, after a save, on F5), off the GUI thread.

        The table keeps the previous list until the new one is there; a refresh while a load
        runs supersedes it (only the newest result is shown).
        """
        self._generation += 1
        generation, load = self._generation, self._load
        self._loading = True
        self.error = ""
        self.ui.countLabel.setText(LOADING_TEXT)

        def job(_report: Any) -> tuple[int, DueList | None]:
            if generation != self._generation:
                return generation, None  # superseded before it started
            return generation, load()

        def failed(err: BaseException) -> None:
            self._load_failed(generation, err)

        self.tasks.start(job, self._load_done, failed)

    def is_loading(self) -> bool:
        """Whether the newest refresh has not ended yet."""
        return self._loading

    def _load_done(self, result: tuple[int, DueList | None]) -> None:
        generation, due = result
        if generation != self._generation or due is None:
            return  # an older load; the newer one follows
        self._loading = False
        self.show_due(due)
        self.loaded.emit()

    def _load_failed(self, generation: int, err: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            if isinstance(err, UserError):
                self.error = err.message
                self.due = None
                self.model.set_items([])
                self.ui.titleLabel.setText("Wiedervorlage")
                self.ui.countLabel.setText(f"Die Wiedervorlage kann nicht gelesen werden: {err}")
                self.loadFailed.emit(err.message)
                return
            self._update_count()  # the previous list stays, without the loading note
        if not isinstance(err, UserError):
            raise err  # the application's exception hook logs it and shows a message

    def show_due(self, due: DueList) -> None:
        from counsel_app.followup.due import german_date

        selected = self.current_item()
        self.due = due
        self.model.set_items(list(due.items))
        self.ui.titleLabel.setText(f"Wiedervorlage zum {german_date(due.today)}")
        for index, bucket in enumerate(self._buckets):
            count = len(due) if bucket is None else len(due.in_bucket(bucket))
            name = ALL_TAB if bucket is None else bucket.label
            self.ui.bucketTabs.setTabText(index, f"{name} ({count})")
        self._update_count()
        if selected is not None and self.select(selected.case_id, selected.target):
            return
        if self.proxy.rowCount():
            self.ui.dueTable.selectRow(0)

    def count(self, bucket: Bucket | None = None) -> int:
        if self.due is None:
            return 0
        return len(self.due) if bucket is None else len(self.due.in_bucket(bucket))

    def show_bucket(self, bucket: Bucket | None) -> None:
        self.ui.bucketTabs.setCurrentIndex(self._buckets.index(bucket))

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._buckets):
            self.proxy.set_bucket(self._buckets[index])
            self._update_count()
            if self.proxy.rowCount() and not self.ui.dueTable.selectionModel().hasSelection():
                self.ui.dueTable.selectRow(0)

    def _update_count(self, *_args: object) -> None:
        if self.error:
            return
        shown = self.proxy.rowCount()
        if self._loading:
            text = LOADING_TEXT
        elif self.due is None:
            text = ""
        elif shown == 0:
            text = "Hier ist nichts fällig."
        else:
            text = count_phrase(shown, "Eintrag", "Einträge")
        self.ui.countLabel.setText(text)
        self.ui.openButton.setEnabled(shown > 0)

    # --- selection and opening ---

    def visible_items(self) -> list[DueItem]:
        """The rows in the order shown (filter and sort applied)."""
        return [self.proxy.index(row, 0).data(ITEM_ROLE) for row in range(self.proxy.rowCount())]

    def current_item(self) -> DueItem | None:
        rows = self.ui.dueTable.selectionModel().selectedRows()
        if not rows:
            return None
        item: DueItem | None = rows[0].data(ITEM_ROLE)
        return item

    def select(self, case_id: object, target: str) -> bool:
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(ITEM_ROLE)
            if item.case_id == case_id and item.target == target:
                self.ui.dueTable.selectRow(row)
                return True
        return False

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.openRequested.emit(item)

    def sort_by_date(self) -> None:
        self.ui.dueTable.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
