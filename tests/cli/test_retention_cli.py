"""`delete` and `retention` on the command line: confirmation, German errors, no change."""

from __future__ import annotations

import json

from tests.cli.conftest import Cli, assert_one_line_error
from tests.support.canary import folder_state


def test_delete_needs_yes_without_a_terminal_and_then_deletes(ready: Cli) -> None:
    assert ready("demo").code == 0
    before = json.loads(ready("list", "--json").out)
    state = folder_state(ready.root)
    refused = ready("delete", before[0]["reference"])
    assert_one_line_error(refused, "--yes")
    assert folder_state(ready.root) == state

    done = ready("delete", before[0]["reference"], "--yes")
    assert done.code == 0, done.err
    after = json.loads(ready("list", "--json").out)
    assert [row["id"] for row in after] == [row["id"] for row in before[1:]]
    assert_one_line_error(ready("delete", before[0]["reference"], "--yes"))


def test_retention_setting_listing_and_apply(ready: Cli) -> None:
    assert ready("demo").code == 0
    count = len(json.loads(ready("list", "--json").out))
    shown = ready("retention")
    assert shown.code == 0 and "Keine Aufbewahrungsfrist" in shown.out

    state = folder_state(ready.root)
    assert_one_line_error(ready("retention", "--months", "0"), "Aufbewahrungsfrist")
    assert_one_line_error(ready("retention", "--months", "zwölf"), "keine ganze Zahl")
    assert folder_state(ready.root) == state

    listed = json.loads(ready("retention", "--months", "12", "--today", "2099-01-01", "--json").out)
    assert listed["months"] == 12 and len(listed["due"]) == count and listed["deleted"] == 0
    assert json.loads(ready("retention", "--json").out)["due"] == []  # today: nothing is old

    assert_one_line_error(ready("retention", "--today", "2099-01-01", "--apply"), "--yes")
    applied = ready("retention", "--today", "2099-01-01", "--apply", "--yes")
    assert applied.code == 0 and f"{count} Fälle gelöscht" in applied.out
    assert json.loads(ready("list", "--json").out) == []
    assert "Keine Aufbewahrungsfrist" in ready("retention", "--off").out
