"""`counsel-app delete` and `counsel-app retention`: deleting cases for good."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from counsel_app.cli.common import parse_today
from counsel_app.context import AppContext
from counsel_app.errors import UserError


def register(subparsers: Any) -> None:
    rm = subparsers.add_parser(
        "delete",
        help="einen Fall mit allen Versionen endgültig löschen",
        description="Löscht einen Fall mit allen Planversionen, Überprüfungen und Notizen. "
        "Das Protokoll behält nur, dass gelöscht wurde, keinen Inhalt.",
    )
    rm.add_argument("case", metavar="FALL", help="Fall-Nummer oder Kundennummer")
    rm.add_argument("--yes", action="store_true", help="ohne Rückfrage löschen")
    rm.set_defaults(handler=handle_delete)

    ret = subparsers.add_parser(
        "retention",
        help="Aufbewahrungsfrist zeigen, setzen und abgelaufene Fälle löschen",
        description="Ohne Angaben: zeigt die Frist und die Fälle, deren letzte Änderung "
        "länger zurückliegt. Gelöscht wird nur mit --apply.",
    )
    group = ret.add_mutually_exclusive_group()
    group.add_argument("--months", metavar="N", help="Frist in Monaten setzen (1 bis 240)")
    group.add_argument("--off", action="store_true", help="keine Frist: Fälle bleiben")
    ret.add_argument("--today", metavar="JJJJ-MM-TT", help="Stichtag statt heute")
    ret.add_argument("--apply", action="store_true", help="abgelaufene Fälle löschen")
    ret.add_argument("--yes", action="store_true", help="mit --apply: ohne Rückfrage")
    ret.add_argument("--json", action="store_true", help="als JSON ausgeben")
    ret.set_defaults(handler=handle_retention)


def _confirm(ctx: AppContext, question: str, yes: bool) -> None:
    """Ask on a terminal; without one, only --yes confirms. Raises UserError on no."""
    if yes:
        return
    if not ctx.interactive:
        raise UserError("Löschen braucht eine Bestätigung: bitte mit --yes aufrufen.")
    print(f"{question} [j/N] ", end="", file=ctx.stdout, flush=True)
    if ctx.stdin.readline().strip().lower() not in {"j", "ja", "y", "yes"}:
        raise UserError("Nicht gelöscht.")


def handle_delete(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.retention import delete_cases
    from counsel_app.services.store import open_store

    with open_store(ctx) as store:
        case_id = store.cases.resolve(args.case)
        reference = store.cases.get(case_id).client.reference
        _confirm(ctx, f"Fall {reference} mit allen Versionen endgültig löschen?", args.yes)
        delete_cases(store, [case_id])
    print(f"Fall {reference} gelöscht.", file=ctx.stdout)
    return 0


def handle_retention(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services import retention
    from counsel_app.services.store import open_store

    today = parse_today(args.today) or date.today()
    new_months = retention.parse_months(args.months) if args.months is not None else None
    with open_store(ctx) as store:
        if args.off:
            retention.set_retention_months(store, None)
        elif new_months is not None:
            retention.set_retention_months(store, new_months)
        months = retention.retention_months(store)
        due = retention.due_for_deletion(store.cases.list_summaries(), months, today)
        deleted = 0
        if args.apply and due:
            _confirm(ctx, f"{len(due)} Fälle endgültig löschen?", args.yes)
            deleted = retention.delete_cases(store, [item.id for item in due])
    if args.json:
        data = {
            "months": months,
            "today": today.isoformat(),
            "due": [
                {
                    "id": item.id,
                    "reference": item.reference,
                    "last_change": item.last_change.isoformat(),
                    "due_since": item.due_since.isoformat(),
                }
                for item in due
            ],
            "deleted": deleted,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    if months is None:
        print(
            "Keine Aufbewahrungsfrist gesetzt: Fälle bleiben, bis sie gelöscht werden.",
            file=ctx.stdout,
        )
        return 0
    print(f"Aufbewahrungsfrist: {months} Monate nach der letzten Änderung.", file=ctx.stdout)
    if not due:
        print("Kein Fall ist über der Frist.", file=ctx.stdout)
        return 0
    for item in due:
        print(
            f"{item.reference}: zuletzt geändert {item.last_change:%d.%m.%Y}, "
            f"Frist abgelaufen am {item.due_since:%d.%m.%Y}",
            file=ctx.stdout,
        )
    if deleted:
        print(f"{deleted} Fälle gelöscht.", file=ctx.stdout)
    else:
        print("Mit --apply werden diese Fälle gelöscht.", file=ctx.stdout)
    return 0
