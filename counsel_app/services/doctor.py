"""`doctor`: checks keys, keyfile and database and says what is wrong in German."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field

from counsel_app.context import AppContext
from counsel_app.errors import UserError


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class DoctorReport:
    checks: list[Check] = field(default_factory=list)
    key_source: str | None = None
    schema_revision: str | None = None
    head_revision: str | None = None
    cipher_version: str | None = None

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def problems(self) -> list[Check]:
        return [check for check in self.checks if not check.ok]

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append(Check(name, ok, detail))
        return ok


def _message(err: Exception) -> str:
    return (
        err.message if isinstance(err, UserError) else f"unerwarteter Fehler ({type(err).__name__})"
    )


def run_doctor(ctx: AppContext) -> DoctorReport:
    """Every check that can run runs; the report is ok only if all of them pass."""
    from counsel_app.storage.keyfile import read_keyfile

    paths = ctx.paths
    report = DoctorReport()
    if not report.add("Datenordner", paths.root.is_dir(), str(paths.root)):
        return report
    try:
        keyfile = read_keyfile(paths.keyfile)
    except UserError as err:
        report.add("Schlüsseldatei", False, err.message)
        return report
    report.add("Schlüsseldatei", True, f"{paths.keyfile} (Ablage-Kennung {keyfile.store_id})")
    if os.name == "posix":
        mode = stat.S_IMODE(paths.keyfile.stat().st_mode)
        report.add(
            "Zugriffsrechte der Schlüsseldatei",
            mode & 0o077 == 0,
            f"{mode:o}"
            + ("" if mode & 0o077 == 0 else " (nur der eigene Benutzer darf lesen: 600)"),
        )
    if not report.add(
        "Datenbankdatei",
        paths.database.is_file(),
        str(paths.database) if paths.database.is_file() else f"{paths.database} fehlt",
    ):
        return report
    try:
        from counsel_app.storage.keys import load_store_key

        unlocked = load_store_key(ctx)
    except Exception as err:
        report.add("Schlüssel", False, _message(err))
        return report
    report.key_source = unlocked.source.value
    report.add("Schlüssel", True, _source_text(unlocked.source.value, keyfile.key_source.value))
    _check_database(ctx, unlocked.key, report)
    return report


def _source_text(used: str, configured: str) -> str:
    names = {"keyring": "Schlüsselbund des Systems", "passphrase": "Passphrase"}
    text = f"aus {names.get(used, used)}"
    if used != configured:
        text += f" (eingerichtet ist: {names.get(configured, configured)})"
    return text


def _check_database(ctx: AppContext, key: bytes, report: DoctorReport) -> None:
    from counsel_app.storage.database import Database

    try:
        db = Database.open(ctx.paths.database, key, backup_dir=ctx.paths.backups)
    except Exception as err:
        report.add("Datenbank öffnen", False, _message(err))
        return
    try:
        report.add("Datenbank öffnen", True, "mit dem Schlüssel der Ablage entschlüsselt")
        integrity = db.check_integrity()
    except Exception as err:
        report.add("Integritätsprüfung", False, _message(err))
        return
    finally:
        db.close()
    report.schema_revision = integrity.schema_revision
    report.head_revision = integrity.head_revision
    report.cipher_version = integrity.cipher_version
    report.add(
        "Integritätsprüfung",
        integrity.ok,
        "integrity_check und cipher_integrity_check ohne Befund"
        if integrity.ok
        else "; ".join(integrity.problems) or "fehlgeschlagen",
    )
    current = integrity.schema_revision == integrity.head_revision
    report.add(
        "Schema-Stand",
        current,
        f"{integrity.schema_revision} (aktuell)"
        if current
        else f"{integrity.schema_revision}, erwartet {integrity.head_revision}",
    )
