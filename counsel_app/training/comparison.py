"""Two plans side by side: both quality reports and the differences per dimension."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from counsel_app.domain import Case
from counsel_app.quality import DIMENSIONS, QualityReport, assess


@dataclass(frozen=True)
class PlanComparison:
    """`differences[d]` = score of b minus score of a (positive: b is better there)."""

    report_a: QualityReport
    report_b: QualityReport
    differences: dict[str, int]
    overall_difference: int
    # hint codes (with counts) found only in a / only in b
    only_in_a: dict[str, int]
    only_in_b: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.report_a.to_json(),
            "b": self.report_b.to_json(),
            "differences": dict(self.differences),
            "overall_difference": self.overall_difference,
            "only_in_a": dict(self.only_in_a),
            "only_in_b": dict(self.only_in_b),
        }


def compare_plans(a: Case, b: Case, today: date) -> PlanComparison:
    """Assess both plans as of `today` and compare them dimension by dimension."""
    report_a, report_b = assess(a, today), assess(b, today)
    codes_a = Counter(hint.code for hint in report_a.hints)
    codes_b = Counter(hint.code for hint in report_b.hints)
    return PlanComparison(
        report_a=report_a,
        report_b=report_b,
        differences={d: report_b.dimensions[d] - report_a.dimensions[d] for d in DIMENSIONS},
        overall_difference=report_b.overall - report_a.overall,
        only_in_a=dict(codes_a - codes_b),
        only_in_b=dict(codes_b - codes_a),
    )
