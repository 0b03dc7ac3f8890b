"""Invariants of `assess()` over generated cases and the fix-each-cause monotonicity test."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.domain import Case
from counsel_app.exchange import read_case
from counsel_app.language import Analyser
from counsel_app.quality import DIMENSIONS, HINT_CODES, assess, default_rubric, score
from tests.quality.builders import TODAY, clone, good_case
from tests.quality.test_hints import SPOILERS
from tests.support.exchange_strategies import exchange_documents

RUBRIC = default_rubric()
TARGET = re.compile(r"^(plan|goal:.+|step:.+|obstacle:.+)$")
todays = st.dates()

ANALYSER = Analyser()  # real word lists; dictionaries load once, on first use


def _targets(case: Case) -> set[str]:
    return (
        {"plan"}
        | {f"goal:{g.id}" for g in case.plan.goals}
        | {f"step:{s.id}" for s in case.plan.steps}
        | {f"obstacle:{o.id}" for o in case.potential_analysis.obstacles}
    )


@settings(max_examples=60)
@given(exchange_documents(full=False), todays)
def test_assess_invariants_on_generated_cases(document: dict[str, Any], today: Any) -> None:
    case = read_case(document)
    analyser = ANALYSER
    report = assess(case, today, analyser=analyser)
    # integers 0..100, exactly the seven dimensions
    assert list(report.dimensions) == list(DIMENSIONS)
    for value in (report.overall, *report.dimensions.values()):
        assert type(value) is int and 0 <= value <= 100
    # scores are the function of the hints
    codes = [hint.code for hint in report.hints]
    assert (report.overall, report.dimensions) == score(
        codes, RUBRIC.penalties, RUBRIC.dimension_weights, RUBRIC.decay
    )
    if not report.hints:
        assert report.overall == 100 and set(report.dimensions.values()) == {100}
    # hints are well-formed and point at parts of this case
    for hint in report.hints:
        assert hint.code in HINT_CODES and hint.dimension == HINT_CODES[hint.code]
        assert TARGET.match(hint.target) and hint.target in _targets(case)
        assert hint.message.strip() and hint.suggestion.strip()
    # order: by dimension first
    order = [DIMENSIONS.index(hint.dimension) for hint in report.hints]
    assert order == sorted(order)
    # deterministic, also with a fresh analyser (no state leaks between calls)
    assert assess(case, today, analyser=analyser) == report
    assert assess(case, today, analyser=ANALYSER) == report
    # removing any hint from the list never lowers a score
    for index in range(len(codes)):
        overall, dims = score(
            codes[:index] + codes[index + 1 :],
            RUBRIC.penalties,
            RUBRIC.dimension_weights,
            RUBRIC.decay,
        )
        assert overall >= report.overall
        assert all(dims[name] >= report.dimensions[name] for name in DIMENSIONS)


# Spoilers that contradict each other cannot all hold at once: a plan cannot lack client
# steps and have too many; the review date cannot be missing, too late and overdue at once,
# and the step due after the review needs the review on its usual date; an overdue (past)
# review date puts every step, contact and added due date after it. So there are four poor
# plans; together they cover every code.
_DATE_CODES = {"no_review_date", "review_too_late", "review_overdue", "step_after_review"}
_CONFLICTS = (
    {"no_client_step"} | _DATE_CODES - {"step_after_review"},
    {"one_sided_duties", "no_follow_up", "step_no_due"} | _DATE_CODES - {"review_overdue"},
    {"no_client_step"} | _DATE_CODES - {"no_review_date"},
    {"no_client_step"} | _DATE_CODES - {"review_too_late"},
)
COMPOSITIONS = [[code for code in SPOILERS if code not in left_out] for left_out in _CONFLICTS]


def _spoiled(codes: list[str], leave_out: str | None = None) -> Case:
    case = clone(good_case())
    for code in codes:
        if code != leave_out:
            SPOILERS[code][0](case)
    return case


def test_the_poor_plans_cover_every_code() -> None:
    covered: set[str] = set()
    for codes in COMPOSITIONS:
        report = assess(_spoiled(codes), TODAY, analyser=ANALYSER)
        assert all(value < 100 for value in report.dimensions.values()), report.dimensions
        assert report.overall < 60
        found = {hint.code for hint in report.hints}
        assert set(codes) <= found
        covered |= found
    assert covered == set(HINT_CODES)


@pytest.mark.parametrize(
    ("codes", "code"),
    [(codes, code) for codes in COMPOSITIONS for code in codes],
    ids=[f"{n}-{code}" for n, codes in enumerate(COMPOSITIONS) for code in codes],
)
def test_removing_one_cause_never_lowers_a_score(codes: list[str], code: str) -> None:
    """A poor plan with many causes, against the same plan with one cause fixed."""
    poor = assess(_spoiled(codes), TODAY, analyser=ANALYSER)
    fixed = assess(_spoiled(codes, leave_out=code), TODAY, analyser=ANALYSER)
    poor_codes = [h.code for h in poor.hints]
    fixed_codes = [h.code for h in fixed.hints]
    assert fixed_codes.count(code) < poor_codes.count(code)
    assert fixed.overall >= poor.overall
    for name in DIMENSIONS:
        assert fixed.dimensions[name] >= poor.dimensions[name], name


@settings(max_examples=25)
@given(exchange_documents(full=False), todays)
def test_assess_with_the_real_analyser_on_arbitrary_text(
    document: dict[str, Any], today: Any
) -> None:
    from counsel_app.language import default_analyser

    case = read_case(document)
    report = assess(case, today, analyser=default_analyser())
    assert 0 <= report.overall <= 100
    assert all(hint.target in _targets(case) for hint in report.hints)
