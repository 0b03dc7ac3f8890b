"""Regenerate the golden quality reports of the training cases.

    .venv/bin/python -m tests.quality.regen_golden

writes tests/quality/golden/<case>.json = `counsel-app quality --file resources/cases/<case>.json
--json --today 2026-11-21`. Review the diff before committing: a changed golden file means
changed feedback for counsellors.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from counsel_app.paths import DataPaths
from counsel_app.resources import resource_path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
TODAY = "2026-11-21"


def training_cases() -> list[Path]:
    return sorted(resource_path("cases").glob("*.json"))


def quality_json(case_file: Path, data_dir: Path) -> str:
    """What `counsel-app quality --file CASE --json --today 2026-11-21` prints."""
    out, err = io.StringIO(), io.StringIO()
    ctx = AppContext(paths=DataPaths(data_dir), environ={}, stdout=out, stderr=err)
    code = run(["quality", "--file", str(case_file), "--json", "--today", TODAY], lambda _args: ctx)
    if code != 0:
        raise RuntimeError(f"{case_file.name}: exit {code}: {err.getvalue()}")
    return out.getvalue()


def main() -> int:
    GOLDEN_DIR.mkdir(exist_ok=True)
    for case_file in training_cases():
        target = GOLDEN_DIR / case_file.name
        target.write_text(quality_json(case_file, GOLDEN_DIR / ".no-store"), encoding="utf-8")
        print(f"geschrieben: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
