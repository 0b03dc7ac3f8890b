"""`counsel-app check-text`: in process through `run()`, and once as a real subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from counsel_app.paths import DataPaths

TEXT = (
    "Der Antrag wird zeitnah geprüft. Bitte bringen Sie z. B. Ihren Lebenslauf mit. "
    "Die Bedarfsgemeinschaft bekommt drei Termine."
)
KEYS = {"level", "words", "sentences", "scores", "findings"}


def call(tmp_path: Path, argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = AppContext(
        paths=DataPaths(tmp_path / "data"),
        environ={},
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
    )
    code = run(argv, lambda _args: ctx)
    return code, out.getvalue(), err.getvalue()


def test_json_from_file(tmp_path: Path) -> None:
    source = tmp_path / "text.txt"
    source.write_text(TEXT, encoding="utf-8")
    code, out, err = call(tmp_path, ["check-text", "--json", str(source)])
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == KEYS
    assert data["level"] == "einfach"
    assert set(data["scores"]) == {"flesch_amstad", "wiener_sachtextformel", "lix"}
    assert data["sentences"] == 3
    rules = {finding["rule"] for finding in data["findings"]}
    assert {"passive_voice", "vague_term", "abbreviation", "jargon"} <= rules
    for finding in data["findings"]:
        assert set(finding) == {"rule", "start", "end", "text", "suggestion"}
        assert TEXT[finding["start"] : finding["end"]] == finding["text"]
    assert not (tmp_path / "data").exists(), "check-text must not create a store"


def test_json_from_stdin_leicht(tmp_path: Path) -> None:
    code, out, _ = call(tmp_path, ["check-text", "--level", "leicht", "--json", "-"], TEXT)
    assert code == 0
    data = json.loads(out)
    assert data["level"] == "leicht"
    number = [f for f in data["findings"] if f["rule"] == "number_word"]
    assert number == [
        {"rule": "number_word", "start": TEXT.index("drei"), "end": TEXT.index("drei") + 4,
         "text": "drei", "suggestion": "3"}
    ]  # fmt: skip


def test_readable_report(tmp_path: Path) -> None:
    code, out, _ = call(tmp_path, ["check-text"], TEXT)
    assert code == 0
    assert "Satz 1: Der Antrag [wird zeitnah geprüft]." in out
    assert "Vorschlag: zum Beispiel" in out
    assert "Flesch-Amstad" in out and "Wiener Sachtextformel" in out and "LIX" in out
    assert "Der Text ist" in out


def test_report_without_findings(tmp_path: Path) -> None:
    code, out, _ = call(tmp_path, ["check-text"], "Sie suchen Arbeit. Wir helfen Ihnen.")
    assert code == 0
    assert "Keine Hinweise" in out


def test_missing_file_is_a_german_one_line_error(tmp_path: Path) -> None:
    code, out, err = call(tmp_path, ["check-text", str(tmp_path / "fehlt.txt")])
    assert code == 1
    assert out == ""
    assert err.startswith("Fehler: Datei nicht gefunden:")
    assert err.count("\n") == 1


def test_unknown_level_is_rejected(tmp_path: Path) -> None:
    try:
        call(tmp_path, ["check-text", "--level", "schwer"])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:  # pragma: no cover - argparse always exits
        raise AssertionError("argparse should reject the level")


def test_subprocess_json_stdin(tmp_path: Path) -> None:
    env = dict(os.environ, COUNSEL_APP_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "counsel_app", "check-text", "--json", "-"],
        input=TEXT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == KEYS
    assert data["words"] > 10
