"""Review sheet and handout carry no name, reference, salutation or contact of the case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from counsel_app.domain import Case
from counsel_app.printing import PdfRenderer
from tests.printing.conftest import (
    load_training_case,
    pdf_info,
    pdf_text,
    training_case_files,
)
from tests.printing.sample_cases import TODAY, sample_case

CASES = [("sample", None), *((p.stem, p) for p in training_case_files())]


def identifying_values(case: Case) -> list[str]:
    client = case.client
    values = [client.reference]
    if client.display_name:
        values.append(client.display_name)
        values += [part for part in client.display_name.replace("-", " ").split() if len(part) > 2]
        if client.salutation:
            values.append(f"{client.salutation} {client.display_name.split()[-1]}")
    if case.counsellor is not None:
        c = case.counsellor
        values += [v for v in (c.name, c.phone, c.email) if v]
    return values


@pytest.mark.parametrize("variant", ["review", "handout"])
@pytest.mark.parametrize(("name", "path"), CASES, ids=[n for n, _ in CASES])
def test_no_identifying_data(
    renderer: PdfRenderer, tmp_path: Path, name: str, path: Path | None, variant: str
) -> None:
    case = sample_case() if path is None else load_training_case(path)
    values = identifying_values(case)
    assert len(values) >= 4
    pdf = renderer.render(case, variant, tmp_path / "r.pdf", today=TODAY, pseudonym="Fall A")
    text = pdf_text(pdf, layout=False)
    flat = " ".join(text.split()).casefold()
    meta = " ".join(pdf_info(pdf).values()).casefold()
    for value in values:
        word = re.compile(rf"(?<!\w){re.escape(value.casefold())}(?!\w)")
        assert not word.search(flat), f"{value!r} printed on the {variant}"
        assert not word.search(meta), f"{value!r} in the metadata of the {variant}"
    assert "Fall A" in text


def test_review_sheet_has_quality_phases_and_disclaimer(
    renderer: PdfRenderer, tmp_path: Path
) -> None:
    pdf = renderer.render(sample_case(), "review", tmp_path / "r.pdf", today=TODAY)
    text = " ".join(pdf_text(pdf, layout=False).split())
    assert "kein Maßstab, um Fachkräfte zu bewerten" in text
    phases = [
        "Rollenverteilung",
        "Fallbericht",
        "Schlüsselfrage",
        "Methodenwahl",
        "Beratung",
        "Abschluss",
    ]
    positions = [text.index(f"{i}. {p} (") for i, p in enumerate(phases, start=1)]
    assert positions == sorted(positions)
    for phase, minutes in zip(phases, [5, 10, 5, 5, 15, 5], strict=True):
        assert f"{phase} ({minutes} Minuten)" in text
    if "keine Qualitätsauswertung" not in text:
        assert "Vollständigkeit" in text
        assert "Gesamt" in text
        assert "Vorschlag:" in text


def test_derived_pseudonym_is_stable_and_hides_the_reference(renderer: PdfRenderer) -> None:
    first = renderer.markup(sample_case(), "handout", today=TODAY)
    second = renderer.markup(sample_case(), "handout", today=TODAY)
    assert first == second
    assert "Fallbeispiel: Fall " in first
    assert "123D456789" not in first


def test_free_text_mentioning_the_client_is_redacted(renderer: PdfRenderer) -> None:
    case = sample_case()
    case.potential_analysis.client_view = "Frau Yılmaz sagt: Ayşe kann gut rechnen."
    markup = renderer.markup(case, "review", today=TODAY, pseudonym="Fall B")
    assert "Yılmaz" not in markup
    assert "Ayşe" not in markup
    assert "Frau [Name] sagt: [Name] kann gut rechnen." in markup


def test_handout_has_reflection_questions(renderer: PdfRenderer, tmp_path: Path) -> None:
    pdf = renderer.render(sample_case(), "handout", tmp_path / "h.pdf", today=TODAY)
    text = " ".join(pdf_text(pdf, layout=False).split())
    assert "Fragen zur Reflexion" in text
    assert "Welche Schritte sind überprüfbar formuliert?" in text
    assert "Wo fehlt die Sicht der Kundin oder des Kunden?" in text


def test_reference_digits_inside_dates_survive(renderer: PdfRenderer) -> None:
    case = sample_case()
    case.client.reference = "TR-2026-001"
    case.potential_analysis.client_view = "Kitaplatz ab 01.09.2026 zugesagt (TR-2026-001)."
    markup = renderer.markup(case, "review", today=TODAY, pseudonym="Fall C")
    assert "Kitaplatz ab 01.09.2026 zugesagt ([Name])." in markup
