"""GAS T-score (Kiresuk & Sherman, DESIGN.md §2) against values computed by hand.

T = 50 + 10·Σ(w·x) / sqrt((1−ρ)·Σw² + ρ·(Σw)²), ρ = 0.3 unless stated.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from counsel_app.domain import Review
from counsel_app.errors import UserError
from counsel_app.quality import gas_history, gas_t_score
from tests.quality.builders import clone, good_case


def test_all_goals_at_the_expected_level_give_50() -> None:
    assert gas_t_score({"g1": 0, "g2": 0, "g3": 0}) == 50


def test_one_goal() -> None:
    # Σwx = 1; Σw² = 1; (Σw)² = 1; denominator = sqrt(0.7·1 + 0.3·1) = 1 -> T = 60
    assert gas_t_score({"g1": 1}) == pytest.approx(60.0)
    # x = −2: T = 50 − 20 = 30
    assert gas_t_score({"g1": -2}) == pytest.approx(30.0)


def test_three_goals_equal_weights() -> None:
    # x = (2, 1, 0): Σwx = 3; Σw² = 3; (Σw)² = 9
    # denominator = sqrt(0.7·3 + 0.3·9) = sqrt(2.1 + 2.7) = sqrt(4.8) = 2.190890…
    # T = 50 + 30 / 2.190890 = 50 + 13.693064 = 63.693064
    assert gas_t_score({"a": 2, "b": 1, "c": 0}) == pytest.approx(63.693064, abs=1e-6)


def test_weighted_goals() -> None:
    # w = (2, 1), x = (1, −1): Σwx = 2 − 1 = 1; Σw² = 4 + 1 = 5; (Σw)² = 9
    # denominator = sqrt(0.7·5 + 0.3·9) = sqrt(3.5 + 2.7) = sqrt(6.2) = 2.489980…
    # T = 50 + 10 / 2.489980 = 54.016097
    t = gas_t_score({"a": 1, "b": -1}, {"a": 2.0, "b": 1.0})
    assert t == pytest.approx(54.016097, abs=1e-6)
    # a goal missing from `weights` weighs 1: same as above with b left out of the weights
    assert gas_t_score({"a": 1, "b": -1}, {"a": 2.0}) == t


def test_other_rho() -> None:
    # ρ = 0, x = (1, 1): denominator = sqrt(1·2) = 1.414214; T = 50 + 20/1.414214 = 64.142136
    assert gas_t_score({"a": 1, "b": 1}, rho=0.0) == pytest.approx(50 + 20 / math.sqrt(2))
    assert gas_t_score({"a": 1, "b": 1}, rho=0.0) == pytest.approx(64.142136, abs=1e-6)


def test_no_ratings_or_no_weight_gives_none() -> None:
    assert gas_t_score({}) is None
    assert gas_t_score({"a": 1}, {"a": 0.0}) is None


@pytest.mark.parametrize("ratings", [{"a": 3}, {"a": -3}, {"a": True}])
def test_levels_outside_the_scale_are_refused(ratings: dict[str, int]) -> None:
    with pytest.raises(UserError, match="zwischen"):
        gas_t_score(ratings)


def test_negative_weight_is_refused() -> None:
    with pytest.raises(UserError, match="negativ"):
        gas_t_score({"a": 1}, {"a": -1.0})


def test_history_per_review_in_date_order() -> None:
    case = clone(good_case())
    case.plan.reviews = [
        Review(date(2026, 9, 1), {"g1": 1, "g2": 2}),
        Review(date(2026, 6, 15), {"g1": -1, "g2": 0}),
        Review(date(2026, 7, 1), {}),
    ]
    history = gas_history(case)
    assert [point.date for point in history] == [
        date(2026, 6, 15),
        date(2026, 7, 1),
        date(2026, 9, 1),
    ]
    # 15.06.: x = (−1, 0): Σwx = −1; denominator = sqrt(0.7·2 + 0.3·4) = sqrt(2.6) = 1.612452
    #         T = 50 − 10/1.612452 = 50 − 6.201737 = 43.798263
    assert history[0].t_score == pytest.approx(43.798263, abs=1e-6)
    assert history[1].t_score is None and history[1].rated_goals == 0
    # 01.09.: x = (1, 2): Σwx = 3 -> T = 50 + 30/1.612452 = 50 + 18.605210 = 68.605210
    assert history[2].t_score == pytest.approx(68.605210, abs=1e-6)
