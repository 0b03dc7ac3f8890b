"""The keyfile (``keys.json``): wrapped copies of the database key, never the key in clear.

It holds the format version, a stable store id (names the keyring entry), where the key
normally comes from, a key check value (so a changed keyring entry is noticed before the
database is touched), the key wrapped with a passphrase (scrypt + AES-256-GCM, parameters
stored beside it) if there is one, and the key wrapped with the recovery key (HKDF-SHA256 +
AES-256-GCM). Every wrapped copy is bound to the store id and its purpose (AES-GCM
associated data), so sections cannot be swapped between stores.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from counsel_app.errors import UserError
from counsel_app.fileio import write_atomic

KEYFILE_FORMAT = "counsel-app-keys"
KEYFILE_VERSION = 1
KEY_BYTES = 32
_CHECK_MESSAGE = b"counsel-app key check"
_RECOVERY_INFO = b"counsel-app recovery wrap v1"


class KeySource(StrEnum):
    """Where the database key normally comes from."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


class KeyfileError(UserError):
    """The keyfile is missing, unreadable or inconsistent."""


class UnwrapError(Exception):
    """A wrapped key did not decrypt (wrong secret or tampered data). Internal."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters; stored in the keyfile so opening uses what was used to wrap."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def validate(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or self.n > 2**22:
            raise KeyfileError("Die Schlüsseldatei enthält ungültige scrypt-Parameter (n).")
        if not 1 <= self.r <= 32 or not 1 <= self.p <= 16:
            raise KeyfileError("Die Schlüsseldatei enthält ungültige scrypt-Parameter (r, p).")

    @property
    def maxmem(self) -> int:
        return 128 * self.r * (self.n + self.p + 2) + 16 * 1024 * 1024


@dataclass(frozen=True)
class WrappedKey:
    """The database key encrypted with AES-256-GCM under a key derived from a secret."""

    kdf: str  # "scrypt" or "hkdf-sha256"
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    scrypt: ScryptParams | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kdf": self.kdf, "salt": _b64(self.salt)}
        if self.scrypt is not None:
            data.update(n=self.scrypt.n, r=self.scrypt.r, p=self.scrypt.p)
        data.update(cipher="aes-256-gcm", nonce=_b64(self.nonce), ciphertext=_b64(self.ciphertext))
        return data

    @classmethod
    def from_json(cls, data: Any, what: str) -> WrappedKey:
        try:
            kdf = str(data["kdf"])
            if data["cipher"] != "aes-256-gcm" or kdf not in ("scrypt", "hkdf-sha256"):
                raise ValueError(kdf)
            params = None
            if kdf == "scrypt":
                params = ScryptParams(n=int(data["n"]), r=int(data["r"]), p=int(data["p"]))
                params.validate()
            return cls(
                kdf=kdf,
                salt=_unb64(data["salt"]),
                nonce=_unb64(data["nonce"]),
                ciphertext=_unb64(data["ciphertext"]),
                scrypt=params,
            )
        except (KeyError, TypeError, ValueError, binascii.Error) as err:
            raise KeyfileError(f"Die Schlüsseldatei ist beschädigt (Abschnitt '{what}').") from err


@dataclass(frozen=True)
class Keyfile:
    store_id: str
    key_source: KeySource
    key_check: str
    recovery: WrappedKey
    passphrase: WrappedKey | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "store_id": self.store_id,
            "key_source": self.key_source.value,
            "key_check": self.key_check,
            "passphrase_wrapped_key": self.passphrase.to_json() if self.passphrase else None,
            "recovery_wrapped_key": self.recovery.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any) -> Keyfile:
        if not isinstance(data, dict) or data.get("format") != KEYFILE_FORMAT:
            raise KeyfileError("Die Schlüsseldatei ist keine counsel-app-Schlüsseldatei.")
        if data.get("version") != KEYFILE_VERSION:
            raise KeyfileError(
                f"Die Schlüsseldatei hat die unbekannte Version {data.get('version')!r}; "
                "bitte eine neuere Programmversion verwenden."
            )
        try:
            store_id = str(data["store_id"])
            source = KeySource(data["key_source"])
            check = str(data["key_check"])
            recovery = data["recovery_wrapped_key"]
            wrapped = data.get("passphrase_wrapped_key")
        except (KeyError, ValueError) as err:
            raise KeyfileError("Die Schlüsseldatei ist unvollständig oder beschädigt.") from err
        if not store_id.isalnum():
            raise KeyfileError("Die Schlüsseldatei ist beschädigt (Abschnitt 'store_id').")
        passphrase = None if wrapped is None else WrappedKey.from_json(wrapped, "passphrase")
        if source is KeySource.PASSPHRASE and passphrase is None:
            raise KeyfileError("Die Schlüsseldatei ist beschädigt: die Passphrase-Kopie fehlt.")
        return cls(
            store_id=store_id,
            key_source=source,
            key_check=check,
            recovery=WrappedKey.from_json(recovery, "recovery"),
            passphrase=passphrase,
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def keyring_username(store_id: str) -> str:
    """The keyring entry of one store; the store id keeps two data folders apart."""
    return f"store-{store_id}"


def new_store_id() -> str:
    return secrets.token_hex(16)


def key_check_value(key: bytes) -> str:
    """A short fingerprint of the key; tells a wrong key apart without touching the database."""
    return hmac.new(key, _CHECK_MESSAGE, hashlib.sha256).hexdigest()[:32]


def key_matches(keyfile: Keyfile, key: bytes) -> bool:
    return len(key) == KEY_BYTES and hmac.compare_digest(key_check_value(key), keyfile.key_check)


def _aad(store_id: str, purpose: str) -> bytes:
    return f"counsel-app/keys/v{KEYFILE_VERSION}/{store_id}/{purpose}".encode("ascii")


def _scrypt(passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=32,
    )


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(secret)


def _seal(wrapping_key: bytes, key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, key, aad)


def _open(wrapping_key: bytes, wrapped: WrappedKey, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping_key).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except (InvalidTag, ValueError) as err:
        raise UnwrapError from err


def wrap_with_passphrase(
    key: bytes, passphrase: str, store_id: str, params: ScryptParams
) -> WrappedKey:
    params.validate()
    salt = secrets.token_bytes(16)
    nonce, ciphertext = _seal(_scrypt(passphrase, salt, params), key, _aad(store_id, "passphrase"))
    return WrappedKey("scrypt", salt, nonce, ciphertext, params)


def unwrap_with_passphrase(wrapped: WrappedKey, passphrase: str, store_id: str) -> bytes:
    if wrapped.scrypt is None:
        raise UnwrapError
    derived = _scrypt(passphrase, wrapped.salt, wrapped.scrypt)
    return _open(derived, wrapped, _aad(store_id, "passphrase"))


def wrap_with_recovery(key: bytes, secret: bytes, store_id: str) -> WrappedKey:
    salt = secrets.token_bytes(16)
    nonce, ciphertext = _seal(_hkdf(secret, salt), key, _aad(store_id, "recovery"))
    return WrappedKey("hkdf-sha256", salt, nonce, ciphertext)


def unwrap_with_recovery(wrapped: WrappedKey, secret: bytes, store_id: str) -> bytes:
    return _open(_hkdf(secret, wrapped.salt), wrapped, _aad(store_id, "recovery"))


def read_keyfile(path: Path) -> Keyfile:
    """The keyfile at `path`; German `KeyfileError` if it is missing or damaged."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise KeyfileError(
            f"Die Schlüsseldatei {path} fehlt. Ohne sie lässt sich die Ablage nicht öffnen; "
            "bitte die Datei aus einer Kopie des Datenordners zurücklegen."
        ) from err
    except (OSError, UnicodeDecodeError) as err:
        raise KeyfileError(f"Die Schlüsseldatei {path} ist nicht lesbar.") from err
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise KeyfileError(
            f"Die Schlüsseldatei {path} ist beschädigt (kein gültiges JSON)."
        ) from err
    return Keyfile.from_json(data)


def write_keyfile(path: Path, keyfile: Keyfile) -> None:
    """Write atomically (temp file in the same folder, fsync, replace) with mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(keyfile.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text.encode("utf-8"))
