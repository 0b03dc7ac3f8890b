"""Training library filters and pairs, plan comparison, exercises as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.domain import ObstacleCategory, Profile, ReadingLevel
from counsel_app.errors import UserError
from counsel_app.quality import DIMENSIONS
from counsel_app.resources import resource_path
from counsel_app.training import (
    TRAINING_DAY,
    ExerciseError,
    TrainingLibrary,
    compare_plans,
    evaluate,
    load_exercise,
    load_exercises,
    quality_band,
)
from counsel_app.training.exercise import current_text, exercise_case


@pytest.fixture(scope="module")
def library() -> TrainingLibrary:
    return TrainingLibrary.load()


def test_bands_match_the_intended_quality_in_the_readme(library: TrainingLibrary) -> None:
    good = {c.name[:7] for c in library.filter(band="gut")}
    weak = {c.name for c in library.filter(band="schwach")}
    medium = {c.name[:7] for c in library.filter(band="mittel")}
    assert weak == {
        "fall-02-u25-ohne-ausbildung-a-schwach",
        "fall-03-gefluechtete-bauingenieurin-a-schwach",
        "fall-11-angststoerung-textbausteine",
    }
    assert medium == {"fall-04", "fall-06", "fall-07", "fall-09", "fall-12"}
    assert good == {"fall-01", "fall-02", "fall-03", "fall-05", "fall-08", "fall-10"}
    assert len(library.filter(band="gut")) == 6
    assert quality_band(95) == "gut" and quality_band(94) == "mittel"
    assert quality_band(65) == "mittel" and quality_band(64) == "schwach"


def test_filters(library: TrainingLibrary) -> None:
    stabil = library.filter(profile=Profile.STABILISIERUNG)
    assert {c.name[:7] for c in stabil} == {"fall-05", "fall-11"}
    leicht = library.filter(reading_level=ReadingLevel.LEICHT)
    assert {c.name[:7] for c in leicht} == {"fall-08", "fall-12"}
    addiction = library.filter(obstacle=ObstacleCategory.ADDICTION)
    assert [c.name[:7] for c in addiction] == ["fall-05"]
    both = library.filter(profile=Profile.FOERDER, band="schwach")
    assert [c.name for c in both] == ["fall-03-gefluechtete-bauingenieurin-a-schwach"]
    with pytest.raises(UserError, match="Qualitätsstufe"):
        library.filter(band="sehr gut")


def test_pairs_and_comparison(library: TrainingLibrary) -> None:
    pairs = library.pairs()
    assert [(a.name, b.name) for a, b in pairs] == [
        ("fall-02-u25-ohne-ausbildung-a-schwach", "fall-02-u25-ohne-ausbildung-a-gut"),
        (
            "fall-03-gefluechtete-bauingenieurin-a-schwach",
            "fall-03-gefluechtete-bauingenieurin-a-gut",
        ),
    ]
    weak, good = pairs[0]
    result = compare_plans(weak.case, good.case, TRAINING_DAY)
    assert result.report_a.overall == weak.report.overall
    for dim in DIMENSIONS:
        assert result.differences[dim] == good.report.dimensions[dim] - weak.report.dimensions[dim]
    assert result.differences["operationalisation"] > 0
    assert result.overall_difference == good.report.overall - weak.report.overall > 0
    assert "boilerplate" in result.only_in_a and result.only_in_b == {}


def test_library_never_needs_a_store(tmp_path: Path) -> None:
    # a private folder with one case: the library works on files alone
    source = resource_path("cases", "fall-10-marktnah-fachlagerist.json")
    (tmp_path / source.name).write_bytes(source.read_bytes())
    own = TrainingLibrary.load(tmp_path)
    assert [c.name for c in own.cases] == ["fall-10-marktnah-fachlagerist"]
    assert own.pairs() == []
    empty = tmp_path / "leer"
    empty.mkdir()
    with pytest.raises(UserError, match="Keine Übungsfälle"):
        TrainingLibrary.load(empty)


def test_at_least_eight_exercises_each_targeting_hints_that_fire() -> None:
    exercises = load_exercises()
    assert len(exercises) >= 8
    tasks = " ".join(e.task for e in exercises.values())
    for phrase in (
        "so, dass er überprüfbar ist",
        "Ersetzen Sie die Textbausteine",
        "Übersetzen Sie",
        "Beteiligen Sie die Kundin",
    ):
        assert phrase in tasks
    for exercise in exercises.values():
        result = evaluate(exercise, current_text(exercise, exercise_case(exercise)) or "x" * 20)
        fired = {h.code for h in result.target_hints_before}
        assert fired == set(exercise.target_hints), exercise.name


@pytest.mark.parametrize("name", sorted(load_exercises()))
def test_the_example_solution_resolves_the_targeted_hints(name: str) -> None:
    exercise = load_exercises()[name]
    assert exercise.example
    result = evaluate(exercise, exercise.example)
    assert result.solved, (name, [h.message for h in result.target_hints_after])
    assert set(result.resolved) == set(exercise.target_hints)
    assert result.new_hints == []
    assert all(diff >= 0 for diff in result.differences.values())


def test_evaluate_reports_hints_before_after_and_differences() -> None:
    exercise = load_exercises()["07-vage-begriffe"]
    unchanged = evaluate(exercise, "Frau Wacholder bewirbt sich zeitnah auf passende Stellen.")
    assert unchanged.resolved == [] and unchanged.unresolved == ["step_vague"]
    assert not unchanged.solved and unchanged.overall_difference == 0
    better = evaluate(
        exercise, "Frau Wacholder bewirbt sich ab August auf 2 Stellen pro Woche als Bürokraft."
    )
    assert better.resolved == ["step_vague"] and better.solved
    assert better.differences["operationalisation"] > 0
    assert better.before.hints == unchanged.before.hints
    data = better.to_json()
    assert data["solved"] is True and data["resolved"] == ["step_vague"]
    assert data["dimensions"]["operationalisation"]["difference"] > 0
    # a rewrite that brings in a new problem shows it as a new hint
    worse = evaluate(
        exercise,
        "Frau Wacholder bewirbt sich ab August auf 2 Stellen pro Woche, sonst drohen Sanktionen.",
    )
    assert "sanction_language" in {h.code for h in worse.new_hints}
    with pytest.raises(ExerciseError, match="Text eingeben"):
        evaluate(exercise, "   ")


def test_broken_exercise_files_are_named(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.toml"
    path.write_text(
        'title = "x"\ntask = "y"\ncase = "fall-10-marktnah-fachlagerist.json"\n'
        'target = "step:st1"\nfield = "client_words"\ntargets = ["step_vague"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ExerciseError, match=r"kaputt\.toml: field 'client_words'"):
        load_exercise(path)
    path.write_text(
        path.read_text().replace('"client_words"', '"text"').replace("step_vague", "kein_code")
    )
    with pytest.raises(ExerciseError, match="Hinweiscodes"):
        load_exercise(path)
    path.write_text(path.read_text().replace("kein_code", "step_vague").replace("st1", "st99"))
    with pytest.raises(ExerciseError, match="step:st99 gibt es"):
        evaluate(load_exercise(path), "Ein neuer Text mit genug Wörtern.")
