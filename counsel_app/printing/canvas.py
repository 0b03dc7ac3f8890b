"""A canvas that knows the page count: draws the footer ("Seite 1 von 2", print date)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from counsel_app.printing.styles import MUTED, RULE

PAGE = "\x00page"
PAGES = "\x00pages"


@dataclass(frozen=True)
class Footer:
    """Footer text; `right` is a list of literal strings and the tokens PAGE / PAGES."""

    left: str
    right: Sequence[str]
    font: str
    size: float
    margin_left: float
    margin_right: float
    baseline: float

    def right_text(self, page: int, pages: int) -> str:
        parts = {PAGE: str(page), PAGES: str(pages)}
        return "".join(parts.get(part, part) for part in self.right)


def numbered_canvas(footer: Footer) -> Callable[..., Canvas]:
    """A canvasmaker for `doc.build` that defers the footer until the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, page: int, pages: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            line_y = footer.baseline + footer.size * 1.4
            self.line(footer.margin_left, line_y, width - footer.margin_right, line_y)
            self.setFillColor(MUTED)
            self.setFont(footer.font, footer.size)
            self.drawString(footer.margin_left, footer.baseline, footer.left)
            self.drawRightString(
                width - footer.margin_right, footer.baseline, footer.right_text(page, pages)
            )
            self.restoreState()

    return NumberedCanvas
