"""Fortsetzen: a stored protocol opens again in the session guide and is saved in place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counsel_app.exchange import pseudonymise
from counsel_app.ui.session import UiContext
from counsel_app.ui.supervision.review_area_window import ReviewAreaWindow
from counsel_app.ui.supervision.review_mode import ReviewModeWindow
from tests.support.clocks import ManualClock as Clock
from tests.ui.helpers import focusable_widgets, focusable_without_name
from tests.ui.supervision.conftest import WAIT_MS, wait_idle

pytestmark = pytest.mark.gui

HELD_ON = date(2026, 11, 17)
PSEUDONYM = "Fall-WEITER1"


@pytest.fixture
def area(
    qtbot: QtBot, ui_ctx: UiContext, training_case: Callable[[str], Any], clock: Clock
) -> Iterator[ReviewAreaWindow]:
    window = ReviewAreaWindow(ui_ctx.session.store, today=lambda: HELD_ON, clock=clock)
    qtbot.addWidget(window)
    window.area.add_case(pseudonymise(training_case("fall-04"), PSEUDONYM))
    window.reload()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def open_guide(qtbot: QtBot, window: ReviewModeWindow | None) -> ReviewModeWindow:
    assert window is not None
    qtbot.waitExposed(window)
    wait_idle(qtbot, window.assess_tasks)
    return window


def close_guide(qtbot: QtBot, area: ReviewAreaWindow, guide: ReviewModeWindow) -> None:
    assert guide.close()
    qtbot.waitUntil(lambda: guide not in area.session_windows, timeout=WAIT_MS)


def half_done_session(qtbot: QtBot, area: ReviewAreaWindow, clock: Clock) -> int:
    """Heilsbronner: Leitung 3:20, Fallerzählung 4:00 (of 10), then the window is closed."""
    guide = open_guide(qtbot, area.start_session())
    guide.choose_model("heilsbronner")
    guide.role_edits["moderation"].setText("Frau A")
    guide.role_edits["protokoll"].setText("Herr B")
    guide.start()
    guide.notes_edit.insertPlainText("Leitung: Frau A")
    clock.now += 200
    guide.next_phase()
    guide.notes_edit.insertPlainText("Kunde 59, Rücken; Plan seit Juni offen")
    guide.key_question_edit.setText("Wie kommt die Überprüfung wieder in Gang?")
    clock.now += 240
    protocol_id = guide.protocol_id
    assert protocol_id is not None
    close_guide(qtbot, area, guide)  # interrupted: closing stores the protocol
    return protocol_id


def test_continue_a_half_done_review_and_save_it_in_place(
    qtbot: QtBot, area: ReviewAreaWindow, clock: Clock
) -> None:
    protocol_id = half_done_session(qtbot, area, clock)
    assert [p.id for p in area.area.protocols.list()] == [protocol_id]
    assert area.selected_protocol_id() == protocol_id and area.resume_button.isEnabled()
    clock.now += 7 * 24 * 3600  # next week

    qtbot.mouseClick(area.resume_button, Qt.MouseButton.LeftButton)
    guide = open_guide(qtbot, area.session_windows[-1])
    assert guide.protocol_id == protocol_id
    assert guide.case_reference == PSEUDONYM and PSEUDONYM in guide.windowTitle()
    assert guide.session.model.key == "heilsbronner" and guide.phase_list.count() == 10
    assert guide.model_combo.currentData() == "heilsbronner" and not guide.model_combo.isEnabled()
    assert guide.role_edits["moderation"].text() == "Frau A"
    assert guide.role_edits["protokoll"].text() == "Herr B"
    assert guide.role_edits["fallgeber"].text() == ""
    assert guide.key_question_edit.text() == "Wie kommt die Überprüfung wieder in Gang?"
    assert guide.session.note("leitung") == "Leitung: Frau A"
    # the clock goes on in Fallerzählung, from 4:00 and not from zero
    assert guide.session.running and guide.session.current_index == 1
    assert guide.phase_title.text() == "Phase 2 von 10: Fallerzählung"
    assert guide.phase_list.currentRow() == 1
    assert guide.notes_edit.toPlainText() == "Kunde 59, Rücken; Plan seit Juni offen"
    assert guide.timer_label.text() == "4:00 / 10:00"
    assert "3:20 / 5:00" in guide.phase_list.item(0).text()
    assert guide.start_button.isEnabled() is False and guide.next_button.isEnabled()
    assert "wieder geöffnet" in guide.status_label.text()
    clock.now += 60
    guide.refresh()
    assert guide.timer_label.text() == "5:00 / 10:00"
    assert guide.total_label.text().startswith("Gesamt 8:20 ")

    guide.notes_edit.moveCursor(guide.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(guide.notes_edit, "; Gutachten fehlt")
    guide.next_phase()
    guide.notes_edit.insertPlainText("Frage steht")
    clock.now += 90
    guide.store_protocol()

    protocols = area.area.protocols.list()
    assert [p.id for p in protocols] == [protocol_id]  # the same protocol, not a second one
    stored = area.area.protocols.get(protocol_id)
    assert stored.held_on == HELD_ON and stored.model_key == "heilsbronner"
    notes = {p.key: p.note for p in stored.phases}
    assert notes["leitung"] == "Leitung: Frau A"  # earlier notes kept
    assert notes["fallerzaehlung"] == "Kunde 59, Rücken; Plan seit Juni offen; Gutachten fehlt"
    assert notes["schluesselfrage"] == "Frage steht"
    assert [p.elapsed_seconds for p in stored.phases][:4] == [200, 300, 90, 0]
    assert (stored.current_phase, stored.finished) == ("schluesselfrage", False)
    assert {r.role: r.name for r in stored.roles}["protokoll"] == "Herr B"
    assert stored.key_question == "Wie kommt die Überprüfung wieder in Gang?"

    # asked again while it is open: the same window comes to the front, no second guide
    assert area.resume_protocol() is guide and area.session_windows == [guide]
    close_guide(qtbot, area, guide)
    assert len(area.area.protocols.list()) == 1


def test_a_finished_protocol_reopens_without_its_clock_running(
    qtbot: QtBot, area: ReviewAreaWindow, clock: Clock
) -> None:
    guide = open_guide(qtbot, area.start_session())
    guide.start()
    guide.notes_edit.insertPlainText("Rollen verteilt")
    clock.now += 120
    guide.next_phase()
    guide.notes_edit.insertPlainText("Bericht: Tippfeler")
    clock.now += 300
    guide.session.go_to("abschluss")
    clock.now += 60
    guide.outcome_edit.setText("Termin in zwei Wochen")
    guide.finish()
    protocol_id = guide.protocol_id
    close_guide(qtbot, area, guide)

    reopened = open_guide(qtbot, area.resume_protocol())
    assert reopened.protocol_id == protocol_id
    assert reopened.session.finished and not reopened.session.running
    assert "beendet" in reopened.phase_title.text()
    assert not reopened.next_button.isEnabled() and not reopened.start_button.isEnabled()
    assert reopened.outcome_edit.text() == "Termin in zwei Wochen"
    assert reopened.timer_label.text() == "Ende"
    clock.now += 3600  # the clock does not start on its own
    reopened.refresh()
    assert reopened.session.total_elapsed() == 480
    # correct the notes of an earlier phase: choose it in the list
    reopened.phase_list.setCurrentRow(1)
    assert reopened.notes_edit.toPlainText() == "Bericht: Tippfeler"
    assert reopened.notes_edit.isEnabled()
    reopened.notes_edit.selectAll()
    qtbot.keyClicks(reopened.notes_edit, "Bericht: Tippfehler")
    close_guide(qtbot, area, reopened)  # closing stores the correction

    assert [p.id for p in area.area.protocols.list()] == [protocol_id]
    stored = area.area.protocols.get(protocol_id)
    assert [p.note for p in stored.phases][:2] == ["Rollen verteilt", "Bericht: Tippfehler"]
    assert [p.elapsed_seconds for p in stored.phases] == [120, 300, 0, 0, 0, 60]
    assert (stored.current_phase, stored.finished) == ("abschluss", True)
    assert stored.outcome == "Termin in zwei Wochen"


def test_a_review_ended_early_reopens_ended_where_it_stood(
    qtbot: QtBot, area: ReviewAreaWindow, clock: Clock
) -> None:
    """Ended early ("Beenden" in Fallerzählung): the times alone would say it still runs."""
    from counsel_app.review import resume_point

    guide = open_guide(qtbot, area.start_session())
    guide.choose_model("heilsbronner")
    guide.start()
    clock.now += 200
    guide.next_phase()
    guide.notes_edit.insertPlainText("Abgebrochen: Fallgeberin krank")
    clock.now += 240
    guide.finish()
    protocol_id = guide.protocol_id
    assert protocol_id is not None
    close_guide(qtbot, area, guide)
    stored = area.area.protocols.get(protocol_id)
    assert (stored.current_phase, stored.finished) == ("fallerzaehlung", True)
    assert resume_point(stored, guide.session.model) == (1, False)  # the guess would go on

    reopened = open_guide(qtbot, area.resume_protocol())
    assert reopened.protocol_id == protocol_id
    assert reopened.session.finished and not reopened.session.running
    assert reopened.session.current_index == 1
    assert "beendet" in reopened.phase_title.text() and reopened.timer_label.text() == "Ende"
    assert not reopened.next_button.isEnabled() and not reopened.start_button.isEnabled()
    clock.now += 600
    reopened.refresh()
    assert reopened.session.total_elapsed() == 440
    close_guide(qtbot, area, reopened)
    again = area.area.protocols.get(protocol_id)
    assert (again.current_phase, again.finished) == ("fallerzaehlung", True)
    assert [p.elapsed_seconds for p in again.phases][:3] == [200, 240, 0]


def test_the_resume_button_by_keyboard_and_without_the_case(
    qtbot: QtBot, area: ReviewAreaWindow, clock: Clock
) -> None:
    assert not area.resume_button.isEnabled()  # no protocol yet
    assert area.resume_protocol() is None
    protocol_id = half_done_session(qtbot, area, clock)
    button = area.resume_button
    assert button.accessibleName() == "Fallberatung aus dem Protokoll fortsetzen"
    assert button.toolTip() and button.text() == "Fort&setzen …"
    assert button in focusable_widgets(area) and focusable_without_name(area) == []
    # tab order: protocol list -> PDF -> text -> Fortsetzen -> preview
    area.activateWindow()
    area.protocol_list.setFocus()
    qtbot.waitUntil(area.protocol_list.hasFocus)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [area.pdf_button, area.text_button, button, area.preview]
    qtbot.keyClick(area.preview, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    guide = open_guide(qtbot, area.session_windows[-1])
    assert guide.protocol_id == protocol_id
    assert focusable_without_name(guide) == []
    close_guide(qtbot, area, guide)
    # the window-wide shortcut does the same
    area.activateWindow()
    area.protocol_list.setFocus()
    qtbot.waitUntil(area.protocol_list.hasFocus)
    qtbot.keyClick(
        area.protocol_list,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    guide = open_guide(qtbot, area.session_windows[-1])
    assert guide.protocol_id == protocol_id
    close_guide(qtbot, area, guide)
    # the case was removed from the review area: nothing opens, the protocol stays
    area.case_list.setCurrentRow(0)
    assert area.remove_case(confirm=False)
    assert area.resume_protocol() is None and area.session_windows == []
    assert "Prüfpaket" in area.statusBar().currentMessage()
    assert [p.id for p in area.area.protocols.list()] == [protocol_id]
