"""The review, caseload and exercise commands in-process, on real stores and files."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from counsel_app.exchange import pseudonymise, read_case, write_case
from counsel_app.resources import resource_path
from tests.support.fixtures import make_context
from tests.support.keyrings import MemoryKeyring

PASS_ENV = "BUNDLE_PASS"
PASSPHRASE = "Fallberatung-2026"
CASE_FILE = resource_path("cases", "fall-04-langzeitarbeitslos-59-lager.json")


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    def __init__(self, root: Path, keyring: MemoryKeyring, environ: dict[str, str]) -> None:
        self.root, self.keyring, self.environ = root, keyring, environ

    def __call__(self, *argv: str) -> Result:
        made: list[AppContext] = []

        def factory(args: argparse.Namespace) -> AppContext:
            made.append(make_context(self.root, keyring=self.keyring, environ=self.environ))
            return made[-1]

        code = run(["--data-dir", str(self.root), *argv], factory)
        out, err = made[-1].stdout, made[-1].stderr
        assert isinstance(out, io.StringIO) and isinstance(err, io.StringIO)
        return Result(code, out.getvalue(), err.getvalue())


def one_line_error(result: Result, *fragments: str) -> None:
    assert result.code != 0
    assert result.err.startswith("Fehler: ") and result.err.count("\n") == 1, result.err
    for fragment in fragments:
        assert fragment in result.err, result.err


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    keyring = MemoryKeyring()
    return Cli(tmp_path / "data", keyring, {PASS_ENV: PASSPHRASE})


def test_bundle_export_import_and_separate_lists(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    imported = cli("import", str(CASE_FILE))
    case_id = imported.out.split()[-1]
    bundle = tmp_path / "fall.bundle"
    refused = cli("bundle-export", case_id, "--out", str(bundle), "--passphrase-env", PASS_ENV)
    one_line_error(refused, "Freitextfeld", "Nichts wurde geschrieben")
    assert "Bitte prüfen: Ziel 1 ($.plan.goals[0].text) enthält „Hagebuttner“" in refused.out
    assert not bundle.exists()
    done = cli(
        "bundle-export", case_id, "--out", str(bundle), "--passphrase-env", PASS_ENV, "--confirm"
    )
    assert done.code == 0, done.err
    pseudonym = done.out.split("Pseudonym: ")[1].split()[0]
    wrong = Cli(cli.root, cli.keyring, {PASS_ENV: "etwas-anderes"})
    one_line_error(wrong("bundle-import", str(bundle), "--passphrase-env", PASS_ENV), "Passphrase")
    got = cli("bundle-import", str(bundle), "--passphrase-env", PASS_ENV)
    assert got.code == 0, got.err
    review = json.loads(cli("review-list", "--json").out)
    own = json.loads(cli("list", "--json").out)
    assert [r["reference"] for r in review] == [pseudonym]
    assert [r["reference"] for r in own] == ["TR-2026-004"]
    one_line_error(cli("bundle-import", str(bundle)), "--passphrase-env")


def test_caseload_folder_json_and_pdf(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "team"
    folder.mkdir()
    for index, path in enumerate(sorted(resource_path("cases").glob("*.json"))):
        write_case(pseudonymise(read_case(path), f"P-{index}"), folder / path.name)
    out = tmp_path / "uebersicht.pdf"
    result = cli(
        "caseload", "--folder", str(folder), "--json", "--out", str(out), "--today", "2026-11-21"
    )
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["cases"] == 14 and data["groups"]["complex"]["count"] == 7
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Fallübersicht: Qualität der Kooperationspläne" in text
    assert "nicht dem Vergleich oder der Bewertung von Mitarbeitenden" in text
    assert "Creaming" in text and "Verteilung der Punkte" in text
    assert "ohne Zuordnung zu Personen" in text
    plain = cli("caseload", "--folder", str(folder), "--today", "2026-11-21")
    assert "komplex: 7 Pläne" in plain.out and "Mitarbeitenden" in plain.out
    (folder / "klar.json").write_bytes(CASE_FILE.read_bytes())
    one_line_error(cli("caseload", "--folder", str(folder)), "klar.json ist nicht pseudonymisiert")


def test_caseload_of_the_own_store(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0
    result = cli("caseload", "--json", "--today", "2026-11-21")
    data = json.loads(result.out)
    assert data["source"] == "own_store" and "Ihre eigenen Fälle" in data["source_label"]
    assert "Hagebuttner" not in result.out


def test_exercise_command(cli: Cli) -> None:
    listed = cli("exercise", "--list")
    assert "01-ueberpruefbarer-schritt: Überprüfbarer Schritt" in listed.out
    text = "Frau Wacholder bewirbt sich ab August auf 2 Stellen pro Woche als Bürokraft."
    result = cli("exercise", "vage-begriffe", "--text", text, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["solved"] is True and data["resolved"] == ["step_vague"]
    human = cli("exercise", "07-vage-begriffe", "--text", "bewirbt sich zeitnah")
    assert "noch nicht ganz gelöst" in human.out
    one_line_error(cli("exercise", "gibtsnicht", "--text", "x"), "Übung 'gibtsnicht'")
    one_line_error(cli("exercise", "07-vage-begriffe"), "--text")
