"""Fixtures that build an AppContext on a temporary data folder with a test keyring.

Loaded for the whole suite through `pytest_plugins` in tests/conftest.py.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

import pytest

from counsel_app.context import PASSPHRASE_ENV, AppContext
from counsel_app.paths import DataPaths
from counsel_app.storage.keyfile import ScryptParams
from tests.support.keyrings import MemoryKeyring

# Cheap scrypt for in-process tests only; the keyfile records it, production uses the default.
FAST_KDF = ScryptParams(n=2**10, r=8, p=1)
TEST_PASSPHRASE = "korrekt-pferd-batterie"


class ContextMaker(Protocol):
    def __call__(
        self,
        root: Path | None = None,
        *,
        keyring: Any = None,
        passphrase: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AppContext: ...


def make_context(
    root: Path,
    *,
    keyring: Any,
    passphrase: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppContext:
    """An AppContext for `root` whose keyring is `keyring` (the same object on every call)."""
    env = dict(environ or {})
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    factory: Callable[[], Any] = lambda: keyring  # noqa: E731
    return AppContext(
        paths=DataPaths(root),
        environ=env,
        keyring_factory=factory,
        stdin=io.StringIO(),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        interactive=False,
    )


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def make_ctx(tmp_path: Path, memory_keyring: MemoryKeyring) -> ContextMaker:
    """`make_ctx(root=None, keyring=None, passphrase=None)`; defaults: tmp_path/data, memory."""

    def build(
        root: Path | None = None,
        *,
        keyring: Any = None,
        passphrase: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AppContext:
        return make_context(
            root or tmp_path / "data",
            keyring=memory_keyring if keyring is None else keyring,
            passphrase=passphrase,
            environ=environ,
        )

    return build
