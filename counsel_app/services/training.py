"""Use cases for reflection workshops: the training library, comparisons, exercises, handouts.

Training cases are read from files and never written to the counsellor's store (only
`counsel-app demo` does that). The GUI keeps one `TrainingService` (the library is read and
assessed once, exercises are loaded on first use).
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path

from counsel_app.domain import ObstacleCategory, Profile, ReadingLevel
from counsel_app.errors import UserError
from counsel_app.training.comparison import PlanComparison, compare_plans
from counsel_app.training.exercise import Exercise, ExerciseResult, evaluate, load_exercises
from counsel_app.training.library import TRAINING_DAY, TrainingCase, TrainingLibrary


class TrainingService:
    """The library of one cases folder and the exercises of one exercises folder."""

    def __init__(
        self,
        *,
        cases_folder: Path | None = None,
        exercises_folder: Path | None = None,
        today: date = TRAINING_DAY,
    ) -> None:
        self.cases_folder = cases_folder
        self.exercises_folder = exercises_folder
        self.today = today

    @cached_property
    def library(self) -> TrainingLibrary:
        return TrainingLibrary.load(self.cases_folder, today=self.today)

    @cached_property
    def exercises(self) -> dict[str, Exercise]:
        return load_exercises(self.exercises_folder)

    def find_cases(
        self,
        *,
        profile: str | None = None,
        obstacle: str | None = None,
        band: str | None = None,
        reading_level: str | None = None,
    ) -> list[TrainingCase]:
        """Filter by the string values the GUI and the command line pass (None = any)."""
        try:
            return self.library.filter(
                profile=Profile(profile) if profile else None,
                obstacle=ObstacleCategory(obstacle) if obstacle else None,
                band=band or None,
                reading_level=ReadingLevel(reading_level) if reading_level else None,
            )
        except ValueError as err:
            raise UserError(f"Unbekannter Filterwert: {err}") from err

    def pairs(self) -> list[tuple[TrainingCase, TrainingCase]]:
        return self.library.pairs()

    def compare(self, name_a: str, name_b: str) -> PlanComparison:
        a, b = self.library.get(name_a), self.library.get(name_b)
        return compare_plans(a.case, b.case, self.today)

    def exercise(self, name: str) -> Exercise:
        """An exercise by file name, with or without its number prefix (`01-…`)."""
        found = self.exercises.get(name)
        if found is None:
            matches = [e for key, e in self.exercises.items() if key.split("-", 1)[-1] == name]
            if len(matches) != 1:
                known = ", ".join(self.exercises)
                raise UserError(f"Die Übung '{name}' gibt es nicht (vorhanden: {known}).")
            found = matches[0]
        return found

    def evaluate(self, name: str, text: str) -> ExerciseResult:
        return evaluate(self.exercise(name), text, cases_folder=self.cases_folder)

    def print_handout(self, name: str, out: Path) -> Path:
        """The workshop handout (`handout` print variant) of training case `name`."""
        from counsel_app.printing import render_pdf

        case = self.library.get(name)
        return render_pdf(case.case, "handout", out, today=self.today)
