"""Caseload summary per profile group, against values computed by hand on five small cases."""

from __future__ import annotations

from datetime import date

import pytest

from counsel_app.domain import Actor, Case, FollowUp, FollowUpKind, Profile
from counsel_app.errors import UserError
from counsel_app.language import Analyser
from counsel_app.quality import caseload_summary
from counsel_app.quality.caseload import COMPLEX, MARKET_NEAR, NO_PROFILE, NOT_A_RANKING
from tests.quality.builders import TODAY, clone, goal, good_case, step


def _case(reference: str, profile: Profile | None) -> Case:
    case = clone(good_case())
    case.client.reference = reference
    case.client.profile = profile
    return case


def _cases() -> list[Case]:
    a = _case("A", Profile.MARKT)  # no hints: all 100
    b = _case("B", Profile.FOERDER)  # review_overdue only: follow_up 100 − 35 = 65
    b.plan.review_due = date(2026, 1, 31)
    b.plan.follow_ups = [FollowUp(date(2026, 1, 20), FollowUpKind.CONTACT)]
    for item in b.plan.steps:  # no step due after the (past) review date
        item.due, item.frequency = None, item.frequency or "einmal"
    c = _case("C", Profile.ENTWICKLUNG)  # no_jobcenter_step only: completeness 75
    step(c, "st2").actor = Actor.PROVIDER
    d = _case("D", Profile.STABILISIERUNG)  # no_client_step (completeness 70) and
    step(d, "st1").actor = Actor.PROVIDER  # client_words_missing (participation 70)
    step(d, "st3").actor = Actor.PROVIDER
    d.potential_analysis.client_view = None
    goal(d, "g1").client_words = None
    d.plan.follow_ups.append(FollowUp(date(2026, 4, 1), FollowUpKind.CONTACT))
    e = _case("E", None)
    return [a, b, c, d, e]


def test_summary_by_hand() -> None:
    summary = caseload_summary(_cases(), TODAY, analyser=Analyser())
    near, hard, none = (summary.groups[g] for g in (MARKET_NEAR, COMPLEX, NO_PROFILE))
    assert (near.count, hard.count, none.count) == (2, 2, 1)
    assert (near.label, hard.label, none.label) == ("marktnah", "komplex", "ohne Profil")

    # overall B = (7·100·weights − 35·1.25) / 8 = (800 − 43.75) / 8 = 94.53 -> 95
    # overall C = (800 − 25·1.0) / 8 = 96.875 -> 97; D = (800 − 30 − 30) / 8 = 92.5 -> 93
    assert near.dimensions["follow_up"] == pytest.approx((100 + 65) / 2)  # 82.5
    assert near.dimensions["completeness"] == 100
    assert near.overall == pytest.approx((100 + 95) / 2)  # 97.5
    assert hard.dimensions["completeness"] == pytest.approx((75 + 70) / 2)  # 72.5
    assert hard.dimensions["participation"] == pytest.approx((100 + 70) / 2)  # 85
    assert hard.overall == pytest.approx((97 + 93) / 2)  # 95

    assert near.overdue_review_share == 0.5
    assert hard.overdue_review_share == 0.0
    assert (near.no_client_step_share, hard.no_client_step_share) == (0.0, 0.5)
    assert (near.no_jobcenter_step_share, hard.no_jobcenter_step_share) == (0.0, 0.5)
    assert (near.client_words_share, hard.client_words_share) == (1.0, 0.5)
    assert near.contacts_per_plan == 1.0
    assert hard.contacts_per_plan == pytest.approx(1.5)  # C: 1, D: 2

    # creaming indicator: market-near minus complex
    assert summary.gap["completeness"] == pytest.approx(100 - 72.5)
    assert summary.gap["participation"] == pytest.approx(100 - 85)
    assert summary.gap["follow_up"] == pytest.approx(82.5 - 100)
    assert summary.gap["operationalisation"] == 0
    assert summary.gap["overall"] == pytest.approx(97.5 - 95)
    assert none.dimensions["completeness"] == 100
    assert summary.note == NOT_A_RANKING


def test_empty_group_has_no_means_and_no_gap() -> None:
    cases = [c for c in _cases() if c.client.profile is None or c.client.profile.is_market_near]
    summary = caseload_summary(cases, TODAY, analyser=Analyser())
    assert summary.groups[COMPLEX].count == 0
    assert summary.groups[COMPLEX].dimensions["completeness"] is None
    assert summary.groups[COMPLEX].overdue_review_share is None
    assert set(summary.gap.values()) == {None}


def test_refuses_cases_that_are_not_pseudonymised() -> None:
    cases = _cases()
    cases[2].client.pseudonymised = False
    with pytest.raises(UserError, match="1 von 5 Fällen sind nicht pseudonymisiert"):
        caseload_summary(iter(cases), TODAY, analyser=Analyser())
    summary = caseload_summary(cases, TODAY, own_store=True, analyser=Analyser())
    assert sum(group.count for group in summary.groups.values()) == 5


def test_the_note_says_it_is_not_a_ranking() -> None:
    summary = caseload_summary([], TODAY, analyser=Analyser())
    assert "nicht dem Vergleich oder der Bewertung von Mitarbeitenden" in summary.note
