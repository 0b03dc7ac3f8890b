"""Writing exchange files atomically (temp file in the target folder, fsync, os.replace)."""

from __future__ import annotations

import json
from pathlib import Path

from counsel_app.domain.case import Case
from counsel_app.exchange.convert import case_to_dict
from counsel_app.exchange.errors import ExchangeError, show
from counsel_app.exchange.reader import CaseReader, default_reader
from counsel_app.fileio import write_atomic


def case_to_json(case: Case, *, reader: CaseReader | None = None) -> str:
    """The exchange file text for `case`, checked like an import so it can be read back."""
    document = (reader or default_reader()).check(case_to_dict(case))
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_case(case: Case, path: Path | str, *, reader: CaseReader | None = None) -> None:
    """Write `case` to `path` as UTF-8 JSON; the file is either complete or untouched.

    Raises ExchangeError if the case would not pass import (naming the JSON path) or the
    file cannot be written.
    """
    target = Path(path)
    data = case_to_json(case, reader=reader).encode("utf-8")
    try:
        write_atomic(target, data)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise ExchangeError(
            None, f"Die Datei {show(str(target))} lässt sich nicht schreiben ({reason})."
        ) from err
