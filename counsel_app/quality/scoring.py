"""Scores from hints: a pure function of the hint multiset (DESIGN.md §7).

Each dimension starts at 100. The k-th hint (k = 1, 2, ...) of one code subtracts
`penalty[code] * decay**(k-1)`, so repeated hints count less and one code takes at most
`penalty / (1 - decay)` points. The dimension is `100 - round(sum)`, clamped to 0..100.
`overall` is the weighted mean of the dimensions, rounded half up.

Weights (from `resources/quality/weights.toml`, shown by `counsel-app quality --help`):

=====================  ======  =========================================================
dimension              weight  penalty per hint code
=====================  ======  =========================================================
completeness           1.00    no_integration_goal 40, no_client_step 30,
                               no_jobcenter_step 25, no_review_date 30, no_strengths 15
operationalisation     1.50    step_no_due 12, step_no_criterion 10, step_vague 10,
                               goal_no_target_date 8
coherence              1.25    goal_without_step 15, obstacle_unaddressed 15,
                               step_after_review 8, step_after_goal_target 6
significance           1.25    boilerplate 20, too_short 12
participation          1.00    client_words_missing 30, one_sided_duties 30,
                               sanction_language 25
plain_language         0.75    hard_to_read 10, jargon 8
follow_up              1.25    review_too_late 30, review_overdue 35, step_overdue 10,
                               no_follow_up 25
=====================  ======  =========================================================

Decay 0.5. Because penalties are non-negative and every step of the computation is
non-decreasing, removing a hint never lowers a dimension or `overall`, and no hints give
100 everywhere.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from counsel_app.quality.report import DIMENSIONS, HINT_CODES


def _round(value: float) -> int:
    """Round half up (monotone, unlike banker's rounding it is also what people expect)."""
    return math.floor(value + 0.5)


def dimension_scores(
    codes: Iterable[str], penalties: Mapping[str, float], decay: float
) -> dict[str, int]:
    """Score per dimension for the hint codes (one entry per hint, repeats allowed)."""
    counts = Counter(codes)
    lost = dict.fromkeys(DIMENSIONS, 0.0)
    for code, count in counts.items():
        # penalty * (1 + decay + ... + decay**(count-1))
        lost[HINT_CODES[code]] += penalties[code] * _series(decay, count)
    return {name: max(0, min(100, 100 - _round(lost[name]))) for name in DIMENSIONS}


def _series(decay: float, count: int) -> float:
    if count <= 0:
        return 0.0
    if decay == 0:
        return 1.0
    return (1 - decay**count) / (1 - decay)


def overall_score(dimensions: Mapping[str, int], weights: Mapping[str, float]) -> int:
    """Weighted mean of the dimension scores, rounded half up."""
    total_weight = sum(weights[name] for name in DIMENSIONS)
    mean = sum(weights[name] * dimensions[name] for name in DIMENSIONS) / total_weight
    return max(0, min(100, _round(mean)))


def score(
    codes: Iterable[str],
    penalties: Mapping[str, float],
    dimension_weights: Mapping[str, float],
    decay: float,
) -> tuple[int, dict[str, int]]:
    """`(overall, dimensions)` for a multiset of hint codes."""
    dims = dimension_scores(codes, penalties, decay)
    return overall_score(dims, dimension_weights), dims
