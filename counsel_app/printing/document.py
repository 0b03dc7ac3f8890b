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
from typing import Any

import jinja2
from reportlab.platypus import Flowable

from counsel_app.printing.errors import PrintError, TemplateError
from counsel_app.printing.markup import DocumentSpec, MarkupBuilder, MarkupError
from counsel_app.printing.renderer import (
    PdfRenderer,
    default_renderer,
)
from counsel_app.printing.renderer import frame_width as styles_frame_width
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
    styles = renderer.styles("official")
    builder = ChartMarkupBuilder(styles, styles_frame_width(styles), charts or {})
    return renderer.lay_out(
        source, styles, template_name=template_name, builder=builder, fixed_day=fixed_day
    )


def frame_width(renderer: PdfRenderer) -> float:
    """Usable line width of the compact layout in points (for sizing charts)."""
    return styles_frame_width(renderer.styles("official"))


def renderer_or_default(renderer: PdfRenderer | None) -> PdfRenderer:
    return renderer or default_renderer()


def print_day(today: date | None) -> tuple[date, bool]:
    """(the day printed, whether it was fixed by the caller: then the PDF is reproducible)."""
    return (today or date.today(), today is not None)
