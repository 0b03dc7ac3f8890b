"""`counsel-app print (CASE | --file FILE.json) --variant ... --out FILE.pdf`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from counsel_app.cli.common import add_case_source, load_case, parse_today
from counsel_app.context import AppContext
from counsel_app.errors import UserError

# Kept here (and checked against counsel_app.printing.VARIANTS by a test) so that building
# the parser does not import ReportLab.
VARIANTS: tuple[str, ...] = ("client", "official", "review", "handout")
# For a stored case these show the plan's history (versions, reviews, what changed).
HISTORY_VARIANTS: frozenset[str] = frozenset({"client", "official"})


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "print",
        help="Kooperationsplan als PDF drucken",
        description="Druckt einen Fall als PDF: client (Exemplar für die Kundin oder den "
        "Kunden, einfache Sprache), official (Aktenexemplar), review (pseudonymisiert, für "
        "die kollegiale Fallberatung) oder handout (pseudonymisiert, für Workshops).",
    )
    add_case_source(parser)
    parser.add_argument("--variant", required=True, choices=VARIANTS, help="Druckvariante")
    parser.add_argument("--out", required=True, metavar="DATEI.pdf", help="Ziel-PDF")
    parser.add_argument(
        "--today",
        metavar="JJJJ-MM-TT",
        help="Druckdatum statt des heutigen Datums (für reproduzierbare Ausgaben)",
    )
    parser.add_argument(
        "--plan-version",
        type=int,
        metavar="N",
        help="eine frühere Planversion des Falls drucken (sonst die aktuelle)",
    )
    parser.add_argument(
        "--pseudonym",
        metavar="NAME",
        help="Name des Falls auf review/handout, z. B. 'Fall A' (sonst abgeleitet)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, ctx: AppContext) -> int:
    today = parse_today(args.today)
    if args.case and not args.file and args.variant in HISTORY_VARIANTS:
        out = _print_stored(args, ctx, today)
    else:
        if args.plan_version is not None:
            raise UserError("--plan-version gilt nur für client und official aus der Ablage.")
        case = load_case(args, ctx)
        from counsel_app.printing import render_pdf

        out = render_pdf(
            case, args.variant, Path(args.out), today=today, pseudonym=args.pseudonym or None
        )
    print(f"PDF geschrieben: {out}", file=ctx.stdout)
    return 0


def _print_stored(args: argparse.Namespace, ctx: AppContext, today: date | None) -> Path:
    """A stored case's client or official copy, with its versions and reviews."""
    from counsel_app.services.followup import print_version
    from counsel_app.services.store import open_store

    with open_store(ctx) as store:
        case_id = store.cases.resolve(args.case)
        return print_version(
            store, case_id, args.variant, Path(args.out), version=args.plan_version, today=today
        )
