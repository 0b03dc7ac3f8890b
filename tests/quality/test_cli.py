"""`counsel-app quality` in-process: readable report, JSON, --today, errors."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from counsel_app.cli.main import run
from counsel_app.context import AppContext
from counsel_app.exchange import read_case
from counsel_app.paths import DataPaths
from counsel_app.quality import DIMENSIONS, assess
from counsel_app.resources import resource_path
from tests.support.fixtures import FAST_KDF, ContextMaker

POOR_CASE = resource_path("cases", "fall-02-u25-ohne-ausbildung-a-schwach.json")


def _run(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = AppContext(paths=DataPaths(tmp_path / "data"), environ={}, stdout=out, stderr=err)
    code = run(args, lambda _args: ctx)
    return code, out.getvalue(), err.getvalue()


def test_json_is_the_contract_object(tmp_path: Path) -> None:
    code, out, err = _run(
        ["quality", "--file", str(POOR_CASE), "--json", "--today", "2026-11-21"], tmp_path
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == ["overall", "dimensions", "hints"]
    assert list(data["dimensions"]) == list(DIMENSIONS)
    assert all(
        list(h) == ["code", "dimension", "target", "message", "suggestion"] for h in data["hints"]
    )
    assert "ü" in out or "ä" in out  # ensure_ascii=False
    expected = assess(read_case(POOR_CASE), date(2026, 11, 21)).to_json()
    assert data == expected


def test_readable_report(tmp_path: Path) -> None:
    code, out, _err = _run(["quality", "--file", str(POOR_CASE), "--today", "2026-11-21"], tmp_path)
    assert code == 0
    report = assess(read_case(POOR_CASE), date(2026, 11, 21))
    assert "Gesamt" in out and f"{report.overall:>3} von 100" in out
    for label in (
        "Vollständigkeit",
        "Überprüfbarkeit",
        "Stimmigkeit",
        "Bedeutsamkeit",
        "Beteiligung",
        "Verständlichkeit",
        "Nachhaltung",
    ):
        assert label in out
    assert "[" in out and "#" in out  # the small bars
    for hint in report.hints:
        assert hint.message in out and hint.suggestion in out
    assert "eigenen Reflexion" in out and "keine Rangliste" in out
    assert "Stand 21.11.2026" in out


def test_today_changes_the_follow_up_hints(tmp_path: Path) -> None:
    early = _run(["quality", "--file", str(POOR_CASE), "--json", "--today", "2026-10-14"], tmp_path)
    late = _run(["quality", "--file", str(POOR_CASE), "--json", "--today", "2027-06-01"], tmp_path)
    early_codes = {h["code"] for h in json.loads(early[1])["hints"]}
    late_codes = {h["code"] for h in json.loads(late[1])["hints"]}
    assert "step_overdue" not in early_codes and "step_overdue" in late_codes


@pytest.mark.parametrize(
    "bad", ["21.11.2026", "2026-13-01", "2026-02-30", "morgen", "2026-1-1", "20261121", ""]
)
def test_bad_today_is_one_german_line_and_exit_1(bad: str, tmp_path: Path) -> None:
    code, out, err = _run(["quality", "--file", str(POOR_CASE), "--today", bad], tmp_path)
    assert code == 1 and out == ""
    assert err == (
        f"Fehler: --today: „{bad}“ ist kein Datum im Format JJJJ-MM-TT (zum Beispiel 2026-11-21).\n"
    )


def test_file_and_case_together_are_refused(tmp_path: Path) -> None:
    code, _out, err = _run(["quality", "42", "--file", str(POOR_CASE)], tmp_path)
    assert code == 1 and "nicht beides" in err


def test_missing_file_is_a_user_error(tmp_path: Path) -> None:
    code, _out, err = _run(["quality", "--file", str(tmp_path / "fehlt.json")], tmp_path)
    assert code != 0 and err.startswith("Fehler:") and "Traceback" not in err
    assert not (tmp_path / "data").exists()


def test_help_shows_the_weights(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        _run(["quality", "--help"], tmp_path)
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "Gewichte der Bewertung" in out
    assert "no_integration_goal" in out and "operationalisation" in out


def test_case_from_the_store_gives_the_same_report(make_ctx: ContextMaker) -> None:
    from counsel_app.services.cases import import_case_file
    from counsel_app.services.store import init_store, open_store

    ctx = make_ctx()
    init_store(ctx, kdf=FAST_KDF)
    with open_store(ctx) as store:
        case_id = import_case_file(store, POOR_CASE)
    args = ["quality", str(case_id), "--json", "--today", "2026-11-21"]
    assert run(args, lambda _args: ctx) == 0
    stored = json.loads(ctx.stdout.getvalue())  # type: ignore[attr-defined]
    assert stored == assess(read_case(POOR_CASE), date(2026, 11, 21)).to_json()
