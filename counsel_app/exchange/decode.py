"""From bytes (or a caller's mapping) to plain JSON data, refusing what the schema cannot see.

The schema checks shapes and values; this module checks what comes before: size, UTF-8,
JSON syntax, duplicate keys, nesting depth, non-JSON Python values, non-finite numbers, and
control characters or lone surrogates in any string (keys included).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from counsel_app.exchange.errors import ExchangeError, PathPart, char_name, format_path, show

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest exchange file read; real cases are a few kilobytes."""

MAX_TEXT_CHARS = MAX_FILE_BYTES
"""Budget for all strings of a mapping handed in directly (same order as the file limit)."""

MAX_DEPTH = 32
"""The schema nests six levels deep; anything far deeper is not an exchange file."""

MAX_INT = 2**53
"""Integers beyond this are not plausible here and would not survive other JSON readers."""

_FORBIDDEN_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
"""C0 controls except tab, line feed and carriage return; lone surrogates (not encodable)."""
_UTF8_BOM = b"\xef\xbb\xbf"

_JSON_PROBLEMS = {
    "Expecting value": "Wert erwartet",
    "Expecting ',' delimiter": "Komma erwartet",
    "Expecting ':' delimiter": "Doppelpunkt erwartet",
    "Expecting property name enclosed in double quotes": (
        "Feldname in doppelten Anführungszeichen erwartet"
    ),
    "Unterminated string starting at": "Text ohne schließendes Anführungszeichen",
    "Invalid control character at": "Steuerzeichen im Text (als \\n, \\t usw. schreiben)",
    "Invalid \\escape": "ungültige Escape-Sequenz",
    "Invalid \\uXXXX escape": "ungültige \\u-Escape-Sequenz",
    "Extra data": "weitere Daten nach dem Ende des JSON-Objekts",
    "Illegal trailing comma before end of object": "überzähliges Komma vor }",
    "Illegal trailing comma before end of array": "überzähliges Komma vor ]",
}


class _PairsDict(dict[str, Any]):
    """A decoded JSON object that remembers the first key it saw twice."""

    duplicate: str | None = None


def _pairs_hook(pairs: list[tuple[str, Any]]) -> _PairsDict:
    result = _PairsDict()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes; refuses missing, unreadable, non-regular and over-large files."""
    name = show(str(path))
    try:
        if not path.is_file():
            if path.exists():
                raise ExchangeError(None, f"{name} ist keine Datei.")
            raise ExchangeError(None, f"Die Datei {name} gibt es nicht.")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as err:
        reason = getattr(err, "strerror", None) or type(err).__name__
        raise ExchangeError(None, f"Die Datei {name} lässt sich nicht lesen ({reason}).") from err
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise ExchangeError(
            "$", f"Die Datei ist zu groß (über {limit} MB); eine Austauschdatei ist viel kleiner."
        )
    return data


def decode_json(data: bytes) -> Any:
    """Parse UTF-8 JSON (a leading BOM is allowed); errors name line and column."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, column = _byte_position(data, err.start)
        raise ExchangeError(
            "$",
            f"Die Datei ist kein gültiges UTF-8 (Zeile {line}, Spalte {column}); "
            "bitte als UTF-8 speichern.",
        ) from err
    if not text.strip():
        raise ExchangeError("$", "Die Datei ist leer.")
    try:
        return json.loads(text, object_pairs_hook=_pairs_hook)
    except json.JSONDecodeError as err:
        problem = _JSON_PROBLEMS.get(err.msg, "Syntaxfehler")
        raise ExchangeError(
            "$", f"kein gültiges JSON in Zeile {err.lineno}, Spalte {err.colno}: {problem}."
        ) from err
    except RecursionError as err:
        raise ExchangeError("$", "Das JSON ist zu tief verschachtelt.") from err
    except ValueError as err:  # e.g. an integer with thousands of digits
        raise ExchangeError("$", f"kein gültiges JSON: {show(str(err))}.") from err


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def plain_json(value: object) -> dict[str, Any]:
    """A plain-dict copy of `value` after refusing everything the schema cannot judge.

    Walks the document in order (iteratively, so hostile nesting cannot overflow the
    stack) and raises ExchangeError at the first problem.
    """
    if not isinstance(value, Mapping):
        raise ExchangeError("$", f"erwartet ein JSON-Objekt, gefunden {json_kind(value)}.")
    budget = MAX_TEXT_CHARS
    root: dict[str, Any] = {}
    # Each entry: (value, path, container to put the copy in, key or index in it).
    stack: list[tuple[object, list[PathPart], dict[str, Any] | list[Any], PathPart | None]] = [
        (value, [], root, None)
    ]
    while stack:
        item, path, parent, slot = stack.pop()
        if len(path) > MAX_DEPTH:
            raise ExchangeError(format_path(path), "zu tief verschachtelt.")
        copy: object
        if isinstance(item, Mapping):
            copy = root if slot is None else {}
            children: list[tuple[object, list[PathPart], Any, PathPart]] = []
            duplicate = getattr(item, "duplicate", None)
            for key, child in item.items():
                if not isinstance(key, str):
                    raise ExchangeError(format_path(path), f"Feldname {show(key)} ist kein Text.")
                _check_text(key, [*path, key], is_key=True)
                budget -= len(key)
                if key == duplicate:
                    raise ExchangeError(
                        format_path([*path, key]), f"Feld {show(key)} kommt mehrfach vor."
                    )
                children.append((child, [*path, key], copy, key))
            stack.extend(reversed(children))
        elif isinstance(item, list):
            copy = [None] * len(item)
            stack.extend(
                (child, [*path, index], copy, index)
                for index, child in reversed(list(enumerate(item)))
            )
        elif isinstance(item, str):
            _check_text(item, path, is_key=False)
            budget -= len(item)
            copy = item
        elif item is None or isinstance(item, bool):
            copy = item
        elif isinstance(item, int):
            if abs(item) > MAX_INT:
                raise ExchangeError(format_path(path), "Die Zahl ist zu groß.")
            copy = item
        elif isinstance(item, float):
            if not math.isfinite(item) or abs(item) > MAX_INT:
                raise ExchangeError(format_path(path), f"{show(item)} ist keine gültige Zahl.")
            copy = item
        else:
            raise ExchangeError(format_path(path), f"kein JSON-Wert ({type(item).__name__}).")
        if budget < 0:
            raise ExchangeError(format_path(path), "Das Dokument enthält zu viel Text.")
        if slot is not None:
            parent[slot] = copy  # type: ignore[index]
    return root


def _check_text(text: str, path: list[PathPart], *, is_key: bool) -> None:
    bad = _FORBIDDEN_CHARS.search(text)
    if bad is None:
        return
    ch = bad.group()
    what = "Der Feldname" if is_key else "Der Text"
    kind = "ein Steuerzeichen" if ord(ch) < 0x20 else "ein einzelnes Ersatzzeichen (Surrogat)"
    raise ExchangeError(
        format_path(path), f"{what} enthält {kind} ({char_name(ch)}) an Stelle {bad.start() + 1}."
    )


def json_kind(value: object) -> str:
    """German name of a value's JSON type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "Wahrheitswert"
    if isinstance(value, int):
        return "ganze Zahl"
    if isinstance(value, float):
        return "Zahl"
    if isinstance(value, str):
        return "Text"
    if isinstance(value, list):
        return "Liste"
    if isinstance(value, Mapping):
        return "Objekt"
    return type(value).__name__
