"""The application context: built once in `main()` and handed down, never a global."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TextIO

from counsel_app.paths import DataPaths

PASSPHRASE_ENV = "COUNSEL_APP_PASSPHRASE"


def _default_keyring() -> Any:
    import keyring  # deferred: the import probes platform backends

    return keyring.get_keyring()


@dataclass
class AppContext:
    """What every use case needs to know about its surroundings.

    `keyring_factory` returns a `keyring` backend object; tests pass an in-memory one.
    `environ` is read for `COUNSEL_APP_PASSPHRASE`; tests pass their own mapping.
    """

    paths: DataPaths
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    keyring_factory: Callable[[], Any] = _default_keyring
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    interactive: bool = False

    @cached_property
    def keyring_backend(self) -> Any:
        return self.keyring_factory()

    @property
    def passphrase_from_env(self) -> str | None:
        value = self.environ.get(PASSPHRASE_ENV)
        return value if value else None
