"""Hypothesis: malformed and hostile documents are refused with ExchangeError, never a crash.

Every test starts from a valid generated document, breaks it in one place and checks that
reading (from a dict and from a file) fails with a one-line German message naming exactly
that place.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from counsel_app.exchange import ExchangeError, read_case
from counsel_app.exchange.decode import MAX_FILE_BYTES, MAX_TEXT_CHARS
from counsel_app.exchange.errors import PathPart, format_path
from tests.exchange.helpers import assert_user_message
from tests.support.exchange_strategies import exchange_documents, texts

Doc = dict[str, Any]

documents = exchange_documents(full=True)
DATE_KEYS = {"date", "created", "agreed", "review_due", "target_date", "due"}
STRUCTURAL_KEYS = DATE_KEYS | {
    "format",
    "reading_level",
    "profile",
    "category",
    "kind",
    "actor",
    "status",
    "goal",
}
FORBIDDEN_CHARS = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"] + ["\ud800", "\udfff"]
HOSTILE_TEXT = st.sampled_from(
    ["مرحبا", "שלום", "\u202eevil\u202c", "👩🏽‍💻", "🇩🇪", "ﷺ", "\u200f2026-01-01", "２０２６-01-01"]
)


def nodes(
    value: object, path: tuple[PathPart, ...] = ()
) -> Iterator[tuple[tuple[PathPart, ...], object]]:
    """Every (path, value) below the root, in document order."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key), child
            yield from nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*path, index), child
            yield from nodes(child, (*path, index))


def put(document: Doc, path: tuple[PathPart, ...], value: object) -> None:
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


def refused(document: Doc, tmp_dir: Path) -> ExchangeError:
    """Read `document` as dict and as file; both must fail the same way; return the error."""
    with pytest.raises(ExchangeError) as from_dict:
        read_case(document)
    assert_user_message(from_dict.value)
    path = tmp_dir / "case.json"
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    with pytest.raises(ExchangeError) as from_file:
        read_case(path)
    assert str(from_file.value) == str(from_dict.value)
    return from_dict.value


@pytest.fixture(scope="module")
def tmp_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "bool", int: "int", str: "str", list: "list", dict: "dict"}[type(value)]


WRONG_VALUES: list[tuple[str, object]] = [
    ("str", "x"),
    ("int", 7),
    ("bool", True),
    ("list", []),
    ("dict", {"unbekannt_ß": 1}),
    ("float", 1.5),
]

hostile = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@hostile
@given(documents, st.data())
def test_wrong_type_anywhere_is_refused_at_that_path(
    tmp_dir: Path, document: Doc, data: st.DataObject
) -> None:
    path, current = data.draw(st.sampled_from(list(nodes(document))), label="target")
    kind = _json_type(current)
    # A string in a nullable field is fine, so null positions only get non-string values.
    excluded = {kind, "str"} if kind == "null" else {kind}
    _, wrong = data.draw(st.sampled_from([w for w in WRONG_VALUES if w[0] not in excluded]))
    put(document, path, wrong)
    err = refused(document, tmp_dir)
    expected = format_path(path)
    if kind == "null" and isinstance(wrong, dict):
        # Some nullable slots take an object (counsellor, gas): then the object's own
        # content is what is wrong, one level further down.
        assert err.json_path is not None
        assert err.json_path == expected or err.json_path.startswith(
            (expected + ".", expected + "[")
        )
    else:
        assert err.json_path == expected


@hostile
@given(
    documents,
    st.data(),
    st.one_of(
        st.sampled_from(
            [
                "2026-02-30",
                "2025-02-29",
                "2026-13-01",
                "2026-00-10",
                "0000-01-01",
                "26-01-01",
                "2026-1-1",
                "2026-01-01T00:00",
                " 2026-01-01",
                "2026-01-01\n",
                "",
                "morgen",
            ]
        ),
        HOSTILE_TEXT,
        st.text(max_size=12).filter(lambda s: not _is_iso_date(s)),
    ),
)
def test_bad_date_is_refused_at_that_path(
    tmp_dir: Path, document: Doc, data: st.DataObject, bad: str
) -> None:
    targets = [p for p, v in nodes(document) if p[-1] in DATE_KEYS and isinstance(v, str)]
    path = data.draw(st.sampled_from(targets))
    put(document, path, bad)
    err = refused(document, tmp_dir)
    assert err.json_path == format_path(path)
    expected = ("kein gültiges Datum (JJJJ-MM-TT)", "Steuerzeichen", "Surrogat")
    assert any(text in str(err) for text in expected), str(err)


def _is_iso_date(text: str) -> bool:
    from datetime import date

    try:
        return len(text) == 10 and text.isascii() and bool(date.fromisoformat(text))
    except ValueError:
        return False


def _schema_property_names() -> set[str]:
    from counsel_app.exchange.schema import load_schema

    names: set[str] = set()
    for _, value in nodes(load_schema()):
        if isinstance(value, dict) and isinstance(value.get("properties"), dict):
            names.update(value["properties"])
    return names


SCHEMA_NAMES = _schema_property_names()


@hostile
@given(documents, st.data(), st.text(min_size=1, max_size=20))
def test_unknown_key_is_refused_at_that_key(
    tmp_dir: Path, document: Doc, data: st.DataObject, key: str
) -> None:
    assume(key not in SCHEMA_NAMES)
    objects = [()] + [
        p for p, v in nodes(document) if isinstance(v, dict) and p[-1] != "goal_ratings"
    ]
    path: tuple[PathPart, ...] = data.draw(st.sampled_from(objects))
    node: Any = document
    for part in path:
        node = node[part]
    node[key] = data.draw(st.sampled_from([None, 1, "x", [], {}]))
    err = refused(document, tmp_dir)
    assert err.json_path == format_path((*path, key))


@hostile
@given(documents, st.data(), texts(8) | HOSTILE_TEXT)
def test_dangling_reference_is_refused(
    tmp_dir: Path, document: Doc, data: st.DataObject, target: str
) -> None:
    plan = document["plan"]
    analysis = document["potential_analysis"]
    goal_ids = {g["id"] for g in plan["goals"]}
    factor_ids = {i["id"] for i in analysis["strengths"] + analysis["obstacles"]}
    choices: list[tuple[PathPart, ...]] = [("plan", "goals", i) for i in range(len(plan["goals"]))]
    choices += [("plan", "steps", i) for i in range(len(plan["steps"]))]
    choices += [("plan", "reviews", i) for i in range(len(plan.get("reviews", [])))]
    where = data.draw(st.sampled_from(choices))
    if where[1] == "reviews":
        assume(target not in goal_ids)
        plan["reviews"][where[2]]["goal_ratings"] = {target: 0}
        expected: tuple[PathPart, ...] = (*where, "goal_ratings", target)
    elif where[1] == "steps" and data.draw(st.booleans()):
        assume(target not in goal_ids)
        plan["steps"][where[2]]["goal"] = target
        expected = (*where, "goal")
    else:
        assume(target not in factor_ids)
        item = plan[where[1]][where[2]]
        item["addresses"] = [target]
        expected = (*where, "addresses", 0)
    # Only this reference may dangle: clear the others that come later in the check order.
    for later in plan["steps"][where[2] + 1 :] if where[1] == "steps" else plan["steps"]:
        later["addresses"] = []
    if where[1] == "reviews":
        for review in plan["reviews"]:
            if review is not plan["reviews"][where[2]]:
                review["goal_ratings"] = {}
    err = refused(document, tmp_dir)
    assert err.json_path == format_path(expected)
    assert "gibt es nicht" in str(err)


@hostile
@given(documents, st.data())
def test_duplicate_id_is_refused_at_the_second_occurrence(
    tmp_dir: Path, document: Doc, data: st.DataObject
) -> None:
    analysis, plan = document["potential_analysis"], document["plan"]
    groups: list[list[tuple[tuple[PathPart, ...], Doc]]] = [
        [(("potential_analysis", "strengths", i), s) for i, s in enumerate(analysis["strengths"])]
        + [
            (("potential_analysis", "obstacles", i), o) for i, o in enumerate(analysis["obstacles"])
        ],
        [(("plan", "goals", i), g) for i, g in enumerate(plan["goals"])],
        [(("plan", "steps", i), s) for i, s in enumerate(plan["steps"])],
    ]
    groups = [g for g in groups if len(g) >= 2]
    assume(groups)
    group = data.draw(st.sampled_from(groups))
    first = data.draw(st.integers(0, len(group) - 2))
    second = data.draw(st.integers(first + 1, len(group) - 1))
    group[second][1]["id"] = group[first][1]["id"]
    err = refused(document, tmp_dir)
    assert err.json_path == format_path((*group[second][0], "id"))
    assert "kommt doppelt vor" in str(err)


@hostile
@given(documents, st.data(), st.sampled_from(FORBIDDEN_CHARS))
def test_control_character_in_any_string_is_refused(
    tmp_dir: Path, document: Doc, data: st.DataObject, bad: str
) -> None:
    targets = [p for p, v in nodes(document) if isinstance(v, str)]
    path = data.draw(st.sampled_from(targets))
    value: str = _get(document, path)
    at = data.draw(st.integers(0, len(value)))
    put(document, path, value[:at] + bad + value[at:])
    err = refused(document, tmp_dir)
    assert err.json_path == format_path(path)
    assert f"an Stelle {at + 1}." in str(err)


def _get(document: Doc, path: tuple[PathPart, ...]) -> Any:
    node: Any = document
    for part in path:
        node = node[part]
    return node


@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.data(), st.integers(0, 1000))
def test_megabytes_of_text_are_refused(
    tmp_dir: Path, document: Doc, data: st.DataObject, extra: int
) -> None:
    targets = [p for p, v in nodes(document) if isinstance(v, str)]
    path = data.draw(st.sampled_from(targets))
    put(document, path, "ü" * (MAX_TEXT_CHARS + extra))
    with pytest.raises(ExchangeError) as from_dict:
        read_case(document)
    assert_user_message(from_dict.value, format_path(path))
    file = tmp_dir / "big.json"
    file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert file.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(ExchangeError) as from_file:
        read_case(file)
    assert_user_message(from_file.value, "$")


@hostile
@given(documents, st.data(), HOSTILE_TEXT)
def test_rtl_and_emoji_in_structural_fields_are_refused(
    tmp_dir: Path, document: Doc, data: st.DataObject, text: str
) -> None:
    targets = [p for p, v in nodes(document) if p[-1] in STRUCTURAL_KEYS and isinstance(v, str)]
    path = data.draw(st.sampled_from(targets))
    put(document, path, text)
    assume(not (path[-1] == "goal" and text in {g["id"] for g in document["plan"]["goals"]}))
    err = refused(document, tmp_dir)
    assert err.json_path == format_path(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@hostile
@given(st.dictionaries(st.text(max_size=15), json_values, max_size=6) | json_values)
def test_arbitrary_json_is_refused_cleanly(tmp_dir: Path, value: object) -> None:
    path = tmp_dir / "any.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_case(path)
    assert_user_message(caught.value)


@hostile
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_refused_cleanly(tmp_dir: Path, raw: bytes) -> None:
    path = tmp_dir / "raw.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError) as caught:
        read_case(path)
    assert_user_message(caught.value)
