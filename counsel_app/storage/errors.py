"""Errors of the encrypted store, each with one German line for the user."""

from __future__ import annotations

from pathlib import Path

from counsel_app.errors import UserError


class StorageError(UserError):
    """Base of the store's user-facing errors."""


class WrongKeyError(StorageError):
    """The key does not decrypt the database (or the file is no database of ours)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Der Schlüssel passt nicht zur Datenablage {path} "
            "(oder die Datei ist keine verschlüsselte Datenablage bzw. beschädigt)."
        )
        self.path = path


class SqlCipherMissingError(StorageError):
    """The SQLite library in use has no SQLCipher encryption; nothing is opened then."""

    def __init__(self) -> None:
        super().__init__(
            "Die Verschlüsselung (SQLCipher) ist nicht verfügbar; "
            "die Datenablage wird deshalb nicht geöffnet."
        )


class StoreNotFoundError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Datenablage nicht gefunden: {path}")
        self.path = path


class StoreExistsError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Es gibt schon eine Datenablage unter {path}; sie wird nicht überschrieben."
        )
        self.path = path


class StoreCorruptError(StorageError):
    def __init__(self, path: Path, detail: str = "") -> None:
        suffix = f" ({detail})" if detail else ""
        super().__init__(f"Die Datenablage {path} ist beschädigt{suffix}.")
        self.path = path


class MigrationError(StorageError):
    """Updating the schema failed (the store is left as it was) or is not possible."""


class CaseNotFoundError(StorageError):
    def __init__(self, ref: str) -> None:
        super().__init__(f"Fall „{ref}“ nicht gefunden.")
        self.ref = ref


class DuplicateReferenceError(StorageError):
    def __init__(self, reference: str) -> None:
        super().__init__(
            f"Es gibt schon einen Fall mit der Kennung „{reference}“; "
            "bitte eine andere Kundennummer oder ein anderes Pseudonym wählen."
        )
        self.reference = reference
