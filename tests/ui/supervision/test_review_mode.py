"""Review mode: phases with a timer (start, pause, next, over-time), notes, stored protocol."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counsel_app.exchange import pseudonymise
from counsel_app.services.review_area import ReviewArea
from counsel_app.ui.supervision.review_mode import ReviewModeWindow, clock_text
from tests.support.clocks import ManualClock as Clock
from tests.ui.helpers import focusable_without_name
from tests.ui.supervision.conftest import pdf_text, wait_idle

pytestmark = pytest.mark.gui

HELD_ON = date(2026, 11, 24)


@pytest.fixture
def guide(
    qtbot: QtBot,
    review_area: ReviewArea,
    training_case: Callable[[str], Any],
    clock: Clock,
) -> ReviewModeWindow:
    case = pseudonymise(training_case("fall-04"), "Fall-TEST01")
    review_area.add_case(case)
    window = ReviewModeWindow(review_area, case, today=lambda: HELD_ON, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window.assess_tasks)
    return window


def test_clock_text() -> None:
    assert clock_text(0) == "0:00" and clock_text(245.9) == "4:05" and clock_text(3723) == "1:02:03"


def test_timer_per_phase_with_pause_and_over_time(
    qtbot: QtBot, guide: ReviewModeWindow, clock: Clock
) -> None:
    assert guide.phase_list.count() == 6  # the six-phase model comes first
    assert not guide.next_button.isEnabled() and guide.timer_label.text() == "–"
    qtbot.mouseClick(guide.start_button, Qt.MouseButton.LeftButton)
    assert guide.phase_title.text() == "Phase 1 von 6: Rollen verteilen"
    assert "Moderation" in guide.lead_label.text()
    clock.now += 100
    guide.refresh()
    assert guide.timer_label.text() == "1:40 / 5:00"
    assert guide.overrun_label.text() == "noch 3:20"
    qtbot.mouseClick(guide.pause_button, Qt.MouseButton.LeftButton)
    assert guide.pause_button.text() == "&Weiter"
    clock.now += 600  # a break is not counted
    guide.refresh()
    assert guide.timer_label.text() == "1:40 / 5:00" and "angehalten" in guide.overrun_label.text()
    qtbot.mouseClick(guide.pause_button, Qt.MouseButton.LeftButton)
    clock.now += 260
    guide.refresh()
    assert guide.timer_label.text() == "6:00 / 5:00"
    assert guide.overrun_label.text() == "1:00 über der Zeit"
    assert guide.timer_label.property("overrun") is True
    assert "+1:00" in guide.phase_list.item(0).text()
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.phase_title.text().endswith("Fallbericht")
    assert guide.timer_label.property("overrun") is False
    assert guide.phase_list.currentRow() == 1
    assert guide.total_label.text() == "Gesamt 6:00 von 45 Min."


def test_notes_per_phase_are_stored_as_the_protocol(
    qtbot: QtBot, guide: ReviewModeWindow, clock: Clock, review_area: ReviewArea, tmp_path: Path
) -> None:
    guide.start()
    assert guide.protocol_id is not None  # stored from the start
    qtbot.keyClicks(guide.notes_edit, "Rollen: Frau A moderiert")
    guide.role_edits["moderation"].setText("Frau A")
    clock.now += 90
    guide.next_phase()
    assert guide.notes_edit.toPlainText() == ""  # each phase has its own notes
    guide.notes_edit.insertPlainText("Kunde möchte leichte Arbeit")  # as typed (non-ASCII)
    guide.key_question_edit.setText("Wie finden wir ein Ziel, das er selbst will?")
    clock.now += 30
    # autosave: the review area has the notes shortly after typing, without any button
    protocol_id = guide.protocol_id
    qtbot.waitUntil(
        lambda: (
            review_area.protocols.get(protocol_id).phases[1].note == "Kunde möchte leichte Arbeit"
        ),
        timeout=5000,
    )
    guide.previous_phase()
    assert guide.notes_edit.toPlainText() == "Rollen: Frau A moderiert"
    guide.next_phase()
    guide.outcome_edit.setText("Nächster Schritt: Gutachten anfragen")
    guide.finish()
    assert "beendet" in guide.phase_title.text() and not guide.next_button.isEnabled()
    stored = review_area.protocols.get(protocol_id)
    assert stored.case_reference == "Fall-TEST01" and stored.held_on == HELD_ON
    assert stored.model_key == "sechs_phasen"
    assert [p.elapsed_seconds for p in stored.phases[:2]] == [90, 30]
    assert stored.phases[0].note == "Rollen: Frau A moderiert"
    assert stored.key_question == "Wie finden wir ein Ziel, das er selbst will?"
    assert stored.outcome == "Nächster Schritt: Gutachten anfragen"
    roles = {r.role: r.name for r in stored.roles}
    assert roles["moderation"] == "Frau A" and roles["fallgeber"] is None
    assert [s.id for s in review_area.protocols.list()] == [protocol_id]

    out = tmp_path / "protokoll.pdf"
    guide.save_pdf(out)
    wait_idle(qtbot, guide.tasks)
    text = pdf_text(out)
    for expected in ("Fall-TEST01", "Kunde möchte leichte Arbeit", "Gutachten anfragen", "Frau A"):
        assert expected in text
    assert "Hagebuttner" not in text or "Fall-TEST01" in text  # the case by pseudonym


def test_model_choice_zoom_and_keyboard(qtbot: QtBot, guide: ReviewModeWindow) -> None:
    guide.choose_model("heilsbronner")
    assert guide.phase_list.count() == 10 and guide.session.model.key == "heilsbronner"
    assert guide.side_tabs.count() == 3 and set(guide.role_edits) == {
        "moderation",
        "fallgeber",
        "berater",
        "protokoll",
    }
    normal = guide.points
    qtbot.keyClick(guide, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert guide.points == normal + 2 and f"{normal + 2}pt" in guide.styleSheet()
    qtbot.keyClick(guide, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(guide, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert guide.points == normal - 2
    guide.start()
    assert not guide.model_combo.isEnabled()  # the model is fixed once the session runs
    qtbot.keyClick(guide, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert guide.session.current_index == 1
    qtbot.keyClick(guide, Qt.Key.Key_F6)
    assert guide.session.paused
    assert "Qualität" in [guide.side_tabs.tabText(i) for i in range(3)]
    assert "Gesamt:" in guide.hints_view.toPlainText()  # quality hints on screen
    assert focusable_without_name(guide) == []


def test_the_protocol_goes_to_a_printer(
    qtbot: QtBot, guide: ReviewModeWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    guide.start()
    guide.notes_edit.insertPlainText("Notiz für den Ausdruck")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(out))
    guide.print_protocol(printer)
    wait_idle(qtbot, guide.tasks)
    assert guide.status_label.text().startswith("Gedruckt: ")
    assert out.stat().st_size > 10_000  # the pages, rasterised for the printer
