"""Render an extra template (outside the four case variants) to a PDF with the same look.

Used by the protocol print and the caseload report: the template is rendered with the
renderer's Jinja2 environment (same filters, `words`, fonts and styles), then laid out like
the file copies (compact layout, page numbers in the footer). `ChartMarkupBuilder` adds one
element to the markup vocabulary: `<chart name="..."/>` places a ready-made flowable (for
example a ReportLab drawing) that the caller passes in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import jinja2
from reportlab.platypus import Flowable

from counsel_app.fileio import write_atomic
from counsel_app.printing.errors import PrintError, TemplateError
from counsel_app.printing.markup import DocumentSpec, MarkupBuilder, MarkupError
from counsel_app.printing.renderer import PdfRenderer, default_renderer
from counsel_app.printing.styles import StyleSet


class ChartMarkupBuilder(MarkupBuilder):
    """The markup builder plus `<chart name="..."/>` for flowables made in Python."""

    def __init__(
        self, styles: StyleSet, frame_width: float, charts: Mapping[str, Flowable]
    ) -> None:
        super().__init__(styles, frame_width)
        self.charts = charts

    def block(self, elem: ET.Element, width: float) -> list[Flowable]:
        if elem.tag == "chart":
            name = elem.get("name", "")
            if name not in self.charts:
                raise MarkupError(f"<chart name='{name}'> ist nicht vorhanden")
            return [self.charts[name]]
        result: list[Flowable] = super().block(elem, width)
        return result


def render_template(renderer: PdfRenderer, name: str, context: Mapping[str, Any]) -> str:
    """The markup of template `name` (errors name the template file and line)."""
    try:
        return renderer.env.get_template(name).render(dict(context))
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(name, err.lineno, err.message or "") from err
    except jinja2.TemplateNotFound as err:
        raise PrintError(f"Die Druckvorlage {err.name} fehlt.") from err
    except jinja2.TemplateError as err:
        raise TemplateError(name, None, str(err)) from err


def layout_pdf(
    renderer: PdfRenderer,
    source: str,
    *,
    template_name: str,
    charts: Mapping[str, Flowable] | None = None,
    fixed_day: bool = False,
) -> tuple[bytes, DocumentSpec]:
    """Lay out rendered markup in the compact layout; returns the PDF bytes and the spec."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from counsel_app.printing.canvas import Footer, numbered_canvas

    styles = renderer.styles("official")
    geo = styles.geometry
    width = A4[0] - geo.margin_left - geo.margin_right
    try:
        spec = ChartMarkupBuilder(styles, width, charts or {}).build(source)
    except (MarkupError, ValueError) as err:
        raise TemplateError(template_name, None, str(err)) from err
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=geo.margin_left,
        rightMargin=geo.margin_right,
        topMargin=geo.margin_top,
        bottomMargin=geo.margin_bottom,
        title=spec.title,
        author=spec.author,
        subject=spec.subject,
        creator="counsel-app",
        lang=spec.lang,
        displayDocTitle=True,
        initialFontName=renderer.fonts.regular,
        initialFontSize=styles.body.fontSize,
        invariant=1 if fixed_day else None,
    )
    footer = Footer(
        left=spec.footer_left,
        right=spec.footer_right,
        font=renderer.fonts.regular,
        size=geo.footer_size,
        margin_left=geo.margin_left,
        margin_right=geo.margin_right,
        baseline=geo.margin_bottom * 0.45,
    )
    doc.build(list(spec.flowables), canvasmaker=numbered_canvas(footer))
    return buffer.getvalue(), spec


def write_pdf(data: bytes, out_path: Path) -> Path:
    out_path = Path(out_path)
    try:
        return write_atomic(out_path, data)
    except OSError as err:
        raise PrintError(
            f"Die Datei {out_path} kann nicht geschrieben werden: {err.strerror or err}"
        ) from err


def frame_width(renderer: PdfRenderer) -> float:
    """Usable line width of the compact layout in points (for sizing charts)."""
    from reportlab.lib.pagesizes import A4

    geo = renderer.styles("official").geometry
    return float(A4[0] - geo.margin_left - geo.margin_right)


def renderer_or_default(renderer: PdfRenderer | None) -> PdfRenderer:
    return renderer or default_renderer()


def print_day(today: date | None) -> tuple[date, bool]:
    """(the day printed, whether it was fixed by the caller: then the PDF is reproducible)."""
    return (today or date.today(), today is not None)
