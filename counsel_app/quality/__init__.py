"""Quality rubric, Goal Attainment Scaling and caseload summary (DESIGN.md §2, §7).

Pure Python: no Qt, no database. Importing is cheap; word lists and weights load on first
use. Main entry point: `assess(case, today=None, *, analyser=None, corpus=None)`.
"""

from __future__ import annotations

from counsel_app.quality.assess import assess, find_hints, report_from_hints, text_checks
from counsel_app.quality.boilerplate import PlanCorpus, StockPhrases
from counsel_app.quality.caseload import CaseloadSummary, GroupSummary, caseload_summary
from counsel_app.quality.gas import gas_history, gas_t_score
from counsel_app.quality.report import (
    DIMENSION_LABELS,
    DIMENSIONS,
    HINT_CODES,
    Hint,
    QualityReport,
)
from counsel_app.quality.rubric import Rubric, default_rubric, load_rubric
from counsel_app.quality.scoring import dimension_scores, overall_score, score
from counsel_app.quality.text import add_months

__all__ = [
    "DIMENSIONS",
    "DIMENSION_LABELS",
    "HINT_CODES",
    "CaseloadSummary",
    "GroupSummary",
    "Hint",
    "PlanCorpus",
    "QualityReport",
    "Rubric",
    "StockPhrases",
    "add_months",
    "assess",
    "caseload_summary",
    "default_rubric",
    "dimension_scores",
    "find_hints",
    "gas_history",
    "gas_t_score",
    "load_rubric",
    "overall_score",
    "report_from_hints",
    "score",
    "text_checks",
]
