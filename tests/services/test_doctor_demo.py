"""doctor finds problems; demo loads the training cases once."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from counsel_app.context import AppContext
from counsel_app.exchange import ExchangeError, read_case
from counsel_app.resources import resource_path
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.doctor import run_doctor
from counsel_app.services.store import init_store, open_store
from tests.support.canary import canary_case, new_canary, write_canary_case
from tests.support.fixtures import ContextMaker, make_context
from tests.support.keyrings import FailingKeyring, MemoryKeyring


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MemoryKeyring]:
    """One store with enough cases for several database pages, built once per module."""
    keyring = MemoryKeyring()
    ctx = make_context(tmp_path_factory.mktemp("template") / "data", keyring=keyring)
    init_store(ctx)
    with open_store(ctx) as store:
        for i in range(30):
            store.cases.add(canary_case(f"K-{i:02}", new_canary(str(i))))
    return ctx.paths.root, keyring


@pytest.fixture
def store_ctx(
    template: tuple[Path, MemoryKeyring], make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> AppContext:
    """A private copy of the template store (tests below damage it)."""
    root, keyring = template
    ctx = make_ctx()
    shutil.copytree(root, ctx.paths.root)
    memory_keyring.entries.update(keyring.entries)
    return ctx


def _failed(ctx: AppContext) -> set[str]:
    report = run_doctor(ctx)
    assert report.ok is (not report.problems)
    return {check.name for check in report.problems}


def test_healthy_store(store_ctx: AppContext) -> None:
    report = run_doctor(store_ctx)
    assert report.ok, report.problems
    assert report.key_source == "keyring"
    assert report.schema_revision == report.head_revision
    assert report.cipher_version


def test_missing_store_is_a_problem(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    assert _failed(ctx) == {"Datenordner"}
    ctx.paths.root.mkdir()
    assert _failed(ctx) == {"Schlüsseldatei"}


def test_key_problems_are_reported(store_ctx: AppContext, make_ctx: ContextMaker) -> None:
    assert _failed(make_ctx(keyring=FailingKeyring())) == {"Schlüssel"}
    os.chmod(store_ctx.paths.keyfile, 0o644)
    assert _failed(store_ctx) == {"Zugriffsrechte der Schlüsseldatei"}
    os.chmod(store_ctx.paths.keyfile, 0o600)
    data = json.loads(store_ctx.paths.keyfile.read_text())
    data["key_check"] = "0" * 32
    store_ctx.paths.keyfile.write_text(json.dumps(data))
    assert _failed(store_ctx) == {"Schlüssel"}


def test_damaged_database_is_reported(store_ctx: AppContext) -> None:
    path = store_ctx.paths.database
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * 4096
    page = 4096 * 3 + 100  # inside the fourth page: a table page, not the header
    data[page : page + 32] = bytes(32)
    path.write_bytes(bytes(data))
    problems = _failed(store_ctx)
    assert problems & {"Integritätsprüfung", "Datenbank öffnen"}, problems


def test_missing_database_is_reported(store_ctx: AppContext) -> None:
    store_ctx.paths.database.unlink()
    assert _failed(store_ctx) == {"Datenbankdatei"}


def test_demo_twice_adds_each_case_once(make_ctx: ContextMaker, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    for i in range(3):
        write_canary_case(folder / f"fall-{i}.json", f"TR-{i}", new_canary(str(i)))
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        first = load_demo_cases(store, folder)
        second = load_demo_cases(store, folder)
        refs = [s.reference for s in store.cases.list_summaries()]
    assert [ref for _, ref in first.added] == ["TR-0", "TR-1", "TR-2"]
    assert second.added == [] and sorted(second.skipped) == ["TR-0", "TR-1", "TR-2"]
    assert refs == ["TR-0", "TR-1", "TR-2"]


def test_demo_with_the_bundled_training_cases(make_ctx: ContextMaker) -> None:
    files = sorted(resource_path("cases").glob("*.json"))
    if not files:
        pytest.skip("resources/cases ist noch leer")
    plain = {read_case(path).client.reference for path in files}
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        first = load_demo_cases(store)
        assert load_demo_cases(store).added == []
        stored = [s.reference for s in store.cases.list_summaries()]
    assert len(stored) == len(files) == len(first.added) == len(set(stored))
    assert {ref.split(" (")[0] for ref in stored} == plain


def test_demo_keeps_both_plans_of_a_comparison_pair(make_ctx: ContextMaker, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    write_canary_case(folder / "fall-02-a-schwach.json", "TR-2", new_canary("s"))
    write_canary_case(folder / "fall-02-a-gut.json", "TR-2", new_canary("g"))
    write_canary_case(folder / "fall-01.json", "TR-1", new_canary("1"))
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        load_demo_cases(store, folder)
        assert load_demo_cases(store, folder).added == []
        refs = [s.reference for s in store.cases.list_summaries()]
    assert refs == ["TR-1", "TR-2 (gut)", "TR-2 (schwach)"]


def test_demo_validates_every_file_before_storing(make_ctx: ContextMaker, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    write_canary_case(folder / "a.json", "TR-A", new_canary("a"))
    (folder / "b.json").write_text('{"format": "counsel-plan"}', encoding="utf-8")
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        with pytest.raises(ExchangeError, match=r"\$"):
            load_demo_cases(store, folder)
        assert store.cases.list_summaries() == []
