"""Goal Attainment Scaling (Kiresuk & Sherman): the summary T-score (DESIGN.md §2).

    T = 50 + 10·Σ(w_i·x_i) / sqrt((1−ρ)·Σw_i² + ρ·(Σw_i)²),   ρ = 0.3

x_i is the level reached for goal i (−2..+2), w_i its weight (default 1). With all goals at
the expected level (0) T is 50; the scale is built so that T has mean 50 and standard
deviation 10 when the levels do, whatever the number of goals.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from counsel_app.domain import GAS_LEVELS, Case
from counsel_app.errors import UserError

DEFAULT_RHO = 0.3


def gas_t_score(
    ratings: Mapping[str, int],
    weights: Mapping[str, float] | None = None,
    rho: float = DEFAULT_RHO,
) -> float | None:
    """The GAS T-score of `ratings` (goal id -> level −2..+2); None without ratings.

    `weights` maps goal id to weight (missing goals weigh 1). Raises `UserError` for a level
    outside −2..+2 or a negative weight.
    """
    if not 0 <= rho < 1:
        raise ValueError("rho must be in [0, 1)")
    numerator = 0.0
    sum_w = 0.0
    sum_w2 = 0.0
    for goal_id, level in ratings.items():
        if isinstance(level, bool) or level not in GAS_LEVELS:
            raise UserError(f"GAS-Stufe für Ziel {goal_id} muss zwischen −2 und +2 liegen.")
        weight = 1.0 if weights is None else float(weights.get(goal_id, 1.0))
        if weight < 0 or math.isnan(weight):
            raise UserError(f"Gewicht für Ziel {goal_id} darf nicht negativ sein.")
        numerator += weight * level
        sum_w += weight
        sum_w2 += weight * weight
    denominator = math.sqrt((1 - rho) * sum_w2 + rho * sum_w * sum_w)
    if denominator == 0:
        return None
    return 50 + 10 * numerator / denominator


@dataclass(frozen=True)
class GasPoint:
    """The T-score of one review (None when it rated no goal)."""

    date: date
    t_score: float | None
    rated_goals: int


def gas_history(
    case: Case, weights: Mapping[str, float] | None = None, rho: float = DEFAULT_RHO
) -> list[GasPoint]:
    """T-score per review of the case's plan, in date order (stable for equal dates)."""
    reviews = sorted(case.plan.reviews, key=lambda review: review.date)
    return [
        GasPoint(
            review.date, gas_t_score(review.goal_ratings, weights, rho), len(review.goal_ratings)
        )
        for review in reviews
    ]
