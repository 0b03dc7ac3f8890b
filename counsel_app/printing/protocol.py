"""Print the protocol of a kollegiale Fallberatung: the review sheet plus the notes.

`render_protocol_pdf(protocol, case, out)` prints `resources/templates/protocol.xml.j2`:
the pseudonymised case with its quality hints as on the `review` variant, then the session
(phase model, roles without names unless entered, key question, each phase with its
planned and used time and the notes, outcome). Without a case only the session part is
printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.domain import Case
from counsel_app.printing.document import (
    layout_pdf,
    print_day,
    render_template,
    renderer_or_default,
)
from counsel_app.printing.renderer import write_pdf
from counsel_app.printing.viewmodel import build_context

if TYPE_CHECKING:
    from counsel_app.printing.renderer import PdfRenderer
    from counsel_app.review.protocol import ReviewProtocol

PROTOCOL_TEMPLATE = "protocol.xml.j2"


def protocol_markup(
    protocol: ReviewProtocol,
    case: Case | None,
    *,
    renderer: PdfRenderer | None = None,
    today: date | None = None,
) -> str:
    renderer = renderer_or_default(renderer)
    day, _fixed = print_day(today)
    context: dict[str, Any] = {"case": None, "quality": None, "today": day}
    if case is not None:
        context = build_context(
            case,
            "review",
            day,
            pseudonym=protocol.case_reference or case.client.reference,
            analyser=None,
            assess=renderer.assess,
            placeholder=str(renderer.words.get("redacted", "[Name]")),
        )
    context.update(protocol=protocol, minutes=_minutes)
    return render_template(renderer, PROTOCOL_TEMPLATE, context)


def protocol_pdf_bytes(
    protocol: ReviewProtocol,
    case: Case | None,
    *,
    renderer: PdfRenderer | None = None,
    today: date | None = None,
) -> bytes:
    """The protocol (with the pseudonymised case, if given) as PDF content (for a printer)."""
    renderer = renderer_or_default(renderer)
    source = protocol_markup(protocol, case, renderer=renderer, today=today)
    data, _spec = layout_pdf(
        renderer, source, template_name=PROTOCOL_TEMPLATE, fixed_day=today is not None
    )
    return data


def render_protocol_pdf(
    protocol: ReviewProtocol,
    case: Case | None,
    out_path: Path,
    *,
    renderer: PdfRenderer | None = None,
    today: date | None = None,
) -> Path:
    """Write the protocol (with the pseudonymised case, if given) as PDF, atomically."""
    data = protocol_pdf_bytes(protocol, case, renderer=renderer, today=today)
    return write_pdf(data, out_path)


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}:{rest:02d}"
