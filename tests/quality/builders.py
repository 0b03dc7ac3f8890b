"""Small constructed cases for the rubric tests: one good plan and ways to spoil it."""

from __future__ import annotations

import copy
from datetime import date

from counsel_app.domain import (
    Actor,
    Case,
    Client,
    FollowUp,
    FollowUpKind,
    Goal,
    GoalKind,
    Obstacle,
    ObstacleCategory,
    Plan,
    PotentialAnalysis,
    Profile,
    ReadingLevel,
    Step,
    Strength,
)

TODAY = date(2026, 2, 1)


def good_case() -> Case:
    """A plan meant to have no hints at all on TODAY (short, concrete, both sides act)."""
    return Case(
        client=Client(
            reference="Fall Q",
            display_name=None,
            pseudonymised=True,
            reading_level=ReadingLevel.EINFACH,
            profile=Profile.MARKT,
        ),
        potential_analysis=PotentialAnalysis(
            date=date(2026, 1, 10),
            strengths=[Strength("s1", "Sie kann gut mit Menschen umgehen.")],
            obstacles=[Obstacle("o1", ObstacleCategory.CHILDCARE, "Am Nachmittag fehlt ein Hort.")],
            client_view="Ich möchte wieder im Laden arbeiten.",
        ),
        plan=Plan(
            created=date(2026, 1, 15),
            agreed=date(2026, 1, 15),
            review_due=date(2026, 6, 15),
            goals=[
                Goal(
                    "g1",
                    GoalKind.INTEGRATION,
                    "Sie arbeitet ab Juli 20 Stunden pro Woche im Verkauf.",
                    client_words="Ich will wieder im Laden arbeiten.",
                    target_date=date(2026, 7, 31),
                ),
                Goal(
                    "g2",
                    GoalKind.INTERMEDIATE,
                    "Die Kinder sind ab März am Nachmittag im Hort.",
                    target_date=date(2026, 3, 31),
                    addresses=["o1"],
                ),
            ],
            steps=[
                Step(
                    "st1",
                    "g2",
                    Actor.CLIENT,
                    "Sie meldet die Kinder bis 15. Februar im Hort an.",
                    due=date(2026, 2, 15),
                    success_criterion="Der Hort hat die Anmeldung bestätigt.",
                ),
                Step(
                    "st2",
                    "g2",
                    Actor.JOBCENTER,
                    "Das Jobcenter zahlt ab März die Kosten für den Hort.",
                    due=date(2026, 3, 1),
                    success_criterion="Der Hort hat das erste Geld bekommen.",
                ),
                Step(
                    "st3",
                    "g1",
                    Actor.CLIENT,
                    "Sie schickt jede Woche 2 Bewerbungen an Läden in der Stadt.",
                    frequency="jede Woche",
                    success_criterion="Sie bringt die Liste der Bewerbungen zum Termin mit.",
                ),
                Step(
                    "st4",
                    "g1",
                    Actor.PROVIDER,
                    "Die Kursleiterin übt mit ihr bis Ende April zwei Gespräche mit Chefs.",
                    due=date(2026, 4, 30),
                    success_criterion="Sie hat zwei Übungen gemacht.",
                ),
            ],
            follow_ups=[FollowUp(date(2026, 3, 10), FollowUpKind.CONTACT)],
        ),
    )


def clone(case: Case) -> Case:
    return copy.deepcopy(case)


def step(case: Case, step_id: str) -> Step:
    return next(s for s in case.plan.steps if s.id == step_id)


def goal(case: Case, goal_id: str) -> Goal:
    return next(g for g in case.plan.goals if g.id == goal_id)
