"""Checks the schema cannot express: unique ids and ids that references point to.

Runs on a document that already passed the schema, so shapes can be relied upon.
Strengths and obstacles share one id space (`addresses` may name either); goals and steps
each have their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from counsel_app.exchange.errors import ExchangeError, PathPart, format_path, show


def check_references(document: Mapping[str, Any]) -> None:
    """Raise ExchangeError for the first problem: duplicate ids first, then dangling ones."""
    analysis = document["potential_analysis"]
    plan = document["plan"]

    factors: dict[str, str] = {}
    for section in ("strengths", "obstacles"):
        _collect_ids(analysis[section], ["potential_analysis", section], factors)
    goals: dict[str, str] = {}
    _collect_ids(plan["goals"], ["plan", "goals"], goals)
    _collect_ids(plan["steps"], ["plan", "steps"], {})

    for index, goal in enumerate(plan["goals"]):
        _check_addresses(goal, ["plan", "goals", index], factors)
    for index, step in enumerate(plan["steps"]):
        if step["goal"] not in goals:
            raise ExchangeError(
                format_path(["plan", "steps", index, "goal"]),
                f"Ziel {show(step['goal'])} gibt es nicht.",
            )
        _check_addresses(step, ["plan", "steps", index], factors)
    for index, review in enumerate(plan.get("reviews", [])):
        for goal_id in review.get("goal_ratings", {}):
            if goal_id not in goals:
                raise ExchangeError(
                    format_path(["plan", "reviews", index, "goal_ratings", goal_id]),
                    f"Ziel {show(goal_id)} gibt es nicht.",
                )


def _collect_ids(items: list[Any], path: list[PathPart], seen: dict[str, str]) -> None:
    """Add each item's id to `seen` (id -> JSON path), refusing one already there."""
    for index, item in enumerate(items):
        item_id = item["id"]
        here = format_path([*path, index, "id"])
        if item_id in seen:
            raise ExchangeError(
                here, f"Kennung {show(item_id)} kommt doppelt vor (schon bei {seen[item_id]})."
            )
        seen[item_id] = here


def _check_addresses(
    item: Mapping[str, Any], path: list[PathPart], factors: dict[str, str]
) -> None:
    for index, target in enumerate(item.get("addresses", [])):
        if target not in factors:
            raise ExchangeError(
                format_path([*path, "addresses", index]),
                f"Stärke oder erschwerenden Umstand {show(target)} gibt es nicht.",
            )
