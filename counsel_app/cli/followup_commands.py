"""Nachhaltung on the command line: `due` (Wiedervorlage) and `reminders` (.ics)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counsel_app.cli.common import parse_today
from counsel_app.context import AppContext


def register(subparsers: Any) -> None:
    due = subparsers.add_parser(
        "due",
        help="Wiedervorlage: was heute, diese Woche fällig oder überfällig ist",
        description="Listet fällige Überprüfungen, überfällige Schritte, geplante Kontakte "
        "und Pläne, die seit mehr als sechs Monaten nicht überprüft wurden. Fälle erscheinen "
        "nur mit ihrer Kundennummer. 'Diese Woche' heißt: in den nächsten sieben Tagen.",
    )
    due.add_argument("--today", metavar="JJJJ-MM-TT", help="Stichtag statt des heutigen Datums")
    due.add_argument("--json", action="store_true", help="als JSON-Liste ausgeben")
    due.set_defaults(handler=handle_due)

    rem = subparsers.add_parser(
        "reminders",
        help="Überprüfungs- und Kontakttermine als Kalenderdatei (.ics) schreiben",
        description="Schreibt offene Überprüfungs- und Kontakttermine ab heute als ganztägige "
        "Termine (iCalendar). Die Termine nennen nur die Kundennummer, keine Namen und keine "
        "Freitexte. Erneutes Einlesen aktualisiert die Termine, statt sie zu verdoppeln.",
    )
    rem.add_argument("--out", required=True, metavar="DATEI.ics", help="Zieldatei")
    rem.add_argument("--case", metavar="FALL", help="nur dieser Fall (Nummer oder Kundennummer)")
    rem.add_argument("--today", metavar="JJJJ-MM-TT", help="Termine ab diesem Tag")
    rem.set_defaults(handler=handle_reminders)


def handle_due(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.followup.due import german_date
    from counsel_app.services.followup import due_list
    from counsel_app.services.store import open_store

    today = parse_today(args.today)
    with open_store(ctx) as store:
        result = due_list(store, today)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    print(f"Wiedervorlage zum {german_date(result.today)}", file=ctx.stdout)
    for bucket, items in result.by_bucket().items():
        print("", file=ctx.stdout)
        print(f"{bucket.label} ({len(items)})", file=ctx.stdout)
        if not items:
            print("  –", file=ctx.stdout)
        width = max((len(item.reference) for item in items), default=0)
        for item in items:
            print(
                f"  {german_date(item.date)}  {item.reference.ljust(width)}  {item.label}",
                file=ctx.stdout,
            )
    return 0


def handle_reminders(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.followup import write_reminders
    from counsel_app.services.store import open_store

    today = parse_today(args.today)
    with open_store(ctx) as store:
        case_id = store.cases.resolve(args.case) if args.case else None
        result = write_reminders(store, Path(args.out), case_id=case_id, today=today)
    print(f"Kalenderdatei geschrieben: {result.path} ({result.events} Termine)", file=ctx.stdout)
    return 0
