"""Fonts, structure, metadata, page numbers and page count of the printed PDFs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from counsel_app.domain import Case, ReadingLevel, StepStatus
from counsel_app.printing import VARIANTS, PdfRenderer
from tests.printing.conftest import (
    load_training_case,
    pdf_info,
    pdf_pages,
    pdf_text,
    training_case_files,
)
from tests.printing.sample_cases import TODAY, sample_case

BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
# A "typical" plan: at most nine steps on the client's copy, not in Leichte Sprache (14 pt).
# The training cases with ten steps are the long showcase plans.
TYPICAL_MAX_STEPS = 9


def font_rows(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_font_is_embedded_and_none_is_base14(
    renderer: PdfRenderer, tmp_path: Path, variant: str
) -> None:
    pdf = renderer.render(sample_case(), variant, tmp_path / "out.pdf", today=TODAY)
    rows = font_rows(pdf)
    assert rows, "pdffonts lists no font"
    for row in rows:
        name = row[0]
        # columns from the right: object ID (2), uni, sub, emb
        emb = row[-5]
        assert emb == "yes", f"font {name} not embedded"
        assert not any(base in name for base in BASE14), f"base-14 font {name} in {variant}"
        assert "DejaVuSans" in name


@pytest.mark.parametrize("variant", VARIANTS)
def test_qpdf_check_passes(renderer: PdfRenderer, tmp_path: Path, variant: str) -> None:
    pdf = renderer.render(sample_case(), variant, tmp_path / "out.pdf", today=TODAY)
    result = subprocess.run(
        ["qpdf", "--check", str(pdf)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_metadata_and_page_numbers(renderer: PdfRenderer, tmp_path: Path) -> None:
    pdf = renderer.render(sample_case(), "client", tmp_path / "client.pdf", today=TODAY)
    info = pdf_info(pdf)
    assert info["Title"] == "Ihr Kooperationsplan"
    assert info["Author"] == "Jonas Becker"
    assert "§ 15 SGB II" in info["Subject"]
    assert info["Page size"].startswith("595.276 x 841.89")
    text = pdf_text(pdf)
    pages = pdf_pages(pdf)
    for page in range(1, pages + 1):
        assert f"Seite {page} von {pages}" in text
    assert "gedruckt am 15. Februar 2027" in text


def test_author_without_counsellor_is_the_program(renderer: PdfRenderer, tmp_path: Path) -> None:
    case = sample_case()
    case.counsellor = None
    pdf = renderer.render(case, "official", tmp_path / "o.pdf", today=TODAY)
    assert pdf_info(pdf)["Author"] == "counsel-app"


def test_same_day_gives_the_same_bytes(renderer: PdfRenderer) -> None:
    first = renderer.render_bytes(sample_case(), "official", today=TODAY)
    assert first == renderer.render_bytes(sample_case(), "official", today=TODAY)


def _is_typical(case: Case) -> bool:
    steps = [s for s in case.plan.steps if s.status is not StepStatus.DROPPED]
    return len(steps) <= TYPICAL_MAX_STEPS and case.client.reading_level is not ReadingLevel.LEICHT


@pytest.mark.parametrize("case_file", training_case_files(), ids=lambda p: p.stem)
def test_client_copy_of_a_typical_plan_fits_two_pages(
    renderer: PdfRenderer, tmp_path: Path, case_file: Path
) -> None:
    case = load_training_case(case_file)
    if not _is_typical(case):
        pytest.skip("not a typical plan (more than nine steps or Leichte Sprache)")
    pdf = renderer.render(case, "client", tmp_path / "client.pdf", today=TODAY)
    assert pdf_pages(pdf) <= 2


def test_most_training_cases_are_typical() -> None:
    cases = [load_training_case(p) for p in training_case_files()]
    assert sum(_is_typical(c) for c in cases) >= len(cases) * 2 // 3
