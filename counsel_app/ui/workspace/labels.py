"""German labels of the workspace (no Qt): categories, kinds, actors, status, GAS levels.

The names come from the wording file the print uses (`counsel_app.labels`), read on first use.
"""

from __future__ import annotations

from counsel_app.domain import (
    Actor,
    Case,
    FollowUpKind,
    GoalKind,
    ObstacleCategory,
    ReadingLevel,
    StepStatus,
)
from counsel_app.ui.labels import LabelMap

OBSTACLE_LABELS: LabelMap[ObstacleCategory] = LabelMap("category", lambda: list(ObstacleCategory))
ACTORS: LabelMap[Actor] = LabelMap("actor", lambda: list(Actor))
STATUSES: LabelMap[StepStatus] = LabelMap("status", lambda: list(StepStatus))
GOAL_KINDS: LabelMap[GoalKind] = LabelMap("goal_kind", lambda: list(GoalKind))
FOLLOW_UP_KINDS: LabelMap[FollowUpKind] = LabelMap("follow_up_kind", lambda: list(FollowUpKind))
READING_LEVELS: LabelMap[ReadingLevel] = LabelMap(
    "reading_level",
    lambda: [ReadingLevel.EINFACH, ReadingLevel.LEICHT, ReadingLevel.STANDARD],
)
GAS_LEVELS = (-2, -1, 0, 1, 2)


def gas_number(level: int) -> str:
    """'−2', '−1', '0', '+1', '+2' (with a real minus sign)."""
    return f"−{-level}" if level < 0 else (f"+{level}" if level > 0 else "0")


GAS_LABELS: LabelMap[int] = LabelMap(
    "gas", lambda: list(GAS_LEVELS), lambda level, name: f"{gas_number(level)} {name}"
)


def short(text: str, limit: int = 48) -> str:
    """One line of at most `limit` characters, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def goal_label(case: Case, goal_id: str) -> str:
    """'Zwischenziel: Deutschkurs B1 …' for a goal id; the id itself if unknown."""
    goal = case.plan.goal(goal_id)
    if goal is None:
        return goal_id or "–"
    return f"{GOAL_KINDS[goal.kind]}: {short(goal.text or '(ohne Text)', 40)}"


def obstacle_label(case: Case, obstacle_id: str) -> str:
    obstacle = next((o for o in case.potential_analysis.obstacles if o.id == obstacle_id), None)
    if obstacle is None:
        return obstacle_id
    return f"{OBSTACLE_LABELS[obstacle.category]}: {short(obstacle.text or '(ohne Text)', 36)}"


def obstacle_coverage(case: Case, obstacle_id: str) -> str:
    """Whether a goal or step works on the obstacle, or why it is deferred (German)."""
    plan = case.plan
    goals = [g for g in plan.goals if obstacle_id in g.addresses]
    steps = [s for s in plan.steps if obstacle_id in s.addresses]
    parts = []
    if goals:
        parts.append(f"Ziel: {short(goals[0].text, 30)}" + (" u. a." if len(goals) > 1 else ""))
    if steps:
        count = len(steps)
        parts.append("1 Schritt" if count == 1 else f"{count} Schritte")
    if parts:
        return "bearbeitet – " + ", ".join(parts)
    obstacle = next((o for o in case.potential_analysis.obstacles if o.id == obstacle_id), None)
    if obstacle is not None and obstacle.deferred_reason:
        return f"zurückgestellt – {short(obstacle.deferred_reason, 40)}"
    return "noch offen – kein Ziel, kein Schritt, kein Grund zum Zurückstellen"


def next_id(prefix: str, taken: list[str]) -> str:
    """The next free id such as 's7' for a prefix and the ids in use."""
    numbers = [int(t[len(prefix) :]) for t in taken if t[len(prefix) :].isdigit()]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
