"""Reflection workshops (pure): the training case library, plan comparison, exercises.

No Qt, no database: the library reads `resources/cases/` directly and never writes to the
counsellor's store; exercises are data files in `resources/exercises/`.
"""

from counsel_app.training.comparison import PlanComparison, compare_plans
from counsel_app.training.exercise import (
    Exercise,
    ExerciseError,
    ExerciseResult,
    evaluate,
    load_exercise,
    load_exercises,
)
from counsel_app.training.library import (
    BANDS,
    TRAINING_DAY,
    TrainingCase,
    TrainingLibrary,
    quality_band,
)

__all__ = [
    "BANDS",
    "TRAINING_DAY",
    "Exercise",
    "ExerciseError",
    "ExerciseResult",
    "PlanComparison",
    "TrainingCase",
    "TrainingLibrary",
    "compare_plans",
    "evaluate",
    "load_exercise",
    "load_exercises",
    "quality_band",
]
