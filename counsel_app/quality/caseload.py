"""Caseload summary for supervisors and trainers (DESIGN.md §7, "Caseload view").

Per profile group: how many plans, the mean of each dimension, the share of overdue
reviews, of plans without a client step, without Jobcenter support and with the client's
own words, the planned contacts per plan; and the gap market-near minus complex per
dimension (a "creaming" indicator: are complex cases given thinner plans?).

Only over pseudonymised cases, unless the counsellor looks at their own store
(`own_store=True`). The figures are for reflection, not a ranking of staff.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from counsel_app.domain import Case, FollowUpKind
from counsel_app.errors import UserError
from counsel_app.quality.report import DIMENSIONS, QualityReport

if TYPE_CHECKING:
    from counsel_app.language import Analyser
    from counsel_app.quality.boilerplate import PlanCorpus
    from counsel_app.quality.rubric import Rubric

MARKET_NEAR = "market_near"
COMPLEX = "complex"
NO_PROFILE = "no_profile"
GROUPS: tuple[str, ...] = (MARKET_NEAR, COMPLEX, NO_PROFILE)
GROUP_LABELS: dict[str, str] = {
    MARKET_NEAR: "marktnah",
    COMPLEX: "komplex",
    NO_PROFILE: "ohne Profil",
}
NOT_A_RANKING = (
    "Die Übersicht dient der gemeinsamen Reflexion der Planungsqualität, "
    "nicht dem Vergleich oder der Bewertung von Mitarbeitenden."
)


@dataclass(frozen=True)
class GroupSummary:
    """Figures of one profile group; means and shares are None for an empty group."""

    group: str
    label: str
    count: int
    dimensions: dict[str, float | None]
    overall: float | None
    overdue_review_share: float | None
    no_client_step_share: float | None
    no_jobcenter_step_share: float | None
    client_words_share: float | None
    contacts_per_plan: float | None


@dataclass(frozen=True)
class CaseloadSummary:
    groups: dict[str, GroupSummary]
    # market-near minus complex, per dimension and "overall"; None if a group is empty.
    gap: dict[str, float | None]
    note: str = field(default=NOT_A_RANKING)


def profile_group(case: Case) -> str:
    profile = case.client.profile
    if profile is None:
        return NO_PROFILE
    return MARKET_NEAR if profile.is_market_near else COMPLEX


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def _group(group: str, items: list[tuple[Case, QualityReport]]) -> GroupSummary:
    codes = [{hint.code for hint in report.hints} for _case, report in items]
    return GroupSummary(
        group=group,
        label=GROUP_LABELS[group],
        count=len(items),
        dimensions={
            name: _mean([float(report.dimensions[name]) for _c, report in items])
            for name in DIMENSIONS
        },
        overall=_mean([float(report.overall) for _c, report in items]),
        overdue_review_share=_share(["review_overdue" in found for found in codes]),
        no_client_step_share=_share(["no_client_step" in found for found in codes]),
        no_jobcenter_step_share=_share(["no_jobcenter_step" in found for found in codes]),
        client_words_share=_share(["client_words_missing" not in found for found in codes]),
        contacts_per_plan=_mean(
            [
                float(sum(1 for f in case.plan.follow_ups if f.kind is FollowUpKind.CONTACT))
                for case, _report in items
            ]
        ),
    )


def _difference(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def caseload_summary(
    cases: Iterable[Case],
    today: date | None = None,
    *,
    own_store: bool = False,
    analyser: Analyser | None = None,
    corpus: PlanCorpus | None = None,
    rubric: Rubric | None = None,
) -> CaseloadSummary:
    """Summary per profile group; refuses non-pseudonymised cases unless `own_store`."""
    from counsel_app.quality.assess import assess

    case_list = list(cases)
    if not own_store:
        plain = sum(1 for case in case_list if not case.client.pseudonymised)
        if plain:
            raise UserError(
                f"Die Fallübersicht nutzt nur pseudonymisierte Fälle; {plain} von "
                f"{len(case_list)} Fällen sind nicht pseudonymisiert."
            )
    today = today or date.today()
    grouped: dict[str, list[tuple[Case, QualityReport]]] = {group: [] for group in GROUPS}
    for case in case_list:
        report = assess(case, today, analyser=analyser, corpus=corpus, rubric=rubric)
        grouped[profile_group(case)].append((case, report))
    groups = {group: _group(group, grouped[group]) for group in GROUPS}
    near, hard = groups[MARKET_NEAR], groups[COMPLEX]
    gap = {name: _difference(near.dimensions[name], hard.dimensions[name]) for name in DIMENSIONS}
    gap["overall"] = _difference(near.overall, hard.overall)
    return CaseloadSummary(groups=groups, gap=gap)
