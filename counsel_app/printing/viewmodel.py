"""What the templates see: the case (pseudonymised where needed) plus prepared lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from counsel_app.domain import Actor, Case, FollowUp, Goal, GoalKind, Step, StepStatus
from counsel_app.followup.history import PlanHistory, case_history
from counsel_app.printing.pseudonym import Redactor, pseudonymise

VARIANTS: tuple[str, ...] = ("client", "official", "review", "handout")
PSEUDONYMISED_VARIANTS = frozenset({"review", "handout"})
GLOSSARY_RULES = ("jargon", "abbreviation")


class AnalyserLike(Protocol):
    """What printing needs of `counsel_app.language.Analyser`."""

    def analyse(self, text: str, level: str = ...) -> Any: ...


Assess = Callable[[Case, date], Any]


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    plain: str


@dataclass(frozen=True)
class HintView:
    code: str
    dimension: str
    target: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class QualityView:
    overall: int
    dimensions: Mapping[str, int]
    hints: list[HintView] = field(default_factory=list)


def analysis_level(reading_level: str) -> str:
    """The analyser level for a client's reading level (`standard` is checked as einfach)."""
    return "leicht" if reading_level == "leicht" else "einfach"


def client_texts(case: Case) -> list[str]:
    """Every piece of case text the client copy prints."""
    plan = case.plan
    texts: list[str] = []
    for goal in plan.goals:
        texts.append(
            goal.client_words or goal.text if goal.kind is GoalKind.INTEGRATION else goal.text
        )
    for step in client_steps(plan.steps):
        texts.append(step.print_text)
        if step.frequency:
            texts.append(step.frequency)
    return texts


def client_steps(steps: Iterable[Step]) -> list[Step]:
    """Steps that belong on the client's copy (dropped steps are left out)."""
    return [s for s in steps if s.status is not StepStatus.DROPPED]


def glossary(
    analyser: AnalyserLike | None, texts: Iterable[str], level: str
) -> list[GlossaryEntry]:
    """Terms the analyser flags as jargon (or abbreviation) in `texts`, with the plain word."""
    if analyser is None:
        return []
    seen: dict[str, GlossaryEntry] = {}
    for text in texts:
        if not text:
            continue
        for finding in analyser.analyse(text, level).findings:
            if finding.rule not in GLOSSARY_RULES or not finding.suggestion:
                continue
            key = str(finding.text).casefold()
            if key not in seen:
                seen[key] = GlossaryEntry(term=str(finding.text), plain=str(finding.suggestion))
    return sorted(seen.values(), key=lambda e: e.term.casefold())


def quality_view(report: Any, redact: Callable[[str], str]) -> QualityView:
    """The quality report as plain numbers and redacted hint texts."""
    hints = [
        HintView(
            code=str(h.code),
            dimension=str(h.dimension),
            target=str(h.target),
            message=redact(str(h.message)),
            suggestion=redact(str(h.suggestion)),
        )
        for h in report.hints
    ]
    dims = {str(k): round(float(v)) for k, v in dict(report.dimensions).items()}
    return QualityView(overall=round(float(report.overall)), dimensions=dims, hints=hints)


def addressed_by(case: Case) -> dict[str, list[str]]:
    """Obstacle id -> ids of the goals and steps that address it."""
    links: dict[str, list[str]] = {o.id: [] for o in case.potential_analysis.obstacles}
    for goal in case.plan.goals:
        for obstacle_id in goal.addresses:
            links.setdefault(obstacle_id, []).append(goal.id)
    for step in case.plan.steps:
        for obstacle_id in step.addresses:
            links.setdefault(obstacle_id, []).append(step.id)
    return links


def upcoming(follow_ups: Iterable[FollowUp], today: date) -> list[FollowUp]:
    """Planned contacts from today on, earliest first."""
    return sorted((f for f in follow_ups if not f.done and f.date >= today), key=lambda f: f.date)


def greeting_name(case: Case) -> str | None:
    """`Frau Demir` (salutation and family name), the name alone without salutation, or None."""
    name = (case.client.display_name or "").strip()
    if not name:
        return None
    salutation = (case.client.salutation or "").strip()
    if not salutation:
        return name
    # With "Frau"/"Herr" German letters use the family name only: "Frau Demir".
    return f"{salutation} {name.split()[-1]}"


def build_context(
    case: Case,
    variant: str,
    today: date,
    *,
    pseudonym: str | None,
    analyser: AnalyserLike | None,
    assess: Assess | None,
    placeholder: str = "[Name]",
) -> dict[str, Any]:
    """The template context of one variant."""
    level = case.client.reading_level.value
    quality: QualityView | None = None
    if variant in PSEUDONYMISED_VARIANTS:
        if pseudonym is None:
            raise ValueError("pseudonymised variants need a pseudonym")
        if variant == "review" and assess is not None:
            quality = quality_view(assess(case, today), Redactor(case, placeholder))
        shown = pseudonymise(case, pseudonym, placeholder)
    else:
        shown = case
    plan = shown.plan
    steps = client_steps(plan.steps) if variant == "client" else list(plan.steps)
    by_actor: dict[str, list[Step]] = {a.value: [] for a in Actor}
    for step in steps:
        by_actor[step.actor.value].append(step)
    goals: dict[str, Goal] = {g.id: g for g in plan.goals}
    return {
        "variant": variant,
        "case": shown,
        "client": shown.client,
        "analysis": shown.potential_analysis,
        "plan": plan,
        "counsellor": shown.counsellor,
        "today": today,
        "level": level,
        "pseudonym": pseudonym,
        "greeting_name": None if variant in PSEUDONYMISED_VARIANTS else greeting_name(shown),
        "integration_goal": plan.integration_goal,
        "intermediate_goals": [g for g in plan.goals if g.kind is GoalKind.INTERMEDIATE],
        "goals": goals,
        "steps": steps,
        "steps_by_actor": by_actor,
        "upcoming": upcoming(plan.follow_ups, today),
        "addressed_by": addressed_by(shown),
        "glossary": (
            glossary(analyser, client_texts(shown), analysis_level(level))
            if variant == "client"
            else []
        ),
        "quality": quality,
        # What this version carries itself; a renderer made by services.followup
        # .history_renderer adds `full_history` (all versions, the plain change summary).
        "history": history_view(shown),
    }


def history_view(case: Case) -> PlanHistory:
    """Versions and reviews as the official print lists them (from the case alone)."""
    return case_history(case)
