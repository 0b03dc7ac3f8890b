"""ExchangeError and the helpers that keep its message one readable line."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

from counsel_app.errors import UserError

PathPart = str | int

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHOW_LIMIT = 60
_KEY_LIMIT = 40


class ExchangeError(UserError):
    """An exchange file (or dict) that cannot be read or written.

    `json_path` names the place in the document (`$.plan.steps[2].due`); it is None when the
    file itself cannot be opened or written. `problem` is the German text after the path.
    """

    def __init__(self, json_path: str | None, problem: str) -> None:
        message = problem if json_path is None else f"{json_path}: {problem}"
        super().__init__(one_line(message))
        self.json_path = json_path
        self.problem = problem

    def __reduce__(self) -> tuple[type[ExchangeError], tuple[str | None, str]]:
        return (type(self), (self.json_path, self.problem))


class ExchangeFileError(ExchangeError):
    """An `ExchangeError` in one file of a folder; the message starts with the file name."""

    def __init__(self, file_name: str, json_path: str | None, problem: str) -> None:
        super().__init__(json_path, problem)
        self.file_name = file_name
        self.message = one_line(f"{file_name}: {self.message}")
        self.args = (self.message,)

    def __reduce__(self) -> tuple[type[ExchangeError], tuple[str | None, str]]:
        return (type(self), (self.file_name, self.json_path, self.problem))  # type: ignore[return-value]


def one_line(text: str) -> str:
    """`text` with every control, format, surrogate or line/paragraph separator escaped.

    Keeps messages on one line (also for `str.splitlines`) and stops bidi controls in a
    hostile value from reordering the rest of the message.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def show(value: object, limit: int = _SHOW_LIMIT) -> str:
    """A JSON value as a short, quoted, one-line text for messages."""
    if isinstance(value, str) and len(value) > limit:
        # Cut the string itself, not its JSON text, so no escape sequence or the closing
        # quote is cut in half (keys shown this way must stay valid path segments).
        value = value[: max(limit - 3, 1)] + "…"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if not isinstance(value, str) and len(text) > limit:
        text = text[: limit - 1] + "…"
    return one_line(text)


def format_path(parts: Iterable[PathPart]) -> str:
    """JSONPath-like text: `$`, `.key`, `[index]`, and `["odd key"]` for other keys."""
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _IDENTIFIER.fullmatch(part):
            out.append(f".{part}")
        else:
            out.append(f"[{show(part, _KEY_LIMIT)}]")
    return "".join(out)


def char_name(ch: str) -> str:
    """`U+0000` plus the Unicode name where there is one."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")
