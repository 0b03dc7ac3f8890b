"""JSON Schema validation (Draft 2020-12, with `date` format checks) and German messages.

jsonschema is imported when the first validator is built, never at import time. Of all
errors the one first in document order is reported, so the same file always gives the same
message.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

from counsel_app.exchange.decode import json_kind
from counsel_app.exchange.errors import ExchangeError, PathPart, format_path, show
from counsel_app.resources import resource_path

SCHEMA_FILE = ("schema", "plan-exchange-v1.schema.json")

_TYPE_NAMES = {
    "string": "Text",
    "integer": "ganze Zahl",
    "number": "Zahl",
    "boolean": "Wahrheitswert (true/false)",
    "object": "Objekt",
    "array": "Liste",
    "null": "null",
}

_SUGGEST_LIMIT = 40
"""Longer unknown keys get no "did you mean" (and cost no fuzzy matching)."""

# Order among errors at the same place: the most basic problem first.
_KEYWORD_RANK = {
    "type": 0,
    "const": 1,
    "enum": 2,
    "format": 3,
    "required": 4,
    "additionalProperties": 5,
    "minLength": 6,
    "maxLength": 7,
    "minimum": 8,
}


class SchemaError(Protocol):
    """The part of jsonschema's ValidationError this module reads."""

    validator: str
    validator_value: Any
    instance: Any
    schema: Mapping[str, Any]
    absolute_path: Sequence[PathPart]
    message: str


class SchemaValidator(Protocol):
    def iter_errors(self, instance: object) -> Iterator[SchemaError]: ...


def schema_path() -> Path:
    """Where the bundled copy of the exchange schema lives."""
    return resource_path(*SCHEMA_FILE)


def load_schema(path: Path | None = None) -> dict[str, Any]:
    with (path or schema_path()).open(encoding="utf-8") as stream:
        schema = json.load(stream)
    if not isinstance(schema, dict):
        raise TypeError("exchange schema must be a JSON object")
    return schema


def build_validator(schema: Mapping[str, Any]) -> SchemaValidator:
    """A Draft 2020-12 validator that also checks `format: date`."""
    import jsonschema  # type: ignore[import-untyped, unused-ignore]

    validator_class = jsonschema.Draft202012Validator
    validator_class.check_schema(schema)
    return cast(
        SchemaValidator, validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    )


def first_schema_error(validator: SchemaValidator, document: Mapping[str, Any]) -> None:
    """Raise ExchangeError for the first schema violation in document order, if any."""
    best: tuple[tuple[tuple[int, ...], int, str], SchemaError] | None = None
    for error in validator.iter_errors(document):
        key = _sort_key(document, error)
        if best is None or key < best[0]:
            best = (key, error)
    if best is not None:
        path, problem = translate(best[1])
        raise ExchangeError(format_path(path), problem)


def _sort_key(document: Mapping[str, Any], error: SchemaError) -> tuple[tuple[int, ...], int, str]:
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        path.append(_extra_keys(error)[0])
    return (
        _document_position(document, path),
        _KEYWORD_RANK.get(error.validator, len(_KEYWORD_RANK)),
        error.message,
    )


def _document_position(document: object, path: Sequence[PathPart]) -> tuple[int, ...]:
    """Where `path` lies in document order: index of each key or item along the way."""
    position: list[int] = []
    node = document
    for part in path:
        if isinstance(node, Mapping):
            position.append(next(i for i, key in enumerate(node) if key == part))
        elif isinstance(node, list) and isinstance(part, int):
            position.append(part)
        node = node[part]  # type: ignore[index]
    return tuple(position)


def _extra_keys(error: SchemaError) -> list[str]:
    known = error.schema.get("properties", {})
    return [key for key in error.instance if key not in known]


def translate(error: SchemaError) -> tuple[list[PathPart], str]:
    """JSON path and German one-line problem for a jsonschema error."""
    path = list(error.absolute_path)
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        missing = next(name for name in expected if name not in value)
        return [*path, missing], "Pflichtfeld fehlt."
    if kind == "additionalProperties":
        extra = _extra_keys(error)[0]
        return [*path, extra], _unknown_field(extra, error.schema.get("properties", {}))
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        names = " oder ".join(_TYPE_NAMES.get(name, name) for name in wanted)
        return path, f"erwartet {names}, gefunden {json_kind(value)} {show(value, 30)}."
    if kind == "enum":
        allowed = ", ".join("null" if item is None else str(item) for item in expected)
        return path, f"{show(value)} ist nicht erlaubt; erlaubt sind: {allowed}."
    if kind == "const":
        return path, f"erwartet {show(expected)}, gefunden {show(value)}."
    if kind == "format" and expected == "date":
        return path, f"{show(value)} ist kein gültiges Datum (JJJJ-MM-TT)."
    if kind == "minLength":
        if expected == 1:
            return path, "darf nicht leer sein."
        return path, f"zu kurz ({len(value)} Zeichen, mindestens {expected})."
    if kind == "maxLength":
        return path, f"zu lang ({len(value)} Zeichen, höchstens {expected})."
    if kind == "minimum":
        return path, f"muss mindestens {expected} sein, ist aber {show(value)}."
    return path, f"ungültiger Wert {show(value)} (Regel „{kind}“ verletzt)."


def _unknown_field(name: str, known: Mapping[str, Any]) -> str:
    problem = f"unbekanntes Feld {show(name)}"
    if len(name) > _SUGGEST_LIMIT:
        return f"{problem}."
    close = difflib.get_close_matches(name, list(known), n=1)
    if close:
        return f"{problem} (gemeint: {show(close[0])}?)."
    return f"{problem}."
