"""Where the database key comes from: OS keyring, passphrase, recovery key (DESIGN.md §4).

Safety rules this module keeps:

- A new key is made only by `create_store_key`, and only for a folder without a store.
- Opening never makes a key. A keyring that is unavailable, locked, empty or holds a
  different key fails closed with a German message that names the way out
  (``COUNSEL_APP_PASSPHRASE`` where a passphrase copy exists, ``counsel-app unlock
  --recovery-key``); the key check value in the keyfile catches a changed entry before the
  database is touched.
- A wrong passphrase or recovery key fails closed; nothing is written.
- The keyring is always the backend object from the context, never keyring's global functions.
"""

from __future__ import annotations

import getpass
import secrets
from dataclasses import dataclass, field, replace
from typing import Any

from counsel_app.context import PASSPHRASE_ENV, AppContext
from counsel_app.errors import UserError
from counsel_app.paths import DataPaths
from counsel_app.storage.keyfile import (
    KEY_BYTES,
    Keyfile,
    KeyfileError,
    KeySource,
    ScryptParams,
    UnwrapError,
    key_check_value,
    key_matches,
    keyring_username,
    new_store_id,
    read_keyfile,
    unwrap_with_passphrase,
    unwrap_with_recovery,
    wrap_with_passphrase,
    wrap_with_recovery,
    write_keyfile,
)
from counsel_app.storage.recovery import RecoveryKey, parse_recovery_key

KEYRING_SERVICE = "counsel-app"
MIN_PASSPHRASE_LENGTH = 8
UNLOCK_HINT = "'counsel-app unlock --recovery-key SCHLÜSSEL'"


class KeyUnavailableError(UserError):
    """The key cannot be obtained (keyring failed, no passphrase given); nothing was changed."""

    exit_code = 3


class WrongPassphraseError(UserError):
    exit_code = 3


class WrongRecoveryKeyError(UserError):
    exit_code = 3


class StoreExistsError(UserError):
    """`init` on a folder that already holds a store (or its keyfile)."""


@dataclass(frozen=True)
class UnlockedKey:
    """The database key of a store and where it came from."""

    key: bytes = field(repr=False)
    source: KeySource
    store_id: str


@dataclass(frozen=True)
class NewStoreKey:
    """Result of `create_store_key`: the key, its source and the recovery key to show once."""

    key: bytes = field(repr=False)
    source: KeySource
    recovery_key: RecoveryKey
    store_id: str


def store_exists(paths: DataPaths) -> bool:
    """True if the folder holds a database or a keyfile (either makes `init` refuse)."""
    return paths.database.exists() or paths.keyfile.exists()


# --- keyring -------------------------------------------------------------------------------


def _backend(ctx: AppContext) -> Any | None:
    try:
        return ctx.keyring_backend
    except Exception:  # a backend that cannot even be built is no keyring
        return None


def _describe_failure(err: Exception) -> str:
    from keyring.errors import KeyringLocked

    if isinstance(err, KeyringLocked):
        return "Der Schlüsselbund des Systems ist gesperrt."
    return f"Der Schlüsselbund des Systems ist nicht erreichbar ({type(err).__name__})."


def _keyring_put(ctx: AppContext, username: str, key: bytes) -> bool:
    """Store the key; True only if reading it back gives the same key."""
    backend = _backend(ctx)
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, username, key.hex())
        ok = bool(backend.get_password(KEYRING_SERVICE, username) == key.hex())
    except Exception:
        ok = False
    if not ok:
        _keyring_forget(ctx, username)
    return ok


def _keyring_forget(ctx: AppContext, username: str) -> None:
    backend = _backend(ctx)
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, username)
    except Exception:
        return


def _keyring_get(ctx: AppContext, keyfile: Keyfile) -> bytes | str:
    """The key from the keyring, or a German sentence saying why not."""
    backend = _backend(ctx)
    if backend is None:
        return "Der Schlüsselbund des Systems ist nicht verfügbar."
    try:
        value = backend.get_password(KEYRING_SERVICE, keyring_username(keyfile.store_id))
    except Exception as err:
        return _describe_failure(err)
    if not value:
        return "Im Schlüsselbund des Systems fehlt der Schlüssel dieser Ablage."
    try:
        key = bytes.fromhex(value)
    except (ValueError, TypeError):
        key = b""
    if not key_matches(keyfile, key):
        return (
            "Der Schlüssel im Schlüsselbund passt nicht zu dieser Ablage "
            "(der Eintrag wurde verändert)."
        )
    return key


# --- passphrase ----------------------------------------------------------------------------


def _prompt(ctx: AppContext, prompt: str) -> str:
    return getpass.getpass(prompt, stream=ctx.stderr)


def _passphrase_to_open(ctx: AppContext, given: str | None) -> str | None:
    """An explicit passphrase (e.g. from a GUI dialog), else the environment, else a prompt."""
    if given:
        return given
    from_env = ctx.passphrase_from_env
    if from_env is not None:
        return from_env
    if ctx.interactive:
        return _prompt(ctx, "Passphrase der Ablage: ") or None
    return None


def _new_passphrase(ctx: AppContext, given: str | None) -> str | None:
    """A passphrase to wrap the key with: explicit, else the environment, else asked twice."""
    passphrase = given or ctx.passphrase_from_env
    if passphrase is None and ctx.interactive:
        passphrase = _prompt(ctx, "Neue Passphrase für die Ablage: ")
        if passphrase != _prompt(ctx, "Passphrase wiederholen: "):
            raise UserError("Die beiden Passphrasen stimmen nicht überein. Nichts wurde geändert.")
    return None if passphrase is None else _checked(passphrase)


def _checked(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            f"Die Passphrase ist zu kurz (mindestens {MIN_PASSPHRASE_LENGTH} Zeichen). "
            "Nichts wurde geändert."
        )
    return passphrase


def _no_keyring_no_passphrase(action: str) -> KeyUnavailableError:
    return KeyUnavailableError(
        f"Kein Schlüsselbund des Systems nutzbar und keine Passphrase angegeben: {action} "
        f"Bitte die Passphrase in {PASSPHRASE_ENV} setzen (oder interaktiv eingeben)."
    )


# --- public API ----------------------------------------------------------------------------


def create_store_key(
    ctx: AppContext, *, kdf: ScryptParams | None = None, passphrase: str | None = None
) -> NewStoreKey:
    """Make the key of a NEW store and write the keyfile; refuses if a store exists.

    The key goes into the keyring if a set/get round trip works; a passphrase (the
    argument, else ``COUNSEL_APP_PASSPHRASE``) wraps a copy as well. Without a working keyring the
    passphrase (environment or prompt) is required. `kdf` sets the scrypt cost and is
    stored in the keyfile.
    """
    paths = ctx.paths
    if store_exists(paths):
        raise StoreExistsError(
            f"In {paths.root} gibt es schon eine Ablage; 'init' legt keine zweite an "
            "und überschreibt nichts."
        )
    params = kdf or ScryptParams()
    key = secrets.token_bytes(KEY_BYTES)
    store_id = new_store_id()
    username = keyring_username(store_id)
    in_keyring = _keyring_put(ctx, username, key)
    try:
        if in_keyring:  # a passphrase copy only if one was given; no prompt
            passphrase = passphrase or ctx.passphrase_from_env
            if passphrase is not None:
                _checked(passphrase)
        else:
            passphrase = _new_passphrase(ctx, passphrase)
        if not in_keyring and passphrase is None:
            raise _no_keyring_no_passphrase("der neue Schlüssel kann nicht sicher abgelegt werden.")
        recovery_key = RecoveryKey.generate()
        keyfile = Keyfile(
            store_id=store_id,
            key_source=KeySource.KEYRING if in_keyring else KeySource.PASSPHRASE,
            key_check=key_check_value(key),
            recovery=wrap_with_recovery(key, recovery_key.secret, store_id),
            passphrase=(
                None
                if passphrase is None
                else wrap_with_passphrase(key, passphrase, store_id, params)
            ),
        )
        write_keyfile(paths.keyfile, keyfile)
    except BaseException:
        if in_keyring:
            _keyring_forget(ctx, username)
        raise
    return NewStoreKey(key, keyfile.key_source, recovery_key, store_id)


def discard_store_key(ctx: AppContext, new: NewStoreKey) -> None:
    """Undo `create_store_key` when creating the database failed (keyfile and keyring entry)."""
    try:
        keyfile = read_keyfile(ctx.paths.keyfile)
    except KeyfileError:
        return
    if keyfile.store_id == new.store_id:
        ctx.paths.keyfile.unlink(missing_ok=True)
        _keyring_forget(ctx, keyring_username(keyfile.store_id))


def load_store_key(ctx: AppContext, *, passphrase: str | None = None) -> UnlockedKey:
    """The key of the existing store; never creates one, never writes anything.

    `passphrase` (e.g. from a GUI dialog) is used if the keyring does not deliver the key;
    without it ``COUNSEL_APP_PASSPHRASE`` or, in a terminal, a prompt.
    """
    keyfile = read_keyfile(ctx.paths.keyfile)
    problem = ""
    if keyfile.key_source is KeySource.KEYRING:
        got = _keyring_get(ctx, keyfile)
        if isinstance(got, bytes):
            return UnlockedKey(got, KeySource.KEYRING, keyfile.store_id)
        problem = got + " "
    if keyfile.passphrase is None:
        raise KeyUnavailableError(
            f"{problem}Die Ablage bleibt unverändert. Ausweg: mit dem Wiederherstellungsschlüssel "
            f"entsperren: {UNLOCK_HINT}."
        )
    passphrase = _passphrase_to_open(ctx, passphrase)
    if passphrase is None:
        raise KeyUnavailableError(
            f"{problem}Die Ablage ist mit einer Passphrase geschützt: bitte sie in "
            f"{PASSPHRASE_ENV} setzen oder mit dem Wiederherstellungsschlüssel entsperren: "
            f"{UNLOCK_HINT}."
        )
    try:
        key = unwrap_with_passphrase(keyfile.passphrase, passphrase, keyfile.store_id)
    except UnwrapError:
        raise WrongPassphraseError(
            "Die Passphrase ist falsch; die Ablage bleibt unverändert. Passphrase vergessen? "
            f"Dann mit dem Wiederherstellungsschlüssel entsperren: {UNLOCK_HINT}."
        ) from None
    if not key_matches(keyfile, key):
        raise KeyfileError("Die Schlüsseldatei ist widersprüchlich (Prüfwert passt nicht).")
    return UnlockedKey(key, KeySource.PASSPHRASE, keyfile.store_id)


def recover_store_key(ctx: AppContext, recovery_text: str) -> UnlockedKey:
    """The key unwrapped with the recovery key; writes nothing (see `store_recovered_key`)."""
    recovery_key = parse_recovery_key(recovery_text)
    keyfile = read_keyfile(ctx.paths.keyfile)
    try:
        key = unwrap_with_recovery(keyfile.recovery, recovery_key.secret, keyfile.store_id)
    except UnwrapError:
        raise WrongRecoveryKeyError(
            "Der Wiederherstellungsschlüssel passt nicht zu dieser Ablage; "
            "die Ablage bleibt unverändert."
        ) from None
    if not key_matches(keyfile, key):
        raise KeyfileError("Die Schlüsseldatei ist widersprüchlich (Prüfwert passt nicht).")
    return UnlockedKey(key, keyfile.key_source, keyfile.store_id)


def store_recovered_key(
    ctx: AppContext,
    unlocked: UnlockedKey,
    *,
    kdf: ScryptParams | None = None,
    passphrase: str | None = None,
) -> KeySource:
    """Store the key again so the next start works: keyring if it works, else passphrase.

    A passphrase from the environment (or, without keyring, from the prompt) replaces the
    passphrase copy; the recovery key stays valid. Returns the key source now used.
    """
    keyfile = read_keyfile(ctx.paths.keyfile)
    if keyfile.store_id != unlocked.store_id or not key_matches(keyfile, unlocked.key):
        raise KeyfileError("Die Schlüsseldatei hat sich während des Entsperrens geändert.")
    params = kdf or ScryptParams()
    passphrase = passphrase or ctx.passphrase_from_env
    if passphrase is not None:
        _checked(passphrase)  # before anything is stored anywhere
    if _keyring_put(ctx, keyring_username(keyfile.store_id), unlocked.key):
        if passphrase is not None:
            keyfile = replace(
                keyfile,
                passphrase=wrap_with_passphrase(unlocked.key, passphrase, keyfile.store_id, params),
            )
        keyfile = replace(keyfile, key_source=KeySource.KEYRING)
    else:
        passphrase = _new_passphrase(ctx, passphrase)
        if passphrase is None:
            raise _no_keyring_no_passphrase(
                "der Schlüssel kann nicht für den nächsten Start abgelegt werden."
            )
        keyfile = replace(
            keyfile,
            key_source=KeySource.PASSPHRASE,
            passphrase=wrap_with_passphrase(unlocked.key, passphrase, keyfile.store_id, params),
        )
    write_keyfile(ctx.paths.keyfile, keyfile)
    return keyfile.key_source
