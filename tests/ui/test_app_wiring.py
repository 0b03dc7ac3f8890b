"""The parts wired into the running main window: quality panel, plain-language fields, print
page, settings, help, auto-lock and the shared German labels (real store, real Qt loop)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QToolButton
from pytestqt.qtbot import QtBot

from counsel_app.domain import ObstacleCategory
from counsel_app.ui.autolock import LOCKED_TITLE, LockOverlay
from counsel_app.ui.help import HelpDialog
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.plain_language import PlainLanguageEdit
from counsel_app.ui.quality_panel import QualityPanel
from counsel_app.ui.session import StoreSession, UiContext
from counsel_app.ui.settings import IDLE_MINUTES_KEY, SettingsDialog, idle_minutes
from counsel_app.ui.workspace.workspace import PAGE_GOALS, PAGE_PRINT, CaseWorkspace
from tests.ui.conftest import TODAY
from tests.ui.helpers import focusable_widgets, focusable_without_name

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
RENDER_TIMEOUT = 60000


def open_case(window: MainWindow, reference: str = "TR-2026-001") -> CaseWorkspace:
    window.ui.searchEdit.setText(reference)
    window.ui.caseTable.selectRow(0)
    window.open_selected()
    assert window.workspace.case is not None
    assert window.workspace.case.client.reference == reference
    return window.workspace


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


class DialogDriver:
    """Acts on the next modal dialog of a type once `exec()` has opened it; a failure in
    `act` closes the dialog (so the test ends) and is raised again by `check()`."""

    def __init__(self, dialog_type: type, act: Callable[[Any], None]) -> None:
        self.dialog_type = dialog_type
        self.act = act
        self.error: BaseException | None = None
        self.ran = False
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.dialog_type):
            QTimer.singleShot(10, self._poll)
            return
        self.ran = True
        try:
            self.act(dialog)
        except BaseException as err:
            self.error = err
            dialog.reject()

    def check(self) -> None:
        assert self.ran, "the dialog did not open"
        if self.error is not None:
            raise self.error


# --- the quality panel beside the workspace ---------------------------------------------------


def test_the_real_quality_panel_sits_beside_the_pages_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = open_case(window)
    panels = workspace.findChildren(QualityPanel)
    assert panels == [workspace.quality_panel]
    assert workspace.splitter.indexOf(workspace.quality_panel) == 1
    lists = [w for w in workspace.findChildren(QListWidget) if "Hinweis" in w.accessibleName()]
    assert lists == [workspace.quality_panel.hint_list]  # no second, simpler hint list
    qtbot.waitUntil(lambda: workspace.last_report is not None, timeout=15000)
    panel = workspace.quality_panel
    assert panel.score_text("overall") == str(workspace.last_report.overall)
    assert "eigene Reflexion" in panel.note_label.text()


def test_clicking_a_hint_in_the_panel_selects_its_step(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_case(window, "TR-2026-004")
    case = workspace.case
    assert case is not None
    step = case.plan.steps[0]
    step.success_criterion = None
    workspace.editor.commit("", "test")
    target = f"step:{step.id}"
    panel = workspace.quality_panel
    qtbot.waitUntil(lambda: target in [t for t, _m in panel.hint_rows()], timeout=15000)
    hints = panel.hint_list
    row = next(
        r for r in range(hints.count()) if hints.item(r).data(Qt.ItemDataRole.UserRole) == target
    )
    hints.scrollToItem(hints.item(row))
    rect = hints.visualItemRect(hints.item(row))
    qtbot.mouseClick(hints.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.tabs.currentIndex() == PAGE_GOALS
    assert workspace.goals_page.current_step() is step
    assert workspace.goals_page.ui.stepTable.hasFocus()


# --- plain language on every text printed for the client --------------------------------------


def test_client_printed_fields_are_plain_language_fields(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_case(window)
    goals = workspace.goals_page
    printed = [goals.goal_text, goals.client_words, goals.step_text, goals.step_plain]
    assert all(isinstance(edit, PlainLanguageEdit) for edit in printed)
    workspace.show_page(PAGE_GOALS)
    edit = goals.client_words
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Ich mache ggf. eine Massnahme beim AVGS-Traeger.")
    qtbot.waitUntil(lambda: bool(edit.findings()), timeout=15000)
    rules = {finding.rule for _start, finding in edit.findings()}
    assert "abbreviation" in rules
    qtbot.waitUntil(lambda: not workspace.editor.dirty, timeout=2000)
    goal = workspace.goals_page.current_goal()
    assert goal is not None
    stored = window.session.case(workspace.case_id).plan.goal(goal.id)
    assert stored is not None and stored.client_words.startswith("Ich mache ggf.")


# --- printing from the window -----------------------------------------------------------------


def test_ctrl_p_shows_the_print_page_with_a_preview_and_the_profile(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.session.set_counsellor_profile(
        name="Anna Beispiel", office="Jobcenter Musterstadt", phone="0123 4567", email=""
    )
    workspace = open_case(window)
    case = workspace.case
    assert case is not None
    case.counsellor = None  # a plan without contact data: the profile fills in on the print
    workspace.editor.commit("", "test")
    workspace.show_page(0)
    window.activateWindow()
    with qtbot.waitSignal(workspace.print_page.previewReady, timeout=RENDER_TIMEOUT) as ready:
        qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_P, CTRL)
    assert window.workspace_open and workspace.tabs.currentIndex() == PAGE_PRINT
    assert ready.args[0] >= 1 and len(workspace.print_page.pages()) == ready.args[0]
    assert workspace.print_page.ui.printButton.isEnabled()
    out = tmp_path / "kunde.pdf"
    with qtbot.waitSignal(workspace.print_page.saved, timeout=RENDER_TIMEOUT):
        workspace.print_page.save_to(out)
    text = pdf_text(out)
    assert "Was ist Ihr Ziel?" in text
    assert "Anna Beispiel" in text and "0123 4567" in text
    assert workspace.case is not None and workspace.case.counsellor is None  # not stored


def test_print_page_shows_the_stored_versions_on_the_official_copy(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    store = window.session.store
    case_id = store.cases.resolve("TR-2026-004")
    store.cases.revise(case_id, TODAY)  # version 2, as "Plan fortschreiben" makes it
    workspace = open_case(window, "TR-2026-004")
    workspace.print_page.set_variant("official")
    with qtbot.waitSignal(workspace.print_page.previewReady, timeout=RENDER_TIMEOUT):
        workspace.show_page(PAGE_PRINT)
    out = tmp_path / "akte.pdf"
    with qtbot.waitSignal(workspace.print_page.saved, timeout=RENDER_TIMEOUT):
        workspace.print_page.save_to(out)
    text = pdf_text(out)
    # Only the stored history knows version 1; the case alone carries just version 2.
    assert "Planversionen" in text and "erste Fassung" in text


def test_ctrl_p_without_a_selected_case_says_what_to_do(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "counsel_app.ui.main_window.QMessageBox.information",
        lambda _parent, _title, text: shown.append(text),
    )
    window.ui.searchEdit.setText("niemand")
    window.ui.actionPrint.trigger()
    assert shown == ["Bitte zuerst links einen Fall auswählen."]
    assert not window.workspace_open


def test_screen_and_print_say_the_same_category_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workspace = open_case(window, "TR-2026-003 (gut)")
    case = workspace.case
    assert case is not None
    row = next(
        i
        for i, o in enumerate(case.potential_analysis.obstacles)
        if o.category is ObstacleCategory.RESIDENCE
    )
    on_screen = workspace.analysis_page.obstacles.index(row, 0).data()
    assert on_screen == "Aufenthaltsrecht"
    workspace.show_page(PAGE_PRINT)
    page = workspace.print_page
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT):
        page.set_variant("official")
    out = tmp_path / "akte.pdf"
    with qtbot.waitSignal(page.saved, timeout=RENDER_TIMEOUT):
        page.save_to(out)
    assert on_screen in pdf_text(out)


def test_labels_are_not_read_when_the_windows_are_imported() -> None:
    code = (
        "import counsel_app.ui.main_window, counsel_app.ui.workspace.workspace\n"
        "from counsel_app.labels import default_labels\n"
        "print(default_labels.cache_info().currsize)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.stdout.strip() == "0"


# --- settings ---------------------------------------------------------------------------------


def test_settings_check_the_fields_and_store_profile_and_idle_time(
    qtbot: QtBot, window: MainWindow, session_factory: Callable[[], StoreSession]
) -> None:
    assert window.autolock.timeout_ms == 15 * 60_000  # the default
    seen: list[str] = []

    def fill(dialog: SettingsDialog) -> None:
        ui = dialog.ui
        assert focusable_without_name(dialog) == []
        ui.nameEdit.setText("Anna Beispiel")
        ui.officeEdit.setText("Jobcenter Musterstadt, Team 3")
        ui.phoneEdit.setText("0123 456789")
        ui.emailEdit.setText("anna.beispiel")
        ui.idleSpin.setValue(5)
        dialog.save()
        seen.append(ui.errorLabel.text())
        assert dialog.isVisible() and dialog.focusWidget() is ui.emailEdit
        ui.emailEdit.setText("anna.beispiel@jobcenter-ge.de")
        qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)

    driver = DialogDriver(SettingsDialog, fill)
    window.ui.actionSettings.trigger()
    driver.check()
    assert seen and seen[0].startswith("E-Mail:")
    assert window.autolock.timeout_ms == 5 * 60_000
    other = session_factory()  # what a new start reads
    profile = other.counsellor_profile()
    assert (profile.name, profile.office, profile.phone, profile.email) == (
        "Anna Beispiel",
        "Jobcenter Musterstadt, Team 3",
        "0123 456789",
        "anna.beispiel@jobcenter-ge.de",
    )
    assert idle_minutes(other) == 5 and other.setting(IDLE_MINUTES_KEY) == "5"


def test_cancelled_settings_change_nothing(qtbot: QtBot, window: MainWindow) -> None:
    def cancel(dialog: SettingsDialog) -> None:
        dialog.ui.idleSpin.setValue(1)
        dialog.ui.nameEdit.setText("Niemand")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)

    driver = DialogDriver(SettingsDialog, cancel)
    window.ui.actionSettings.trigger()
    driver.check()
    assert window.session.setting(IDLE_MINUTES_KEY) is None
    assert window.session.counsellor_profile().name != "Niemand"
    assert window.autolock.timeout_ms == 15 * 60_000


def test_a_stored_idle_time_is_used_at_the_next_start(
    qtbot: QtBot, ui_ctx: UiContext, session_factory: Callable[[], StoreSession]
) -> None:
    ui_ctx.session.set_setting(IDLE_MINUTES_KEY, "0")
    fresh = UiContext(app=ui_ctx.app, session=session_factory(), today=lambda: TODAY)
    win = MainWindow(fresh)
    qtbot.addWidget(win)
    assert win.autolock.timeout_ms == 0 and not win.autolock.active  # 0 = never
    ui_ctx.session.set_setting(IDLE_MINUTES_KEY, "kaputt")
    assert idle_minutes(ui_ctx.session) == 15


# --- auto-lock in the running window ----------------------------------------------------------


def test_idle_window_hides_the_case_and_unlocks_with_the_keyring(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = open_case(window)
    name = workspace.title.text()
    qtbot.keyClicks(workspace.analysis_page.ui.clientViewEdit, " Noch offen.")
    window.autolock.set_timeout_ms(40)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    overlay = window.centralWidget()
    assert isinstance(overlay, LockOverlay)
    assert window.windowTitle() == LOCKED_TITLE
    assert not workspace.isVisible() and not window.ui.caseTable.isVisible()
    assert not window.ui.mainToolBar.isVisible() and not window.menuBar().isEnabled()
    texts = " ".join(label.text() for label in overlay.findChildren(QLabel))
    assert name not in texts
    assert not workspace.editor.dirty  # saved before the content went away
    stored = window.session.case(workspace.case_id).potential_analysis.client_view
    assert stored is not None and "Noch offen." in stored
    window.autolock.set_timeout_ms(15 * 60_000)
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked and workspace.isVisible()
    assert workspace.title.text() == name and window.menuBar().isEnabled()
    assert window.autolock.active


def test_ctrl_shift_l_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.locked
    assert not window.autolock.active  # no second lock while locked
    overlay = window.centralWidget()
    assert isinstance(overlay, LockOverlay)
    qtbot.keyClick(overlay.unlock_button, Qt.Key.Key_Space)
    assert not window.locked and window.ui.caseTable.isVisible()


# --- help and the menus -----------------------------------------------------------------------


def test_f1_shows_the_help_with_the_real_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_F1)
    dialogs = window.findChildren(HelpDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    text = dialogs[0].browser.toPlainText()
    for needed in ("Strg+N", "Neuer Fall", "Strg+P", "Drucken", "F1", "Strg+Z", "Strg+1"):
        assert needed in text, needed
    assert "Beteiligung" in text and "%" in text  # the weights of the overall score
    assert focusable_without_name(dialogs[0]) == []
    qtbot.keyClick(window.ui.caseTable, Qt.Key.Key_F1)
    assert len(window.findChildren(HelpDialog)) == 1  # shown again, not a second one


def test_menu_and_tool_bar_offer_every_action(window: MainWindow) -> None:
    ui = window.ui
    file_actions = ui.menuFile.actions()
    for action in (
        ui.actionNewCase,
        ui.actionImport,
        ui.actionExport,
        ui.actionExportPseudonymised,
        ui.actionPrint,
        ui.actionBackup,
        ui.actionSettings,
        ui.actionLock,
    ):
        assert action in file_actions and action.shortcut().toString()
    assert ui.actionHelp in ui.menuHelp.actions()
    tools = ui.mainToolBar.actions()
    for action in (
        ui.actionNewCase,
        ui.actionImport,
        ui.actionExport,
        ui.actionPrint,
        ui.actionBackup,
        ui.actionSettings,
        ui.actionHelp,
    ):
        assert action in tools
    button = ui.mainToolBar.widgetForAction(ui.actionExport)
    assert isinstance(button, QToolButton) and button.menu() is not None
    assert button.menu().actions() == [ui.actionExport, ui.actionExportPseudonymised]


# --- every interactive widget has a name ------------------------------------------------------


def test_all_widgets_of_window_workspace_panel_and_print_page_have_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert focusable_without_name(window) == []
    workspace = open_case(window)
    workspace.goals_page.ui.gasGroup.setChecked(True)
    qtbot.waitUntil(lambda: workspace.last_report is not None, timeout=15000)
    for number in range(workspace.tabs.count()):
        workspace.show_page(number)
        assert focusable_without_name(window) == [], workspace.tabs.tabText(number)
    panel = workspace.quality_panel
    assert panel.isVisible() and focusable_widgets(panel)
    assert focusable_without_name(panel) == []
    with qtbot.waitSignal(workspace.print_page.previewReady, timeout=RENDER_TIMEOUT):
        workspace.show_page(PAGE_PRINT)
    assert focusable_without_name(workspace.print_page) == []
    window.lock()
    assert focusable_without_name(window) == []
