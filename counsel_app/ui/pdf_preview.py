"""PDF pages as images (PDFium through pypdfium2) and a widget that shows them.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (PDFium ships in its
wheel). The PDF comes as bytes: the preview never writes a file. PDFium is not thread-safe;
every call here holds `_PDFIUM` so that two pages (or a preview and a print job) never use it
at the same time. The functions run on pool threads: they make QImages, never widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSizePolicy, QWidget

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

PREVIEW_DPI = 110.0  # the most a preview page is rendered at
MIN_PREVIEW_DPI = 60.0
A4_WIDTH_INCH = 210 / 25.4
PRINT_DPI_LIMIT = 300
_PDFIUM = threading.Lock()


def _open(data: bytes) -> object:
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(data)


def preview_dpi(width: int, device_pixel_ratio: float = 1.0) -> float:
    """The resolution at which an A4 page fills `width` pixels of a `PageView` (within limits).

    The view never shows a page larger than it was rendered, so rendering wider than the
    view only costs memory (some 5 MB per page at 110 dpi).
    """
    available = max(0, width - 2 * PageView.MARGIN) * device_pixel_ratio
    return max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, available / A4_WIDTH_INCH))


def _image(page: object, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True)  # type: ignore[attr-defined]
    try:
        image = QImage(
            memoryview(bitmap.buffer),  # no copy: the one copy is made below
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # own the pixels before PDFium frees its buffer
    finally:
        bitmap.close()


def page_count(data: bytes) -> int:
    with _PDFIUM:
        pdf = _open(data)
        try:
            return len(pdf)  # type: ignore[arg-type]
        finally:
            pdf.close()  # type: ignore[attr-defined]


def render_pages(
    data: bytes,
    dpi: float = PREVIEW_DPI,
    report: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[QImage]:
    """Every page of the PDF `data` as an image at `dpi` (stops early when `cancelled()`)."""
    images: list[QImage] = []
    with _PDFIUM:
        pdf = _open(data)
        try:
            total = len(pdf)  # type: ignore[arg-type]
            for number in range(total):
                if cancelled is not None and cancelled():
                    break
                if report is not None:
                    report(number, total, f"Seite {number + 1} von {total}")
                page = pdf[number]  # type: ignore[index]
                try:
                    images.append(_image(page, dpi))
                finally:
                    page.close()
            if report is not None:
                report(total, total, "")
        finally:
            pdf.close()  # type: ignore[attr-defined]
    return images


def print_pdf(data: bytes, printer: QPrinter, report: Progress | None = None) -> int:
    """Paint every page of `data` onto `printer` (any thread); returns the pages printed.

    Each page is rasterised at the printer's resolution (at most 300 dpi) and drawn on the
    whole sheet: the PDF carries its own margins, as in a PDF viewer's "actual size".
    """
    printer.setFullPage(True)
    dpi = float(min(printer.resolution(), PRINT_DPI_LIMIT))
    painter = QPainter()
    printed = 0
    with _PDFIUM:
        pdf = _open(data)
        try:
            total = len(pdf)  # type: ignore[arg-type]
            if not painter.begin(printer):
                from counsel_app.errors import UserError

                raise UserError("Der Drucker lässt sich nicht ansprechen.")
            try:
                for number in range(total):
                    if report is not None:
                        report(number, total, f"Seite {number + 1} von {total}")
                    if number and not printer.newPage():
                        break
                    page = pdf[number]  # type: ignore[index]
                    try:
                        image = _image(page, dpi)
                    finally:
                        page.close()
                    target = printer.paperRect(QPrinter.Unit.DevicePixel)
                    painter.drawImage(target, image)
                    printed += 1
            finally:
                painter.end()
            if report is not None:
                report(total, total, "")
        finally:
            pdf.close()  # type: ignore[attr-defined]
    return printed


class PageView(QWidget):
    """The pages one below the other, scaled to the width (never above the rendered size)."""

    MARGIN = 16
    GAP = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QImage] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#80868e"))
        self.setPalette(palette)
        self.setAccessibleName("Vorschau: keine Seiten")

    @property
    def pages(self) -> list[QImage]:
        return list(self._pages)

    def set_pages(self, pages: list[QImage]) -> None:
        self._pages = list(pages)
        count = len(pages)
        self.setAccessibleName(
            f"Vorschau: {count} Seite" if count == 1 else f"Vorschau: {count} Seiten"
        )
        self.updateGeometry()
        self.update()

    def _page_size(self, width: int, image: QImage) -> QSize:
        available = max(50, width - 2 * self.MARGIN)
        shown = min(available, image.width())
        return QSize(shown, round(image.height() * shown / max(1, image.width())))

    def page_rects(self, width: int | None = None) -> list[QRect]:
        width = self.width() if width is None else width
        rects: list[QRect] = []
        y = self.MARGIN
        for image in self._pages:
            size = self._page_size(width, image)
            rects.append(QRect((width - size.width()) // 2, y, size.width(), size.height()))
            y += size.height() + self.GAP
        return rects

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        rects = self.page_rects(width)
        return rects[-1].bottom() + self.MARGIN if rects else 0

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max((image.width() for image in self._pages), default=400) + 2 * self.MARGIN
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for rect, image in zip(self.page_rects(), self._pages, strict=True):
            if not rect.adjusted(-4, -4, 4, 4).intersects(event.rect()):
                continue
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))  # a little shadow
            painter.drawImage(QRectF(rect), image)
        painter.end()
