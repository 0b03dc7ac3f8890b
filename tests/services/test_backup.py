"""Backup and restore: identical data back, refusal (and no change) for bad files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.exchange import case_to_dict
from counsel_app.services.backup import backup, restore
from counsel_app.services.doctor import run_doctor
from counsel_app.services.store import init_store, open_store, unlock_with_recovery
from counsel_app.storage.database import Database
from counsel_app.storage.engine import connect_raw
from counsel_app.storage.keys import load_store_key
from counsel_app.storage.lock import StoreInUseError, acquire_store_lock
from tests.support.canary import canary_case, folder_state, new_canary
from tests.support.fixtures import ContextMaker


def snapshot(ctx: AppContext) -> list[dict[str, object]]:
    with open_store(ctx) as store:
        return [
            case_to_dict(store.cases.get(summary.id)) | {"id": summary.id}
            for summary in store.cases.list_summaries()
        ]


@pytest.fixture
def store_ctx(make_ctx: ContextMaker) -> AppContext:
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        for i in range(3):
            store.cases.add(canary_case(f"K-{i}", new_canary(str(i))))
    return ctx


def test_backup_then_restore_gives_identical_data(store_ctx: AppContext, tmp_path: Path) -> None:
    ctx = store_ctx
    original = snapshot(ctx)
    out = backup(ctx, tmp_path / "sicherung.db")
    assert out.is_file() and not out.read_bytes().startswith(b"SQLite format 3\0")
    with open_store(ctx) as store:
        store.cases.delete(store.cases.resolve("K-1"))
        store.cases.add(canary_case("K-neu", new_canary("neu")))
    changed = snapshot(ctx)
    assert changed != original

    result = restore(ctx, out)
    assert snapshot(ctx) == original
    assert result.previous_copy is not None and result.previous_copy.parent == ctx.paths.backups
    # the replaced database is kept and opens with the same key
    assert restore(ctx, result.previous_copy).previous_copy is not None
    assert snapshot(ctx) == changed


def test_backup_overwrites_atomically_and_leaves_no_temp_files(
    store_ctx: AppContext, tmp_path: Path
) -> None:
    out = tmp_path / "sicherung.db"
    out.write_bytes(b"alt")
    backup(store_ctx, out)
    assert out.read_bytes() != b"alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "sicherung.db"]


def _corruptions(good: bytes) -> dict[str, bytes]:
    middle = len(good) // 2
    flipped = good[:middle] + bytes(b ^ 0xFF for b in good[middle : middle + 64])
    return {
        "random": b"\x13" * 8192,
        "empty": b"",
        "truncated": good[: len(good) // 3],
        "flipped": flipped + good[middle + 64 :],
        "plain-text": b"Das ist keine Datenbank.\n" * 100,
    }


def test_restore_waits_for_the_open_program_window(store_ctx: AppContext, tmp_path: Path) -> None:
    out = backup(store_ctx, tmp_path / "sicherung.db")
    window = acquire_store_lock(store_ctx.paths.root)  # what the running GUI holds
    try:
        before = folder_state(store_ctx.paths.root)
        with pytest.raises(StoreInUseError, match="Programmfenster"):
            restore(store_ctx, out)
        assert folder_state(store_ctx.paths.root) == before
        with pytest.raises(StoreInUseError):  # a second window is refused the same way
            acquire_store_lock(store_ctx.paths.root)
    finally:
        window.release()
    assert restore(store_ctx, out).previous_copy is not None


def test_restore_refuses_corrupt_files_and_changes_nothing(
    store_ctx: AppContext, tmp_path: Path
) -> None:
    good = backup(store_ctx, tmp_path / "gut.db").read_bytes()
    before = folder_state(store_ctx.paths.root)
    for name, data in _corruptions(good).items():
        bad = tmp_path / f"{name}.db"
        bad.write_bytes(data)
        with pytest.raises(UserError, match="Nichts wurde geändert") as caught:
            restore(store_ctx, bad)
        assert "\n" not in str(caught.value), name
        assert folder_state(store_ctx.paths.root) == before, name


def test_restore_refuses_a_backup_of_another_store(
    store_ctx: AppContext, make_ctx: ContextMaker, tmp_path: Path
) -> None:
    other = make_ctx(tmp_path / "andere")
    init_store(other)
    foreign = backup(other, tmp_path / "fremd.db")
    before = folder_state(store_ctx.paths.root)
    with pytest.raises(UserError, match="Schlüssel dieser Ablage nicht öffnen"):
        restore(store_ctx, foreign)
    with pytest.raises(UserError, match="gibt es nicht"):
        restore(store_ctx, tmp_path / "fehlt.db")
    assert folder_state(store_ctx.paths.root) == before


def test_restore_onto_a_new_machine_with_keyfile_and_recovery_key(
    make_ctx: ContextMaker, tmp_path: Path
) -> None:
    ctx = make_ctx()
    recovery = init_store(ctx).recovery_key
    with open_store(ctx) as store:
        store.cases.add(canary_case("K-1", new_canary("1")))
    saved = backup(ctx, tmp_path / "sicherung.db")
    original = snapshot(ctx)

    from tests.support.keyrings import MemoryKeyring

    new_machine = make_ctx(tmp_path / "neu", keyring=MemoryKeyring())
    new_machine.paths.root.mkdir()
    new_machine.paths.keyfile.write_bytes(ctx.paths.keyfile.read_bytes())
    assert unlock_with_recovery(new_machine, recovery) == "keyring"
    assert restore(new_machine, saved).previous_copy is None
    assert snapshot(new_machine) == original


def test_restored_store_stays_owner_only(store_ctx: AppContext, tmp_path: Path) -> None:
    out = backup(store_ctx, tmp_path / "sicherung.db")
    os.chmod(out, 0o644)
    restore(store_ctx, out)
    assert stat.S_IMODE(store_ctx.paths.database.stat().st_mode) == 0o600
    with pytest.raises(UserError, match="nicht überschreiben"):
        backup(store_ctx, store_ctx.paths.database)


def test_restore_migrates_an_older_backup_and_refuses_an_unknown_schema(
    store_ctx: AppContext, tmp_path: Path
) -> None:
    key = load_store_key(store_ctx).key
    old = tmp_path / "alt.db"
    Database.create(old, key, revision="0001").close()
    restore(store_ctx, old)
    assert run_doctor(store_ctx).ok
    assert snapshot(store_ctx) == []

    future = backup(store_ctx, tmp_path / "zukunft.db")
    conn = connect_raw(future, key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = folder_state(store_ctx.paths.root)
    with pytest.raises(UserError, match="Nichts wurde geändert"):
        restore(store_ctx, future)
    assert folder_state(store_ctx.paths.root) == before
