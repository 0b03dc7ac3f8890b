"""The store commands through `counsel_app.cli.main.run`, in-process, with a memory keyring."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from counsel_app.exchange import read_case
from counsel_app.storage.recovery import RecoveryKey
from tests.cli.conftest import Cli, assert_one_line_error
from tests.support.canary import folder_state, new_canary, write_canary_case

RECOVERY_KEY = re.compile(r"\b(?:[0-9A-Z]{4}-){8}[0-9A-Z]{4}\b")


def test_init_prints_the_recovery_key_once_and_the_key_source(cli: Cli) -> None:
    result = cli("init")
    assert result.code == 0, result.err
    keys = RECOVERY_KEY.findall(result.out)
    assert len(keys) == 1
    assert "Wiederherstellungsschlüssel".upper() in result.out
    assert "Schlüsselbund des Systems" in result.out
    assert "aufbewahren" in result.out
    key_text = keys[0]
    stored = "\n".join(p.read_text("latin-1") for p in cli.root.rglob("*") if p.is_file())
    assert key_text not in stored and key_text.replace("-", "") not in stored

    before = folder_state(cli.root)
    again = cli("init")
    assert_one_line_error(again, "schon eine Ablage")
    assert RECOVERY_KEY.search(again.out) is None
    assert folder_state(cli.root) == before


def test_import_list_export(ready: Cli, tmp_path: Path) -> None:
    canary = new_canary("cli")
    source = write_canary_case(tmp_path / "fall.json", "K-777", canary)
    imported = ready("import", str(source))
    assert imported.code == 0, imported.err
    case_id = int(imported.out.strip().splitlines()[-1])

    listed = ready("list", "--json")
    rows = json.loads(listed.out)
    assert [(row["id"], row["reference"]) for row in rows] == [(case_id, "K-777")]

    table = ready("list").out
    assert "Kundennummer" in table and "K-777" in table and "1 Fall" in table

    out = tmp_path / "pseudo.json"
    exported = ready("export", "K-777", "--out", str(out), "--pseudonymise")
    assert exported.code == 0, exported.err
    pseudo = read_case(out)
    assert pseudo.client.pseudonymised and pseudo.client.display_name is None
    assert pseudo.client.reference != "K-777" and pseudo.counsellor is None
    assert "Bitte prüfen" in exported.out  # the canary sits in the name and in free text

    clear = tmp_path / "klar.json"
    exported = ready("export", str(case_id), "--out", str(clear))
    assert exported.code == 0 and "Klardaten" in exported.err
    assert read_case(clear) == read_case(source)


def test_list_names_the_profile_in_german(ready: Cli) -> None:
    assert ready("demo").code == 0
    rows = json.loads(ready("list", "--json").out)
    assert "foerder" in {row["profile"] for row in rows}  # JSON keeps the coded value
    table = ready("list").out
    assert "Förderprofil" in table and "foerder" not in table


def test_list_of_an_empty_store(ready: Cli) -> None:
    assert json.loads(ready("list", "--json").out) == []
    assert "noch keine Fälle" in ready("list").out


def test_bad_import_changes_nothing(ready: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.json"
    bad.write_text('{"format": "counsel-plan", "format_version": 1}', encoding="utf-8")
    before = folder_state(ready.root)
    assert_one_line_error(ready("import", str(bad)), "$")
    assert_one_line_error(ready("import", str(tmp_path / "fehlt.json")))
    assert_one_line_error(ready("export", "999", "--out", str(tmp_path / "x.json")), "999")
    assert folder_state(ready.root) == before


def test_commands_without_a_store_say_init(cli: Cli) -> None:
    for argv in (["list"], ["demo"], ["backup", "--out", str(cli.root.parent / "b.db")]):
        assert_one_line_error(cli(*argv), "counsel-app init")
    assert not cli.root.exists() or not any(cli.root.iterdir())


def test_doctor_exit_code(ready: Cli) -> None:
    healthy = ready("doctor")
    assert healthy.code == 0 and "Alles in Ordnung" in healthy.out
    os.chmod(ready.root / "keys.json", 0o644)
    sick = ready("doctor")
    assert sick.code != 0 and "FEHLER" in sick.out and "1 Problem gefunden" in sick.out


def test_unlock_with_recovery_key(cli: Cli) -> None:
    key_text = RECOVERY_KEY.findall(cli("init").out)[0]
    cli.keyring.entries.clear()
    assert_one_line_error(cli("list"), "unlock --recovery-key")
    before = folder_state(cli.root)
    other = RecoveryKey.generate().text
    assert_one_line_error(cli("unlock", "--recovery-key", other), "passt nicht zu dieser Ablage")
    typo = key_text[:-1] + ("A" if key_text[-1] != "A" else "B")
    assert_one_line_error(cli("unlock", "--recovery-key", typo), "Tippfehler")
    assert_one_line_error(cli("unlock"), "--recovery-key")
    assert folder_state(cli.root) == before

    unlocked = cli("unlock", "--recovery-key", key_text.lower())
    assert unlocked.code == 0, unlocked.err
    assert "entsperrt" in unlocked.out
    assert cli("list", "--json").code == 0


def test_backup_and_restore_commands(ready: Cli, tmp_path: Path) -> None:
    write_canary_case(tmp_path / "a.json", "K-A", new_canary("a"))
    write_canary_case(tmp_path / "b.json", "K-B", new_canary("b"))
    ready("import", str(tmp_path / "a.json"))
    out = tmp_path / "sicherung.db"
    assert ready("backup", "--out", str(out)).code == 0
    ready("import", str(tmp_path / "b.json"))
    restored = ready("restore", str(out))
    assert restored.code == 0, restored.err
    assert "bisherige Stand" in restored.out
    assert [row["reference"] for row in json.loads(ready("list", "--json").out)] == ["K-A"]

    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = folder_state(ready.root)
    assert_one_line_error(ready("restore", str(junk)), "Nichts wurde geändert")
    assert folder_state(ready.root) == before
