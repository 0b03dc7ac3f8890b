"""`counsel-app due` and `counsel-app reminders`, in-process with a memory keyring."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from tests.support.fixtures import make_context
from tests.support.keyrings import MemoryKeyring


class Cli:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.keyring = MemoryKeyring()

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        made: list[AppContext] = []

        def factory(args: argparse.Namespace) -> AppContext:
            made.append(make_context(self.root, keyring=self.keyring))
            return made[-1]

        code = run(list(argv), factory)
        out, err = made[-1].stdout, made[-1].stderr
        assert isinstance(out, io.StringIO) and isinstance(err, io.StringIO)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    runner = Cli(tmp_path_factory.mktemp("cli") / "data")
    assert runner("init")[0] == 0
    assert runner("demo")[0] == 0
    return runner


def test_due_json(cli: Cli) -> None:
    code, out, err = cli("due", "--today", "2026-11-21", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert {"case_id", "reference", "kind", "date", "bucket", "label", "page"} <= set(items[0])
    fall_04 = [(i["kind"], i["date"]) for i in items if i["reference"] == "TR-2026-004"]
    assert fall_04 == [
        ("step_overdue", "2026-06-30"),
        ("contact", "2026-07-15"),
        ("review", "2026-09-16"),
        ("plan_unreviewed", "2026-09-18"),
    ]
    assert [i["bucket"] for i in items] == sorted(
        (i["bucket"] for i in items), key=["today", "this_week", "overdue"].index
    )


def test_due_text_grouped_by_bucket(cli: Cli) -> None:
    code, out, _ = cli("due", "--today", "2026-11-21")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Wiedervorlage zum 21.11.2026"
    heads = [line for line in lines if line and not line.startswith(" ")][1:]
    assert [h.split(" (")[0] for h in heads] == ["Heute fällig", "Diese Woche", "Überfällig"]
    assert "Heute fällig (0)" in heads
    assert any("26.11.2026" in line and "TR-2026-002" in line for line in lines)
    for name in ("Hagebuttner", "Fliederbusch"):
        assert name not in out


def test_due_bad_date(cli: Cli) -> None:
    code, _, err = cli("due", "--today", "21.11.2026")
    assert code == 1
    assert err == (
        "Fehler: --today: „21.11.2026“ ist kein Datum im Format JJJJ-MM-TT "
        "(zum Beispiel 2026-11-21).\n"
    )


def _uids(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if line.startswith(b"UID:")]


def test_reminders(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "termine.ics"
    code, stdout, err = cli(
        "reminders", "--out", str(out), "--case", "TR-2026-010", "--today", "2026-11-21"
    )
    assert code == 0, err
    assert "3 Termine" in stdout
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} == {
        "Kontakt Kooperationsplan TR-2026-010",
        "Überprüfung Kooperationsplan TR-2026-010",
    }
    first = out.read_bytes()
    assert (
        cli("reminders", "--out", str(out), "--case", "TR-2026-010", "--today", "2026-11-21")[0]
        == 0
    )
    assert _uids(out.read_bytes()) == _uids(first)  # re-import updates, does not duplicate


def test_reminders_unknown_case_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    code, _, err = cli("reminders", "--out", str(out), "--case", "NIX-1")
    assert code != 0 and "NIX-1" in err and not out.exists()
