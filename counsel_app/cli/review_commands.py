"""Commands for case reviews and workshops: bundles, review area, caseload, exercises."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counsel_app.cli.common import parse_today
from counsel_app.context import AppContext
from counsel_app.errors import UserError


def register(subparsers: Any) -> None:
    exp = subparsers.add_parser(
        "bundle-export", help="einen Fall pseudonymisiert und verschlüsselt für eine Fallberatung"
    )
    exp.add_argument("case", metavar="FALL", help="Fall-Nummer oder Kundennummer")
    exp.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei des Prüfpakets")
    exp.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="Umgebungsvariable mit der Passphrase des Prüfpakets (sonst Abfrage)",
    )
    exp.add_argument(
        "--confirm",
        action="store_true",
        help="trotz Namensfundstellen in Freitexten ausgeben (nach eigener Prüfung)",
    )
    exp.add_argument("--pseudonym", metavar="TEXT", help="Pseudonym (sonst zufällig)")
    exp.set_defaults(handler=handle_bundle_export)

    imp = subparsers.add_parser(
        "bundle-import", help="ein Prüfpaket in den Bereich Fallberatung übernehmen"
    )
    imp.add_argument("file", metavar="DATEI", help="Prüfpaket")
    imp.add_argument("--passphrase-env", metavar="VAR", help="Umgebungsvariable mit der Passphrase")
    imp.set_defaults(handler=handle_bundle_import)

    lst = subparsers.add_parser("review-list", help="Fälle im Bereich Fallberatung auflisten")
    lst.add_argument("--json", action="store_true", help="als JSON ausgeben")
    lst.set_defaults(handler=handle_review_list)

    cl = subparsers.add_parser("caseload", help="Fallübersicht (pseudonymisiert) zur Reflexion")
    cl.add_argument(
        "--folder", metavar="DIR", help="Ordner mit pseudonymisierten Austauschdateien (Team)"
    )
    cl.add_argument("--json", action="store_true", help="als JSON ausgeben")
    cl.add_argument("--out", metavar="DATEI.pdf", help="als PDF mit Diagrammen schreiben")
    cl.add_argument("--today", metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)")
    cl.set_defaults(handler=handle_caseload)

    ex = subparsers.add_parser("exercise", help="eine Schreibübung auswerten")
    ex.add_argument("name", nargs="?", metavar="NAME", help="Name der Übung")
    ex.add_argument("--text", metavar="TEXT", help="der neu geschriebene Text ('-' = Eingabe)")
    ex.add_argument("--json", action="store_true", help="als JSON ausgeben")
    ex.add_argument("--list", action="store_true", help="alle Übungen auflisten")
    ex.set_defaults(handler=handle_exercise)


# --- passphrases ---------------------------------------------------------------------------


def _passphrase(args: argparse.Namespace, ctx: AppContext, *, new: bool) -> str:
    """From the named environment variable, else (in a terminal) a prompt."""
    import getpass

    if args.passphrase_env:
        value = ctx.environ.get(args.passphrase_env)
        if not value:
            raise UserError(f"Die Umgebungsvariable {args.passphrase_env} ist leer oder fehlt.")
        return value
    if not ctx.interactive:
        raise UserError(
            "Bitte die Passphrase des Prüfpakets mit --passphrase-env VAR angeben "
            "(oder im Terminal eingeben)."
        )
    value = getpass.getpass("Passphrase des Prüfpakets: ", stream=ctx.stderr)
    if new and value != getpass.getpass("Passphrase wiederholen: ", stream=ctx.stderr):
        raise UserError("Die beiden Passphrasen stimmen nicht überein. Nichts wurde geschrieben.")
    return value


# --- handlers ------------------------------------------------------------------------------


def handle_bundle_export(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.review_area import (
        UnconfirmedNameHitsError,
        bundle_name_hits,
        export_bundle,
    )
    from counsel_app.services.store import open_store

    out = Path(args.out)
    with open_store(ctx) as store:
        case_id = store.cases.resolve(args.case)
        hits = bundle_name_hits(store, case_id)
        for hit in hits:
            print(
                f"  Bitte prüfen: {hit.label} ({hit.json_path}) enthält „{hit.word}“",
                file=ctx.stdout,
            )
        if hits and not args.confirm:
            raise UnconfirmedNameHitsError(hits)
        passphrase = _passphrase(args, ctx, new=True)
        result = export_bundle(
            store, case_id, passphrase, out, confirm_hits=args.confirm, pseudonym=args.pseudonym
        )
    print(f"Prüfpaket geschrieben: {result.path}", file=ctx.stdout)
    print(f"Pseudonym: {result.pseudonym}", file=ctx.stdout)
    print(
        "Die Passphrase bitte auf anderem Weg weitergeben (nicht mit der Datei).", file=ctx.stdout
    )
    return 0


def handle_bundle_import(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.review.bundle import read_bundle
    from counsel_app.services.review_area import open_review_area
    from counsel_app.services.store import open_store

    path = Path(args.file)
    passphrase = _passphrase(args, ctx, new=False)
    case = read_bundle(path, passphrase)  # decrypt and validate before any store is opened
    with open_store(ctx) as store, open_review_area(store) as area:
        case_id = area.add_case(case)
        reference = area.cases.get(case_id).client.reference
    print(f"Fall {reference} in den Bereich Fallberatung übernommen; Nummer dort:", file=ctx.stdout)
    print(case_id, file=ctx.stdout)
    return 0


def handle_review_list(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.review_area import open_review_area
    from counsel_app.services.store import open_store

    with open_store(ctx) as store, open_review_area(store) as area:
        rows = [
            {
                "id": s.id,
                "reference": s.reference,
                "profile": s.profile.value if s.profile else None,
            }
            for s in area.cases.list_summaries()
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    if not rows:
        print("Im Bereich Fallberatung liegen keine Fälle.", file=ctx.stdout)
    for row in rows:
        print(f"{row['id']}  {row['reference']}  {row['profile'] or '–'}", file=ctx.stdout)
    return 0


def handle_caseload(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.caseload import (
        export_caseload_pdf,
        folder_picture,
        own_store_picture,
    )

    today = parse_today(args.today)
    if args.folder:
        picture = folder_picture(Path(args.folder), today=today)
    else:
        from counsel_app.services.store import open_store

        with open_store(ctx) as store:
            picture = own_store_picture(store, today=today)
    if args.out:
        export_caseload_pdf(picture, Path(args.out), fixed_day=today is not None)
        print(f"Fallübersicht geschrieben: {args.out}", file=ctx.stderr)
    if args.json:
        print(json.dumps(picture.to_json(), ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    _print_caseload(picture, ctx)
    return 0


def _print_caseload(picture: Any, ctx: AppContext) -> None:
    from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS

    out = ctx.stdout
    print(picture.source_label, file=out)
    print(f"{picture.case_count} Pläne, Stichtag {picture.today:%d.%m.%Y}", file=out)
    for name, group in picture.groups.items():
        summary = picture.summary.groups[name]
        if not group.count:
            continue
        overall = "–" if summary.overall is None else f"{summary.overall:.0f}"
        print(
            f"  {group.label}: {group.count} Pläne, Gesamt {overall}, Überprüfung überfällig "
            f"{group.overdue_reviews}, Ziel in eigenen Worten {group.client_words_plans}, "
            f"Schritte Kundin {group.duties.client} : Jobcenter+Träger "
            f"{group.duties.jobcenter + group.duties.provider}",
            file=out,
        )
    gaps = [
        f"{DIMENSION_LABELS[d]} {picture.summary.gap[d]:+.0f}"
        for d in DIMENSIONS
        if picture.summary.gap[d] is not None
    ]
    if gaps:
        print("Abstand marktnah – komplex: " + ", ".join(gaps), file=out)
    print(picture.gap_note, file=out)
    print(picture.note, file=out)


def handle_exercise(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.training import TrainingService

    service = TrainingService()
    if args.list:
        for name, exercise in service.exercises.items():
            print(f"{name}: {exercise.title}", file=ctx.stdout)
        return 0
    if not args.name:
        raise UserError("Bitte den Namen der Übung angeben ('counsel-app exercise --list').")
    if args.text is None:
        raise UserError("Bitte den neuen Text mit --text angeben.")
    text = ctx.stdin.read() if args.text == "-" else args.text
    result = service.evaluate(args.name, text)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    _print_exercise(result, ctx)
    return 0


def _print_exercise(result: Any, ctx: AppContext) -> None:
    from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS

    out = ctx.stdout
    exercise = result.exercise
    print(f"Übung: {exercise.title} ({exercise.target})", file=out)
    print(f"Vorher: {result.original_text or '–'}", file=out)
    print(f"Neu:    {result.rewritten_text}", file=out)
    verdict = "gelöst" if result.solved else "noch nicht ganz gelöst"
    print(f"Ergebnis: {verdict}", file=out)
    for code in result.resolved:
        print(f"  aufgelöst: {code}", file=out)
    for hint in result.target_hints_after:
        print(f"  bleibt: {hint.message} Vorschlag: {hint.suggestion}", file=out)
    for hint in result.new_hints:
        print(f"  neu: {hint.message} Vorschlag: {hint.suggestion}", file=out)
    changes = [
        f"{DIMENSION_LABELS[d]} {result.differences[d]:+d}"
        for d in DIMENSIONS
        if result.differences[d]
    ]
    print(
        f"Punkte: Gesamt {result.before.overall} → {result.after.overall}"
        + (f" ({', '.join(changes)})" if changes else ""),
        file=out,
    )
