"""What a hint is about: the plan, a goal, a step or an obstacle, and how to name it."""

from __future__ import annotations

from dataclasses import dataclass, field

from counsel_app.domain import Case, Goal, GoalKind, Obstacle, Step

# Sort rank of the parts of a case: plan-level hints first, then obstacles (they come from
# the Potenzialanalyse, which precedes the plan), goals and steps in the order of the plan.
_RANK_PLAN, _RANK_OBSTACLE, _RANK_GOAL, _RANK_STEP = range(4)


@dataclass(frozen=True)
class Target:
    """`kind` is plan, integration, intermediate, step or obstacle (a key of [targets])."""

    kind: str
    ref: str  # `plan`, `goal:ID`, `step:ID`, `obstacle:ID`
    text: str
    rank: tuple[int, int]


PLAN = Target("plan", "plan", "", (_RANK_PLAN, 0))


def goal_target(goal: Goal, index: int) -> Target:
    kind = "integration" if goal.kind is GoalKind.INTEGRATION else "intermediate"
    return Target(kind, f"goal:{goal.id}", goal.text, (_RANK_GOAL, index))


def step_target(step: Step, index: int) -> Target:
    return Target("step", f"step:{step.id}", step.text, (_RANK_STEP, index))


def obstacle_target(obstacle: Obstacle, index: int) -> Target:
    return Target("obstacle", f"obstacle:{obstacle.id}", obstacle.text, (_RANK_OBSTACLE, index))


@dataclass(frozen=True)
class Found:
    """A hint before wording: code, target and the values for the message template.

    `variant` names another template section (e.g. `boilerplate_corpus`) for the same code.
    """

    code: str
    target: Target
    params: dict[str, str] = field(default_factory=dict)
    variant: str | None = None


def blank(value: str | None) -> bool:
    return value is None or not value.strip()


def names_of(case: Case) -> tuple[str, ...]:
    """Words of the client's name and reference (left out when texts are compared)."""
    from counsel_app.quality.text import fold

    parts: list[str] = []
    for value in (case.client.display_name, case.client.reference):
        if value:
            parts += [fold(word) for word in value.replace(".", " ").split()]
    return tuple(parts)
