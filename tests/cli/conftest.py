"""In-process command line runs against one data folder with a memory keyring."""

from __future__ import annotations

import argparse
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from tests.support.fixtures import make_context
from tests.support.keyrings import MemoryKeyring


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs commands against one data folder; the keyring object stays the same."""

    def __init__(self, root: Path, keyring: Any, environ: dict[str, str] | None = None) -> None:
        self.root = root
        self.keyring = keyring
        self.environ = environ or {}
        self.last: AppContext | None = None

    def __call__(self, *argv: str) -> Result:
        def factory(args: argparse.Namespace) -> AppContext:
            self.last = make_context(self.root, keyring=self.keyring, environ=self.environ)
            return self.last

        code = run(list(argv), factory)
        assert self.last is not None
        out, err = self.last.stdout, self.last.stderr
        assert isinstance(out, io.StringIO) and isinstance(err, io.StringIO)
        return Result(code, out.getvalue(), err.getvalue())


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code != 0
    assert result.err.startswith("Fehler: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err, result.err


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data", MemoryKeyring())


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli
