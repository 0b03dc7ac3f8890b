"""Errors whose message is meant for the user (German, one line, no traceback)."""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can understand and act on; `str(err)` is the German message.

    `exit_code` is what the command line exits with.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
