"""The store end to end: init, open, keys, canaries on disk, fail-closed behaviour."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.services.store import init_store, open_store, unlock_with_recovery
from counsel_app.storage.keys import (
    KeyUnavailableError,
    StoreExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from counsel_app.storage.recovery import RecoveryKey
from tests.support.canary import canary_case, files_containing, folder_state, new_canary
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE, ContextMaker
from tests.support.keyrings import EmptyKeyring, FailingKeyring, LockedKeyring, MemoryKeyring


def add_case(ctx: AppContext, reference: str, canary: str | None = None) -> int:
    with open_store(ctx) as store:
        return store.cases.add(canary_case(reference, canary or new_canary(reference)))


def references(ctx: AppContext) -> list[str]:
    with open_store(ctx) as store:
        return [summary.reference for summary in store.cases.list_summaries()]


def test_init_open_and_reopen(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    result = init_store(ctx)
    assert result.key_source == "keyring"
    assert len(result.recovery_key.split("-")) == 9
    case_id = add_case(ctx, "K-1")
    with open_store(make_ctx()) as store:
        assert store.key_source == "keyring"
        assert store.cases.get(case_id).client.reference == "K-1"


def test_init_refuses_an_existing_store_and_changes_nothing(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    init_store(ctx)
    add_case(ctx, "K-1")
    before = folder_state(ctx.paths.root)
    with pytest.raises(StoreExistsError):
        init_store(ctx)
    assert folder_state(ctx.paths.root) == before


def test_init_without_keyring_or_passphrase_leaves_no_trace(make_ctx: ContextMaker) -> None:
    ctx = make_ctx(keyring=FailingKeyring())
    with pytest.raises(KeyUnavailableError):
        init_store(ctx, kdf=FAST_KDF)
    assert not ctx.paths.database.exists() and not ctx.paths.keyfile.exists()


def test_open_without_store_says_init(make_ctx: ContextMaker) -> None:
    with pytest.raises(UserError, match="counsel-app init"), open_store(make_ctx()):
        pass


def test_failed_database_creation_rolls_the_key_back(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    ctx = make_ctx()
    ctx.paths.root.mkdir(parents=True)
    ctx.paths.database.mkdir()  # a folder where the database file should go
    with pytest.raises(UserError):
        init_store(ctx)
    assert not ctx.paths.keyfile.exists()
    assert memory_keyring.entries == {}


@pytest.mark.parametrize("passphrase", [None, TEST_PASSPHRASE])
def test_no_plaintext_on_disk(make_ctx: ContextMaker, passphrase: str | None) -> None:
    keyring = FailingKeyring() if passphrase else None
    ctx = make_ctx(keyring=keyring, passphrase=passphrase)
    init_store(ctx, kdf=FAST_KDF)
    canaries = [new_canary(str(i)) for i in range(4)]
    with open_store(ctx) as store:
        ids = [store.cases.add(canary_case(f"K-{i}", c)) for i, c in enumerate(canaries)]
        edited = canary_case("K-0", canaries[0])
        edited.plan.steps[0].text = f"Geändert {canaries[0]}"
        store.cases.save(ids[0], edited)
        store.db.backup_to(ctx.paths.backups / "manual.db")
        # while open: the WAL and shared-memory files exist and must be encrypted too
        assert Path(f"{ctx.paths.database}-wal").exists()
        assert files_containing(ctx.paths.root, canaries) == []
    assert files_containing(ctx.paths.root, canaries) == []
    for path in (ctx.paths.database, ctx.paths.backups / "manual.db"):
        assert not path.read_bytes().startswith(b"SQLite format 3\0")
    assert {p.name for p in ctx.paths.root.iterdir()} >= {"store.db", "keys.json", "backups"}


def test_canary_scan_would_find_plaintext(tmp_path: Path) -> None:
    """Guards the test above: the scan finds a canary in each encoding."""
    canary = new_canary("x")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        (tmp_path / encoding).write_bytes(b"\0\1" + canary.encode(encoding) + b"\2")
    assert len(files_containing(tmp_path, [canary])) >= 3


def test_wrong_passphrase_fails_closed(make_ctx: ContextMaker) -> None:
    ctx = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    init_store(ctx, kdf=FAST_KDF)
    add_case(ctx, "K-1")
    before = folder_state(ctx.paths.root)
    wrong = make_ctx(keyring=FailingKeyring(), passphrase="ganz-falsch-123")
    with pytest.raises(WrongPassphraseError), open_store(wrong):
        pass
    assert folder_state(ctx.paths.root) == before


@pytest.mark.parametrize("backend", [FailingKeyring, EmptyKeyring, LockedKeyring, MemoryKeyring])
def test_broken_keyring_neither_opens_nor_recreates(make_ctx: ContextMaker, backend: Any) -> None:
    ctx = make_ctx()
    init_store(ctx)
    add_case(ctx, "K-1")
    before = folder_state(ctx.paths.root)
    broken = make_ctx(keyring=backend())  # a fresh MemoryKeyring = the entry was deleted
    with pytest.raises(KeyUnavailableError, match="unlock --recovery-key"), open_store(broken):
        pass
    with pytest.raises(StoreExistsError):
        init_store(broken)
    assert folder_state(ctx.paths.root) == before
    assert getattr(broken.keyring_backend, "entries", {}) == {}


def test_changed_keyring_entry_is_caught_before_the_database(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    ctx = make_ctx()
    init_store(ctx)
    add_case(ctx, "K-1")
    before = folder_state(ctx.paths.root)
    for entry in memory_keyring.entries:
        memory_keyring.entries[entry] = "cd" * 32
    with pytest.raises(KeyUnavailableError, match="verändert"), open_store(ctx):
        pass
    assert folder_state(ctx.paths.root) == before
    assert set(memory_keyring.entries.values()) == {"cd" * 32}


def test_recovery_key_opens_after_the_keyring_entry_is_deleted(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    ctx = make_ctx()
    recovery = init_store(ctx).recovery_key
    add_case(ctx, "K-1")
    memory_keyring.entries.clear()
    assert unlock_with_recovery(ctx, recovery) == "keyring"
    assert references(ctx) == ["K-1"]


def test_recovery_on_a_machine_without_keyring_moves_to_passphrase(
    make_ctx: ContextMaker,
) -> None:
    ctx = make_ctx()
    recovery = init_store(ctx).recovery_key
    add_case(ctx, "K-1")
    headless = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    assert unlock_with_recovery(headless, recovery, kdf=FAST_KDF) == "passphrase"
    assert references(headless) == ["K-1"]


def test_wrong_recovery_key_fails_closed(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    init_store(ctx)
    add_case(ctx, "K-1")
    before = folder_state(ctx.paths.root)
    with pytest.raises(WrongRecoveryKeyError):
        unlock_with_recovery(ctx, RecoveryKey.generate().text)
    assert folder_state(ctx.paths.root) == before
