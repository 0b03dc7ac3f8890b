"""Printed text of every variant compared with golden files (PDF -> pdftotext -layout).

Regenerate after an intended change of wording or layout with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/printing/test_golden.py

and review the diff of tests/printing/golden/ before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counsel_app.printing import VARIANTS, PdfRenderer
from tests.printing.conftest import load_training_case, normalise, pdf_text, training_case_files
from tests.printing.sample_cases import TODAY, sample_case

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"golden file {path.name} missing: run with UPDATE_GOLDEN=1 and review it")
    assert text == path.read_text(encoding="utf-8"), f"printed text differs from {path.name}"


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("case_file", training_case_files(), ids=lambda p: p.stem)
def test_training_case_matches_golden(
    renderer: PdfRenderer, tmp_path: Path, case_file: Path, variant: str
) -> None:
    case = load_training_case(case_file)
    pdf = renderer.render(case, variant, tmp_path / "out.pdf", today=TODAY)
    check_golden(f"{case_file.stem}-{variant}", normalise(pdf_text(pdf)))


@pytest.mark.parametrize("variant", VARIANTS)
def test_sample_case_matches_golden(renderer: PdfRenderer, tmp_path: Path, variant: str) -> None:
    pdf = renderer.render(sample_case(), variant, tmp_path / "out.pdf", today=TODAY)
    check_golden(f"sample-{variant}", normalise(pdf_text(pdf)))


def test_there_are_training_cases() -> None:
    assert len(training_case_files()) >= 5
