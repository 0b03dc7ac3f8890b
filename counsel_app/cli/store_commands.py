"""Commands that manage the store itself: init, unlock, doctor, backup, restore."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from counsel_app.context import PASSPHRASE_ENV, AppContext
from counsel_app.errors import UserError

_SOURCE_TEXT = {
    "keyring": "Der Schlüssel der Ablage liegt im Schlüsselbund des Systems.",
    "passphrase": "Der Schlüssel der Ablage ist mit Ihrer Passphrase geschützt "
    f"(für Skripte: Umgebungsvariable {PASSPHRASE_ENV}).",
}


def register(subparsers: Any) -> None:
    init = subparsers.add_parser(
        "init",
        help="verschlüsselte Ablage anlegen; zeigt einmal den Wiederherstellungsschlüssel",
    )
    init.set_defaults(handler=handle_init)

    unlock = subparsers.add_parser(
        "unlock", help="Ablage mit dem Wiederherstellungsschlüssel entsperren"
    )
    unlock.add_argument(
        "--recovery-key",
        metavar="SCHLÜSSEL",
        help="Wiederherstellungsschlüssel (ohne Angabe wird er abgefragt)",
    )
    unlock.set_defaults(handler=handle_unlock)

    doctor = subparsers.add_parser("doctor", help="Ablage, Schlüssel und Datenbank prüfen")
    doctor.set_defaults(handler=handle_doctor)

    backup = subparsers.add_parser("backup", help="verschlüsselte Sicherung schreiben")
    backup.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei der Sicherung")
    backup.set_defaults(handler=handle_backup)

    restore = subparsers.add_parser("restore", help="Sicherung zurückspielen")
    restore.add_argument("file", metavar="DATEI", help="Sicherungsdatei")
    restore.set_defaults(handler=handle_restore)


def handle_init(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.store import init_store

    result = init_store(ctx)
    out = ctx.stdout
    print(f"Die verschlüsselte Ablage wurde angelegt: {ctx.paths.root}", file=out)
    print(_SOURCE_TEXT.get(result.key_source, result.key_source), file=out)
    print("", file=out)
    print("WIEDERHERSTELLUNGSSCHLÜSSEL (wird nur jetzt ein einziges Mal angezeigt):", file=out)
    print("", file=out)
    print(f"    {result.recovery_key}", file=out)
    print("", file=out)
    print(
        "Bitte ausdrucken oder abschreiben und getrennt vom Rechner sicher aufbewahren "
        "(z. B. verschlossen im Schrank).",
        file=out,
    )
    print(
        "Mit ihm lässt sich die Ablage öffnen, wenn der Schlüsselbund gelöscht wurde, die "
        "Passphrase vergessen ist oder auf einem neuen Rechner: "
        "counsel-app unlock --recovery-key SCHLÜSSEL",
        file=out,
    )
    print(
        "Wer ihn kennt und den Datenordner hat, kann alle Falldaten lesen: nicht im "
        "Datenordner, nicht per E-Mail und nicht unverschlüsselt am Rechner speichern.",
        file=out,
    )
    return 0


def handle_unlock(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.store import unlock_with_recovery

    recovery_key = args.recovery_key
    if not recovery_key:
        if not ctx.interactive:
            raise UserError("Bitte den Wiederherstellungsschlüssel mit --recovery-key angeben.")
        recovery_key = getpass.getpass("Wiederherstellungsschlüssel: ", stream=ctx.stderr)
    source = unlock_with_recovery(ctx, recovery_key)
    print("Die Ablage ist entsperrt. " + _SOURCE_TEXT.get(source, source), file=ctx.stdout)
    print("Der Wiederherstellungsschlüssel bleibt gültig.", file=ctx.stdout)
    return 0


def handle_doctor(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.doctor import run_doctor

    report = run_doctor(ctx)
    out = ctx.stdout
    print(f"Prüfung der Ablage {ctx.paths.root}", file=out)
    width = max(len(check.name) for check in report.checks)
    for check in report.checks:
        mark = "OK    " if check.ok else "FEHLER"
        print(f"  {mark}  {check.name.ljust(width)}  {check.detail}", file=out)
    if report.cipher_version:
        print(f"  SQLCipher {report.cipher_version}", file=out)
    if report.ok:
        print("Alles in Ordnung.", file=out)
        return 0
    count = len(report.problems)
    print(f"{count} Problem{'e' if count != 1 else ''} gefunden.", file=out)
    return 1


def handle_backup(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.backup import backup

    written = backup(ctx, Path(args.out))
    print(f"Sicherung geschrieben und geprüft: {written}", file=ctx.stdout)
    print(
        "Die Sicherung ist mit dem Schlüssel dieser Ablage verschlüsselt; zum Zurückspielen "
        f"wird die Schlüsseldatei {ctx.paths.keyfile.name} dieser Ablage gebraucht.",
        file=ctx.stdout,
    )
    return 0


def handle_restore(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.backup import restore

    result = restore(ctx, Path(args.file))
    print(f"Sicherung zurückgespielt: {result.restored_from}", file=ctx.stdout)
    if result.previous_copy is not None:
        print(f"Der bisherige Stand liegt in: {result.previous_copy}", file=ctx.stdout)
    return 0
