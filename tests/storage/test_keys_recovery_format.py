"""The recovery key as people see and type it."""

from __future__ import annotations

import re

import pytest

from counsel_app.storage.recovery import (
    RecoveryKey,
    RecoveryKeyFormatError,
    parse_recovery_key,
)


def test_format_is_nine_groups_of_four_without_ambiguous_letters() -> None:
    text = RecoveryKey.generate().text
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}", text), text
    assert len(RecoveryKey.generate().secret) * 8 >= 128


def test_round_trip_and_forgiving_input() -> None:
    key = RecoveryKey.generate()
    assert parse_recovery_key(key.text).secret == key.secret
    sloppy = " " + key.text.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert parse_recovery_key(sloppy).secret == key.secret


def test_every_single_character_typo_is_caught() -> None:
    key = RecoveryKey.generate()
    chars = key.text.replace("-", "")
    for position, original in enumerate(chars):
        typo = "7" if original != "7" else "8"
        mistyped = chars[:position] + typo + chars[position + 1 :]
        with pytest.raises(RecoveryKeyFormatError, match="Tippfehler"):
            parse_recovery_key(mistyped)


def test_wrong_length_and_bad_characters_say_what_is_wrong() -> None:
    text = RecoveryKey.generate().text
    with pytest.raises(RecoveryKeyFormatError, match="Gruppen"):
        parse_recovery_key(text[:-5])
    with pytest.raises(RecoveryKeyFormatError, match="ungültige Zeichen 'U'"):
        parse_recovery_key("U" + text[1:])


def test_repr_hides_the_secret() -> None:
    key = RecoveryKey.generate()
    assert key.text not in repr(key) and key.secret.hex() not in repr(key)
