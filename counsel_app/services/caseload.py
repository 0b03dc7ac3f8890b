"""Caseload picture for supervisors, trainers and the counsellor's own reflection.

Only pseudonymised data: either the counsellor's own store (`own_store=True`; every case is
pseudonymised in memory first, and the picture is labelled as the counsellor's own) or a
folder of pseudonymised exchange files from a team (a file that is not pseudonymised is
refused by name). A folder is never split by counsellor or by file: the figures are per
profile group only. The picture is for reflection in the team, not for ranking staff.

Besides `quality.caseload_summary` it holds what the charts need: per group and dimension
a histogram of the scores 0-100, overdue reviews, plans with the client's own words and
the balance of duties (steps of the client vs. the Jobcenter and providers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.domain import Actor, Case, StepStatus
from counsel_app.errors import UserError
from counsel_app.quality import DIMENSIONS, CaseloadSummary, QualityReport
from counsel_app.quality.caseload import (
    COMPLEX,
    GROUP_LABELS,
    GROUPS,
    MARKET_NEAR,
    NOT_A_RANKING,
    profile_group,
)

if TYPE_CHECKING:
    from counsel_app.services.store import Store

SOURCE_OWN = "own_store"
SOURCE_FOLDER = "folder"
OWN_LABEL = "Ihre eigenen Fälle (nur für Sie; pseudonymisiert ausgewertet)"
FOLDER_LABEL = "Pseudonymisierte Fälle aus dem Team ({count} Dateien, ohne Zuordnung zu Personen)"
DEFAULT_BINS = 5
# A gap (market-near minus complex, overall score) from this size on is worth a look.
NOTABLE_GAP = 10.0
CREAMING_NOTE = (
    "Abstand marktnah minus komplex: Sind die Pläne für Menschen mit komplexer Profillage "
    "deutlich dünner (weniger Schritte des Jobcenters, weniger Nachhaltung), kann das ein "
    "Hinweis auf „Creaming“ sein: Die Unterstützung geht eher an die, die ohnehin nah am "
    "Arbeitsmarkt sind. Der Abstand ist ein Anlass für das Gespräch im Team, kein Beweis."
)


@dataclass(frozen=True)
class DutyBalance:
    """Steps (without dropped ones) by who carries them out."""

    client: int
    jobcenter: int
    provider: int

    @property
    def total(self) -> int:
        return self.client + self.jobcenter + self.provider

    @property
    def client_share(self) -> float | None:
        return self.client / self.total if self.total else None


@dataclass(frozen=True)
class GroupPicture:
    group: str
    label: str
    count: int
    histograms: dict[str, list[int]]  # dimension (and "overall") -> cases per bin
    overdue_reviews: int
    client_words_plans: int
    duties: DutyBalance


@dataclass(frozen=True)
class CaseloadPicture:
    source: str  # SOURCE_OWN or SOURCE_FOLDER
    source_label: str
    today: date
    case_count: int
    summary: CaseloadSummary
    bins: tuple[tuple[int, int], ...]  # inclusive score ranges of the histogram bins
    groups: dict[str, GroupPicture]
    gap_note: str
    note: str = NOT_A_RANKING

    @property
    def own(self) -> bool:
        return self.source == SOURCE_OWN

    def bin_labels(self) -> list[str]:
        return [f"{low}–{high}" for low, high in self.bins]

    def to_json(self) -> dict[str, Any]:
        groups: dict[str, Any] = {}
        for name, group in self.groups.items():
            summary = self.summary.groups[name]
            groups[name] = {
                "label": group.label,
                "count": group.count,
                "overall": summary.overall,
                "dimensions": dict(summary.dimensions),
                "histograms": group.histograms,
                "overdue_reviews": group.overdue_reviews,
                "overdue_review_share": summary.overdue_review_share,
                "client_words_plans": group.client_words_plans,
                "client_words_share": summary.client_words_share,
                "no_client_step_share": summary.no_client_step_share,
                "no_jobcenter_step_share": summary.no_jobcenter_step_share,
                "contacts_per_plan": summary.contacts_per_plan,
                "duties": {
                    "client": group.duties.client,
                    "jobcenter": group.duties.jobcenter,
                    "provider": group.duties.provider,
                    "client_share": group.duties.client_share,
                },
            }
        return {
            "source": self.source,
            "source_label": self.source_label,
            "today": self.today.isoformat(),
            "cases": self.case_count,
            "bins": [list(b) for b in self.bins],
            "groups": groups,
            "gap": dict(self.summary.gap),
            "gap_note": self.gap_note,
            "note": self.note,
        }


def score_bins(count: int = DEFAULT_BINS) -> tuple[tuple[int, int], ...]:
    """`count` equal ranges over 0..100, the last one including 100."""
    if not 1 <= count <= 20:
        raise ValueError("bins must be between 1 and 20")
    width = 100 / count
    edges = [round(i * width) for i in range(count + 1)]
    return tuple((edges[i], edges[i + 1] - 1 if i < count - 1 else 100) for i in range(count))


def _bin_index(score: int, bins: tuple[tuple[int, int], ...]) -> int:
    for index, (low, high) in enumerate(bins):
        if low <= score <= high:
            return index
    return len(bins) - 1


def build_picture(
    cases: Iterable[Case],
    *,
    source: str,
    source_label: str,
    today: date | None = None,
    bins: int = DEFAULT_BINS,
) -> CaseloadPicture:
    """The picture of pseudonymised `cases` (refuses any that are not pseudonymised)."""
    from counsel_app.language import default_analyser
    from counsel_app.quality import assess, caseload_summary

    case_list = list(cases)
    if not case_list:
        raise UserError("Für die Fallübersicht gibt es keine Fälle.")
    today = today or date.today()
    analyser = default_analyser()
    summary = caseload_summary(case_list, today, analyser=analyser)
    ranges = score_bins(bins)
    grouped: dict[str, list[tuple[Case, QualityReport]]] = {g: [] for g in GROUPS}
    for case in case_list:
        grouped[profile_group(case)].append((case, assess(case, today, analyser=analyser)))
    groups = {g: _group_picture(g, items, ranges) for g, items in grouped.items()}
    return CaseloadPicture(
        source=source,
        source_label=source_label,
        today=today,
        case_count=len(case_list),
        summary=summary,
        bins=ranges,
        groups=groups,
        gap_note=_gap_note(summary),
    )


def _group_picture(
    group: str, items: list[tuple[Case, QualityReport]], bins: tuple[tuple[int, int], ...]
) -> GroupPicture:
    histograms = {name: [0] * len(bins) for name in (*DIMENSIONS, "overall")}
    overdue = words = 0
    duties = {actor: 0 for actor in Actor}
    for case, report in items:
        for name in DIMENSIONS:
            histograms[name][_bin_index(report.dimensions[name], bins)] += 1
        histograms["overall"][_bin_index(report.overall, bins)] += 1
        codes = {hint.code for hint in report.hints}
        overdue += "review_overdue" in codes
        words += "client_words_missing" not in codes
        for step in case.plan.steps:
            if step.status is not StepStatus.DROPPED:
                duties[step.actor] += 1
    return GroupPicture(
        group=group,
        label=GROUP_LABELS[group],
        count=len(items),
        histograms=histograms,
        overdue_reviews=overdue,
        client_words_plans=words,
        duties=DutyBalance(duties[Actor.CLIENT], duties[Actor.JOBCENTER], duties[Actor.PROVIDER]),
    )


def _gap_note(summary: CaseloadSummary) -> str:
    gap = summary.gap.get("overall")
    near, hard = summary.groups[MARKET_NEAR], summary.groups[COMPLEX]
    if gap is None:
        return (
            f"{CREAMING_NOTE} Für den Vergleich fehlen Fälle (marktnah: {near.count}, "
            f"komplex: {hard.count})."
        )
    verdict = (
        "Hier ist der Abstand deutlich; es lohnt sich, gemeinsam darauf zu schauen."
        if gap >= NOTABLE_GAP
        else "Hier ist der Abstand gering."
    )
    return f"{CREAMING_NOTE} Gesamtpunkte: {gap:+.0f}. {verdict}"


# --- sources -------------------------------------------------------------------------------


def own_store_picture(
    store: Store, *, today: date | None = None, bins: int = DEFAULT_BINS
) -> CaseloadPicture:
    """The counsellor's own cases, pseudonymised in memory before anything is computed."""
    from counsel_app.exchange import pseudonymise

    summaries = store.cases.list_summaries()
    cases = [
        pseudonymise(store.cases.get(summary.id), f"Fall-{index:04d}")
        for index, summary in enumerate(summaries, start=1)
    ]
    return build_picture(cases, source=SOURCE_OWN, source_label=OWN_LABEL, today=today, bins=bins)


def read_pseudonymised_folder(folder: Path) -> list[Case]:
    """Every `*.json` exchange file in `folder`; refuses a file that is not pseudonymised."""
    from counsel_app.exchange import read_case_folder

    cases = []
    for path, case in read_case_folder(folder):
        if not case.client.pseudonymised:
            raise UserError(
                f"{path.name} ist nicht pseudonymisiert; die Fallübersicht nimmt nur "
                "pseudonymisierte Dateien ('counsel-app export FALL --pseudonymise'). "
                "Nichts wurde ausgewertet."
            )
        cases.append(case)
    return cases


def folder_picture(
    folder: Path, *, today: date | None = None, bins: int = DEFAULT_BINS
) -> CaseloadPicture:
    """A team's pseudonymised files: grouped by profile only, never by counsellor or file."""
    cases = read_pseudonymised_folder(folder)
    label = FOLDER_LABEL.format(count=len(cases))
    return build_picture(cases, source=SOURCE_FOLDER, source_label=label, today=today, bins=bins)


def export_caseload_pdf(picture: CaseloadPicture, out: Path, *, fixed_day: bool = False) -> Path:
    """The picture as PDF with charts (see `printing.caseload`), written atomically.

    `fixed_day` prints the picture's day as print date and makes the PDF reproducible.
    """
    from counsel_app.printing.caseload import render_caseload_pdf

    out = Path(out)
    if out.is_dir():
        raise UserError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    return render_caseload_pdf(picture.to_json(), out, today=picture.today if fixed_day else None)
