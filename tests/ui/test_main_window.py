"""The main window over a real store with the demo cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from counsel_app.ui.case_table import CASE_ID_ROLE, CaseFilter, Column
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.session import UiContext
from tests.ui.conftest import DRAFT_REFERENCE, TODAY
from tests.ui.helpers import focusable_widgets, focusable_without_name

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, ui_ctx: UiContext) -> MainWindow:
    win = MainWindow(ui_ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def shown_references(win: MainWindow) -> list[str]:
    proxy = win.proxy
    return sorted(proxy.index(row, Column.REFERENCE).data() for row in range(proxy.rowCount()))


def test_lists_the_demo_cases_with_german_columns(window: MainWindow) -> None:
    summaries = window.session.store.cases.list_summaries()
    assert shown_references(window) == sorted(s.reference for s in summaries)
    assert len(summaries) >= 4
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(Column))]
    assert headers == ["Kundennummer", "Name", "Profillage", "Planstand", "Nächster Termin"]
    texts = {window.model.index(r, Column.PROFILE).data() for r in range(window.model.rowCount())}
    assert texts & {"Förderprofil", "Entwicklungsprofil"}
    dates = [window.model.index(r, Column.NEXT).data() for r in range(window.model.rowCount())]
    assert all(len(d) == 10 and d[2] == "." and d[5] == "." for d in dates if d)


def test_search_filters_reference_and_name_case_insensitively(
    qtbot: QtBot, window: MainWindow
) -> None:
    rows = window.model.rows()
    qtbot.keyClicks(window.ui.searchEdit, "KIRSCH")
    assert shown_references(window) == sorted(
        r.reference for r in rows if "kirsch" in r.name.casefold()
    )
    assert shown_references(window)
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "tr-2026-00")
    by_reference = sorted(r.reference for r in rows if "TR-2026-00" in r.reference)
    assert shown_references(window) == by_reference
    assert 0 < len(by_reference) < len(rows)
    window.ui.searchEdit.setText("niemand")
    assert shown_references(window) == []
    assert "0 von" in window.ui.countLabel.text()


def test_filter_drafts_shows_only_unagreed_plans(window: MainWindow) -> None:
    window.set_case_filter(CaseFilter.DRAFTS)
    assert window.ui.filterCombo.currentText() == "Entwürfe"
    drafts = sorted(r.reference for r in window.model.rows() if r.agreed is None)
    assert DRAFT_REFERENCE in drafts
    assert len(drafts) < window.model.rowCount()
    assert shown_references(window) == drafts
    plan_states = {
        window.proxy.index(row, Column.PLAN).data() for row in range(window.proxy.rowCount())
    }
    assert plan_states == {"Entwurf"}
    window.set_case_filter(CaseFilter.ALL)
    assert DRAFT_REFERENCE in shown_references(window)
    assert len(shown_references(window)) == window.model.rowCount()


def test_review_due_filter_and_notice_use_today(window: MainWindow) -> None:
    rows = window.model.rows()
    due = sorted(r.reference for r in rows if r.review_due and r.review_due <= TODAY)
    assert due, "the fixture needs at least one review due on TODAY"
    assert len(due) < len(rows)
    window.set_case_filter(CaseFilter.REVIEW_DUE)
    assert shown_references(window) == due
    assert window.ui.noticeFrame.isVisible()
    assert "überfällig" in window.ui.noticeLabel.text()
    window.set_case_filter(CaseFilter.ALL)
    window.ui.noticeButton.click()
    assert window.ui.filterCombo.currentText() == "Überprüfung fällig"
    assert shown_references(window) == due
    window.set_case_filter(CaseFilter.STEPS_OVERDUE)
    overdue = sorted(r.reference for r in rows if r.next_step_due and r.next_step_due < TODAY)
    assert shown_references(window) == overdue


def test_selecting_a_case_shows_its_goals_escaped(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.searchEdit.setText("TR-2026-002")
    window.ui.caseTable.selectRow(0)
    case_id = window.selected_case_id()
    assert case_id == window.proxy.index(0, 0).data(CASE_ID_ROLE)
    case = window.session.case(case_id)
    html = window.ui.overviewBrowser.toHtml()
    text = window.ui.overviewBrowser.toPlainText()
    assert case.plan.goals[0].text in text
    assert "Eingliederungsziel" in text
    assert "<script" not in html


def test_status_bar_says_where_and_that_it_is_encrypted(window: MainWindow) -> None:
    text = window.storage_label.text()
    assert "Verschlüsselt (SQLCipher)" in text
    assert "Schlüsselbund" in text
    assert str(window.session.paths.root) in text


def test_actions_have_german_shortcuts_and_new_case_is_available(window: MainWindow) -> None:
    ui = window.ui
    assert ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    assert ui.actionImport.shortcut().toString() == "Ctrl+I"
    assert ui.actionNewCase.shortcut().toString() == "Ctrl+N"
    assert ui.actionNewCase.isEnabled()
    assert "(Ctrl+N)" in ui.actionNewCase.toolTip()


def test_every_focusable_widget_has_an_accessible_name(window: MainWindow) -> None:
    assert focusable_widgets(window)
    assert focusable_without_name(window) == []


def test_tab_moves_through_search_filter_list_and_overview(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    window.ui.searchEdit.setFocus()
    qtbot.waitUntil(window.ui.searchEdit.hasFocus)
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    ui = window.ui
    assert order == [ui.searchEdit, ui.filterCombo, ui.caseTable, ui.overviewBrowser]
    # Then the button of the notice about due reviews (shown for TODAY), then around again.
    assert QApplication.focusWidget() is ui.noticeButton
    qtbot.keyClick(ui.noticeButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.searchEdit
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ui.noticeButton


def test_keyboard_shortcut_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.ui.caseTable.setFocus()
    qtbot.waitUntil(window.ui.caseTable.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.searchEdit.hasFocus()


def test_import_runs_off_the_gui_thread_and_refreshes_the_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = window.model.rows()
    files = []
    for number, row in enumerate(rows[:2]):
        out = tmp_path / f"pseudonym-{number}.json"
        window.session.export_case(row.case_id, out, pseudonymise=True)
        files.append(str(out))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: (files, ""))
    )
    window.ui.actionImport.trigger()
    assert window.tasks.busy
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20000)
    assert window.model.rowCount() == len(rows) + 2
    assert "Importiert: 2 Fälle" in window.statusBar().currentMessage()


def test_header_click_sorts_and_keeps_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    table, proxy = window.ui.caseTable, window.proxy

    def column(col: Column) -> list[str]:
        return [proxy.index(row, col).data() for row in range(proxy.rowCount())]

    def click_header(section: int) -> None:
        header = table.horizontalHeader()
        where = QPoint(header.sectionViewportPosition(section) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)

    rows = [window.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(5)]
    dates = [r.next_date for r in rows]
    assert None not in dates and dates == sorted(dates)  # the start: next date first
    table.selectRow(3)
    chosen = window.selected_case_id()
    click_header(Column.REFERENCE)
    references = column(Column.REFERENCE)
    assert references == sorted(references, key=str.casefold)
    click_header(Column.REFERENCE)
    assert column(Column.REFERENCE) == sorted(references, key=str.casefold, reverse=True)
    assert window.selected_case_id() == chosen  # the same case, wherever it moved
    qtbot.keyClicks(window.ui.searchEdit, "tr-2026-00")
    shown = column(Column.REFERENCE)
    assert shown == sorted(shown, key=str.casefold, reverse=True) and len(shown) > 1
