"""Writing exchange files atomically (temp file in the target folder, fsync, os.replace)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from counsel_app.domain.case import Case
from counsel_app.exchange.convert import case_to_dict
from counsel_app.exchange.errors import ExchangeError, show
from counsel_app.exchange.reader import CaseReader, default_reader


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
    temp_name: str | None = None
    try:
        descriptor, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
        temp_name = None
        _fsync_folder(target.parent)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise ExchangeError(
            None, f"Die Datei {show(str(target))} lässt sich nicht schreiben ({reason})."
        ) from err
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows opening a folder (not Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
