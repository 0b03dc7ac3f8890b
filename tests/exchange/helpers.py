"""Assertions shared by the exchange tests."""

from __future__ import annotations

import re

from counsel_app.exchange import ExchangeError

# Phrases of jsonschema's and json's English messages that must never reach the user.
_ENGLISH = re.compile(
    r"is not|was expected|required property|Additional properties|Expecting|"
    r"Traceback|Error\b|is too long|is too short",
)
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_PATH = re.compile(r'\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*')


def assert_user_message(err: ExchangeError, path: str | None = None) -> str:
    """The message is one German line `<$-path>: <problem>`; returns the path."""
    message = str(err)
    assert message == err.message
    assert len(message.splitlines()) == 1, message
    assert message.isprintable(), message
    assert err.json_path is not None, message
    assert _PATH.fullmatch(err.json_path), message
    assert message.startswith(f"{err.json_path}: "), message
    assert message.endswith("."), message
    own_words = _QUOTED.sub("", message[len(err.json_path) :])
    assert not _ENGLISH.search(own_words), message
    if path is not None:
        assert err.json_path == path, message
    return err.json_path
