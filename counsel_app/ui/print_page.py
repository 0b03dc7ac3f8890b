"""Print a case: choose the variant, see the pages, print them or save the PDF.

The PDF for the preview is made in memory (`PdfRenderer.render_bytes`) and rasterised with
PDFium (`pdf_preview`), both on a one-thread pool: the GUI stays responsive and only one job
uses ReportLab and PDFium at a time. No file is written for the preview. "Drucken …" paints
the same pages onto the chosen printer; "Speichern unter …" writes the PDF with `render_pdf`
(atomically) to the chosen path.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QStyle, QWidget

from counsel_app.errors import UserError
from counsel_app.ui.forms.ui_print_page import Ui_PrintPage
from counsel_app.ui.pdf_preview import (
    PREVIEW_DPI,
    PageView,
    preview_dpi,
    print_pdf,
    render_pages,
)
from counsel_app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.printing import PdfRenderer

RendererFor = Callable[[str], "PdfRenderer"]

# (variant, label, description); the variants of counsel_app.printing.VARIANTS.
VARIANT_CHOICES: tuple[tuple[str, str, str], ...] = (
    (
        "client",
        "Kundenexemplar",
        "Für die Kundin oder den Kunden: einfache Sprache, große Schrift, Fragen als "
        "Überschriften, Ihre Kontaktdaten und der Hinweis auf die Schlichtung.",
    ),
    (
        "official",
        "Aktenexemplar",
        "Für die Akte: der vollständige Plan mit allen Angaben.",
    ),
    (
        "review",
        "Fallberatung",
        "Für die kollegiale Fallberatung: pseudonymisiert, mit den Qualitätshinweisen und "
        "Platz für Notizen zu den Phasen. Freitexte bitte selbst auf Namen prüfen.",
    ),
    (
        "handout",
        "Schulungsunterlage",
        "Für Schulungen und Reflexionsworkshops: pseudonymisiert. Freitexte bitte selbst auf "
        "Namen prüfen.",
    ),
)
FILE_STEMS = {
    "client": "kundenexemplar",
    "official": "aktenexemplar",
    "review": "fallberatung",
    "handout": "schulungsunterlage",
}
UNENCRYPTED_NOTE = "Die PDF-Datei ist nicht verschlüsselt: bitte nur an einem sicheren Ort ablegen."


def page_phrase(count: int) -> str:
    return "1 Seite" if count == 1 else f"{count} Seiten"


class PrintPage(QWidget):
    """Variant choice, page preview, printing and saving for one case (`set_case`).

    Signals: `previewReady(pages)` when a preview is shown, `saved(path)` after saving,
    `printed(pages)` after printing, `failed(message)` when a job failed.
    """

    previewReady = Signal(int)  # noqa: N815 (Qt naming)
    saved = Signal(object)
    printed = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], date] | None = None,
        save_dir_provider: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPage()
        self.ui.setupUi(self)
        self._today = today_provider or date.today
        self._save_dir = save_dir_provider or Path.home
        self.case: Case | None = None
        self._renderer_for: RendererFor | None = None
        self._pdf: bytes | None = None  # the previewed PDF, in memory only
        self._generation = 0
        self._active: list[str] = []  # kinds of the jobs queued or running
        self._printer: QPrinter | None = None
        self.tasks = TaskRunner(self)
        self.tasks.pool.setMaxThreadCount(1)  # ReportLab and PDFium: one job at a time
        self.page_view = PageView()
        self.ui.previewArea.setWidget(self.page_view)
        self.ui.previewArea.setStyleSheet("QScrollArea { background-color: #80868e; }")
        for variant, label, description in VARIANT_CHOICES:
            self.ui.variantCombo.addItem(label, variant)
            index = self.ui.variantCombo.count() - 1
            self.ui.variantCombo.setItemData(index, description, Qt.ItemDataRole.ToolTipRole)
        self.ui.variantCombo.currentIndexChanged.connect(self._variant_changed)
        self.ui.printButton.clicked.connect(self.print_dialog)
        self.ui.saveButton.clicked.connect(self.save_dialog)
        self._variant_changed()
        self._set_idle("Kein Fall gewählt.")

    # --- API ---

    @property
    def variant(self) -> str:
        return str(self.ui.variantCombo.currentData())

    def set_variant(self, variant: str) -> None:
        index = self.ui.variantCombo.findData(variant)
        if index < 0:
            raise ValueError(f"unknown print variant {variant!r}")
        self.ui.variantCombo.setCurrentIndex(index)

    def set_case(self, case: Case | None, renderer_for: RendererFor | None = None) -> None:
        """Show `case` (a copy is taken: later edits need another `set_case`).

        `renderer_for(variant)` gives the renderer to use, e.g. one that also prints the
        stored plan's history; by default the shared renderer prints the case alone.
        """
        self.case = copy.deepcopy(case) if case is not None else None
        self._renderer_for = renderer_for
        self.refresh()

    def _renderer(self, variant: str) -> PdfRenderer:
        """Called on the pool thread: the renderer for `variant`."""
        if self._renderer_for is not None:
            return self._renderer_for(variant)
        from counsel_app.printing import default_renderer

        return default_renderer()

    def refresh(self) -> None:
        """Make the preview again (after the case or the variant changed)."""
        self._generation += 1
        self._pdf = None
        self.page_view.set_pages([])
        if self.case is None:
            self._set_idle("Kein Fall gewählt.")
            return
        generation, case, variant, today = self._generation, self.case, self.variant, self._today()
        dpi = self._preview_dpi()

        def job(report: Any) -> tuple[int, bytes, list[QImage]] | None:
            if generation != self._generation:
                return None  # superseded before it started
            report(0, 0, "Die Druckfassung wird erstellt …")
            data = self._renderer(variant).render_bytes(case, variant, today=today)
            images = render_pages(
                data, dpi, report=report, cancelled=lambda: generation != self._generation
            )
            return generation, data, images

        self._start("preview", "Vorschau wird erstellt …", job, self._preview_done)

    def _preview_dpi(self) -> float:
        """Pages as wide as the preview shows them, the vertical scroll bar already there."""
        if not self.isVisible():
            return PREVIEW_DPI
        area = self.ui.previewArea
        scroll_bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        width = area.width() - 2 * area.frameWidth() - scroll_bar
        return preview_dpi(width, area.devicePixelRatioF())

    def pages(self) -> list[QImage]:
        return self.page_view.pages

    def is_busy(self) -> bool:
        return bool(self._active)

    def save_to(self, path: Path) -> None:
        """Write the PDF of the current case and variant to `path` (on the pool thread)."""
        if self.case is None:
            return
        case, variant, today = self.case, self.variant, self._today()

        def job(report: Any) -> Path:
            report(0, 0, "Die PDF-Datei wird geschrieben …")
            return self._renderer(variant).render(case, variant, Path(path), today=today)

        self._start("save", "Wird gespeichert …", job, self._saved)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed pages on `printer` (on the pool thread)."""
        data = self._pdf
        if data is None:
            return
        self._printer = printer  # kept alive until the job ends

        def job(report: Any) -> int:
            return print_pdf(data, printer, report)

        self._start("print", "Wird gedruckt …", job, self._printed)

    # --- dialogs ---

    def print_dialog(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"Kooperationsplan – {self.ui.variantCombo.currentText()}")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Drucken")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def page_setup_dialog(self, printer: QPrinter) -> bool:
        return QPageSetupDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def save_dialog(self) -> None:
        if self.case is None:
            return
        stem = FILE_STEMS.get(self.variant, self.variant)
        suggestion = self._save_dir() / f"kooperationsplan-{stem}-{self._today():%Y-%m-%d}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, "Als PDF speichern", str(suggestion), "PDF-Dateien (*.pdf)"
        )
        if name:
            path = Path(name)
            self.save_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    # --- jobs ---

    def _start(self, kind: str, label: str, job: Any, done: Callable[[Any], None]) -> None:
        self._active.append(kind)
        self._update_buttons()
        self.ui.statusLabel.setText(label)
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.show()

        def finished(result: Any) -> None:
            self._active.remove(kind)
            done(result)

        def failed(err: BaseException) -> None:
            self._active.remove(kind)
            self._failed(err)

        self.tasks.start(job, finished, failed, self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)
        if text:
            self.ui.statusLabel.setText(text)

    def _finish(self) -> None:
        if not self._active:
            self.ui.progressBar.hide()
        self._update_buttons()

    def _preview_done(self, result: tuple[int, bytes, list[QImage]] | None) -> None:
        self._finish()
        if result is None or result[0] != self._generation:
            return  # an older preview; the newer one follows
        _generation, data, images = result
        self._pdf = data
        self.page_view.set_pages(images)
        self.ui.previewArea.verticalScrollBar().setValue(0)
        self._set_idle(f"Vorschau: {page_phrase(len(images))}, DIN A4.")
        self.previewReady.emit(len(images))

    def _saved(self, path: Path) -> None:
        self._finish()
        note = "" if self.variant in ("review", "handout") else f" {UNENCRYPTED_NOTE}"
        self._set_idle(f"Gespeichert: {path}.{note}")
        self.saved.emit(path)

    def _printed(self, pages: int) -> None:
        self._finish()
        self._printer = None
        self._set_idle(f"An den Drucker gegeben: {page_phrase(pages)}.")
        self.printed.emit(pages)

    def _failed(self, err: BaseException) -> None:
        self._finish()
        self._printer = None
        if not isinstance(err, UserError):
            raise err  # the application's exception hook logs it and shows a message
        self._set_idle(f"Fehler: {err.message}")
        self.failed.emit(err.message)

    # --- state ---

    def _variant_changed(self, _index: int = 0) -> None:
        index = self.ui.variantCombo.currentIndex()
        self.ui.descriptionLabel.setText(VARIANT_CHOICES[index][2] if index >= 0 else "")
        if self.case is not None:
            self.refresh()

    def _set_idle(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        if not self._active:
            self.ui.progressBar.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._pdf is not None and "print" not in self._active
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(self.case is not None and "save" not in self._active)
