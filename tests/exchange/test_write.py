"""write_case: atomic, validated like an import, UTF-8 with stable key order."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from counsel_app.domain.case import Step
from counsel_app.exchange import ExchangeError, case_to_dict, read_case, write_case
from tests.exchange.helpers import assert_user_message
from tests.support.exchange_strategies import full_document


def test_write_replaces_an_existing_file_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_text("old", encoding="utf-8")
    case = read_case(full_document())
    write_case(case, target)
    assert read_case(target) == case
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_export_writes_format_and_version_first() -> None:
    exported = case_to_dict(read_case(full_document()))
    assert list(exported)[:2] == ["format", "format_version"]
    assert (exported["format"], exported["format_version"]) == ("counsel-plan", 1)
    assert list(exported["plan"]["goals"][0]["gas"]) == ["-2", "-1", "0", "1", "2"]


def test_case_that_would_not_import_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_text("unchanged", encoding="utf-8")
    case = read_case(full_document())
    case.plan.steps.append(Step(id="st9", goal="g9", actor=case.plan.steps[0].actor, text="x"))
    with pytest.raises(ExchangeError) as caught:
        write_case(case, target)
    assert_user_message(caught.value, "$.plan.steps[2].goal")
    assert target.read_text(encoding="utf-8") == "unchanged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


def test_control_characters_in_a_case_are_not_written(tmp_path: Path) -> None:
    case = read_case(full_document())
    case.potential_analysis.client_view = "Zeile\x0bmit Tabulator"
    with pytest.raises(ExchangeError) as caught:
        write_case(case, tmp_path / "x.json")
    assert_user_message(caught.value, "$.potential_analysis.client_view")
    assert not list(tmp_path.iterdir())


def test_unwritable_folder_gives_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError) as caught:
        write_case(read_case(full_document()), tmp_path / "missing" / "case.json")
    assert caught.value.json_path is None
    assert "lässt sich nicht schreiben" in str(caught.value)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.write_text("old", encoding="utf-8")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(ExchangeError):
            write_case(read_case(full_document()), target)
    finally:
        tmp_path.chmod(0o700)
    assert target.read_text(encoding="utf-8") == "old"


def test_written_json_is_indented_utf8(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    write_case(read_case(full_document()), str(target))
    raw = target.read_bytes()
    assert raw.decode("utf-8") == json.dumps(full_document(), ensure_ascii=False, indent=2) + "\n"


def test_failed_replace_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "case.json"
    target.mkdir()
    (target / "keep").write_text("x", encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        write_case(read_case(full_document()), target)
    assert caught.value.json_path is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]
    assert (target / "keep").read_text(encoding="utf-8") == "x"
