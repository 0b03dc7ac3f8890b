"""The print page: preview of every variant, saving and printing."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from counsel_app.domain import Case
from counsel_app.exchange import read_case
from counsel_app.resources import resource_path
from counsel_app.ui.pdf_preview import MIN_PREVIEW_DPI, PREVIEW_DPI, PageView, preview_dpi
from counsel_app.ui.print_page import VARIANT_CHOICES, PrintPage
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

TODAY = date(2026, 5, 1)
RENDER_TIMEOUT = 60000


def training_case(prefix: str) -> Case:
    folder = Path(resource_path("cases"))
    return read_case(next(folder.glob(f"{prefix}-*.json")))


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> PrintPage:
    widget = PrintPage(today_provider=lambda: TODAY, save_dir_provider=lambda: tmp_path)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_without_a_case_nothing_can_be_printed(page: PrintPage) -> None:
    assert page.pages() == []
    assert not page.ui.printButton.isEnabled() and not page.ui.saveButton.isEnabled()
    assert page.ui.statusLabel.text() == "Kein Fall gewählt."
    labels = [page.ui.variantCombo.itemText(i) for i in range(page.ui.variantCombo.count())]
    assert labels == ["Kundenexemplar", "Aktenexemplar", "Fallberatung", "Schulungsunterlage"]
    assert focusable_without_name(page) == []


@pytest.mark.parametrize("variant", [choice[0] for choice in VARIANT_CHOICES])
def test_previews_every_variant(qtbot: QtBot, page: PrintPage, variant: str) -> None:
    page.set_variant(variant)
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT) as ready:
        page.set_case(training_case("fall-01"))
        assert page.ui.progressBar.isVisible()  # the GUI goes on while the pages are made
        assert page.is_busy() and page.pages() == []
    assert not page.ui.progressBar.isVisible()
    pages = page.pages()
    assert ready.args == [len(pages)] and len(pages) >= 1
    first = pages[0]
    assert not first.isNull()
    assert abs(first.height() / first.width() - 297 / 210) < 0.01  # A4
    assert first.pixelColor(2, 2).name() == "#ffffff"  # a white sheet ...
    assert any(  # ... with something printed on it
        first.pixelColor(x, y).lightness() < 100
        for x in range(0, first.width(), 7)
        for y in range(0, first.height() // 3, 7)
    )
    assert page.ui.printButton.isEnabled() and page.ui.saveButton.isEnabled()
    assert page.page_view.accessibleName().startswith("Vorschau: ")
    assert not page.is_busy()


def test_changing_the_variant_shows_only_the_newest_preview(qtbot: QtBot, page: PrintPage) -> None:
    shown: list[int] = []
    page.previewReady.connect(shown.append)
    page.set_case(training_case("fall-11"))
    page.set_variant("official")
    page.set_variant("review")
    qtbot.waitUntil(lambda: bool(shown) and not page.is_busy(), timeout=RENDER_TIMEOUT)
    assert len(shown) == 1  # the superseded previews were dropped
    assert page.ui.descriptionLabel.text().startswith("Für die kollegiale Fallberatung")


def test_saves_a_pdf_that_reads_back(qtbot: QtBot, page: PrintPage, tmp_path: Path) -> None:
    case = training_case("fall-01")
    name = case.client.display_name or ""
    surname = name.split()[-1]
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT):
        page.set_case(case)
    out = tmp_path / "kunde.pdf"
    with qtbot.waitSignal(page.saved, timeout=RENDER_TIMEOUT) as saved:
        page.save_to(out)
    assert saved.args == [out]
    text = pdf_text(out)
    assert "Was ist Ihr Ziel?" in text and surname in text
    assert "nicht verschlüsselt" in page.ui.statusLabel.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kunde.pdf"]  # no stray copies

    page.set_variant("review")
    out = tmp_path / "fallberatung.pdf"
    with qtbot.waitSignal(page.saved, timeout=RENDER_TIMEOUT):
        page.save_to(out)
    assert surname not in pdf_text(out)  # pseudonymised


def test_a_case_edited_later_needs_a_new_set_case(qtbot: QtBot, page: PrintPage) -> None:
    case = training_case("fall-01")
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT):
        page.set_case(case)
    case.plan.goals.clear()  # the page works on its own copy
    assert page.case is not None and page.case.plan.goals


def test_prints_the_previewed_pages(qtbot: QtBot, page: PrintPage, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT) as ready:
        page.set_case(training_case("fall-01"))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(page.printed, timeout=RENDER_TIMEOUT) as printed:
        page.print_to(printer)
    assert printed.args == ready.args
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert f"Pages:           {ready.args[0]}" in info.stdout
    assert "An den Drucker gegeben" in page.ui.statusLabel.text()


def test_preview_is_rendered_as_wide_as_the_view_shows_it(qtbot: QtBot, page: PrintPage) -> None:
    """Wider pages would be scaled down anyway and cost some 5 MB each at 110 dpi."""
    page.resize(700, 700)  # about 75 dpi: less than the 110 dpi of a wide view
    qtbot.wait(10)
    viewport = page.ui.previewArea.viewport()
    with qtbot.waitSignal(page.previewReady, timeout=RENDER_TIMEOUT):
        page.set_case(training_case("fall-01"))
    first = page.pages()[0]
    qtbot.waitUntil(page.ui.previewArea.verticalScrollBar().isVisible)  # laid out
    usable = (viewport.width() - 2 * PageView.MARGIN) * viewport.devicePixelRatioF()
    assert usable - 2 <= first.width() <= usable
    assert first.width() < 210 / 25.4 * PREVIEW_DPI - 100
    assert page.page_view.page_rects()[0].width() == first.width()  # shown 1:1, not scaled


def test_preview_resolution_stays_within_limits() -> None:
    assert preview_dpi(100) == MIN_PREVIEW_DPI
    assert preview_dpi(5000) == PREVIEW_DPI
    middle = preview_dpi(600 + 2 * PageView.MARGIN)
    assert abs(middle - 600 / (210 / 25.4)) < 1e-9
    assert preview_dpi(600 + 2 * PageView.MARGIN, 2.0) == PREVIEW_DPI  # 1200 px on HiDPI
