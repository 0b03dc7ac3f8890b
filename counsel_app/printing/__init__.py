"""Printing (DESIGN.md §9): Jinja2 templates hold the wording, ReportLab lays it out.

`render_pdf(case, variant, out_path)` prints one of `VARIANTS`; `PdfRenderer` is the
reusable object behind it (template environment, wording, registered fonts).
"""

from __future__ import annotations

from counsel_app.printing.errors import PrintError, TemplateError
from counsel_app.printing.renderer import PdfRenderer, default_renderer, render_pdf
from counsel_app.printing.viewmodel import VARIANTS

__all__ = [
    "VARIANTS",
    "PdfRenderer",
    "PrintError",
    "TemplateError",
    "default_renderer",
    "render_pdf",
]
