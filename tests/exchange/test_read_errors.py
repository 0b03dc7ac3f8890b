"""Each kind of error names the JSON path of the first problem in one German line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from counsel_app.errors import UserError
from counsel_app.exchange import ExchangeError, read_case
from counsel_app.exchange.decode import MAX_FILE_BYTES
from tests.exchange.helpers import assert_user_message
from tests.support.exchange_strategies import full_document

Doc = dict[str, Any]


def _parts(path: str) -> list[str | int]:
    """Dotted path to keys; digits index lists (but GAS levels are keys)."""
    parts: list[str | int] = []
    for part in path.split("."):
        parts.append(int(part) if part.isdigit() and parts[-1:] != ["gas"] else part)
    return parts


def _set(path: str, value: object) -> Callable[[Doc], None]:
    """A mutation that sets the dotted path to value."""

    def mutate(document: Doc) -> None:
        *parents, last = _parts(path)
        node: Any = document
        for part in parents:
            node = node[part]
        node[last] = value

    return mutate


def _delete(path: str) -> Callable[[Doc], None]:
    def mutate(document: Doc) -> None:
        *parents, last = _parts(path)
        node: Any = document
        for part in parents:
            node = node[part]
        del node[last]

    return mutate


CASES: list[tuple[str, Callable[[Doc], None], str, str]] = [
    # (id, mutation, expected path, expected message fragment)
    (
        "bad-date",
        _set("plan.steps.1.due", "2026-02-30"),
        "$.plan.steps[1].due",
        '"2026-02-30" ist kein gültiges Datum (JJJJ-MM-TT).',
    ),
    ("date-format", _set("plan.created", "15.01.2026"), "$.plan.created", "kein gültiges Datum"),
    (
        "date-year-0",
        _set("potential_analysis.date", "0000-01-01"),
        "$.potential_analysis.date",
        "kein gültiges Datum",
    ),
    ("required", _delete("plan.steps.0.goal"), "$.plan.steps[0].goal", "Pflichtfeld fehlt."),
    ("required-top", _delete("plan"), "$.plan", "Pflichtfeld fehlt."),
    (
        "unknown-field",
        _set("counsellor.nmae", "x"),
        "$.counsellor.nmae",
        'unbekanntes Feld "nmae" (gemeint: "name"?)',
    ),
    ("unknown-top", _set("extra", 1), "$.extra", 'unbekanntes Feld "extra".'),
    (
        "unknown-gas-level",
        _set("plan.goals.0.gas.3", "x"),
        '$.plan.goals[0].gas["3"]',
        'unbekanntes Feld "3"',
    ),
    (
        "type",
        _set("plan.version", "2"),
        "$.plan.version",
        'erwartet ganze Zahl, gefunden Text "2".',
    ),
    (
        "type-nullable",
        _set("client.display_name", 5),
        "$.client.display_name",
        "erwartet Text oder null, gefunden ganze Zahl 5.",
    ),
    (
        "type-bool",
        _set("plan.follow_ups.0.done", "ja"),
        "$.plan.follow_ups[0].done",
        "Wahrheitswert",
    ),
    ("type-array", _set("plan.steps", {}), "$.plan.steps", "erwartet Liste, gefunden Objekt"),
    (
        "enum",
        _set("plan.steps.0.actor", "clint"),
        "$.plan.steps[0].actor",
        '"clint" ist nicht erlaubt; erlaubt sind: client, jobcenter, provider.',
    ),
    ("enum-null", _set("client.profile", "mark"), "$.client.profile", "unterstuetzung, null."),
    (
        "enum-rating",
        _set("plan.reviews.0.goal_ratings.g1", 3),
        "$.plan.reviews[0].goal_ratings.g1",
        "3 ist nicht erlaubt",
    ),
    (
        "enum-bool-is-not-int",
        _set("plan.reviews.0.goal_ratings.g1", True),
        "$.plan.reviews[0].goal_ratings.g1",
        "true ist nicht erlaubt",
    ),
    (
        "const-format",
        _set("format", "counsel"),
        "$.format",
        'erwartet "counsel-plan", gefunden "counsel".',
    ),
    ("const-version", _set("format_version", 2), "$.format_version", "erwartet 1, gefunden 2."),
    ("min-length", _set("client.reference", ""), "$.client.reference", "darf nicht leer sein."),
    (
        "max-length",
        _set("plan.steps.0.frequency", "x" * 101),
        "$.plan.steps[0].frequency",
        "zu lang (101 Zeichen, höchstens 100).",
    ),
    ("minimum", _set("plan.version", 0), "$.plan.version", "muss mindestens 1 sein, ist aber 0."),
    (
        "dangling-goal",
        _set("plan.steps.0.goal", "g9"),
        "$.plan.steps[0].goal",
        'Ziel "g9" gibt es nicht.',
    ),
    (
        "dangling-step-address",
        _set("plan.steps.0.addresses", ["o1", "o9"]),
        "$.plan.steps[0].addresses[1]",
        '"o9" gibt es nicht.',
    ),
    (
        "dangling-goal-address",
        _set("plan.goals.1.addresses", ["g1"]),
        "$.plan.goals[1].addresses[0]",
        '"g1" gibt es nicht.',
    ),
    (
        "dangling-rating",
        _set("plan.reviews.0.goal_ratings.g7", 0),
        "$.plan.reviews[0].goal_ratings.g7",
        'Ziel "g7" gibt es nicht.',
    ),
    (
        "duplicate-goal",
        _set("plan.goals.1.id", "g1"),
        "$.plan.goals[1].id",
        'Kennung "g1" kommt doppelt vor (schon bei $.plan.goals[0].id).',
    ),
    ("duplicate-step", _set("plan.steps.1.id", "st1"), "$.plan.steps[1].id", "doppelt"),
    (
        "duplicate-across-factors",
        _set("potential_analysis.obstacles.0.id", "s2"),
        "$.potential_analysis.obstacles[0].id",
        "schon bei $.potential_analysis.strengths[1].id",
    ),
    (
        "nul",
        _set("plan.goals.0.text", "Arbeit\x00"),
        "$.plan.goals[0].text",
        "Steuerzeichen (U+0000) an Stelle 7.",
    ),
    ("escape-control", _set("client.reference", "A\x1bB"), "$.client.reference", "U+001B"),
    ("control-in-key", _set("client.x\x07", 1), '$.client["x\\u0007"]', "Feldname"),
    ("lone-surrogate", _set("plan.steps.0.text", "a\ud800"), "$.plan.steps[0].text", "Surrogat"),
    ("nan", _set("plan.version", float("nan")), "$.plan.version", "keine gültige Zahl"),
    ("huge-int", _set("plan.version", 10**40), "$.plan.version", "zu groß"),
    ("python-object", _set("plan.agreed", {1, 2}), "$.plan.agreed", "kein JSON-Wert (set)"),
    ("non-str-key", _set("client.1", "x"), "$.client", "Feldname 1 ist kein Text."),
]


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_error_names_path_and_problem(
    mutate: Callable[[Doc], None], path: str, fragment: str
) -> None:
    document = full_document()
    mutate(document)
    with pytest.raises(ExchangeError) as caught:
        read_case(document)
    assert_user_message(caught.value, path)
    assert fragment in str(caught.value)
    assert isinstance(caught.value, UserError)


def test_first_error_in_document_order_is_reported() -> None:
    document = full_document()
    document["plan"]["steps"][1]["due"] = "2026-13-01"
    document["plan"]["steps"][0]["status"] = "fertig"
    document["client"]["language"] = 7
    with pytest.raises(ExchangeError) as caught:
        read_case(document)
    assert caught.value.json_path == "$.client.language"
    del document["client"]["language"]
    with pytest.raises(ExchangeError) as caught:
        read_case(document)
    assert caught.value.json_path == "$.plan.steps[0].status"


def test_first_missing_field_follows_the_schema_order() -> None:
    with pytest.raises(ExchangeError) as caught:
        read_case({"plan": {}})
    assert caught.value.json_path == "$.format"


def test_same_input_gives_same_message() -> None:
    document = full_document()
    for step in document["plan"]["steps"]:
        step["due"] = "2026-02-31"
        step["zzz"] = 1
    messages = set()
    for _ in range(3):
        with pytest.raises(ExchangeError) as caught:
            read_case(json.loads(json.dumps(document)))
        messages.add(str(caught.value))
    assert messages == {'$.plan.steps[0].due: "2026-02-31" ist kein gültiges Datum (JJJJ-MM-TT).'}


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "Die Datei ist leer."),
        (b'{\n  "format": "counsel-plan",\n  "client" {}\n}', "Zeile 3, Spalte 12: Doppelpunkt"),
        (b'{"a": 1,}', "Zeile 1, Spalte 9"),
        (b'{"a": 1} x', "weitere Daten"),
        (b"{'a': 1}", "Feldname in doppelten Anführungszeichen erwartet"),
        (b'{"a": "x\ny"}', "Steuerzeichen im Text"),
        (b'{\n"a": "\xc3\x28"}', "kein gültiges UTF-8 (Zeile 2, Spalte 7)"),
        (b"\xff\xfe{\x00}\x00", "kein gültiges UTF-8 (Zeile 1, Spalte 1)"),
        (b"[1, 2]", "erwartet ein JSON-Objekt, gefunden Liste."),
        (b'"text"', "gefunden Text"),
        (b"null", "gefunden null"),
        (b"[" * 100_000 + b"]" * 100_000, "zu tief verschachtelt"),
        (b'{"a":' * 50 + b"1" + b"}" * 50, "zu tief verschachtelt"),
        (b'{"x": NaN}', "keine gültige Zahl"),
        (b'{"x": 1e999}', "keine gültige Zahl"),
        (b'{"x": ' + b"9" * 5000 + b"}", "kein gültiges JSON"),
        (b'{"a": 1, "a": 2}', '$.a: Feld "a" kommt mehrfach vor.'),
        (b'{"a": "\\u0000"}', "U+0000"),
        (b'{"a": "\\udc00"}', "Surrogat"),
    ],
)
def test_bad_file_content(tmp_path: Path, raw: bytes, fragment: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError) as caught:
        read_case(path)
    assert_user_message(caught.value)
    assert fragment in str(caught.value)


def test_too_large_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    document = full_document()
    document["potential_analysis"]["client_view"] = "x" * MAX_FILE_BYTES
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_case(path)
    assert_user_message(caught.value, "$")
    assert "zu groß (über 5 MB)" in str(caught.value)


def test_file_just_under_the_limit_is_judged_on_content(tmp_path: Path) -> None:
    document = full_document()
    document["potential_analysis"]["client_view"] = "x" * (MAX_FILE_BYTES - 10_000)
    path = tmp_path / "long.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_case(path)
    assert_user_message(caught.value, "$.potential_analysis.client_view")
    assert "höchstens 4000" in str(caught.value)


@pytest.mark.parametrize("name", ["missing.json", ".", "a\x00b.json"])
def test_unreadable_source_has_no_json_path(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        read_case(str(tmp_path / name))
    assert caught.value.json_path is None
    assert "Datei" in str(caught.value)
    assert len(str(caught.value).splitlines()) == 1


def test_top_level_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(ExchangeError) as caught:
        read_case([full_document()])  # type: ignore[arg-type]
    assert caught.value.json_path == "$"


def test_exchange_error_pickles_with_its_path() -> None:
    import pickle

    err = ExchangeError("$.plan", "Pflichtfeld fehlt.")
    copy = pickle.loads(pickle.dumps(err))
    assert (str(copy), copy.json_path) == ("$.plan: Pflichtfeld fehlt.", "$.plan")


def test_a_folder_is_read_completely_and_a_bad_file_is_named(tmp_path: Path) -> None:
    from counsel_app.exchange import read_case_folder
    from counsel_app.exchange.errors import ExchangeFileError
    from counsel_app.resources import resource_path

    cases = read_case_folder(resource_path("cases"))
    assert len(cases) == 14 and [p.name for p, _ in cases] == sorted(p.name for p, _ in cases)
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ExchangeFileError, match=r"^a\.json: \$") as caught:
        read_case_folder(tmp_path)
    assert caught.value.file_name == "a.json" and caught.value.json_path is not None
    empty = tmp_path / "leer"
    empty.mkdir()
    with pytest.raises(UserError, match=r"^Nichts in .*leer\.$"):
        read_case_folder(empty, empty_message="Nichts in {folder}.")
    with pytest.raises(UserError, match="gibt es nicht"):
        read_case_folder(tmp_path / "fehlt")
