"""`--today` is read by one function: every command refuses a bad day alike and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.support.canary import folder_state
from tests.support.keyrings import MemoryKeyring

BAD = "2026-13-01"
MESSAGE = (
    f"Fehler: --today: „{BAD}“ ist kein Datum im Format JJJJ-MM-TT (zum Beispiel 2026-11-21).\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, str]:
    """A store with the demo cases, and the reference of one of them."""
    cli = Cli(tmp_path_factory.mktemp("today") / "data", MemoryKeyring())
    assert cli("init").code == 0
    assert cli("demo").code == 0
    rows = json.loads(cli("list", "--json").out)
    return cli, rows[0]["reference"]


# Each command with the arguments it needs to get past argparse; `{ref}` is a stored case,
# `{out}` a file the command would write. The retention call would change the setting and
# delete cases if it got that far.
BAD_CALLS: dict[str, list[str]] = {
    "quality": ["quality", "{ref}"],
    "print": ["print", "{ref}", "--variant", "client", "--out", "{out}/plan.pdf"],
    "due": ["due"],
    "reminders": ["reminders", "--out", "{out}/termine.ics"],
    "retention": ["retention", "--months", "1", "--apply", "--yes"],
    "caseload": ["caseload", "--out", "{out}/fallübersicht.pdf"],
}


@pytest.mark.parametrize("command", sorted(BAD_CALLS))
def test_bad_today_is_the_same_german_line_everywhere(
    command: str, store: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, ref = store
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    argv = [arg.format(ref=ref, out=out_dir) for arg in BAD_CALLS[command]]
    before = folder_state(cli.root)

    result = cli(*argv, "--today", BAD)

    assert result.code == 1, result.err
    assert result.err == MESSAGE
    assert "Traceback" not in result.err
    assert result.out == ""
    assert folder_state(cli.root) == before
    assert list(out_dir.iterdir()) == []


VALID_CALLS: dict[str, tuple[list[str], str]] = {
    "quality": (["quality", "{ref}"], "Stand 21.11.2026"),
    "due": (["due"], "Wiedervorlage zum 21.11.2026"),
    "retention": (["retention", "--json"], '"today": "2026-11-21"'),
    "caseload": (["caseload"], "Stichtag 21.11.2026"),
}


@pytest.mark.parametrize("command", sorted(VALID_CALLS))
def test_a_valid_today_fixes_the_day(command: str, store: tuple[Cli, str]) -> None:
    cli, ref = store
    args, expected = VALID_CALLS[command]
    result = cli(*[arg.format(ref=ref) for arg in args], "--today", "2026-11-21")
    assert result.code == 0, result.err
    assert expected in result.out
