"""Writing exercises on training cases (`resources/exercises/*.toml`) and their evaluation.

An exercise names a training case, one goal or step in it (`target = "step:st1"`), the field
the participant rewrites (`text`, `plain_text`, `success_criterion`, `frequency` of a step;
`text`, `client_words` of a goal) and the hint codes it is about. `evaluate` puts the
participant's text into that field, runs `quality.assess` again and reports the hints
before and after, the score differences per dimension and which target hints were resolved.
The file format is documented in `resources/exercises/README.md`.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from counsel_app.domain import Case
from counsel_app.errors import UserError
from counsel_app.quality import DIMENSIONS, HINT_CODES, Hint, QualityReport, assess
from counsel_app.training.library import TRAINING_DAY

STEP_FIELDS = frozenset({"text", "plain_text", "success_criterion", "frequency"})
GOAL_FIELDS = frozenset({"text", "client_words"})
MAX_TEXT_CHARS = 2000
_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,60}")


class ExerciseError(UserError):
    """An exercise file is broken or the participant's text cannot be used."""


@dataclass(frozen=True)
class Exercise:
    name: str  # file name without .toml
    title: str
    task: str
    case_file: str
    target: str  # "step:ID" or "goal:ID"
    field: str
    target_hints: tuple[str, ...]
    hint: str = ""
    example: str = ""
    today: date = TRAINING_DAY

    @property
    def target_kind(self) -> str:
        return self.target.split(":", 1)[0]

    @property
    def target_id(self) -> str:
        return self.target.split(":", 1)[1]


@dataclass(frozen=True)
class ExerciseResult:
    exercise: Exercise
    original_text: str
    rewritten_text: str
    before: QualityReport
    after: QualityReport
    target_hints_before: list[Hint]
    target_hints_after: list[Hint]
    resolved: list[str]  # target hint codes present before and gone after
    unresolved: list[str]  # target hint codes still present
    new_hints: list[Hint]  # hints on the target that the rewrite brought in
    differences: dict[str, int]  # after minus before, per dimension
    overall_difference: int

    @property
    def solved(self) -> bool:
        return not self.unresolved and bool(self.resolved)

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise": self.exercise.name,
            "target": self.exercise.target,
            "field": self.exercise.field,
            "solved": self.solved,
            "resolved": self.resolved,
            "unresolved": self.unresolved,
            "target_hints_before": [h.to_json() for h in self.target_hints_before],
            "target_hints_after": [h.to_json() for h in self.target_hints_after],
            "new_hints": [h.to_json() for h in self.new_hints],
            "overall": {"before": self.before.overall, "after": self.after.overall},
            "dimensions": {
                d: {
                    "before": self.before.dimensions[d],
                    "after": self.after.dimensions[d],
                    "difference": self.differences[d],
                }
                for d in DIMENSIONS
            },
        }


# --- loading -------------------------------------------------------------------------------


def exercises_folder() -> Path:
    from counsel_app.resources import resource_path

    return resource_path("exercises")


def load_exercises(folder: Path | None = None) -> dict[str, Exercise]:
    """Every `*.toml` exercise in `folder` (default: the bundled ones), by name."""
    folder = folder or exercises_folder()
    return {path.stem: load_exercise(path) for path in sorted(Path(folder).glob("*.toml"))}


def load_exercise(path: Path) -> Exercise:
    where = path.name
    if not _NAME.fullmatch(path.stem):
        raise ExerciseError(f"{where}: Dateiname nur aus Kleinbuchstaben, Ziffern und -.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExerciseError(f"Die Übung {path} gibt es nicht.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise ExerciseError(f"{where}: nicht lesbar ({err}).") from err
    target = _text(data, "target", where)
    kind, _, ident = target.partition(":")
    fields = {"step": STEP_FIELDS, "goal": GOAL_FIELDS}.get(kind)
    if fields is None or not ident:
        raise ExerciseError(f"{where}: target muss 'step:ID' oder 'goal:ID' sein.")
    field_name = str(data.get("field", "text"))
    if field_name not in fields:
        raise ExerciseError(
            f"{where}: field '{field_name}' passt nicht zu {kind} "
            f"(möglich: {', '.join(sorted(fields))})."
        )
    codes = data.get("targets")
    if not isinstance(codes, list) or not codes or not all(c in HINT_CODES for c in codes):
        raise ExerciseError(f"{where}: targets muss Hinweiscodes der Rubrik nennen.")
    today = data.get("today", TRAINING_DAY)
    if not isinstance(today, date):
        raise ExerciseError(f"{where}: today muss ein Datum sein (JJJJ-MM-TT).")
    return Exercise(
        name=path.stem,
        title=_text(data, "title", where),
        task=_text(data, "task", where),
        case_file=_text(data, "case", where),
        target=target,
        field=field_name,
        target_hints=tuple(str(c) for c in codes),
        hint=str(data.get("hint", "")),
        example=str(data.get("example", "")),
        today=today,
    )


def _text(data: dict[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ExerciseError(f"{where}: '{key}' fehlt.")
    return value.strip()


# --- evaluating ----------------------------------------------------------------------------


def exercise_case(exercise: Exercise, cases_folder: Path | None = None) -> Case:
    """The training case the exercise works on."""
    from counsel_app.exchange import ExchangeError, read_case

    if cases_folder is None:
        from counsel_app.resources import resource_path

        cases_folder = resource_path("cases")
    path = cases_folder / exercise.case_file
    if not path.is_file():
        raise ExerciseError(f"Übung {exercise.name}: Übungsfall {exercise.case_file} fehlt.")
    try:
        return read_case(path)
    except ExchangeError as err:
        raise ExerciseError(f"Übungsfall {exercise.case_file}: {err.message}") from err


def current_text(exercise: Exercise, case: Case) -> str:
    """What the field says now (the text the participant starts from)."""
    return str(getattr(_target(exercise, case), exercise.field) or "")


def with_text(exercise: Exercise, case: Case, text: str) -> Case:
    """A copy of `case` with the exercise's field replaced by `text`."""
    changed = copy.deepcopy(case)
    target = _target(exercise, changed)
    replaced = dataclasses.replace(target, **{exercise.field: text})
    plan = changed.plan
    if exercise.target_kind == "step":
        plan.steps = [replaced if s is target else s for s in plan.steps]
    else:
        plan.goals = [replaced if g is target else g for g in plan.goals]
    return changed


def _target(exercise: Exercise, case: Case) -> Any:
    items: list[Any] = case.plan.steps if exercise.target_kind == "step" else case.plan.goals
    for item in items:
        if item.id == exercise.target_id:
            return item
    raise ExerciseError(
        f"Übung {exercise.name}: {exercise.target} gibt es in {exercise.case_file} nicht."
    )


def _relevant(exercise: Exercise, hints: list[Hint]) -> list[Hint]:
    return [
        h
        for h in hints
        if h.code in exercise.target_hints and h.target in (exercise.target, "plan")
    ]


def evaluate(
    exercise: Exercise, rewritten_text: str, *, cases_folder: Path | None = None
) -> ExerciseResult:
    """Assess the case with the participant's text in place and compare with the original."""
    text = rewritten_text.strip()
    if not text:
        raise ExerciseError("Bitte einen Text eingeben.")
    if len(text) > MAX_TEXT_CHARS:
        raise ExerciseError(f"Der Text ist zu lang (höchstens {MAX_TEXT_CHARS} Zeichen).")
    case = exercise_case(exercise, cases_folder)
    before = assess(case, exercise.today)
    after = assess(with_text(exercise, case, text), exercise.today)
    wanted_before = _relevant(exercise, before.hints)
    wanted_after = _relevant(exercise, after.hints)
    codes_before = list(dict.fromkeys(h.code for h in wanted_before))
    codes_after = {h.code for h in wanted_after}
    old_on_target = {h.code for h in before.hints if h.target == exercise.target}
    return ExerciseResult(
        exercise=exercise,
        original_text=current_text(exercise, case),
        rewritten_text=text,
        before=before,
        after=after,
        target_hints_before=wanted_before,
        target_hints_after=wanted_after,
        resolved=[code for code in codes_before if code not in codes_after],
        unresolved=list(dict.fromkeys(h.code for h in wanted_after)),
        new_hints=[
            h for h in after.hints if h.target == exercise.target and h.code not in old_on_target
        ],
        differences={d: after.dimensions[d] - before.dimensions[d] for d in DIMENSIONS},
        overall_difference=after.overall - before.overall,
    )
