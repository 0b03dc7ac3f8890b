"""Review with step results, Fortschreibung with the carry-over dialog, the GAS chart, the
comparison of two versions and printing an earlier version, over a real store."""

from __future__ import annotations

import copy
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from counsel_app.domain import StepStatus
from counsel_app.followup.compare import Change, Entity
from counsel_app.quality.gas import gas_history, gas_t_score
from counsel_app.ui.followup import actions
from counsel_app.ui.followup.chart import format_t
from counsel_app.ui.followup.compare_dialog import CompareDialog
from counsel_app.ui.followup.revise_dialog import ROLE_KEY, ReviseDialog
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.workspace.dialogs import ReviewDialog
from counsel_app.ui.workspace.workspace import PAGE_FOLLOW_UP
from tests.ui.followup.conftest import DUE_DAY, open_case
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

CASE = "TR-2026-004"  # agreed 18.03.2026, no review yet; st2/st3 done, st1/st5 partly


def fill_review(dialog: ReviewDialog, *, revise: bool) -> dict[str, Any]:
    goals = list(dialog.ratings)
    steps = list(dialog.results)
    dialog.ratings[goals[0]].setCurrentIndex(dialog.ratings[goals[0]].findData(1))
    dialog.ratings[goals[1]].setCurrentIndex(dialog.ratings[goals[1]].findData(0))
    dialog.results[steps[0]].setCurrentIndex(dialog.results[steps[0]].findData(StepStatus.DONE))
    dialog.reasons[steps[0]].setText("Zwei Bewerbungen pro Woche geschickt")
    dropped = steps[3]
    dialog.results[dropped].setCurrentIndex(dialog.results[dropped].findData(StepStatus.DROPPED))
    dialog.reasons[dropped].setText("Stelle mit Zuschuss schon gefunden")
    dialog.ui.noteEdit.setPlainText("Gutes Gespräch.")
    dialog.ui.reviseCheck.setChecked(revise)
    return {"goals": goals, "done": steps[0], "dropped": dropped}


def test_review_then_next_version_keeps_the_old_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_case(window, CASE)
    workspace.show_page(PAGE_FOLLOW_UP)
    case_id = workspace.case_id
    chosen: dict[str, Any] = {}

    def review_exec(dialog: ReviewDialog) -> int:
        assert focusable_without_name(dialog) == []
        chosen.update(fill_review(dialog, revise=True))
        dialog._check_and_accept()
        return dialog.result()

    def revise_exec(dialog: ReviseDialog) -> int:
        assert focusable_without_name(dialog) == []
        rows = dialog.rows()
        assert rows[f"step:{chosen['done']}"][0] is False  # done: not carried over
        assert rows[f"step:{chosen['dropped']}"][0] is False
        kept = [k for k, (keep, _t) in rows.items() if keep and k.startswith("step:")]
        chosen["changed"] = kept[0]
        dialog.set_text(kept[0], "Neue Fassung des Schritts.")
        dialog.ui.reviewDueEdit.set_date_value(date(2027, 2, 25))
        dialog._check_and_accept()
        return dialog.result()

    monkeypatch.setattr(ReviewDialog, "exec", review_exec)
    monkeypatch.setattr(ReviseDialog, "exec", revise_exec)
    before = window.session.case(case_id)
    workspace.follow_up_page.ui.recordReviewButton.click()

    versions = window.session.case_versions(case_id)
    assert [v.version for v in versions] == [1, 2]
    old = window.session.case_version(case_id, 1)
    review = old.plan.reviews[-1]
    assert review.date == DUE_DAY
    assert review.goal_ratings == {chosen["goals"][0]: 1, chosen["goals"][1]: 0}
    assert review.step_results[chosen["done"]].status is StepStatus.DONE
    assert review.step_results[chosen["dropped"]].reason == "Stelle mit Zuschuss schon gefunden"
    statuses = {s.id: s.status for s in old.plan.steps}
    assert statuses[chosen["done"]] is StepStatus.DONE
    expected_old = copy.deepcopy(before)
    expected_old.plan.reviews.append(review)
    for step in expected_old.plan.steps:
        if step.id in review.step_results:
            step.status = review.step_results[step.id].status
    assert old == expected_old  # version 1 holds the review and nothing else changed

    new = workspace.case
    assert new is not None and new.plan.version == 2 and new.plan.agreed is None
    assert new.plan.review_due == date(2027, 2, 25) and new.plan.created == DUE_DAY
    new_steps = {s.id: s for s in new.plan.steps}
    assert chosen["done"] not in new_steps and chosen["dropped"] not in new_steps
    changed_id = chosen["changed"].split(":", 1)[1]
    assert new_steps[changed_id].text == "Neue Fassung des Schritts."
    assert all(s.status is StepStatus.OPEN for s in new.plan.steps)
    assert new.plan.reviews == old.plan.reviews  # the history travels with the plan
    assert versions[-1].change_note and "Neue Fassung" in versions[-1].change_note

    edit_version_2_leaves_version_1(window, case_id, old)


def edit_version_2_leaves_version_1(window: MainWindow, case_id: Any, old: Any) -> None:
    workspace = window.workspace
    assert workspace.case is not None
    workspace.case.plan.goals[0].text = "Geänderter Text in Version 2."
    workspace.editor.commit("", "test")
    assert workspace.flush()
    assert window.session.case_version(case_id, 1) == old
    items = [workspace.follow_up_page.ui.versionList.item(i).text() for i in range(2)]
    assert "Version 2" in items[0] and "aktuell" in items[0]


def test_chart_gets_the_t_score_of_every_review(window: MainWindow) -> None:
    workspace = open_case(window, "TR-2026-001")  # one review with ratings -1 and 0
    workspace.show_page(PAGE_FOLLOW_UP)
    page = workspace.follow_up_page
    case = workspace.case
    assert case is not None
    points = gas_history(case)
    assert [p.t_score for p in page.ui.gasChart.points] == [p.t_score for p in points]
    t_score = gas_t_score(case.plan.reviews[0].goal_ratings)
    assert t_score is not None and round(t_score, 1) == 43.8
    assert "15.09.2026: 43,8" in page.ui.gasChart.accessibleDescription()
    assert page.ui.chartCaption.accessibleDescription() == page.ui.gasChart.accessibleDescription()
    assert page.ui.chartCaption.text() == "T-Werte: 43,8"
    assert f"T-Wert {format_t(t_score)}" in page.ui.reviewList.item(0).text()
    assert len(page.ui.gasChart.plot_positions()) == 1

    later = copy.deepcopy(case.plan.reviews[0])
    later.date = date(2026, 11, 20)
    later.goal_ratings = dict.fromkeys(later.goal_ratings, 1)
    actions.apply_review(case, later)
    workspace.editor.commit("", "test")
    page.load()
    high, low = page.ui.gasChart.plot_positions()[1], page.ui.gasChart.plot_positions()[0]
    assert high.y() < low.y() and high.x() > low.x()  # later and higher: up and right
    assert page.ui.chartCaption.text() == "T-Werte: 43,8 → 62,4 (gestiegen)"
    assert "Der Wert ist gestiegen." in page.ui.gasChart.accessibleDescription()


def test_review_dialog_names_the_field_of_bad_input(window: MainWindow) -> None:
    workspace = open_case(window, CASE)
    assert workspace.case is not None
    dialog = ReviewDialog(workspace.case, DUE_DAY, window)
    step = next(iter(dialog.reasons))
    dialog.reasons[step].setText("ohne Ergebnis")
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text().startswith(f"Schritt {step}:")
    dialog.reasons[step].clear()
    dialog.ui.dateEdit.set_date_value(date(2026, 12, 24))
    dialog._check_and_accept()
    assert dialog.ui.errorLabel.text().startswith("Datum der Überprüfung:")
    dialog.ui.dateEdit.set_date_value(DUE_DAY)
    dialog._check_and_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.review().step_results == {}


def test_revise_dialog_refuses_a_dropped_goal_with_kept_steps(window: MainWindow) -> None:
    workspace = open_case(window, CASE)
    case = workspace.case
    assert case is not None
    calls: list[Any] = []
    dialog = ReviseDialog(case, DUE_DAY, calls.append, window)
    goal = case.plan.goals[0]
    assert any(s.goal == goal.id and s.status is StepStatus.OPEN for s in case.plan.steps)
    dialog.set_kept(f"goal:{goal.id}", False)
    dialog._check_and_accept()
    assert calls == [] and dialog.result() != QDialog.DialogCode.Accepted
    assert "gehört zu einem Ziel, das nicht übernommen wird" in dialog.ui.errorLabel.text()
    dialog.set_kept(f"goal:{goal.id}", True)
    dialog.ui.reviewDueEdit.set_date_value(date(2026, 1, 1))
    dialog._check_and_accept()
    assert dialog.ui.errorLabel.text().startswith("Nächste Überprüfung:")
    dialog.ui.reviewDueEdit.set_date_value(date(2027, 2, 1))
    dialog._check_and_accept()
    assert len(calls) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    assert calls[0].new_review_due == date(2027, 2, 1)


def write_version_2(window: MainWindow, case_id: Any) -> None:
    from counsel_app.domain import Actor, Step
    from counsel_app.services.followup import write_next_version

    case = window.session.case(case_id)
    open_step = next(s for s in case.plan.steps if s.status is StepStatus.OPEN)
    write_next_version(
        window.session.store,
        case_id,
        review_date=DUE_DAY,
        new_review_due=date(2027, 2, 25),
        step_changes={open_step.id: {"due": date(2027, 1, 15)}},
        add_steps=[Step("neu1", case.plan.goals[0].id, Actor.CLIENT, "Sie besucht die Jobmesse.")],
    )


def test_compare_dialog_shows_added_changed_and_removed_side_by_side(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_case(window, CASE)
    case_id = workspace.case_id
    workspace.close_case()
    write_version_2(window, case_id)
    workspace = open_case(window, CASE)
    workspace.show_page(PAGE_FOLLOW_UP)
    shown: list[CompareDialog] = []

    def compare_exec(dialog: CompareDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(CompareDialog, "exec", compare_exec)
    workspace.follow_up_page.ui.compareButton.click()
    (dialog,) = shown
    assert dialog.ui.oldCombo.currentData() == 1 and dialog.ui.newCombo.currentData() == 2
    rows = {(r.entity, r.id): r for r in dialog.rows}
    added = rows[(Entity.STEP, "neu1")]
    assert added.change is Change.ADDED and added.old_text == ""
    assert "Sie besucht die Jobmesse." in added.new_text
    removed = [r for r in dialog.rows if r.change is Change.REMOVED]
    assert removed and all(r.new_text == "" and "erledigt" in r.detail for r in removed)
    changed = [r for r in dialog.rows if r.change is Change.CHANGED]
    assert any("Frist" in r.detail and "15.01.2027" in r.detail for r in changed)
    unchanged = [r for r in dialog.rows if r.change is None]
    assert unchanged and all(r.old_text == r.new_text for r in unchanged)
    table = dialog.ui.compareTable
    assert table.rowCount() == len(dialog.rows)
    texts = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"neu", "geändert", "entfallen", "gleich"} <= texts
    assert dialog.ui.summaryLabel.text().startswith("Version 1 → Version 2: 1 neu")
    dialog.ui.changesOnlyCheck.setChecked(True)
    assert table.rowCount() == len(dialog.rows) == len(rows) - len(unchanged)
    assert focusable_without_name(dialog) == []
    dialog.close()


def test_print_an_earlier_version_with_its_history(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workspace = open_case(window, CASE)
    case_id = workspace.case_id
    workspace.close_case()
    write_version_2(window, case_id)
    workspace = open_case(window, CASE)
    page = workspace.follow_up_page
    out = tmp_path / "version-1.pdf"
    monkeypatch.setattr(actions, "ask_print_target", lambda *_a: ("official", out))
    messages: list[str] = []
    monkeypatch.setattr(
        "counsel_app.ui.workspace.followup_page.QMessageBox.information",
        lambda _parent, _title, text: messages.append(text),
    )
    versions = page.ui.versionList
    assert versions.item(1).text().startswith("Version 1")
    versions.setCurrentRow(1)
    page.ui.printVersionButton.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=30000)
    assert str(out) in messages[0]
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Planversionen" in text and "erste Fassung" in text
    assert "Version 2" not in text  # version 1 as it was, without what came later
    assert "Sie besucht die Jobmesse." not in text
    assert page.ui.printVersionButton.isEnabled()


def test_keyboard_reaches_chart_and_version_buttons(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_case(window, "TR-2026-001")
    workspace.show_page(PAGE_FOLLOW_UP)
    page = workspace.follow_up_page
    page.ui.reviewList.setFocus()
    qtbot.keyClick(page.ui.reviewList, Qt.Key.Key_Tab)
    assert page.ui.gasChart.hasFocus()
    assert page.ui.gasChart.accessibleName() == "Verlauf der GAS-T-Werte"
    assert focusable_without_name(page) == []


def test_revise_dialog_works_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    workspace = open_case(window, CASE)
    assert workspace.case is not None
    dialog = ReviseDialog(workspace.case, DUE_DAY, lambda _d: None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.itemTable
    first = str(table.item(0, 0).data(ROLE_KEY))
    assert dialog.rows()[first][0] is True
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.rows()[first][0] is False
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.rows()[first][0] is True
    assert focusable_without_name(dialog) == []
    dialog.close()
