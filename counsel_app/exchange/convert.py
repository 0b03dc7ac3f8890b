"""Validated exchange dict <-> domain dataclasses, field for field.

`case_from_dict` trusts its input (schema and references checked before); `case_to_dict`
spells out every field, defaults included, in the schema's key order, so a file with all
defaults spelled out round-trips to an equal dict.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from counsel_app.domain.case import (
    Actor,
    Case,
    Client,
    Counsellor,
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
    Review,
    Step,
    StepStatus,
    Strength,
)

FORMAT = "counsel-plan"
FORMAT_VERSION = 1


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def case_from_dict(data: Mapping[str, Any]) -> Case:
    client = data["client"]
    analysis = data["potential_analysis"]
    plan = data["plan"]
    counsellor = data.get("counsellor")
    profile = client.get("profile")
    return Case(
        client=Client(
            reference=client["reference"],
            display_name=client.get("display_name"),
            salutation=client.get("salutation"),
            pseudonymised=client.get("pseudonymised", False),
            language=client.get("language", "de"),
            reading_level=ReadingLevel(client.get("reading_level", ReadingLevel.EINFACH)),
            profile=None if profile is None else Profile(profile),
        ),
        potential_analysis=PotentialAnalysis(
            date=date.fromisoformat(analysis["date"]),
            strengths=[Strength(id=s["id"], text=s["text"]) for s in analysis["strengths"]],
            obstacles=[
                Obstacle(
                    id=o["id"],
                    category=ObstacleCategory(o["category"]),
                    text=o["text"],
                    deferred_reason=o.get("deferred_reason"),
                )
                for o in analysis["obstacles"]
            ],
            client_view=analysis.get("client_view"),
        ),
        plan=Plan(
            created=date.fromisoformat(plan["created"]),
            version=int(plan.get("version", 1)),
            agreed=_date(plan.get("agreed")),
            review_due=_date(plan.get("review_due")),
            goals=[_goal(g) for g in plan["goals"]],
            steps=[_step(s) for s in plan["steps"]],
            follow_ups=[
                FollowUp(
                    date=date.fromisoformat(f["date"]),
                    kind=FollowUpKind(f["kind"]),
                    done=f.get("done", False),
                    note=f.get("note"),
                )
                for f in plan.get("follow_ups", [])
            ],
            reviews=[
                Review(
                    date=date.fromisoformat(r["date"]),
                    goal_ratings={k: int(v) for k, v in r.get("goal_ratings", {}).items()},
                    note=r.get("note"),
                )
                for r in plan.get("reviews", [])
            ],
        ),
        counsellor=None if counsellor is None else Counsellor(**counsellor),
    )


def _goal(data: Mapping[str, Any]) -> Goal:
    gas = data.get("gas")
    return Goal(
        id=data["id"],
        kind=GoalKind(data["kind"]),
        text=data["text"],
        client_words=data.get("client_words"),
        target_date=_date(data.get("target_date")),
        addresses=list(data.get("addresses", [])),
        gas=None if gas is None else {int(level): text for level, text in gas.items()},
    )


def _step(data: Mapping[str, Any]) -> Step:
    return Step(
        id=data["id"],
        goal=data["goal"],
        actor=Actor(data["actor"]),
        text=data["text"],
        plain_text=data.get("plain_text"),
        due=_date(data.get("due")),
        frequency=data.get("frequency"),
        success_criterion=data.get("success_criterion"),
        status=StepStatus(data.get("status", StepStatus.OPEN)),
        addresses=list(data.get("addresses", [])),
    )


def case_to_dict(case: Case) -> dict[str, Any]:
    """The exchange document for `case`: every field spelled out, in the schema's order."""
    client, analysis, plan, counsellor = (
        case.client,
        case.potential_analysis,
        case.plan,
        case.counsellor,
    )
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "client": {
            "reference": client.reference,
            "display_name": client.display_name,
            "salutation": client.salutation,
            "pseudonymised": client.pseudonymised,
            "language": client.language,
            "reading_level": str(client.reading_level),
            "profile": None if client.profile is None else str(client.profile),
        },
        "potential_analysis": {
            "date": analysis.date.isoformat(),
            "strengths": [{"id": s.id, "text": s.text} for s in analysis.strengths],
            "obstacles": [
                {
                    "id": o.id,
                    "category": str(o.category),
                    "text": o.text,
                    "deferred_reason": o.deferred_reason,
                }
                for o in analysis.obstacles
            ],
            "client_view": analysis.client_view,
        },
        "plan": {
            "version": plan.version,
            "created": plan.created.isoformat(),
            "agreed": _iso(plan.agreed),
            "review_due": _iso(plan.review_due),
            "goals": [_goal_dict(g) for g in plan.goals],
            "steps": [_step_dict(s) for s in plan.steps],
            "follow_ups": [
                {"date": f.date.isoformat(), "kind": str(f.kind), "done": f.done, "note": f.note}
                for f in plan.follow_ups
            ],
            "reviews": [
                {"date": r.date.isoformat(), "goal_ratings": dict(r.goal_ratings), "note": r.note}
                for r in plan.reviews
            ],
        },
        "counsellor": None
        if counsellor is None
        else {
            "name": counsellor.name,
            "office": counsellor.office,
            "phone": counsellor.phone,
            "email": counsellor.email,
        },
    }


def _goal_dict(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "kind": str(goal.kind),
        "text": goal.text,
        "client_words": goal.client_words,
        "target_date": _iso(goal.target_date),
        "addresses": list(goal.addresses),
        "gas": None
        if goal.gas is None
        else {str(level): goal.gas[level] for level in sorted(goal.gas)},
    }


def _step_dict(step: Step) -> dict[str, Any]:
    return {
        "id": step.id,
        "goal": step.goal,
        "actor": str(step.actor),
        "text": step.text,
        "plain_text": step.plain_text,
        "due": _iso(step.due),
        "frequency": step.frequency,
        "success_criterion": step.success_criterion,
        "status": str(step.status),
        "addresses": list(step.addresses),
    }
