"""Reading exchange files: decode, validate (schema, then references), convert."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from counsel_app.domain.case import Case
from counsel_app.exchange.convert import case_from_dict
from counsel_app.exchange.decode import decode_json, plain_json, read_file_bytes
from counsel_app.exchange.references import check_references
from counsel_app.exchange.schema import (
    SchemaValidator,
    build_validator,
    first_schema_error,
    load_schema,
)

Source = Path | str | Mapping[str, Any]


class CaseReader:
    """Reads and checks exchange documents; builds its schema validator on first use.

    Keep one per application context (or per batch import) to validate many files with one
    validator. Safe to share between threads.
    """

    def __init__(self, schema_file: Path | None = None) -> None:
        self._schema_file = schema_file
        self._validator: SchemaValidator | None = None
        self._lock = threading.Lock()

    @property
    def validator(self) -> SchemaValidator:
        with self._lock:
            if self._validator is None:
                self._validator = build_validator(load_schema(self._schema_file))
            return self._validator

    def read(self, source: Source) -> Case:
        """The case in `source` (a file path, or an already parsed JSON object)."""
        if isinstance(source, str | os.PathLike):
            document: object = decode_json(read_file_bytes(Path(source)))
        else:
            document = source  # a mapping; anything else is refused by the check
        return case_from_dict(self.check(document))

    def check(self, document: object) -> dict[str, Any]:
        """A plain copy of `document` once it is a valid exchange document.

        Raises ExchangeError naming the JSON path of the first problem otherwise.
        """
        plain = plain_json(document)
        first_schema_error(self.validator, plain)
        check_references(plain)
        return plain


@cache
def default_reader() -> CaseReader:
    """A reader shared by callers that pass none; created on first call, not at import."""
    return CaseReader()


def read_case(source: Source, *, reader: CaseReader | None = None) -> Case:
    """Read and validate one exchange document; raises ExchangeError on any problem.

    `source` is a file path (Path or str) or a parsed JSON object.
    """
    return (reader or default_reader()).read(source)


def read_case_folder(
    folder: Path,
    *,
    empty_message: str = "Im Ordner {folder} liegen keine Austauschdateien (*.json).",
) -> list[tuple[Path, Case]]:
    """Every `*.json` exchange file of `folder`, by name, each read and validated.

    All files are read before anything is returned, so a caller stores nothing when one is
    bad: an `ExchangeFileError` names the file and the JSON path. `empty_message` (with
    `{folder}`) is the German message when there is no file.
    """
    from counsel_app.errors import UserError
    from counsel_app.exchange.errors import ExchangeError, ExchangeFileError

    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Den Ordner {folder} gibt es nicht.")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise UserError(empty_message.format(folder=folder))
    reader = CaseReader()
    cases = []
    for path in files:
        try:
            cases.append((path, reader.read(path)))
        except ExchangeError as err:
            raise ExchangeFileError(path.name, err.json_path, err.problem) from err
    return cases
