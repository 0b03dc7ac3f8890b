"""Result types of the quality rubric: hints and the report (DESIGN.md §5 and §7)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The seven dimensions in the order of the rubric; hints are sorted by this order first.
DIMENSIONS: tuple[str, ...] = (
    "completeness",
    "operationalisation",
    "coherence",
    "significance",
    "participation",
    "plain_language",
    "follow_up",
)

# German names of the dimensions for reports and the GUI.
DIMENSION_LABELS: dict[str, str] = {
    "completeness": "Vollständigkeit",
    "operationalisation": "Überprüfbarkeit",
    "coherence": "Stimmigkeit",
    "significance": "Bedeutsamkeit",
    "participation": "Beteiligung",
    "plain_language": "Verständlichkeit",
    "follow_up": "Nachhaltung",
}

# Every hint code of DESIGN.md §7 with its dimension, in the order of the table.
HINT_CODES: dict[str, str] = {
    "no_integration_goal": "completeness",
    "no_client_step": "completeness",
    "no_jobcenter_step": "completeness",
    "no_review_date": "completeness",
    "no_strengths": "completeness",
    "step_no_due": "operationalisation",
    "step_no_criterion": "operationalisation",
    "step_vague": "operationalisation",
    "goal_no_target_date": "operationalisation",
    "goal_without_step": "coherence",
    "obstacle_unaddressed": "coherence",
    "step_after_review": "coherence",
    "step_after_goal_target": "coherence",
    "boilerplate": "significance",
    "too_short": "significance",
    "client_words_missing": "participation",
    "one_sided_duties": "participation",
    "sanction_language": "participation",
    "hard_to_read": "plain_language",
    "jargon": "plain_language",
    "review_too_late": "follow_up",
    "review_overdue": "follow_up",
    "step_overdue": "follow_up",
    "no_follow_up": "follow_up",
}


@dataclass(frozen=True)
class Hint:
    """One finding of the rubric.

    `target` is `plan`, `goal:ID`, `step:ID` or `obstacle:ID`; `message` names the goal or
    step in the counsellor's words, `suggestion` says what to write.
    """

    code: str
    dimension: str
    target: str
    message: str
    suggestion: str

    def to_json(self) -> dict[str, str]:
        return {
            "code": self.code,
            "dimension": self.dimension,
            "target": self.target,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class QualityReport:
    """Scores 0..100 per dimension and overall, and the hints they come from."""

    overall: int
    dimensions: dict[str, int]
    hints: list[Hint] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Exactly the `quality --json` object of DESIGN.md §5 (keys in stable order)."""
        return {
            "overall": self.overall,
            "dimensions": {name: self.dimensions[name] for name in DIMENSIONS},
            "hints": [hint.to_json() for hint in self.hints],
        }

    def hints_for(self, target: str) -> list[Hint]:
        """Hints about one field, e.g. `step:s3` (for showing them next to it)."""
        return [hint for hint in self.hints if hint.target == target]

    def by_dimension(self) -> dict[str, list[Hint]]:
        """Hints grouped by dimension, every dimension present, in rubric order."""
        grouped: dict[str, list[Hint]] = {name: [] for name in DIMENSIONS}
        for hint in self.hints:
            grouped[hint.dimension].append(hint)
        return grouped
