"""The quality panel and its debounced updater, on the training cases."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counsel_app.domain import Actor, Case, Step
from counsel_app.exchange import read_case
from counsel_app.language import Analyser
from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS, QualityReport, assess
from counsel_app.resources import resource_path
from counsel_app.ui.analyser_warmup import warm_up_now
from counsel_app.ui.quality_panel import REFLECTION_NOTE, QualityPanel, QualityUpdater
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

TODAY = date(2026, 5, 1)


def training_case(prefix: str) -> Case:
    folder = Path(resource_path("cases"))
    return read_case(next(folder.glob(f"{prefix}-*.json")))


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    warm = Analyser()
    warm_up_now(warm)
    return warm


@pytest.fixture
def weak_report(analyser: Analyser) -> QualityReport:
    return assess(training_case("fall-11"), TODAY, analyser=analyser)


@pytest.fixture
def panel(qtbot: QtBot) -> QualityPanel:
    widget = QualityPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def hint_row(panel: QualityPanel, target: str, message: str | None = None) -> int:
    hint_list = panel.hint_list
    for row in range(hint_list.count()):
        item = hint_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == target and message in (None, item.text()):
            return row
    raise AssertionError(f"no hint row for {target}")


def test_shows_every_score_and_every_hint_grouped_by_dimension(
    panel: QualityPanel, weak_report: QualityReport
) -> None:
    assert weak_report.overall < 60 and len(weak_report.hints) > 20
    panel.show_report(weak_report)
    assert panel.score_text("overall") == str(weak_report.overall)
    for dimension in DIMENSIONS:
        assert panel.score_text(dimension) == str(weak_report.dimensions[dimension])
    expected = [
        (h.target, h.message) for hints in weak_report.by_dimension().values() for h in hints
    ]
    assert panel.hint_rows() == expected
    texts = [panel.hint_list.item(r).text() for r in range(panel.hint_list.count())]
    assert "Stimmigkeit – 3 Hinweise" in texts
    assert "Vollständigkeit – 2 Hinweise" in texts
    suggestion = panel.hint_list.item(hint_row(panel, "step:st6")).data(
        Qt.ItemDataRole.UserRole + 1
    )
    assert suggestion.startswith("Vorschlag: Schreiben Sie")
    assert panel.note_label.isVisible() and panel.note_label.text() == REFLECTION_NOTE
    assert "keine Bewertung" in REFLECTION_NOTE and "Reflexion" in REFLECTION_NOTE
    bar = panel._bars["participation"]
    assert bar.value() == weak_report.dimensions["participation"]
    assert bar.accessibleName() == (
        f"{DIMENSION_LABELS['participation']}: {weak_report.dimensions['participation']} von 100"
    )
    assert focusable_without_name(panel) == []


def test_a_good_plan_says_there_is_nothing_to_do(panel: QualityPanel, analyser: Analyser) -> None:
    report = assess(training_case("fall-01"), TODAY, analyser=analyser)
    panel.show_report(report)
    assert panel.score_text("overall") == "100"
    assert panel.hint_rows() == []
    assert panel.hint_list.item(0).text().startswith("Keine Hinweise")


def test_click_and_enter_activate_the_hint_target(
    qtbot: QtBot, panel: QualityPanel, weak_report: QualityReport
) -> None:
    panel.show_report(weak_report)
    hint_list = panel.hint_list
    row = hint_row(panel, "obstacle:o2")
    rect = hint_list.visualItemRect(hint_list.item(row))
    hint_list.scrollToItem(hint_list.item(row))
    rect = hint_list.visualItemRect(hint_list.item(row))
    with qtbot.waitSignal(panel.hintActivated, timeout=1000) as clicked:
        qtbot.mouseClick(hint_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["obstacle:o2"]

    hint_list.setFocus()
    hint_list.setCurrentRow(hint_row(panel, "goal:g1"))
    with qtbot.waitSignal(panel.hintActivated, timeout=1000) as entered:
        qtbot.keyClick(hint_list, Qt.Key.Key_Return)
    assert entered.args == ["goal:g1"]


def test_arrow_keys_skip_the_group_headings(
    qtbot: QtBot, panel: QualityPanel, weak_report: QualityReport
) -> None:
    panel.show_report(weak_report)
    hint_list = panel.hint_list
    hint_list.setFocus()
    completeness = weak_report.by_dimension()["completeness"]
    hint_list.setCurrentRow(hint_row(panel, completeness[-1].target, completeness[-1].message))
    qtbot.keyClick(hint_list, Qt.Key.Key_Down)
    first_operational = weak_report.by_dimension()["operationalisation"][0]
    assert hint_list.currentItem().text() == first_operational.message


def test_a_report_keeps_the_chosen_hint_when_it_still_exists(
    panel: QualityPanel, weak_report: QualityReport
) -> None:
    panel.show_report(weak_report)
    panel.hint_list.setCurrentRow(hint_row(panel, "obstacle:o3"))
    panel.show_report(weak_report)
    assert panel.hint_list.currentItem().data(Qt.ItemDataRole.UserRole) == "obstacle:o3"


# --- the updater ----------------------------------------------------------------------------


def test_several_schedules_give_one_report_after_the_debounce(
    qtbot: QtBot, analyser: Analyser
) -> None:
    case = training_case("fall-11")
    calls: list[int] = []

    def provide() -> Case:
        calls.append(1)
        return case

    updater = QualityUpdater(
        provide, analyser_provider=lambda: analyser, debounce_ms=40, today_provider=lambda: TODAY
    )
    reports: list[QualityReport] = []
    updater.reportReady.connect(reports.append)
    with qtbot.waitSignal(updater.reportReady, timeout=3000):
        for _ in range(5):
            updater.schedule()
            qtbot.wait(10)
    qtbot.wait(150)
    assert len(reports) == 1 and len(calls) == 1
    assert reports[0].to_json() == assess(case, TODAY, analyser=analyser).to_json()
    assert updater.last_work_ms > 0


def test_the_next_report_reflects_the_edited_case(qtbot: QtBot, analyser: Analyser) -> None:
    case = training_case("fall-11")
    updater = QualityUpdater(
        lambda: case,
        analyser_provider=lambda: analyser,
        debounce_ms=5,
        today_provider=lambda: TODAY,
    )
    panel = QualityPanel()
    qtbot.addWidget(panel)
    updater.reportReady.connect(panel.show_report)
    with qtbot.waitSignal(updater.reportReady, timeout=3000) as first:
        updater.schedule()
    codes = {h.code for h in first.args[0].hints}
    assert "no_jobcenter_step" in codes

    goal = case.plan.goals[0].id
    support = Step(
        id="neu1",
        goal=goal,
        actor=Actor.JOBCENTER,
        text="Das Jobcenter übernimmt die Fahrtkosten zu Vorstellungsgesprächen bis 30.06.",
        due=date(2026, 6, 30),
        success_criterion="Die Fahrkarten sind bezahlt.",
    )
    case.plan = dataclasses.replace(case.plan, steps=[*case.plan.steps, support])
    with qtbot.waitSignal(updater.reportReady, timeout=3000) as second:
        updater.schedule()
    report = second.args[0]
    assert "no_jobcenter_step" not in {h.code for h in report.hints}
    assert report.dimensions["completeness"] > first.args[0].dimensions["completeness"]
    assert panel.score_text("completeness") == str(report.dimensions["completeness"])


def test_no_report_without_a_case(qtbot: QtBot, analyser: Analyser) -> None:
    updater = QualityUpdater(lambda: None, analyser_provider=lambda: analyser, debounce_ms=1)
    with qtbot.assertNotEmitted(updater.reportReady, wait=100):
        updater.schedule()


def test_the_first_report_waits_for_the_dictionaries(qtbot: QtBot) -> None:
    cold = Analyser()  # nothing loaded yet: the warm-up runs on a pool thread
    case = training_case("fall-11")
    updater = QualityUpdater(
        lambda: case, analyser_provider=lambda: cold, debounce_ms=0, today_provider=lambda: TODAY
    )
    panel = QualityPanel()
    qtbot.addWidget(panel)
    updater.waiting.connect(panel.show_waiting)
    updater.reportReady.connect(panel.show_report)
    events: list[str] = []
    updater.waiting.connect(lambda: events.append("waiting"))
    updater.reportReady.connect(lambda _r: events.append("report"))
    with qtbot.waitSignal(updater.reportReady, timeout=20000) as ready:
        updater.schedule()
    assert events == ["waiting", "report"]
    assert updater.is_ready
    # The report is complete: the plain-language checks ran (no half report first).
    assert {"jargon", "hard_to_read"} <= {h.code for h in ready.args[0].hints}
    assert panel.score_text("plain_language") == str(ready.args[0].dimensions["plain_language"])
