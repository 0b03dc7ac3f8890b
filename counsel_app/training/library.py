"""The library of fictional training cases (`resources/cases/*.json`).

The library reads the files directly; it never touches the counsellor's store (only
`counsel-app demo` copies the cases there). Filters: profile, obstacle category, quality
band (from `quality.assess` as of the cases' reference day) and reading level. Files that
share a reference are the same fictional person with plans of different quality: `pairs()`
returns them for a side-by-side comparison (weaker plan first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_app.domain import Case, ObstacleCategory, Profile, ReadingLevel
from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.quality import QualityReport

# The day the training cases are written for (resources/cases/README.md: "Stichtag").
TRAINING_DAY = date(2026, 11, 21)

# Quality bands by overall score: gut >= 95, mittel >= 65, else schwach.
BAND_GOOD = "gut"
BAND_MEDIUM = "mittel"
BAND_WEAK = "schwach"
BANDS: tuple[str, ...] = (BAND_GOOD, BAND_MEDIUM, BAND_WEAK)
BAND_THRESHOLDS: dict[str, int] = {BAND_GOOD: 95, BAND_MEDIUM: 65}

NO_CASES = "Keine Übungsfälle gefunden in {folder}."


def quality_band(overall: int) -> str:
    """`gut`, `mittel` or `schwach` for an overall score 0..100."""
    if overall >= BAND_THRESHOLDS[BAND_GOOD]:
        return BAND_GOOD
    if overall >= BAND_THRESHOLDS[BAND_MEDIUM]:
        return BAND_MEDIUM
    return BAND_WEAK


@dataclass(frozen=True)
class TrainingCase:
    """One training case file with what the filters need."""

    name: str  # file name without .json, e.g. "fall-04-langzeitarbeitslos-59-lager"
    path: Path
    case: Case
    report: QualityReport

    @property
    def reference(self) -> str:
        return self.case.client.reference

    @property
    def profile(self) -> Profile | None:
        return self.case.client.profile

    @property
    def reading_level(self) -> ReadingLevel:
        return self.case.client.reading_level

    @property
    def obstacle_categories(self) -> frozenset[ObstacleCategory]:
        return frozenset(o.category for o in self.case.potential_analysis.obstacles)

    @property
    def band(self) -> str:
        return quality_band(self.report.overall)


class TrainingLibrary:
    """All training cases of one folder, with filters and comparison pairs."""

    def __init__(self, cases: Iterable[TrainingCase], today: date = TRAINING_DAY) -> None:
        self.cases = sorted(cases, key=lambda c: c.name)
        self.today = today

    @classmethod
    def load(cls, folder: Path | None = None, *, today: date = TRAINING_DAY) -> TrainingLibrary:
        """Read and assess every `*.json` in `folder` (default: the bundled cases)."""
        from counsel_app.exchange import read_case_folder
        from counsel_app.quality import assess

        if folder is None:
            from counsel_app.resources import resource_path

            folder = resource_path("cases")
        cases = [
            TrainingCase(path.stem, path, case, assess(case, today))
            for path, case in read_case_folder(Path(folder), empty_message=NO_CASES)
        ]
        return cls(cases, today)

    def get(self, name: str) -> TrainingCase:
        """The case of file `name` (with or without `.json`)."""
        stem = name.removesuffix(".json")
        for case in self.cases:
            if case.name == stem:
                return case
        raise UserError(f"Den Übungsfall '{name}' gibt es nicht.")

    def filter(
        self,
        *,
        profile: Profile | None = None,
        obstacle: ObstacleCategory | None = None,
        band: str | None = None,
        reading_level: ReadingLevel | None = None,
    ) -> list[TrainingCase]:
        """Cases matching every given criterion (None = any)."""
        if band is not None and band not in BANDS:
            raise UserError(f"Unbekannte Qualitätsstufe '{band}' (möglich: {', '.join(BANDS)}).")
        return [
            case
            for case in self.cases
            if (profile is None or case.profile is profile)
            and (obstacle is None or obstacle in case.obstacle_categories)
            and (band is None or case.band == band)
            and (reading_level is None or case.reading_level is reading_level)
        ]

    def pairs(self) -> list[tuple[TrainingCase, TrainingCase]]:
        """Cases of the same person (same reference): (weaker plan, better plan)."""
        by_reference: dict[str, list[TrainingCase]] = defaultdict(list)
        for case in self.cases:
            by_reference[case.reference].append(case)
        result: list[tuple[TrainingCase, TrainingCase]] = []
        for reference in sorted(by_reference):
            group = sorted(by_reference[reference], key=lambda c: (c.report.overall, c.name))
            result.extend((group[i], group[-1]) for i in range(len(group) - 1))
        return result
