"""The rubric's rules that need no word lists: structure, dates and counts (DESIGN.md §7).

Each rule function takes the case and the check's settings and yields `Found` items; the
wording is added later from `messages.toml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from counsel_app.domain import Actor, Case, FollowUpKind, GoalKind, StepStatus
from counsel_app.quality.rubric import Settings
from counsel_app.quality.targets import (
    PLAN,
    Found,
    Target,
    blank,
    goal_target,
    obstacle_target,
    step_target,
)
from counsel_app.quality.text import add_months, german_date, quote, word_count


@dataclass(frozen=True)
class RuleInput:
    case: Case
    today: date
    settings: Settings


def completeness(data: RuleInput) -> Iterator[Found]:
    plan = data.case.plan
    if plan.integration_goal is None:
        yield Found("no_integration_goal", PLAN)
    actors = {step.actor for step in plan.steps}
    if Actor.CLIENT not in actors:
        yield Found("no_client_step", PLAN)
    if Actor.JOBCENTER not in actors:
        yield Found("no_jobcenter_step", PLAN)
    if plan.review_due is None:
        yield Found("no_review_date", PLAN)
    if not data.case.potential_analysis.strengths:
        yield Found("no_strengths", PLAN)


def operationalisation(data: RuleInput) -> Iterator[Found]:
    """`step_no_due`, `step_no_criterion`, `goal_no_target_date` (`step_vague`: see plain)."""
    plan = data.case.plan
    for index, step in enumerate(plan.steps):
        target = step_target(step, index)
        if step.due is None and blank(step.frequency):
            yield Found("step_no_due", target)
        if blank(step.success_criterion):
            yield Found("step_no_criterion", target)
    for index, goal in enumerate(plan.goals):
        if goal.target_date is None:
            yield Found("goal_no_target_date", goal_target(goal, index))


def coherence(data: RuleInput) -> Iterator[Found]:
    plan = data.case.plan
    served = {step.goal for step in plan.steps}
    intermediate_served = any(
        goal.kind is GoalKind.INTERMEDIATE and goal.id in served for goal in plan.goals
    )
    for index, goal in enumerate(plan.goals):
        if goal.id in served:
            continue
        # The Eingliederungsziel is served through its Zwischenziele: a step that leads to
        # an intermediate goal serves the long-term goal as well.
        if goal.kind is GoalKind.INTEGRATION and intermediate_served:
            continue
        yield Found("goal_without_step", goal_target(goal, index))

    addressed: set[str] = set()
    for goal in plan.goals:
        addressed.update(goal.addresses)
    for step in plan.steps:
        addressed.update(step.addresses)
    for index, obstacle in enumerate(data.case.potential_analysis.obstacles):
        if obstacle.id not in addressed and blank(obstacle.deferred_reason):
            yield Found("obstacle_unaddressed", obstacle_target(obstacle, index))

    for index, step in enumerate(plan.steps):
        if step.due is None:
            continue
        target = step_target(step, index)
        if plan.review_due is not None and step.due > plan.review_due:
            params = {"due": german_date(step.due), "review_due": german_date(plan.review_due)}
            yield Found("step_after_review", target, params)
        own_goal = plan.goal(step.goal)
        if (
            own_goal is not None
            and own_goal.target_date is not None
            and step.due > own_goal.target_date
        ):
            params = {
                "due": german_date(step.due),
                "target_date": german_date(own_goal.target_date),
                "goal": quote(own_goal.text),
            }
            yield Found("step_after_goal_target", target, params)


def too_short(data: RuleInput) -> Iterator[Found]:
    plan = data.case.plan
    minimum = data.settings.min_words
    for index, goal in enumerate(plan.goals):
        if word_count(goal.text) < minimum:
            yield Found("too_short", goal_target(goal, index))
    for index, step in enumerate(plan.steps):
        if word_count(step.text) < minimum:
            yield Found("too_short", step_target(step, index))


def participation(data: RuleInput) -> Iterator[Found]:
    """`client_words_missing` and `one_sided_duties` (`sanction_language`: see plain)."""
    case = data.case
    plan = case.plan
    goal = plan.integration_goal
    if blank(case.potential_analysis.client_view) and (goal is None or blank(goal.client_words)):
        target: Target = PLAN if goal is None else goal_target(goal, plan.goals.index(goal))
        yield Found("client_words_missing", target)

    client = sum(1 for step in plan.steps if step.actor is Actor.CLIENT)
    jobcenter = sum(1 for step in plan.steps if step.actor is Actor.JOBCENTER)
    provider = sum(1 for step in plan.steps if step.actor is Actor.PROVIDER)
    settings = data.settings
    if (client >= settings.one_sided_min_client_steps and jobcenter == 0) or (
        client > settings.one_sided_ratio * (jobcenter + provider)
    ):
        params = {
            "client_steps": str(client),
            "jobcenter_steps": str(jobcenter),
            "other_steps": str(jobcenter + provider),
        }
        yield Found("one_sided_duties", PLAN, params)


def follow_up(data: RuleInput) -> Iterator[Found]:
    plan = data.case.plan
    today = data.today
    start = plan.agreed or plan.created
    if plan.review_due is not None:
        latest = add_months(start, data.settings.max_review_months)
        if plan.review_due > latest:
            yield Found(
                "review_too_late",
                PLAN,
                {
                    "review_due": german_date(plan.review_due),
                    "start": german_date(start),
                    "latest": german_date(latest),
                },
            )
        reviewed = any(review.date >= plan.review_due for review in plan.reviews)
        if plan.review_due < today and not reviewed:
            params = {"review_due": german_date(plan.review_due), "today": german_date(today)}
            yield Found("review_overdue", PLAN, params)

    for index, step in enumerate(plan.steps):
        if step.status is StepStatus.OPEN and step.due is not None and step.due < today:
            params = {"due": german_date(step.due), "today": german_date(today)}
            yield Found("step_overdue", step_target(step, index), params)

    contact_planned = any(
        item.kind is FollowUpKind.CONTACT
        and item.date >= plan.created
        and (plan.review_due is None or item.date < plan.review_due)
        for item in plan.follow_ups
    )
    if not contact_planned:
        yield Found("no_follow_up", PLAN)
