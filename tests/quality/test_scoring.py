"""Scoring invariants (DESIGN.md §7): a pure, monotone function of the hint multiset."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from counsel_app.quality import DIMENSIONS, HINT_CODES, default_rubric, score
from counsel_app.quality.scoring import dimension_scores, overall_score

RUBRIC = default_rubric()
code_lists = st.lists(st.sampled_from(list(HINT_CODES)), max_size=60)


def _score(codes: list[str]) -> tuple[int, dict[str, int]]:
    return score(codes, RUBRIC.penalties, RUBRIC.dimension_weights, RUBRIC.decay)


def test_no_hints_scores_100_everywhere() -> None:
    overall, dims = _score([])
    assert overall == 100
    assert dims == dict.fromkeys(DIMENSIONS, 100)


@given(code_lists)
def test_scores_are_integers_0_to_100(codes: list[str]) -> None:
    overall, dims = _score(codes)
    assert list(dims) == list(DIMENSIONS)
    for value in (overall, *dims.values()):
        assert type(value) is int
        assert 0 <= value <= 100


@given(code_lists, st.data())
def test_removing_any_hint_never_lowers_a_score(codes: list[str], data: st.DataObject) -> None:
    if not codes:
        return
    index = data.draw(st.integers(0, len(codes) - 1))
    before_overall, before = _score(codes)
    after_overall, after = _score(codes[:index] + codes[index + 1 :])
    assert after_overall >= before_overall
    assert all(after[name] >= before[name] for name in DIMENSIONS)
    # a hint that occurs once and is not clamped away really costs points
    code = codes[index]
    if codes.count(code) == 1 and before[HINT_CODES[code]] > 0:
        assert after[HINT_CODES[code]] > before[HINT_CODES[code]]


@given(code_lists, st.randoms(use_true_random=False))
def test_order_of_hints_does_not_matter(codes: list[str], rnd: object) -> None:
    shuffled = list(codes)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _score(codes) == _score(shuffled)


def test_hand_computed_example() -> None:
    # step_no_due x3: 12 + 6 + 3 = 21; step_vague x1: 10  -> operationalisation 100-31 = 69
    # boilerplate x2: 20 + 10 = 30                          -> significance 70
    # overall = (1.0*100 + 1.5*69 + 1.25*100 + 1.25*70 + 1.0*100 + 0.75*100 + 1.25*100) / 8
    #         = (100 + 103.5 + 125 + 87.5 + 100 + 75 + 125) / 8 = 716 / 8 = 89.5 -> 90
    codes = ["step_no_due"] * 3 + ["step_vague", "boilerplate", "boilerplate"]
    overall, dims = _score(codes)
    assert dims["operationalisation"] == 69
    assert dims["significance"] == 70
    assert overall == 90


def test_repeated_hints_are_capped() -> None:
    # 50 x step_no_criterion: 10 * (1 - 0.5**50) / 0.5 -> just under 20 -> 80
    assert (
        dimension_scores(["step_no_criterion"] * 50, RUBRIC.penalties, 0.5)["operationalisation"]
        == 80
    )


def test_dimension_is_clamped_at_zero() -> None:
    codes = ["no_integration_goal", "no_client_step", "no_jobcenter_step", "no_review_date"]
    assert dimension_scores(codes, RUBRIC.penalties, RUBRIC.decay)["completeness"] == 0


def test_overall_rounds_half_up() -> None:
    weights = dict.fromkeys(DIMENSIONS, 1.0)
    dims = dict.fromkeys(DIMENSIONS, 100)
    dims["completeness"] = 93  # mean 99 + 0/7... = (600 + 93) / 7 = 99.0
    assert overall_score(dims, weights) == 99
    dims["completeness"] = 96.5  # type: ignore[assignment]  # (600 + 96.5)/7 = 99.5
    assert overall_score(dims, weights) == 100


def test_weights_table_shows_every_code_and_dimension() -> None:
    table = RUBRIC.weights_table()
    for name in (*DIMENSIONS, *HINT_CODES):
        assert name in table
