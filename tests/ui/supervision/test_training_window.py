"""Training: library with filters, pair comparison, exercises with live feedback, handouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.resources import resource_path
from counsel_app.services.training import TrainingService
from counsel_app.ui.supervision.training_html import word_diff_html
from counsel_app.ui.supervision.training_window import TrainingWindow
from tests.ui.helpers import focusable_without_name
from tests.ui.supervision.conftest import WAIT_MS, pdf_text, wait_idle

pytestmark = pytest.mark.gui

SOLUTION = (
    "Herr Fliederbusch fragt bis zum 15. Dezember 2026 in 3 Fahrradwerkstätten nach einem "
    "Praktikum."
)


class Settings:
    """Stands in for the store's settings table (get_setting / set_setting)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get_setting(self, key: str) -> str | None:
        return self.values.get(key)

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self.values.pop(key, None)
        else:
            self.values[key] = value


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> TrainingWindow:
    widget = TrainingWindow(settings=Settings(), open_dir=tmp_path)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.libraryReady, timeout=WAIT_MS):
        widget.show()
    return widget


def test_library_filters_match_the_service(window: TrainingWindow) -> None:
    service = TrainingService()
    assert len(window.shown_cases()) == len(service.library.cases) >= 10
    window.band_filter.setCurrentIndex(window.band_filter.findData("schwach"))
    weak = [c.name for c in service.find_cases(band="schwach")]
    assert window.shown_cases() == weak and weak
    window.profile_filter.setCurrentIndex(window.profile_filter.findData("entwicklung"))
    both = [c.name for c in service.find_cases(band="schwach", profile="entwicklung")]
    assert window.shown_cases() == both
    assert window.count_label.text().startswith(f"{len(both)} von ")
    window.band_filter.setCurrentIndex(0)
    window.profile_filter.setCurrentIndex(0)
    window.obstacle_filter.setCurrentIndex(window.obstacle_filter.findData("health"))
    assert window.shown_cases() == [c.name for c in service.find_cases(obstacle="health")]
    assert "Übungsfall" in window.case_view.toPlainText()
    assert focusable_without_name(window) == []


def test_side_by_side_comparison_of_a_pair(window: TrainingWindow) -> None:
    assert window.pair_combo.count() == 2
    window.pair_combo.setCurrentIndex(0)
    left, right = window.left_view.toPlainText(), window.right_view.toPlainText()
    assert "a-schwach" in left and "a-gut" in right
    assert "Hinweise (0)" in right and "Hinweise (0)" not in left
    assert "+47" in window.compare_summary.text()
    window.case_list.setCurrentRow(1)  # fall-02 ... a-gut: it has a partner
    window.compare_button.click()
    assert window.tabs.currentIndex() == 1


def test_exercise_shows_new_feedback_after_rewriting(qtbot: QtBot, window: TrainingWindow) -> None:
    window.tabs.setCurrentIndex(2)
    window.exercise_list.setCurrentRow(0)
    assert window.exercise_title.text() == "Überprüfbarer Schritt"
    assert "bemüht sich" in window.original_view.toPlainText()
    assert "bleibt ungenau" in window.target_hints.toPlainText()
    with qtbot.waitSignal(window.feedbackReady, timeout=WAIT_MS) as done:
        window.rewrite_edit.setPlainText(SOLUTION)  # as if typed: no button to press
    result = done.args[0]
    assert result.solved and result.rewritten_text == SOLUTION
    feedback = window.feedback_view.toPlainText()
    assert "Gelöst" in feedback and "vorher" in feedback and "Fahrradwerkstätten" in feedback
    with qtbot.waitSignal(window.feedbackReady, timeout=WAIT_MS) as done:
        window.rewrite_edit.setPlainText("Herr Fliederbusch bemüht sich zeitnah.")
    assert not done.args[0].solved
    feedback = window.feedback_view.toPlainText()
    assert "Teilweise gelöst" in feedback
    still = feedback.split("Noch da", 1)[1].split("Punkte vorher", 1)[0]
    assert "bleibt ungenau" in still  # "zeitnah" is still vague
    window.example_button.click()
    assert window.example_label.text().startswith("Beispiel:")


def test_word_difference() -> None:
    html = word_diff_html("Er bemüht sich sehr.", "Er fragt bei 3 Firmen.")
    assert "line-through'>bemüht sich sehr.</span>" in html
    assert ">fragt bei 3 Firmen.</span>" in html and html.startswith("Er ")


def test_a_trainer_adds_exercises_from_a_folder_and_prints_a_handout(
    qtbot: QtBot, window: TrainingWindow, tmp_path: Path
) -> None:
    own = tmp_path / "uebungen"
    own.mkdir()
    bundled = Path(resource_path("exercises")) / "07-vage-begriffe.toml"
    (own / "01-eigene-uebung.toml").write_text(
        bundled.read_text(encoding="utf-8").replace(
            'title = "Vage Begriffe ersetzen"', 'title = "Eigene Übung"'
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.libraryReady, timeout=WAIT_MS):
        window.set_folders(None, own)
    assert window.exercise_list.count() == 1
    assert window.exercise_list.item(0).text() == "Eigene Übung"
    assert window.settings.get_setting("training.exercises_folder") == str(own)
    assert str(own) in window.folder_label.text()
    window.case_list.setCurrentRow(0)
    out = tmp_path / "arbeitsblatt.pdf"
    wait_idle(qtbot, window.tasks)  # loading has ended
    window.save_handout(out)
    assert window.tasks.busy  # the PDF is made off the GUI thread
    wait_idle(qtbot, window.tasks)
    assert "Fragen zur Reflexion" in pdf_text(out)


def test_a_trainer_uses_an_own_cases_folder(
    qtbot: QtBot, window: TrainingWindow, tmp_path: Path
) -> None:
    own = tmp_path / "faelle"
    own.mkdir()
    for path in sorted(Path(resource_path("cases")).glob("fall-0[23]-*.json")):
        (own / path.name).write_bytes(path.read_bytes())
    with qtbot.waitSignal(window.libraryReady, timeout=WAIT_MS):
        window.set_folders(own, None)
    assert window.shown_cases() == sorted(p.stem for p in own.glob("*.json"))
    assert window.pair_combo.count() == 2
    assert window.settings.get_setting("training.cases_folder") == str(own)
    with qtbot.waitSignal(window.libraryReady, timeout=WAIT_MS):
        window.set_folders(None, None)  # back to the cases that ship with the program
    assert len(window.shown_cases()) >= 10
    assert window.settings.get_setting("training.cases_folder") is None
