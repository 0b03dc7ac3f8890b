"""Golden `quality --json --today 2026-11-21` output for every training case.

Regenerate after an intended change (word lists, weights, wording) with

    .venv/bin/python -m tests.quality.regen_golden

and review the diff: it is the feedback counsellors will see.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.quality.regen_golden import GOLDEN_DIR, quality_json, training_cases

CASES = training_cases()
POOR = ("schwach", "textbausteine")
GOOD = ("-gut",)


def test_there_are_training_cases_and_a_golden_file_for_each() -> None:
    assert len(CASES) >= 10
    assert sorted(p.name for p in GOLDEN_DIR.glob("*.json")) == [p.name for p in CASES]


@pytest.mark.parametrize("case_file", CASES, ids=[p.stem for p in CASES])
def test_quality_json_matches_golden(case_file: Path, tmp_path: Path) -> None:
    expected = (GOLDEN_DIR / case_file.name).read_text(encoding="utf-8")
    actual = quality_json(case_file, tmp_path / "data")
    assert not (tmp_path / "data").exists()  # --file never opens or creates a store
    assert actual == expected, "golden differs: python -m tests.quality.regen_golden"


def _golden(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((GOLDEN_DIR / name).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("case_file", CASES, ids=[p.stem for p in CASES])
def test_golden_files_are_not_trivial(case_file: Path) -> None:
    report = _golden(case_file.name)
    hints = report["hints"]
    assert isinstance(hints, list)
    dimensions = {hint["dimension"] for hint in hints}
    overall = report["overall"]
    assert isinstance(overall, int)
    if any(marker in case_file.name for marker in POOR):
        assert len(dimensions) >= 5, dimensions
        assert overall < 70
        assert {"step_vague", "boilerplate", "sanction_language"} & {h["code"] for h in hints}
    if any(marker in case_file.name for marker in GOOD):
        assert overall >= 90
        assert all(score >= 60 for score in report["dimensions"].values())  # type: ignore[attr-defined]


def test_good_versions_score_higher_than_poor_versions_of_the_same_case() -> None:
    pairs = 0
    for good in (p for p in CASES if "-gut" in p.name):
        poor = good.name.replace("-gut", "-schwach")
        if (GOLDEN_DIR / poor).exists():
            pairs += 1
            good_report, poor_report = _golden(good.name), _golden(poor)
            assert good_report["overall"] > poor_report["overall"]  # type: ignore[operator]
    assert pairs >= 1
