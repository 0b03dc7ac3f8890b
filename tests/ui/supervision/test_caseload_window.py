"""The caseload window shows the service's figures; own store vs. a team folder; PDF."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.exchange import read_case, write_case
from counsel_app.resources import resource_path
from counsel_app.services.caseload import folder_picture, own_store_picture
from counsel_app.ui.session import UiContext
from counsel_app.ui.supervision.caseload_window import CaseloadWindow
from tests.ui.helpers import focusable_without_name
from tests.ui.supervision.conftest import WAIT_MS, pdf_text, wait_idle

pytestmark = pytest.mark.gui

STICHTAG = date(2026, 11, 21)


@pytest.fixture
def window(qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path) -> CaseloadWindow:
    widget = CaseloadWindow(ui_ctx.session.store, today=lambda: STICHTAG, open_dir=tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_team_folder_shows_the_figures_of_the_service(
    qtbot: QtBot, window: CaseloadWindow, team_folder: Path, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.pictureReady, timeout=WAIT_MS):
        window.load_folder(team_folder)
    expected = folder_picture(team_folder, today=STICHTAG)
    assert window.picture is not None
    assert json.dumps(window.picture.to_json(), sort_keys=True) == json.dumps(
        expected.to_json(), sort_keys=True
    )
    # the figures as a person reads them (worked out by hand in tests/services/test_caseload.py)
    table = window.table_values()
    assert [window.table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "marktnah",
        "komplex",
        "ohne Profil",
    ]
    assert table["Pläne"] == ["6", "7", "1"]
    assert table["Gesamtpunkte (Mittel)"] == ["87", "81", "87"]  # 524/6, 570/7, fall-07
    assert table["Überprüfung überfällig"] == ["17 %", "14 %", "0 %"]
    assert table["Plan mit eigenen Worten"] == ["100 %", "86 %", "100 %"]
    assert "+6 Punkte" in window.gap_label.text() and "Creaming" in window.gap_label.text()
    assert "ohne Zuordnung zu Personen" in window.source_label.text()
    assert "nicht dem Vergleich oder der Bewertung von Mitarbeitenden" in window.note_label.text()
    assert "Gesamt: marktnah 87, komplex 81" in window.means_chart.accessibleDescription()
    assert "Überprüfung überfällig: marktnah 17 %" in (
        window.follow_up_chart.accessibleDescription()
    )
    image = window.means_chart.grab().toImage()
    blue = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#1f77b4"
    )
    assert blue > 50  # the bars are drawn, not only described
    out = tmp_path / "fallübersicht.pdf"
    wait_idle(qtbot, window.tasks)  # the computing job has ended
    window.save_pdf(out)
    assert window.tasks.busy  # the PDF is made off the GUI thread
    wait_idle(qtbot, window.tasks)
    text = pdf_text(out)
    assert "Creaming" in text and "Mitarbeitenden" in text
    assert focusable_without_name(window) == []


def test_own_store_is_labelled_as_the_counsellors_own(
    qtbot: QtBot, window: CaseloadWindow, ui_ctx: UiContext
) -> None:
    with qtbot.waitSignal(window.pictureReady, timeout=WAIT_MS):
        window.load_own()
    assert "Ihre eigenen Fälle" in window.source_label.text()
    expected = own_store_picture(ui_ctx.session.store, today=STICHTAG)
    assert window.picture is not None and window.picture.own
    assert window.table_values()["Pläne"] == [
        str(g.count) for g in expected.groups.values() if g.count
    ]


def test_a_file_that_is_not_pseudonymised_is_refused_by_name(
    qtbot: QtBot, window: CaseloadWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "gemischt"
    folder.mkdir()
    source = next(Path(resource_path("cases")).glob("fall-01-*.json"))
    write_case(read_case(source), folder / "klar.json")
    window.load_folder(folder)
    wait_idle(qtbot, window.tasks)
    assert "klar.json ist nicht pseudonymisiert" in window.source_label.text()
    assert window.picture is None and not window.pdf_button.isEnabled()
    window.folder_edit.setText("")
    window.run()
    assert window.source_label.text().startswith("Ordner:")
