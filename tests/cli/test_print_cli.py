"""`print` of a stored case shows its history; earlier versions print on request."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from counsel_app.services.store import open_store
from tests.cli.conftest import Cli, assert_one_line_error
from tests.support.canary import folder_state
from tests.support.fixtures import make_context


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_stored_case_prints_versions_and_what_is_new(ready: Cli, tmp_path: Path) -> None:
    assert ready("demo").code == 0
    with open_store(make_context(ready.root, keyring=ready.keyring)) as store:
        case_id = store.cases.resolve("TR-2026-004")
        store.cases.revise(case_id, date(2026, 11, 25))

    official = tmp_path / "akte.pdf"
    done = ready("print", "TR-2026-004", "--variant", "official", "--out", str(official))
    assert done.code == 0, done.err
    assert "erste Fassung" in _text(official)  # version 1 comes only from the store

    client = tmp_path / "kunde.pdf"
    assert ready("print", "TR-2026-004", "--variant", "client", "--out", str(client)).code == 0
    assert "Was ist neu?" in _text(client)

    first = tmp_path / "v1.pdf"
    argv = ["print", "TR-2026-004", "--variant", "client", "--out", str(first)]
    assert ready(*argv, "--plan-version", "1").code == 0
    assert "Was ist neu?" not in _text(first)

    state = folder_state(tmp_path)
    missing = ready(*argv[:-1], str(tmp_path / "v9.pdf"), "--plan-version", "9")
    assert_one_line_error(missing, "Version 9")
    review = ready(
        "print", "TR-2026-004", "--variant", "review", "--out", "x.pdf", "--plan-version", "1"
    )
    assert_one_line_error(review, "--plan-version")
    assert folder_state(tmp_path) == state
