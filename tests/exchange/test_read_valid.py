"""Valid documents read into the domain model and round-trip exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from counsel_app.domain.case import (
    Actor,
    Case,
    Counsellor,
    GoalKind,
    ObstacleCategory,
    Profile,
    ReadingLevel,
    StepStatus,
)
from counsel_app.exchange import CaseReader, case_to_dict, read_case, write_case
from counsel_app.resources import resource_path
from tests.support.exchange_strategies import (
    SPECIAL_TEXTS,
    exchange_documents,
    full_document,
    minimal_document,
)


def _write(tmp_path: Path, document: object, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_full_document_converts_every_field() -> None:
    case = read_case(full_document())
    assert case.client.reference == "123D456789"
    assert case.client.display_name == "Ayşe Demir-Öztürk"
    assert case.client.reading_level is ReadingLevel.LEICHT
    assert case.client.profile is Profile.ENTWICKLUNG
    assert case.potential_analysis.date == date(2026, 1, 12)
    assert case.potential_analysis.obstacles[1].category is ObstacleCategory.DEBT
    assert case.potential_analysis.obstacles[1].deferred_reason is not None
    goal = case.plan.goals[0]
    assert goal.kind is GoalKind.INTEGRATION
    assert goal.target_date == date(2026, 12, 31)
    assert goal.gas == {
        -2: "Keine Bewerbung",
        -1: "1 Bewerbung",
        0: "3 Bewerbungen",
        1: "Vorstellungsgespräch",
        2: "Arbeitsvertrag",
    }
    assert goal.addresses == ["s1", "o1"]
    step = case.plan.steps[0]
    assert (step.actor, step.status, step.due) == (Actor.CLIENT, StepStatus.DONE, date(2026, 2, 1))
    assert case.plan.version == 2
    assert case.plan.agreed == date(2026, 1, 20)
    assert case.plan.follow_ups[0].done is True
    assert case.plan.reviews[0].goal_ratings == {"g1": -1, "g2": 2}
    assert case.counsellor == Counsellor(
        "Jonas Weiß",
        "Jobcenter Musterstadt, Team 3",
        "+49 30 1234-567",
        "jonas.weiss@jobcenter.example",
    )


def test_missing_optional_fields_take_the_schema_defaults() -> None:
    document = minimal_document()
    document["plan"]["goals"] = [{"id": "g1", "kind": "intermediate", "text": "Ziel"}]
    document["plan"]["steps"] = [{"id": "x", "goal": "g1", "actor": "provider", "text": "T"}]
    document["plan"]["reviews"] = [{"date": "2026-03-01"}]
    document["plan"]["follow_ups"] = [{"date": "2026-03-01", "kind": "contact"}]
    case = read_case(document)
    client = case.client
    assert (client.display_name, client.salutation, client.pseudonymised) == (None, None, False)
    assert (client.language, client.reading_level, client.profile) == (
        "de",
        ReadingLevel.EINFACH,
        None,
    )
    assert case.potential_analysis.client_view is None
    assert (case.plan.version, case.plan.agreed, case.plan.review_due) == (1, None, None)
    goal = case.plan.goals[0]
    assert (goal.client_words, goal.target_date, goal.addresses, goal.gas) == (None, None, [], None)
    step = case.plan.steps[0]
    assert (step.status, step.addresses, step.due, step.plain_text) == (
        StepStatus.OPEN,
        [],
        None,
        None,
    )
    assert case.plan.reviews[0].goal_ratings == {}
    assert case.plan.follow_ups[0].done is False
    assert case.counsellor is None


def test_full_document_round_trips_to_the_same_dict_in_schema_order(tmp_path: Path) -> None:
    document = full_document()
    exported = case_to_dict(read_case(document))
    assert exported == document
    assert json.dumps(exported) == json.dumps(document), "key order follows the schema"
    path = tmp_path / "out.json"
    write_case(read_case(document), path)
    assert json.loads(path.read_text(encoding="utf-8")) == document


def test_minimal_document_round_trips_through_the_domain() -> None:
    case = read_case(minimal_document())
    assert read_case(case_to_dict(case)) == case
    exported = case_to_dict(case)
    assert exported["counsellor"] is None
    assert exported["plan"]["follow_ups"] == [] and exported["plan"]["reviews"] == []


@pytest.mark.parametrize("text", SPECIAL_TEXTS)
def test_special_text_survives_file_round_trip(tmp_path: Path, text: str) -> None:
    document = full_document()
    document["plan"]["steps"][0]["text"] = text
    document["potential_analysis"]["strengths"][0]["text"] = text
    document["client"]["display_name"] = text
    document["plan"]["goals"][0]["gas"]["0"] = text
    case = read_case(_write(tmp_path, document))
    assert case.plan.steps[0].text == text
    out = tmp_path / "out.json"
    write_case(case, out)
    raw = out.read_bytes()
    assert json.loads(raw.decode("utf-8")) == document
    assert read_case(out) == case


def test_written_file_is_readable_utf8_without_ascii_escapes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    write_case(read_case(full_document()), out)
    text = out.read_text(encoding="utf-8")
    assert "Ayşe Demir-Öztürk" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "counsel-plan",\n  "format_version": 1,\n')
    assert text.endswith("}\n")


def test_read_accepts_str_path_and_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(full_document()).encode("utf-8"))
    assert read_case(str(path)) == read_case(full_document())


def test_integral_floats_become_ints() -> None:
    document = full_document()
    document["plan"]["version"] = 3.0
    document["plan"]["reviews"][0]["goal_ratings"]["g1"] = 1.0
    case = read_case(document)
    assert case.plan.version == 3 and type(case.plan.version) is int
    assert type(case.plan.reviews[0].goal_ratings["g1"]) is int


def test_reader_builds_its_validator_once_and_lazily() -> None:
    reader = CaseReader()
    assert reader._validator is None
    reader.read(minimal_document())
    first = reader._validator
    assert first is not None
    reader.read(full_document())
    assert reader._validator is first


def test_read_does_not_alter_the_callers_dict() -> None:
    document = full_document()
    snapshot = json.dumps(document)
    case = read_case(document)
    case.plan.goals[0].addresses.append("zzz")
    assert json.dumps(document) == snapshot


@settings(max_examples=150)
@given(exchange_documents(full=True))
def test_generated_full_documents_round_trip_exactly(document: dict[str, Any]) -> None:
    case = read_case(document)
    exported = case_to_dict(case)
    assert exported == document
    assert read_case(exported) == case


@settings(max_examples=150)
@given(exchange_documents(full=False))
def test_generated_sparse_documents_round_trip_through_the_domain(document: dict[str, Any]) -> None:
    case = read_case(document)
    assert isinstance(case, Case)
    assert read_case(case_to_dict(case)) == case
    assert read_case(json.loads(json.dumps(case_to_dict(case), ensure_ascii=False))) == case


TRAINING_CASES = sorted(resource_path("cases").glob("*.json"))


@pytest.mark.skipif(not TRAINING_CASES, reason="no training cases in resources/cases yet")
@pytest.mark.parametrize("path", TRAINING_CASES, ids=[p.stem for p in TRAINING_CASES])
def test_bundled_training_cases_read_and_round_trip(path: Path) -> None:
    case = read_case(path)
    assert read_case(case_to_dict(case)) == case
