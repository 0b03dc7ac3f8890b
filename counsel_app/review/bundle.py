"""Review bundles: one pseudonymised case, encrypted with a passphrase, for a case review.

A bundle is a small UTF-8 JSON file (an "envelope") in a standard, documented format, so a
reviewer can open it without this program (see ``docs/review-bundle.md``)::

    {
      "format": "counsel-review-bundle",
      "version": 1,
      "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64>"},
      "cipher": "AES-256-GCM",
      "nonce": "<base64, 12 bytes>",
      "ciphertext": "<base64: AES-256-GCM ciphertext with the 16-byte tag appended>"
    }

- key = scrypt(passphrase as UTF-8, salt, n, r, p, length 32); the parameters are stored,
  so a bundle written with other costs still opens (n = 2**17 by default);
- the associated data (AAD) binds the header: it is the UTF-8 JSON of the object with the
  keys ``format``, ``version``, ``kdf``, ``cipher`` exactly as in the file, written with
  sorted keys and the separators ``,`` and ``:`` (``json.dumps(header, sort_keys=True,
  separators=(",", ":"))``); changing any header field makes decryption fail;
- the plaintext is a plan-exchange-v1 file (UTF-8 JSON) of the *pseudonymised* case
  (``client.pseudonymised: true``; no name, reference, salutation or counsellor contact).

The header itself holds nothing about the person. Free text is checked before export by
the service (`exchange.name_fragments_in_free_text` on the original case).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counsel_app.domain import Case
from counsel_app.errors import UserError

BUNDLE_FORMAT = "counsel-review-bundle"
BUNDLE_VERSION = 1
CIPHER = "AES-256-GCM"
KDF_NAME = "scrypt"
SALT_BYTES = 16
NONCE_BYTES = 12
KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8
MAX_BUNDLE_BYTES = 16 * 1024 * 1024
# Upper bounds on what a bundle may ask for, so a crafted file cannot exhaust memory.
MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
HEADER_KEYS: tuple[str, ...] = ("format", "version", "kdf", "cipher")


class BundleError(UserError):
    """A bundle cannot be written or opened; the message is one German line."""


class WrongBundlePassphraseError(BundleError):
    exit_code = 3


@dataclass(frozen=True)
class BundleKdf:
    """scrypt cost parameters of a bundle (stored in its header)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def check(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or self.n > MAX_SCRYPT_N:
            raise BundleError("Das Prüfpaket enthält ungültige scrypt-Parameter (n).")
        if not 1 <= self.r <= MAX_SCRYPT_R or not 1 <= self.p <= MAX_SCRYPT_P:
            raise BundleError("Das Prüfpaket enthält ungültige scrypt-Parameter (r, p).")


def header_aad(header: dict[str, Any]) -> bytes:
    """The associated data of a bundle: its header as canonical JSON (see module docs)."""
    subset = {key: header[key] for key in HEADER_KEYS}
    return json.dumps(subset, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _derive(passphrase: str, salt: bytes, kdf: BundleKdf) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=kdf.n, r=kdf.r, p=kdf.p).derive(
        passphrase.encode("utf-8")
    )


def new_bundle_pseudonym() -> str:
    """A random pseudonym, not derived from anything about the person."""
    return "Fall-" + secrets.token_hex(3).upper()


def bundle_case(case: Case, pseudonym: str | None = None) -> Case:
    """The case as it goes into a bundle: pseudonymised (again, if it already was)."""
    from counsel_app.exchange import pseudonymise

    if case.client.pseudonymised:
        return pseudonymise(case, pseudonym or case.client.reference)
    return pseudonymise(case, pseudonym or new_bundle_pseudonym())


def bundle_bytes(
    case: Case, passphrase: str, *, kdf: BundleKdf | None = None, pseudonym: str | None = None
) -> bytes:
    """The bundle file's content for `case` (pseudonymised first; see `bundle_case`)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from counsel_app.exchange import case_to_json

    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise BundleError(
            f"Die Passphrase für das Prüfpaket ist zu kurz (mindestens {MIN_PASSPHRASE_CHARS} "
            "Zeichen). Nichts wurde geschrieben."
        )
    kdf = kdf or BundleKdf()
    kdf.check()
    plaintext = case_to_json(bundle_case(case, pseudonym)).encode("utf-8")
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    header: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "kdf": {"name": KDF_NAME, "n": kdf.n, "r": kdf.r, "p": kdf.p, "salt": _b64(salt)},
        "cipher": CIPHER,
    }
    ciphertext = AESGCM(_derive(passphrase, salt, kdf)).encrypt(
        nonce, plaintext, header_aad(header)
    )
    envelope = {**header, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
    return (json.dumps(envelope, indent=2) + "\n").encode("utf-8")


def write_bundle(
    case: Case,
    passphrase: str,
    out: Path,
    *,
    kdf: BundleKdf | None = None,
    pseudonym: str | None = None,
) -> None:
    """Write `case`, pseudonymised, as an encrypted bundle to `out` (atomically).

    A case that is not pseudonymised yet gets `pseudonym` (default: a random one).
    """
    from counsel_app.fileio import write_atomic

    out = Path(out)
    if out.is_dir():
        raise BundleError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    if not out.parent.is_dir():
        raise BundleError(f"Den Ordner {out.parent} gibt es nicht.")
    data = bundle_bytes(case, passphrase, kdf=kdf, pseudonym=pseudonym)
    try:
        write_atomic(out, data)
    except OSError as err:
        raise BundleError(
            f"Das Prüfpaket {out} kann nicht geschrieben werden: {err.strerror or err}"
        ) from err


def read_bundle(path: Path, passphrase: str) -> Case:
    """The pseudonymised case in the bundle at `path`; writes nothing.

    Raises `WrongBundlePassphraseError` if the passphrase does not fit (or the file was
    changed) and `BundleError` for anything that is no valid bundle.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path.name} ist zu groß für ein Prüfpaket.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"Das Prüfpaket {path} gibt es nicht.") from None
    except IsADirectoryError:
        raise BundleError(f"{path} ist ein Ordner, kein Prüfpaket.") from None
    except OSError as err:
        raise BundleError(f"Das Prüfpaket {path} ist nicht lesbar: {err.strerror}") from err
    return open_bundle_bytes(raw, passphrase, name=path.name)


def open_bundle_bytes(raw: bytes, passphrase: str, *, name: str = "Prüfpaket") -> Case:
    """Decrypt and validate bundle content (see `read_bundle`)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from counsel_app.exchange import ExchangeError, read_case

    envelope = _parse_envelope(raw, name)
    kdf_data = envelope["kdf"]
    kdf = BundleKdf(n=kdf_data["n"], r=kdf_data["r"], p=kdf_data["p"])
    kdf.check()
    salt = _unb64(kdf_data["salt"], name, "kdf.salt")
    nonce = _unb64(envelope["nonce"], name, "nonce")
    ciphertext = _unb64(envelope["ciphertext"], name, "ciphertext")
    if len(nonce) != NONCE_BYTES or len(salt) < 8:
        raise BundleError(f"{name}: Das Prüfpaket ist beschädigt (nonce/salt).")
    try:
        plaintext = AESGCM(_derive(passphrase, salt, kdf)).decrypt(
            nonce, ciphertext, header_aad(envelope)
        )
    except (InvalidTag, ValueError):
        raise WrongBundlePassphraseError(
            f"{name}: Die Passphrase passt nicht zu diesem Prüfpaket (oder die Datei wurde "
            "verändert). Nichts wurde übernommen."
        ) from None
    try:
        data = json.loads(plaintext.decode("utf-8"))
        case = read_case(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"{name}: Der Inhalt des Prüfpakets ist kein gültiger Fall.") from None
    except ExchangeError as err:
        raise BundleError(f"{name}: {err.message}") from err
    if not case.client.pseudonymised:
        raise BundleError(f"{name}: Der Fall im Prüfpaket ist nicht pseudonymisiert.")
    return case


def _parse_envelope(raw: bytes, name: str) -> dict[str, Any]:
    try:
        envelope = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"{name} ist kein Prüfpaket (kein JSON).") from None
    if not isinstance(envelope, dict) or envelope.get("format") != BUNDLE_FORMAT:
        raise BundleError(f"{name} ist kein Prüfpaket von counsel-app.")
    if envelope.get("version") != BUNDLE_VERSION:
        raise BundleError(
            f"{name} hat die unbekannte Prüfpaket-Version {envelope.get('version')!r}; "
            "bitte eine neuere Programmversion verwenden."
        )
    kdf = envelope.get("kdf")
    if envelope.get("cipher") != CIPHER or not isinstance(kdf, dict) or kdf.get("name") != KDF_NAME:
        raise BundleError(f"{name}: Verschlüsselungsverfahren wird nicht unterstützt.")
    for key in ("n", "r", "p"):
        value = kdf.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise BundleError(f"{name}: Das Prüfpaket ist beschädigt (kdf.{key}).")
    for key in ("nonce", "ciphertext"):
        if not isinstance(envelope.get(key), str):
            raise BundleError(f"{name}: Das Prüfpaket ist beschädigt ({key} fehlt).")
    return envelope


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, name: str, field: str) -> bytes:
    if not isinstance(value, str):
        raise BundleError(f"{name}: Das Prüfpaket ist beschädigt ({field}).")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise BundleError(f"{name}: Das Prüfpaket ist beschädigt ({field}).") from None
