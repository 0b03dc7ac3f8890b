"""The "Wiedervorlage" page in the main window over the demo store, for a fixed day."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from counsel_app.followup.due import Bucket, DueKind
from counsel_app.services.followup import due_list
from counsel_app.ui.followup.due_model import COL_REFERENCE
from counsel_app.ui.followup.due_page import LOADING_TEXT, DuePage
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.workspace.workspace import PAGE_FOLLOW_UP, PAGE_GOALS
from tests.ui.followup.conftest import DUE_DAY
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

LOAD_TIMEOUT = 30000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def due_page(window: MainWindow) -> DuePage:
    page = window.findChild(DuePage)
    assert page is not None
    return page


def wait_loaded(qtbot: QtBot, page: DuePage) -> None:
    """The list is read on a pool thread: wait until the newest one is shown."""
    assert page.is_loading()
    assert page.ui.countLabel.text() == LOADING_TEXT
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=LOAD_TIMEOUT)
    assert page.due is not None and not page.error


def show(qtbot: QtBot, window: MainWindow) -> DuePage:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    page = due_page(window)
    assert window.ui.rightStack.currentWidget() is page
    wait_loaded(qtbot, page)
    return page


def test_shortcut_shows_the_due_list_of_the_day_in_three_buckets(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = show(qtbot, window)
    expected = due_list(window.session.store, DUE_DAY)
    assert page.ui.titleLabel.text() == "Wiedervorlage zum 25.11.2026"
    tabs = [page.ui.bucketTabs.tabText(i) for i in range(page.ui.bucketTabs.count())]
    counts = {b: len(expected.in_bucket(b)) for b in Bucket}
    assert counts[Bucket.TODAY] == 1 and counts[Bucket.THIS_WEEK] == 3
    assert tabs == [
        f"Alle ({len(expected)})",
        f"Heute fällig ({counts[Bucket.TODAY]})",
        f"Diese Woche ({counts[Bucket.THIS_WEEK]})",
        f"Überfällig ({counts[Bucket.OVERDUE]})",
    ]
    assert page.visible_items() == list(expected.items)  # default order: bucket, date
    page.show_bucket(Bucket.TODAY)
    (today,) = page.visible_items()
    assert (today.reference, today.kind) == ("TR-2026-008", DueKind.CONTACT)
    page.show_bucket(Bucket.OVERDUE)
    overdue = page.visible_items()
    assert len(overdue) == counts[Bucket.OVERDUE]
    assert all(item.date < DUE_DAY for item in overdue)
    assert page.ui.countLabel.text() == f"{counts[Bucket.OVERDUE]} Einträge"


def test_columns_sort_by_click(qtbot: QtBot, window: MainWindow) -> None:
    page = show(qtbot, window)
    header = page.ui.dueTable.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(COL_REFERENCE) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    references = [item.reference.casefold() for item in page.visible_items()]
    assert references == sorted(references)
    assert references != [
        i.reference.casefold() for i in due_list(window.session.store, DUE_DAY).items
    ]
    page.ui.dueTable.sortByColumn(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    assert [i.reference.casefold() for i in page.visible_items()] == sorted(
        references, reverse=True
    )


def test_enter_opens_an_overdue_step_on_the_goals_page(qtbot: QtBot, window: MainWindow) -> None:
    page = show(qtbot, window)
    page.show_bucket(Bucket.OVERDUE)
    item = next(i for i in page.visible_items() if i.kind is DueKind.STEP_OVERDUE)
    assert page.select(item.case_id, item.target)
    page.ui.dueTable.setFocus()
    qtbot.keyClick(page.ui.dueTable, Qt.Key.Key_Return)
    workspace = window.workspace
    assert window.workspace_open and workspace.case_id == item.case_id
    assert window.selected_case_id() == item.case_id  # the list follows, so F5 keeps the case
    assert workspace.tabs.currentIndex() == PAGE_GOALS
    step_id = item.target.split(":", 1)[1]
    row = workspace.goals_page.ui.stepTable.currentIndex().row()
    assert workspace.case is not None and workspace.case.plan.steps[row].id == step_id


def test_review_and_contact_open_on_the_follow_up_page(qtbot: QtBot, window: MainWindow) -> None:
    page = show(qtbot, window)
    review = next(i for i in page.visible_items() if i.kind is DueKind.REVIEW)
    page.select(review.case_id, review.target)
    page.ui.openButton.click()
    workspace = window.workspace
    assert workspace.case_id == review.case_id
    assert workspace.tabs.currentIndex() == PAGE_FOLLOW_UP
    qtbot.waitUntil(workspace.follow_up_page.ui.reviewDueEdit.hasFocus)

    page = show(qtbot, window)  # the workspace is saved and closed, the list comes back
    assert not window.workspace_open
    contact = next(i for i in page.visible_items() if i.kind is DueKind.CONTACT)
    page.select(contact.case_id, contact.target)
    page.open_current()
    index = int(contact.target.split(":", 1)[1])
    table = workspace.follow_up_page.ui.followUpTable
    assert workspace.tabs.currentIndex() == PAGE_FOLLOW_UP
    assert table.currentIndex().row() == index
    assert QApplication.focusWidget() is table


def test_notice_points_to_the_due_page_and_a_case_click_leaves_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.ui.noticeFrame.isVisible()
    window.ui.noticeButton.click()
    page = due_page(window)
    assert window.ui.rightStack.currentWidget() is page
    wait_loaded(qtbot, page)
    assert focusable_without_name(page) == []
    window.ui.caseTable.selectRow(1)
    assert window.ui.rightStack.currentWidget() is not page
    assert window.ui.overviewBrowser.isVisible()
    page = show(qtbot, window)
    qtbot.keyClick(page.ui.dueTable, Qt.Key.Key_Escape)
    assert window.ui.overviewBrowser.isVisible()
    assert QApplication.focusWidget() is window.ui.caseTable


def test_calendar_export_holds_references_but_no_names(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "termine"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    action = window.findChild(type(window.ui.actionBackup), "actionExportCalendar")
    assert action is not None and action in window.ui.menuFile.actions()
    action.trigger()
    written = out.with_suffix(".ics")
    qtbot.waitUntil(lambda: not window.tasks.busy and written.exists(), timeout=30000)
    calendar = Calendar.from_ical(written.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    assert all(e.decoded("dtstart") >= DUE_DAY for e in events)
    text = written.read_text(encoding="utf-8")
    references = {row.reference for row in window.model.rows()}
    assert any(ref in str(e.get("summary")) for e in events for ref in references)
    for row in window.model.rows():
        for part in row.name.split():
            assert part not in text
    assert "Kalenderdatei geschrieben" in window.statusBar().currentMessage()


def test_calendar_export_into_a_missing_folder_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "fehlt" / "termine.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        "counsel_app.ui.main_window.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    page = show(qtbot, window)
    page.ui.icsButton.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
    assert warnings[0].startswith(f"Die Datei {out} kann nicht geschrieben werden")
    assert not out.parent.exists()
