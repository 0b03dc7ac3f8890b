"""Key handling without a database: keyring, passphrase and recovery copies (DESIGN.md §4)."""

from __future__ import annotations

import dataclasses
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from counsel_app.errors import UserError
from counsel_app.storage.keyfile import (
    KeyfileError,
    KeySource,
    ScryptParams,
    keyring_username,
    read_keyfile,
)
from counsel_app.storage.keys import (
    KEYRING_SERVICE,
    KeyUnavailableError,
    StoreExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
    create_store_key,
    load_store_key,
    recover_store_key,
    store_recovered_key,
)
from counsel_app.storage.recovery import RecoveryKey, RecoveryKeyFormatError
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE, ContextMaker
from tests.support.keyrings import EmptyKeyring, FailingKeyring, LockedKeyring, MemoryKeyring


def _forms_of(key: bytes) -> list[bytes]:
    import base64

    return [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]


def test_production_kdf_defaults_are_memory_hard() -> None:
    assert ScryptParams() == ScryptParams(n=2**17, r=8, p=1)


def test_new_key_goes_to_keyring_and_never_in_clear_to_disk(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    ctx = make_ctx()
    new = create_store_key(ctx, kdf=FAST_KDF)
    assert new.source is KeySource.KEYRING and len(new.key) == 32
    keyfile = read_keyfile(ctx.paths.keyfile)
    assert memory_keyring.entries == {
        (KEYRING_SERVICE, keyring_username(keyfile.store_id)): new.key.hex()
    }
    assert stat.S_IMODE(ctx.paths.keyfile.stat().st_mode) == 0o600
    raw = ctx.paths.keyfile.read_bytes()
    assert not any(form in raw for form in _forms_of(new.key))
    assert new.recovery_key.text.encode() not in raw
    assert load_store_key(ctx).key == new.key


def test_two_data_folders_share_a_keyring_without_colliding(
    make_ctx: ContextMaker, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first, second = make_ctx(tmp_path / "a"), make_ctx(tmp_path / "b")
    key_a, key_b = create_store_key(first).key, create_store_key(second).key
    assert key_a != key_b and len(memory_keyring.entries) == 2
    assert load_store_key(first).key == key_a
    assert load_store_key(second).key == key_b


def test_init_refuses_when_a_store_or_keyfile_exists(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    create_store_key(ctx)
    before = ctx.paths.keyfile.read_bytes()
    with pytest.raises(StoreExistsError, match="schon eine Ablage"):
        create_store_key(ctx)
    assert ctx.paths.keyfile.read_bytes() == before

    other = make_ctx(ctx.paths.root.parent / "only-db")
    other.paths.root.mkdir()
    other.paths.database.write_bytes(b"not empty")
    with pytest.raises(StoreExistsError):
        create_store_key(other)
    assert not other.paths.keyfile.exists()


@pytest.mark.parametrize("backend", [FailingKeyring, EmptyKeyring, LockedKeyring])
def test_without_keyring_a_passphrase_is_required(make_ctx: ContextMaker, backend: Any) -> None:
    ctx = make_ctx(keyring=backend())
    with pytest.raises(KeyUnavailableError, match="COUNSEL_APP_PASSPHRASE"):
        create_store_key(ctx, kdf=FAST_KDF)
    assert not ctx.paths.keyfile.exists()

    ctx = make_ctx(keyring=backend(), passphrase=TEST_PASSPHRASE)
    new = create_store_key(ctx, kdf=FAST_KDF)
    assert new.source is KeySource.PASSPHRASE
    wrapped = json.loads(ctx.paths.keyfile.read_text())["passphrase_wrapped_key"]
    assert (wrapped["kdf"], wrapped["n"], wrapped["r"], wrapped["p"]) == ("scrypt", 2**10, 8, 1)
    assert len(wrapped["salt"]) >= 22  # 16 bytes in base64
    assert load_store_key(ctx) == load_store_key(ctx)
    assert load_store_key(ctx).key == new.key


def test_short_passphrase_is_refused(make_ctx: ContextMaker) -> None:
    ctx = make_ctx(keyring=FailingKeyring(), passphrase="kurz")
    with pytest.raises(UserError, match="zu kurz"):
        create_store_key(ctx, kdf=FAST_KDF)
    assert not ctx.paths.keyfile.exists()


def test_wrong_or_missing_passphrase_fails_closed(make_ctx: ContextMaker) -> None:
    create_store_key(make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE), kdf=FAST_KDF)
    ctx = make_ctx(keyring=FailingKeyring(), passphrase="falsche-passphrase")
    before = ctx.paths.keyfile.read_bytes()
    with pytest.raises(WrongPassphraseError, match=r"Passphrase ist falsch.*--recovery-key"):
        load_store_key(ctx)
    with pytest.raises(KeyUnavailableError, match=r"COUNSEL_APP_PASSPHRASE.*--recovery-key"):
        load_store_key(make_ctx(keyring=FailingKeyring()))
    assert ctx.paths.keyfile.read_bytes() == before


def _changed(keyring: MemoryKeyring) -> MemoryKeyring:
    changed = MemoryKeyring()
    changed.entries = {k: "ab" * 32 for k in keyring.entries}
    return changed


def _deleted(keyring: MemoryKeyring) -> MemoryKeyring:
    return MemoryKeyring()


def _garbage(keyring: MemoryKeyring) -> MemoryKeyring:
    changed = MemoryKeyring()
    changed.entries = {k: "kein hex" for k in keyring.entries}
    return changed


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        (lambda kr: FailingKeyring(), "nicht erreichbar"),
        (lambda kr: LockedKeyring(), "gesperrt"),
        (lambda kr: EmptyKeyring(), "fehlt der Schlüssel"),
        (_deleted, "fehlt der Schlüssel"),
        (_changed, "passt nicht zu dieser Ablage"),
        (_garbage, "passt nicht zu dieser Ablage"),
    ],
)
def test_broken_keyring_never_makes_a_new_key(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring, broken: Any, reason: str
) -> None:
    create_store_key(make_ctx(), kdf=FAST_KDF)
    backend = broken(memory_keyring)
    entries_before = dict(getattr(backend, "entries", {}))
    ctx = make_ctx(keyring=backend)
    before = ctx.paths.keyfile.read_bytes()
    with pytest.raises(KeyUnavailableError, match=reason) as caught:
        load_store_key(ctx)
    assert "unlock --recovery-key" in str(caught.value)
    assert "unverändert" in str(caught.value)
    assert ctx.paths.keyfile.read_bytes() == before
    assert dict(getattr(backend, "entries", {})) == entries_before
    assert getattr(backend, "set_calls", 0) == 0


def test_passphrase_copy_is_the_way_out_when_the_keyring_breaks(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    new = create_store_key(make_ctx(passphrase=TEST_PASSPHRASE), kdf=FAST_KDF)
    assert new.source is KeySource.KEYRING
    with pytest.raises(KeyUnavailableError, match="COUNSEL_APP_PASSPHRASE"):
        load_store_key(make_ctx(keyring=_changed(memory_keyring)))
    rescued = load_store_key(make_ctx(keyring=_changed(memory_keyring), passphrase=TEST_PASSPHRASE))
    assert rescued.key == new.key and rescued.source is KeySource.PASSPHRASE


def test_recovery_key_unwraps_and_stores_the_key_again(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    new = create_store_key(make_ctx(), kdf=FAST_KDF)
    memory_keyring.entries.clear()
    ctx = make_ctx()
    with pytest.raises(KeyUnavailableError):
        load_store_key(ctx)
    unlocked = recover_store_key(ctx, new.recovery_key.text.lower())
    assert unlocked.key == new.key
    assert store_recovered_key(ctx, unlocked, kdf=FAST_KDF) is KeySource.KEYRING
    assert load_store_key(ctx).key == new.key


def test_recovery_without_keyring_wraps_with_the_passphrase(make_ctx: ContextMaker) -> None:
    new = create_store_key(make_ctx(), kdf=FAST_KDF)
    no_keyring = make_ctx(keyring=FailingKeyring())
    unlocked = recover_store_key(no_keyring, new.recovery_key.text)
    before = no_keyring.paths.keyfile.read_bytes()
    with pytest.raises(KeyUnavailableError, match="COUNSEL_APP_PASSPHRASE"):
        store_recovered_key(no_keyring, unlocked, kdf=FAST_KDF)
    assert no_keyring.paths.keyfile.read_bytes() == before

    with_pass = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    assert store_recovered_key(with_pass, unlocked, kdf=FAST_KDF) is KeySource.PASSPHRASE
    assert load_store_key(with_pass).key == new.key
    # the recovery key keeps working after it was used
    assert recover_store_key(with_pass, new.recovery_key.text).key == new.key


def test_wrong_or_mistyped_recovery_key_fails_closed(make_ctx: ContextMaker) -> None:
    new = create_store_key(make_ctx(), kdf=FAST_KDF)
    ctx = make_ctx()
    before = ctx.paths.keyfile.read_bytes()
    with pytest.raises(WrongRecoveryKeyError, match="passt nicht zu dieser Ablage"):
        recover_store_key(ctx, RecoveryKey.generate().text)
    text = new.recovery_key.text
    typo = text[:3] + ("X" if text[3] != "X" else "Y") + text[4:]
    with pytest.raises(RecoveryKeyFormatError, match="Tippfehler"):
        recover_store_key(ctx, typo)
    assert ctx.paths.keyfile.read_bytes() == before


def test_recovery_key_of_another_store_does_not_open_this_one(
    make_ctx: ContextMaker, tmp_path: Path
) -> None:
    mine = create_store_key(make_ctx(tmp_path / "mine"), kdf=FAST_KDF)
    theirs = create_store_key(make_ctx(tmp_path / "theirs"), kdf=FAST_KDF)
    with pytest.raises(WrongRecoveryKeyError):
        recover_store_key(make_ctx(tmp_path / "mine"), theirs.recovery_key.text)
    assert recover_store_key(make_ctx(tmp_path / "mine"), mine.recovery_key.text).key == mine.key


def test_damaged_or_missing_keyfile_is_a_clear_error(make_ctx: ContextMaker) -> None:
    ctx = make_ctx()
    with pytest.raises(KeyfileError, match="fehlt"):
        load_store_key(ctx)
    create_store_key(ctx)
    data = json.loads(ctx.paths.keyfile.read_text())
    ctx.paths.keyfile.write_text("{kaputt")
    with pytest.raises(KeyfileError, match="kein gültiges JSON"):
        load_store_key(ctx)
    data["recovery_wrapped_key"]["nonce"] = "***"
    ctx.paths.keyfile.write_text(json.dumps(data))
    with pytest.raises(KeyfileError, match="recovery"):
        load_store_key(ctx)
    data["version"] = 99
    ctx.paths.keyfile.write_text(json.dumps(data))
    with pytest.raises(KeyfileError, match="Version"):
        load_store_key(ctx)


def test_wrapped_copies_are_bound_to_their_store(make_ctx: ContextMaker) -> None:
    ctx = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    create_store_key(ctx, kdf=FAST_KDF)
    data = json.loads(ctx.paths.keyfile.read_text())
    data["store_id"] = "0" * 32
    ctx.paths.keyfile.write_text(json.dumps(data))
    with pytest.raises(WrongPassphraseError):
        load_store_key(ctx)


def _answers(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Feed the terminal prompt (getpass reads the tty, which tests do not have)."""
    prompts: list[str] = []
    queue = list(answers)

    def fake_getpass(prompt: str = "", stream: Any = None) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr("counsel_app.storage.keys.getpass.getpass", fake_getpass)
    return prompts


def test_interactive_init_asks_for_the_passphrase_twice(
    make_ctx: ContextMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = dataclasses.replace(make_ctx(keyring=FailingKeyring()), interactive=True)
    _answers(monkeypatch, TEST_PASSPHRASE, "etwas-anderes")
    with pytest.raises(UserError, match="stimmen nicht überein"):
        create_store_key(ctx, kdf=FAST_KDF)
    assert not ctx.paths.keyfile.exists()

    prompts = _answers(monkeypatch, TEST_PASSPHRASE, TEST_PASSPHRASE, TEST_PASSPHRASE)
    new = create_store_key(ctx, kdf=FAST_KDF)
    assert new.source is KeySource.PASSPHRASE and len(prompts) == 2
    assert load_store_key(ctx).key == new.key and len(prompts) == 3


def test_environment_passphrase_wins_over_the_prompt(
    make_ctx: ContextMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE)
    new = create_store_key(dataclasses.replace(ctx, interactive=True), kdf=FAST_KDF)
    prompts = _answers(monkeypatch)
    assert load_store_key(dataclasses.replace(ctx, interactive=True)).key == new.key
    assert prompts == []


def test_explicit_passphrase_as_from_a_dialog(make_ctx: ContextMaker) -> None:
    ctx = make_ctx(keyring=FailingKeyring())
    new = create_store_key(ctx, kdf=FAST_KDF, passphrase=TEST_PASSPHRASE)
    assert new.source is KeySource.PASSPHRASE
    assert load_store_key(ctx, passphrase=TEST_PASSPHRASE).key == new.key
    with pytest.raises(WrongPassphraseError):
        load_store_key(ctx, passphrase="daneben-daneben")


def test_interactive_init_with_a_working_keyring_asks_nothing(
    make_ctx: ContextMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts = _answers(monkeypatch)
    ctx = dataclasses.replace(make_ctx(), interactive=True)
    new = create_store_key(ctx, kdf=FAST_KDF)
    assert new.source is KeySource.KEYRING and prompts == []
    assert read_keyfile(ctx.paths.keyfile).passphrase is None


def test_short_passphrase_at_recovery_changes_nothing(
    make_ctx: ContextMaker, memory_keyring: MemoryKeyring
) -> None:
    new = create_store_key(make_ctx(), kdf=FAST_KDF)
    memory_keyring.entries.clear()
    ctx = make_ctx(passphrase="kurz")
    unlocked = recover_store_key(ctx, new.recovery_key.text)
    before = ctx.paths.keyfile.read_bytes()
    with pytest.raises(UserError, match="zu kurz"):
        store_recovered_key(ctx, unlocked, kdf=FAST_KDF)
    assert ctx.paths.keyfile.read_bytes() == before and memory_keyring.entries == {}
