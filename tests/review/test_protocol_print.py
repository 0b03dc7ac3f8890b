"""The protocol prints (review sheet plus notes) and exports as text and JSON."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from counsel_app.context import AppContext
from counsel_app.exchange import pseudonymise, read_case
from counsel_app.printing.protocol import render_protocol_pdf
from counsel_app.resources import resource_path
from counsel_app.review import ReviewProtocol, ReviewSession, load_phase_catalogue
from counsel_app.services.review_area import open_review_area
from counsel_app.services.store import init_store, open_store
from counsel_app.services.training import TrainingService
from tests.support.clocks import ManualClock
from tests.support.fixtures import ContextMaker

DAY = date(2026, 11, 21)
CASE = resource_path("cases", "fall-10-marktnah-fachlagerist.json")


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _protocol(reference: str) -> ReviewProtocol:
    clock = ManualClock(0.0)
    catalogue = load_phase_catalogue()
    session = ReviewSession(
        catalogue.model("sechs_phasen"), now=clock, held_on=DAY, case_reference=reference
    )
    session.start()
    clock.advance(400)
    session.set_note("Rollen sind verteilt.")
    session.next_phase()
    clock.advance(500)
    session.set_note("Kurzer Plan ohne Hindernisse.\nZweite Notiz.")
    session.key_question = "Bekommt dieser Fall mehr Kontakte als komplexe Fälle?"
    session.outcome = "Kontaktdichte im Team vergleichen."
    return session.protocol(catalogue.role_labels, names={"protokoll": "Frau P."})


def test_protocol_pdf_with_the_case(tmp_path: Path) -> None:
    case = pseudonymise(read_case(CASE), "Fall-P10")
    out = render_protocol_pdf(_protocol("Fall-P10"), case, tmp_path / "p.pdf", today=DAY)
    text = _pdf_text(out)
    for fragment in (
        "Protokoll der kollegialen Fallberatung",
        "Fall-P10",
        "21.11.2026",
        "Protokoll Frau P.",
        "Moderation –",
        "Bekommt dieser Fall mehr Kontakte als komplexe Fälle?",
        "1. Rollen verteilen",
        "gebraucht 6:40 Minuten (überzogen um 1:40)",
        "Zweite Notiz.",
        "Kontaktdichte im Team vergleichen.",
        "Der besprochene Fall",
        "Qualität des Plans",
        "kein Maßstab, um Fachkräfte zu bewerten",
    ):
        assert fragment in text, fragment
    assert "TR-2026-010" not in text


def test_protocol_pdf_without_a_case(tmp_path: Path) -> None:
    out = render_protocol_pdf(_protocol("Fall-X"), None, tmp_path / "p.pdf", today=DAY)
    text = _pdf_text(out)
    assert "Fall-X" in text and "Der besprochene Fall" not in text


def test_service_prints_and_exports_stored_protocols(
    make_ctx: ContextMaker, tmp_path: Path
) -> None:
    ctx: AppContext = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store, open_review_area(store) as area:
        area.add_case(pseudonymise(read_case(CASE), "Fall-P10"))
        protocol_id = area.protocols.add(_protocol("Fall-P10"))
        pdf = area.print_protocol(protocol_id, tmp_path / "p.pdf", today=DAY)
        as_json = area.export_protocol(protocol_id, tmp_path / "p.json", as_json=True)
        as_text = area.export_protocol(protocol_id, tmp_path / "p.txt", as_json=False)
    assert "Der besprochene Fall" in _pdf_text(pdf)
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert data["format"] == "counsel-review-protocol" and data["case_reference"] == "Fall-P10"
    assert ReviewProtocol.from_json(data) == _protocol("Fall-P10")
    assert "Ergebnis: Kontaktdichte im Team vergleichen." in as_text.read_text(encoding="utf-8")


def test_training_handout_uses_the_handout_variant(tmp_path: Path) -> None:
    service = TrainingService()
    out = service.print_handout("fall-02-u25-ohne-ausbildung-a-schwach", tmp_path / "h.pdf")
    text = _pdf_text(out)
    assert text and "Fliederbusch" not in text and "TR-2026-002" not in text
