"""The due list over the training cases for a fixed "today" (Saturday 21.11.2026)."""

from __future__ import annotations

import copy
from datetime import date, timedelta

from counsel_app.domain import Case, FollowUp, FollowUpKind, Review, StepStatus
from counsel_app.followup.due import Bucket, DueKind, Page, bucket_for, due_items

TODAY = date(2026, 11, 21)
FALL_04 = "fall-04-langzeitarbeitslos-59-lager"
FALL_02 = "fall-02-u25-ohne-ausbildung-a-gut"
FALL_11 = "fall-11-angststoerung-textbausteine"
FALL_10 = "fall-10-marktnah-fachlagerist"


def _summary(case_id: int, case: Case, today: date = TODAY) -> list[tuple[str, str, date, str]]:
    return [
        (item.bucket.value, item.kind.value, item.date, item.target)
        for item in due_items([(case_id, case)], today).items
    ]


def test_case_04_review_overdue_step_contact_and_six_months(
    training_cases: dict[str, Case],
) -> None:
    # review_due 16.09. (no review); st4 (Jobcenter) open, due 30.06.; contact 15.07. not done;
    # the review follow-up on 16.09. is the review itself; agreed 18.03. + 6 months = 18.09.
    # st1 and st5 are "partly", not open: no item.
    assert _summary(4, training_cases[FALL_04]) == [
        ("overdue", "step_overdue", date(2026, 6, 30), "step:st4"),
        ("overdue", "contact", date(2026, 7, 15), "follow_up:1"),
        ("overdue", "review", date(2026, 9, 16), "plan"),
        ("overdue", "plan_unreviewed", date(2026, 9, 18), "plan"),
    ]


def test_case_02_only_the_contact_of_next_thursday(training_cases: dict[str, Case]) -> None:
    # st5 (27.11.) and st6 (25.11.) are due this week but not overdue; done steps never count;
    # review 09.04.2027 is far; agreed 13.10.2026 is less than six months ago.
    assert _summary(2, training_cases[FALL_02]) == [
        ("this_week", "contact", date(2026, 11, 26), "follow_up:1"),
    ]


def test_case_11_two_overdue_steps_and_no_review_for_seven_months(
    training_cases: dict[str, Case],
) -> None:
    assert _summary(11, training_cases[FALL_11]) == [
        ("overdue", "step_overdue", date(2026, 6, 30), "step:st2"),
        ("overdue", "step_overdue", date(2026, 7, 31), "step:st3"),
        ("overdue", "plan_unreviewed", date(2026, 10, 20), "plan"),
    ]


def test_case_10_has_nothing_due(training_cases: dict[str, Case]) -> None:
    assert _summary(10, training_cases[FALL_10]) == []


def test_items_name_the_reference_and_the_page_never_the_name(
    training_cases: dict[str, Case],
) -> None:
    pairs = list(enumerate(training_cases.values(), start=1))
    result = due_items(pairs, TODAY)
    assert len(result) > 5
    by_id = dict(pairs)
    for item in result.items:
        client = by_id[item.case_id].client
        assert item.reference == client.reference
        for word in [*(client.display_name or "").split(), client.salutation or "Frau Nie"]:
            if len(word) > 3:
                assert word not in item.label
        assert item.page is (Page.GOALS if item.kind is DueKind.STEP_OVERDUE else Page.FOLLOW_UP)
    json_items = result.to_json()
    assert {tuple(sorted(entry)) for entry in json_items} == {
        (
            "bucket",
            "bucket_label",
            "case_id",
            "date",
            "kind",
            "label",
            "page",
            "reference",
            "target",
        )
    }


def test_sorted_by_bucket_then_date(training_cases: dict[str, Case]) -> None:
    result = due_items(list(enumerate(training_cases.values(), start=1)), TODAY)
    keys = [item.sort_key for item in result.items]
    assert keys == sorted(keys)
    buckets = [item.bucket for item in result.items]
    assert buckets.index(Bucket.OVERDUE) > buckets.index(Bucket.THIS_WEEK)
    assert list(result.by_bucket()) == [Bucket.TODAY, Bucket.THIS_WEEK, Bucket.OVERDUE]
    assert [b.label for b in result.by_bucket()] == ["Heute fällig", "Diese Woche", "Überfällig"]


def test_buckets_at_their_edges() -> None:
    assert bucket_for(TODAY, TODAY) is Bucket.TODAY
    assert bucket_for(TODAY - timedelta(days=1), TODAY) is Bucket.OVERDUE
    assert bucket_for(TODAY + timedelta(days=1), TODAY) is Bucket.THIS_WEEK
    assert bucket_for(TODAY + timedelta(days=7), TODAY) is Bucket.THIS_WEEK
    assert bucket_for(TODAY + timedelta(days=8), TODAY) is None


def test_review_due_today_and_a_recorded_review_clears_it(training_cases: dict[str, Case]) -> None:
    case = copy.deepcopy(training_cases[FALL_04])
    on_the_day = date(2026, 9, 16)
    assert ("today", "review", on_the_day, "plan") in _summary(4, case, on_the_day)
    case.plan.reviews.append(Review(date=on_the_day, goal_ratings={}))
    kinds = {kind for _, kind, _, _ in _summary(4, case)}
    assert "review" not in kinds
    assert "plan_unreviewed" not in kinds  # a review after agreement clears it too


def test_done_follow_ups_and_finished_steps_drop_out(training_cases: dict[str, Case]) -> None:
    case = copy.deepcopy(training_cases[FALL_04])
    case.plan.follow_ups[1].done = True
    case.plan.steps[3].status = StepStatus.DONE
    kinds = [kind for _, kind, _, _ in _summary(4, case)]
    assert kinds == ["review", "plan_unreviewed"]


def test_review_follow_up_on_another_day_is_a_planned_contact(
    training_cases: dict[str, Case],
) -> None:
    case = copy.deepcopy(training_cases[FALL_10])
    case.plan.follow_ups.append(FollowUp(date=TODAY, kind=FollowUpKind.REVIEW))
    (item,) = due_items([(10, case)], TODAY).items
    assert (item.kind, item.bucket) == (DueKind.CONTACT, Bucket.TODAY)
    assert "Überprüfung" in item.label


def test_draft_counts_from_created(training_cases: dict[str, Case]) -> None:
    case = copy.deepcopy(training_cases[FALL_10])
    case.plan.agreed = None
    case.plan.created = date(2026, 5, 21)
    items = due_items([(10, case)], TODAY).items
    (item,) = [i for i in items if i.kind is DueKind.PLAN_UNREVIEWED]
    assert item.date == date(2026, 11, 21) and item.bucket is Bucket.TODAY
    assert "erstellt am 21.05.2026" in item.label
