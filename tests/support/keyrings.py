"""Real keyring backends for tests (no mocks): memory, failing, empty, locked.

Their `priority` raises, so keyring never picks one of them as a process-wide default.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


class _TestBackend(KeyringBackend):
    """Abstract base (so not registered itself); never viable as an automatic choice."""

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805
        raise RuntimeError("test keyring backend, never chosen automatically")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]


class MemoryKeyring(_TestBackend):
    """Keeps passwords in a dict; one instance stands for one machine's keyring."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


class FailingKeyring(_TestBackend):
    """Raises on every call, like keyring's `fail` backend on a headless machine."""

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no keyring in this test")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no keyring in this test")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no keyring in this test")


class EmptyKeyring(_TestBackend):
    """Accepts every password and forgets it: `get_password` always returns None."""

    def __init__(self) -> None:
        super().__init__()
        self.set_calls = 0

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.set_calls += 1

    def delete_password(self, service: str, username: str) -> None:
        return None


class LockedKeyring(_TestBackend):
    """A keyring the user has not unlocked: every call raises `KeyringLocked`."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked in this test")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked in this test")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("locked in this test")
