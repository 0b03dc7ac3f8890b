"""The case workspace over a real store: editing, live quality, autosave, undo, versions."""

from __future__ import annotations

import copy
import gc
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counsel_app.domain import Actor, ObstacleCategory, Profile, ReadingLevel
from counsel_app.ui.case_table import Column
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.session import StoreSession, UiContext
from counsel_app.ui.workspace.dialogs import NewCaseDialog, ReviewDialog, VersionDialog
from counsel_app.ui.workspace.editor import UNDO_LIMIT, SnapshotCommand
from counsel_app.ui.workspace.workspace import (
    PAGE_ANALYSIS,
    PAGE_FOLLOW_UP,
    PAGE_GOALS,
    CaseWorkspace,
)
from tests.ui.conftest import TODAY
from tests.ui.helpers import focusable_widgets, focusable_without_name

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REFERENCE = "NEU-4711"


def fill_new_case_dialog(monkeypatch: pytest.MonkeyPatch, reference: str = REFERENCE) -> None:
    def fake_exec(dialog: NewCaseDialog) -> int:
        ui = dialog.ui
        ui.referenceEdit.setText(reference)
        ui.nameEdit.setText("Petra Neumann")
        ui.salutationCombo.setCurrentText("Frau")
        ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(ReadingLevel.EINFACH))
        ui.profileCombo.setCurrentIndex(ui.profileCombo.findData(Profile.FOERDER))
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)


def create_case(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> CaseWorkspace:
    fill_new_case_dialog(monkeypatch)
    window.ui.actionNewCase.trigger()
    assert window.workspace_open
    return window.workspace


def stored(session: StoreSession, case_id: Any) -> Any:
    return session.case(case_id)


def hint_targets(workspace: CaseWorkspace, code: str) -> set[str]:
    report = workspace.last_report
    return {h.target for h in report.hints if h.code == code} if report else set()


def type_at_end(qtbot: QtBot, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def open_demo_case(window: MainWindow, reference: str = "TR-2026-001") -> CaseWorkspace:
    case_id = window.session.store.cases.resolve(reference)
    window.ui.searchEdit.setText(reference)
    window.ui.caseTable.selectRow(0)
    window.open_selected()
    assert window.workspace.case_id == case_id
    return window.workspace


# --- new case ---------------------------------------------------------------------------------


def test_new_case_needs_a_unique_reference(qtbot: QtBot, window: MainWindow) -> None:
    dialog = NewCaseDialog(window.session.reference_taken, window)
    qtbot.addWidget(dialog)
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Kundennummer" in dialog.ui.errorLabel.text()
    dialog.ui.referenceEdit.setText("TR-2026-001")
    dialog._check_and_accept()
    assert "gibt es schon" in dialog.ui.errorLabel.text()
    dialog.ui.referenceEdit.setText(REFERENCE)
    dialog._check_and_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_ctrl_n_creates_the_case_and_opens_it_on_the_analysis_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_new_case_dialog(monkeypatch)
    window.activateWindow()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_N, CTRL)
    assert window.workspace_open
    workspace = window.workspace
    case = stored(window.session, workspace.case_id)
    assert case.client.reference == REFERENCE
    assert case.client.display_name == "Petra Neumann"
    assert case.client.profile is Profile.FOERDER
    assert case.plan.review_due is not None  # default: three months after creation
    assert workspace.tabs.currentIndex() == PAGE_ANALYSIS
    assert REFERENCE in [r.reference for r in window.model.rows()]
    assert window.selected_case_id() == workspace.case_id


# --- filling a plan, live quality -------------------------------------------------------------


def test_fill_analysis_goals_and_steps_with_live_hints(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = create_case(qtbot, window, monkeypatch)
    case_id = workspace.case_id
    analysis = workspace.analysis_page
    analysis.ui.addStrengthButton.click()
    QApplication.focusWidget().clearFocus()  # leave the inline editor
    analysis.strengths.setData(analysis.strengths.index(0, 0), "Zuverlässig und pünktlich")
    analysis.ui.addObstacleButton.click()
    model = analysis.obstacles
    model.setData(model.index(0, 0), ObstacleCategory.CHILDCARE)
    model.setData(model.index(0, 1), "Kita-Platz erst ab September")
    qtbot.keyClicks(analysis.ui.clientViewEdit, "Ich will vormittags arbeiten.")

    workspace.show_page(PAGE_GOALS)
    goals = workspace.goals_page
    goals.ui.addIntegrationGoalButton.click()
    qtbot.keyClicks(goals.goal_text, "Frau Neumann arbeitet als Verkaeuferin im Drogeriemarkt.")
    goals.add_step()
    qtbot.keyClicks(goals.step_text, "Sie bewirbt sich bei drei Drogeriemaerkten in der Stadt.")
    step = workspace.case.plan.steps[0]
    assert step.actor is Actor.CLIENT
    assert step.goal == workspace.case.plan.goals[0].id
    target = f"step:{step.id}"
    qtbot.waitUntil(lambda: target in hint_targets(workspace, "step_no_criterion"), timeout=15000)

    qtbot.keyClicks(goals.step_criterion, "Sie zeigt drei Eingangsbestaetigungen.")
    qtbot.waitUntil(
        lambda: target not in hint_targets(workspace, "step_no_criterion"), timeout=15000
    )
    assert "no_strengths" not in {h.code for h in workspace.last_report.hints}

    workspace.flush()
    case = stored(window.session, case_id)
    assert [s.text for s in case.potential_analysis.strengths] == ["Zuverlässig und pünktlich"]
    assert case.potential_analysis.obstacles[0].category is ObstacleCategory.CHILDCARE
    assert case.potential_analysis.client_view == "Ich will vormittags arbeiten."
    assert case.plan.goals[0].text.startswith("Frau Neumann arbeitet")
    assert case.plan.steps[0].success_criterion == "Sie zeigt drei Eingangsbestaetigungen."


def test_clicking_a_hint_selects_its_field(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window)
    case = workspace.case
    assert case is not None
    second = case.plan.steps[1]
    workspace.focus_hint(f"step:{second.id}")
    assert workspace.tabs.currentIndex() == PAGE_GOALS
    assert workspace.goals_page.current_step() is second
    goal = case.plan.goals[-1]
    workspace.focus_hint(f"goal:{goal.id}")
    assert workspace.goals_page.current_goal() is goal
    assert workspace.goals_page.goal_text.toPlainText() == goal.text
    obstacle = case.potential_analysis.obstacles[-1]
    workspace.focus_hint(f"obstacle:{obstacle.id}")
    assert workspace.tabs.currentIndex() == PAGE_ANALYSIS
    rows = workspace.analysis_page.ui.obstacleTable.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [len(case.potential_analysis.obstacles) - 1]
    workspace.focus_hint("plan")
    assert workspace.tabs.currentIndex() == PAGE_FOLLOW_UP
    qtbot.waitUntil(workspace.follow_up_page.ui.reviewDueEdit.hasFocus)


def test_obstacles_show_whether_a_goal_or_step_works_on_them(window: MainWindow) -> None:
    workspace = open_demo_case(window)
    model = workspace.analysis_page.obstacles
    coverage = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert coverage and all(
        text.startswith(("bearbeitet", "zurückgestellt", "noch offen")) for text in coverage
    )
    assert any(text.startswith("bearbeitet") for text in coverage)
    workspace.show_page(PAGE_GOALS)
    items = workspace.goals_page.ui.goalObstacleList
    assert items.count() == model.rowCount()
    assert "bearbeitet" in items.item(0).text() or "offen" in items.item(0).text()


# --- autosave, undo, reopen -------------------------------------------------------------------


def test_every_edit_is_stored_within_a_second(
    qtbot: QtBot, window: MainWindow, session_factory: Callable[[], StoreSession]
) -> None:
    workspace = open_demo_case(window)
    other = session_factory()  # a second connection sees only what was committed
    edit = workspace.analysis_page.ui.clientViewEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "Neu geschrieben")
    assert workspace.editor.dirty
    assert window.save_label.text() == "Wird gespeichert …"
    qtbot.waitUntil(
        lambda: other.case(workspace.case_id).potential_analysis.client_view == "Neu geschrieben",
        timeout=1000,
    )
    assert window.save_label.text().startswith("Gespeichert ")
    assert workspace.editor.last_save_ms > 0


def test_page_switch_saves_at_once(window: MainWindow, qtbot: QtBot) -> None:
    workspace = open_demo_case(window)
    type_at_end(qtbot, workspace.analysis_page.ui.clientViewEdit, " Ergaenzt.")
    assert workspace.editor.dirty
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert not workspace.editor.dirty
    assert window.session.case(workspace.case_id).potential_analysis.client_view.endswith(
        " Ergaenzt."
    )


def test_undo_and_redo_restore_the_form_and_the_store(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window)
    workspace.show_page(PAGE_GOALS)
    goals = workspace.goals_page
    before = goals.goal_text.toPlainText()
    type_at_end(qtbot, goals.goal_text, " Ab Mai.")
    assert workspace.editor.undo_stack.count() == 1  # typing in one field: one undo step
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Z, CTRL)
    assert goals.goal_text.toPlainText() == before
    assert workspace.case.plan.goals[0].text == before
    qtbot.waitUntil(lambda: not workspace.editor.dirty, timeout=1000)
    assert window.session.case(workspace.case_id).plan.goals[0].text == before
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Z, CTRL | SHIFT)
    assert goals.goal_text.toPlainText() == before + " Ab Mai."
    qtbot.waitUntil(lambda: not workspace.editor.dirty, timeout=1000)
    assert window.session.case(workspace.case_id).plan.goals[0].text == before + " Ab Mai."


def test_a_run_of_typing_keeps_one_snapshot_pair(qtbot: QtBot, window: MainWindow) -> None:
    """Each keystroke copies the case; only the undo step's own copies may stay alive.

    (Qt's own merging left every merged command and its copy alive under PySide6.)
    """
    workspace = open_demo_case(window)
    workspace.show_page(PAGE_GOALS)
    goals = workspace.goals_page
    before = goals.goal_text.toPlainText()
    type_at_end(qtbot, goals.goal_text, " Ab dem ersten Mai jeden Montag.")
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, SnapshotCommand)]
    assert workspace.editor.undo_stack.count() == 1
    assert len(alive) == 1
    assert alive[0].after.plan.goals[0].text == before + " Ab dem ersten Mai jeden Montag."
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Z, CTRL)
    assert goals.goal_text.toPlainText() == before


def test_typing_after_an_undo_is_a_new_step(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window)
    workspace.show_page(PAGE_GOALS)
    goals, stack = workspace.goals_page, workspace.editor.undo_stack
    before = goals.goal_text.toPlainText()
    type_at_end(qtbot, goals.goal_text, " Ab Mai.")
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Z, CTRL)
    type_at_end(qtbot, goals.goal_text, " Ab Juni.")
    assert (stack.count(), stack.index()) == (1, 1)  # the undone text cannot come back
    assert not stack.canRedo()
    qtbot.keyClick(goals.goal_text, Qt.Key.Key_Z, CTRL)
    assert goals.goal_text.toPlainText() == before


def test_undo_history_is_bounded(window: MainWindow) -> None:
    """Every step keeps a copy of the case: a long day of editing must not grow without end."""
    workspace = open_demo_case(window)
    editor, case = workspace.editor, workspace.case
    assert case is not None
    first = case.plan.goals[0].text
    for number in range(UNDO_LIMIT + 20):
        case.plan.goals[0].text = f"{first} {number}"
        editor.commit(f"goal-{number % 2}", "Ziel")
        editor.close_edit_group()
    assert editor.undo_stack.count() == UNDO_LIMIT
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert workspace.case.plan.goals[0].text == f"{first} 19"  # the oldest steps are gone


def test_undo_brings_back_a_removed_step(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window)
    workspace.show_page(PAGE_GOALS)
    steps = list(workspace.case.plan.steps)
    workspace.goals_page.remove_step()
    assert len(workspace.case.plan.steps) == len(steps) - 1
    workspace.undo_action.trigger()
    assert [s.id for s in workspace.case.plan.steps] == [s.id for s in steps]
    assert workspace.goals_page.steps.rowCount() == len(steps)


def test_reopening_after_close_shows_what_was_typed(
    qtbot: QtBot,
    ui_ctx: UiContext,
    session_factory: Callable[[], StoreSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = MainWindow(ui_ctx)
    qtbot.addWidget(first)
    first.show()
    workspace = create_case(qtbot, first, monkeypatch)
    case_id = workspace.case_id
    qtbot.keyClicks(workspace.analysis_page.ui.clientViewEdit, "Mir ist Teilzeit wichtig.")
    workspace.show_page(PAGE_GOALS)
    workspace.goals_page.ui.addIntegrationGoalButton.click()
    qtbot.keyClicks(workspace.goals_page.goal_text, "Arbeit im Handel, 25 Stunden.")
    typed = copy.deepcopy(workspace.case)
    first.close()  # flushes at once, no waiting for the timer

    fresh = UiContext(app=ui_ctx.app, session=session_factory(), today=lambda: TODAY)
    second = MainWindow(fresh)
    qtbot.addWidget(second)
    second.show()
    assert second.session.case(case_id) == typed
    second.open_workspace(case_id)
    again = second.workspace
    assert again.analysis_page.ui.clientViewEdit.toPlainText() == "Mir ist Teilzeit wichtig."
    assert again.goals_page.goal_text.toPlainText() == "Arbeit im Handel, 25 Stunden."


# --- Nachhaltung ------------------------------------------------------------------------------


def test_record_review_and_write_next_version(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_demo_case(window, "TR-2026-004")
    workspace.show_page(PAGE_FOLLOW_UP)
    case = workspace.case
    goal = case.plan.goals[0]

    def fake_review(dialog: ReviewDialog) -> int:
        combo = dialog.ratings[goal.id]
        combo.setCurrentIndex(combo.findData(1))
        dialog.ui.noteEdit.setPlainText("Zwei Gespräche geführt.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", fake_review)
    reviews_before = len(case.plan.reviews)
    workspace.follow_up_page.ui.recordReviewButton.click()
    old = window.session.case(workspace.case_id)
    assert len(old.plan.reviews) == reviews_before + 1
    assert old.plan.reviews[-1].goal_ratings == {goal.id: 1}
    assert "Zwei Gespräche" in workspace.follow_up_page.ui.reviewList.item(0).text()

    old_version = old.plan.version
    number = workspace.write_next_version()
    assert number == old_version + 1
    assert workspace.case.plan.version == number
    assert workspace.case.plan.agreed is None
    earlier = window.session.case_version(workspace.case_id, old_version)
    assert earlier == old  # the earlier version is unchanged and still readable
    versions = workspace.follow_up_page.ui.versionList
    assert versions.count() == len(window.session.case_versions(workspace.case_id))
    assert "aktuell" in versions.item(0).text()

    shown: list[str] = []
    monkeypatch.setattr(
        VersionDialog,
        "exec",
        lambda dialog: shown.append(dialog.browser.toPlainText()) or 0,
    )
    workspace.open_version(old_version)
    assert goal.text in shown[0]
    # Editing the new version leaves the old one alone.
    qtbot_text = "Neue Fassung."
    workspace.follow_up_page.ui.agreedEdit.set_date_value(None)
    workspace.case.plan.goals[0].text = qtbot_text
    workspace.editor.commit("", "test")
    workspace.flush()
    assert window.session.case_version(workspace.case_id, old_version) == old


def test_review_date_warns_beyond_six_months(window: MainWindow) -> None:
    workspace = open_demo_case(window)
    workspace.show_page(PAGE_FOLLOW_UP)
    page = workspace.follow_up_page
    case = workspace.case
    start = case.plan.agreed or case.plan.created
    page.ui.reviewDueEdit.setDate(page.ui.reviewDueEdit.date().fromString("x"))  # invalid: no-op
    page.ui.reviewDueEdit.set_date_value(None)
    page._review_due_changed(start.replace(year=start.year + 1))
    assert page.ui.reviewWarning.isVisible()
    assert "sechs Monate" in page.ui.reviewWarning.text()
    page._review_due_changed(None)
    assert page.ui.suggestReviewButton.isVisible()
    page.ui.suggestReviewButton.click()
    assert workspace.case.plan.review_due is not None
    assert not page.ui.reviewWarning.isVisible()


# --- the list keeps working -------------------------------------------------------------------


def test_list_filters_still_work_while_a_case_is_open(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window, "TR-2026-004")
    window.ui.searchEdit.setText("TR-2026-00")
    shown = {window.proxy.index(r, Column.REFERENCE).data() for r in range(window.proxy.rowCount())}
    assert shown and all("TR-2026-00" in ref for ref in shown)
    assert window.ui.caseTable.isColumnHidden(Column.PROFILE)
    window.ui.searchEdit.setText("niemand")
    assert window.proxy.rowCount() == 0
    assert workspace.case is not None  # the open case stays open
    window.ui.searchEdit.clear()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert not window.workspace_open
    assert not window.ui.caseTable.isColumnHidden(Column.PROFILE)


def test_selecting_another_case_saves_and_switches(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window, "TR-2026-004")
    first = workspace.case_id
    type_at_end(qtbot, workspace.analysis_page.ui.clientViewEdit, " Nachtrag.")
    window.ui.searchEdit.setText("TR-2026-001")
    window.ui.caseTable.selectRow(0)
    assert workspace.case_id != first
    assert window.session.case(first).potential_analysis.client_view.endswith(" Nachtrag.")


# --- keyboard and accessibility ---------------------------------------------------------------


def test_keyboard_walk_through_a_case(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_demo_case(window)
    window.activateWindow()
    for number, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        qtbot.keyClick(window, key, CTRL)
        assert workspace.tabs.currentIndex() == number
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    assert workspace.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    assert workspace.tabs.currentIndex() == 3

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(workspace.analysis_page.ui.dateEdit.hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    ui = workspace.analysis_page.ui
    assert order == [ui.strengthTable, ui.addStrengthButton, ui.removeStrengthButton,
                     ui.obstacleTable]  # fmt: skip

    steps = len(workspace.case.plan.steps)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    assert workspace.tabs.currentIndex() == PAGE_GOALS
    assert len(workspace.case.plan.steps) == steps + 1
    goals = workspace.goals_page
    qtbot.waitUntil(goals.step_text.hasFocus)
    qtbot.keyClicks(goals.step_text, "Sie ruft beim Traeger an.")
    qtbot.keyClick(goals.step_text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is goals.step_plain
    qtbot.keyClick(goals.step_plain, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is goals.step_criterion

    table = goals.ui.stepTable
    table.setFocus()
    new_row = goals.steps.rowCount() and [s.text for s in workspace.case.plan.steps].index(
        "Sie ruft beim Traeger an."
    )
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    texts = [s.text for s in workspace.case.plan.steps]
    assert texts.index("Sie ruft beim Traeger an.") == max(new_row - 1, 0)

    goal_count = len(workspace.case.plan.goals)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL | SHIFT)
    assert len(workspace.case.plan.goals) == goal_count + 1
    qtbot.waitUntil(goals.goal_text.hasFocus)


def test_every_interactive_widget_has_an_accessible_name(window: MainWindow) -> None:
    workspace = open_demo_case(window)
    goals = workspace.goals_page
    goals.ui.gasGroup.setChecked(True)  # the collapsed GAS fields too
    for number in range(workspace.tabs.count()):
        workspace.show_page(number)
        assert focusable_widgets(workspace)
        assert focusable_without_name(workspace) == [], workspace.tabs.tabText(number)
    assert focusable_without_name(window) == []


def test_step_table_has_the_german_columns_and_editors(window: MainWindow) -> None:
    workspace = open_demo_case(window)
    model = workspace.goals_page.steps
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Wer",
        "Was",
        "Bis wann / wie oft",
        "Woran erkennbar",
        "Ziel",
        "Hemmnis",
        "Status",
    ]
    actors = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert actors <= {"Kundin/Kunde", "Jobcenter", "Träger"}
    assert (
        model.setData(model.index(0, 6), model.index(0, 6).data(Qt.ItemDataRole.EditRole)) is False
    )
    from counsel_app.domain import StepStatus

    assert model.setData(model.index(0, 6), StepStatus.DONE)
    assert model.index(0, 6).data() == "erledigt"
