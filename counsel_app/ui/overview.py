"""Read-only HTML overview of one case for the QTextBrowser (every user text is escaped)."""

from __future__ import annotations

from html import escape

from counsel_app.domain import Case, Goal, GoalKind, Step
from counsel_app.ui.labels import (
    ACTOR_LABELS,
    STEP_STATUS_LABELS,
    format_date,
    plan_state,
    profile_label,
)

STYLE = """
<style>
h2 { margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; font-size: medium; }
p.kind { margin-top: 16px; margin-bottom: 2px; color: #555555; font-size: small; }
p.goal { margin-top: 0; margin-bottom: 4px; font-weight: bold; }
p.meta { color: gray; margin-top: 0; }
td.key { padding-right: 12px; font-weight: bold; vertical-align: top; }
li { margin-bottom: 4px; }
span.quiet { color: gray; }
</style>
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _row(key: str, value: str) -> str:
    return f'<tr><td class="key">{_e(key)}</td><td>{value}</td></tr>'


def _step_item(step: Step) -> str:
    details = [ACTOR_LABELS.get(str(step.actor), str(step.actor))]
    if step.due:
        details.append(f"bis {format_date(step.due)}")
    if step.frequency:
        details.append(step.frequency)
    details.append(STEP_STATUS_LABELS.get(str(step.status), str(step.status)))
    text = f"{_e(step.text)}<br/><span class='quiet'>{_e(' · '.join(details))}</span>"
    if step.success_criterion:
        text += f"<br/><span class='quiet'>Woran wir es merken: {_e(step.success_criterion)}</span>"
    return f"<li>{text}</li>"


def _goal_block(goal: Goal, steps: list[Step]) -> str:
    kind = "Eingliederungsziel" if goal.kind is GoalKind.INTEGRATION else "Zwischenziel"
    head = f"<p class='kind'>{_e(kind)}</p><p class='goal'>{_e(goal.text)}</p>"
    extra = []
    if goal.client_words:
        extra.append(f"In eigenen Worten: „{_e(goal.client_words)}“")
    if goal.target_date:
        extra.append(f"Zieldatum: {_e(format_date(goal.target_date))}")
    body = f"<p>{'<br/>'.join(extra)}</p>" if extra else ""
    if steps:
        body += "<ul>" + "".join(_step_item(s) for s in steps) + "</ul>"
    else:
        body += "<p><span class='quiet'>Noch keine Schritte zu diesem Ziel.</span></p>"
    return head + body


def case_overview_html(case: Case) -> str:
    """The overview shown beside the list: who, plan state, goals with their steps."""
    client, plan, analysis = case.client, case.plan, case.potential_analysis
    title = client.display_name or client.reference
    parts = [STYLE, f"<h2>{_e(title)}</h2>"]
    parts.append(f"<p class='meta'>Kundennummer {_e(client.reference)}</p>")
    rows = [
        _row("Profillage", _e(profile_label(client.profile) or "–")),
        _row("Planstand", _e(plan_state(plan.agreed, plan.version))),
    ]
    if plan.agreed:
        rows.append(_row("Vereinbart am", _e(format_date(plan.agreed))))
    rows.append(_row("Überprüfung", _e(format_date(plan.review_due) or "kein Termin")))
    parts.append("<table>" + "".join(rows) + "</table>")

    if analysis.strengths or analysis.obstacles:
        parts.append("<h3>Potenzialanalyse</h3>")
        if analysis.strengths:
            parts.append(
                "<p><b>Stärken</b></p><ul>"
                + "".join(f"<li>{_e(s.text)}</li>" for s in analysis.strengths)
                + "</ul>"
            )
        if analysis.obstacles:
            parts.append(
                "<p><b>Erschwerende Umstände</b></p><ul>"
                + "".join(f"<li>{_e(o.text)}</li>" for o in analysis.obstacles)
                + "</ul>"
            )

    if plan.goals:
        parts.append("<h3>Ziele und Schritte</h3>")
        for goal in sorted(plan.goals, key=lambda g: g.kind is not GoalKind.INTEGRATION):
            parts.append(_goal_block(goal, [s for s in plan.steps if s.goal == goal.id]))
    else:
        parts.append("<h3>Ziele</h3><p><span class='quiet'>Noch keine Ziele erfasst.</span></p>")

    open_follow_ups = [f for f in plan.follow_ups if not f.done]
    if open_follow_ups:
        kinds = {"contact": "Kontakt", "review": "Überprüfung"}
        items = "".join(
            f"<li>{_e(format_date(f.date))}: {_e(kinds.get(str(f.kind), str(f.kind)))}"
            + (f" – {_e(f.note)}" if f.note else "")
            + "</li>"
            for f in sorted(open_follow_ups, key=lambda f: f.date)
        )
        parts.append(f"<h3>Geplante Kontakte</h3><ul>{items}</ul>")
    return "".join(parts)


def placeholder_html(text: str) -> str:
    return f"{STYLE}<p><span class='quiet'>{_e(text)}</span></p>"
