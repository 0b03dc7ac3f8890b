"""The recovery key: 160 random bits written for humans, with a checksum group against typos.

Format: nine groups of four characters, ``XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-PPPP``.
The first eight groups carry the secret in Crockford base32 (no I, L, O, U); the last group
is a 20-bit checksum, so a mistyped character is caught with a clear message before any
decryption is tried. Reading is forgiving: lower case, spaces, missing hyphens, ``O`` for
zero and ``I``/``L`` for one are accepted.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from counsel_app.errors import UserError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SECRET_BYTES = 20  # 160 bits: 32 base32 characters
GROUP = 4
DATA_CHARS = SECRET_BYTES * 8 // 5
CHECK_CHARS = 4
TOTAL_CHARS = DATA_CHARS + CHECK_CHARS
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CHECK_DOMAIN = b"counsel-app recovery key checksum v1"


class RecoveryKeyFormatError(UserError):
    """The text typed in is not a well-formed recovery key (typo, wrong length)."""


@dataclass(frozen=True)
class RecoveryKey:
    """A recovery key; `secret` are the raw bytes, `text` the form shown to people."""

    secret: bytes

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(SECRET_BYTES))

    @property
    def text(self) -> str:
        chars = _encode(self.secret) + _checksum(self.secret)
        return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))

    def __repr__(self) -> str:  # never leak the secret into logs or tracebacks
        return "RecoveryKey(<verborgen>)"


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    return "".join(ALPHABET[(number >> (bits - 5 * (i + 1))) & 31] for i in range(bits // 5))


def _checksum(secret: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(_CHECK_DOMAIN + secret).digest()[:3], "big") >> 4
    return "".join(ALPHABET[(digest >> (5 * (CHECK_CHARS - 1 - i))) & 31] for i in range(4))


def parse_recovery_key(text: str) -> RecoveryKey:
    """Read a recovery key as typed; raises `RecoveryKeyFormatError` with a German message."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    for position, ch in enumerate(cleaned, start=1):
        if ch not in _DECODE:
            raise RecoveryKeyFormatError(
                f"Der Wiederherstellungsschlüssel enthält das ungültige Zeichen '{ch}' "
                f"(Zeichen {position}); erlaubt sind Ziffern und Buchstaben außer I, L, O, U."
            )
    if len(cleaned) != TOTAL_CHARS:
        raise RecoveryKeyFormatError(
            f"Der Wiederherstellungsschlüssel hat {len(cleaned)} statt {TOTAL_CHARS} Zeichen "
            f"(erwartet: {TOTAL_CHARS // GROUP} Gruppen zu je {GROUP} Zeichen)."
        )
    number = 0
    for ch in cleaned[:DATA_CHARS]:
        number = (number << 5) | _DECODE[ch]
    secret = number.to_bytes(SECRET_BYTES, "big")
    given_check = "".join(ALPHABET[_DECODE[ch]] for ch in cleaned[DATA_CHARS:])
    if given_check != _checksum(secret):
        raise RecoveryKeyFormatError(
            "Der Wiederherstellungsschlüssel enthält einen Tippfehler (die Prüfgruppe am Ende "
            "passt nicht). Bitte Zeichen für Zeichen mit dem Ausdruck vergleichen."
        )
    return RecoveryKey(secret)
