"""Commands on cases in the store: import, export, list, demo."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
from pathlib import Path
from typing import Any

from counsel_app.context import AppContext


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser("import", help="eine Austauschdatei als neuen Fall übernehmen")
    imp.add_argument("file", metavar="DATEI.json", help="Austauschdatei (plan-exchange-v1)")
    imp.set_defaults(handler=handle_import)

    exp = subparsers.add_parser("export", help="einen Fall als Austauschdatei schreiben")
    exp.add_argument("case", metavar="FALL", help="Fall-Nummer oder Kundennummer")
    exp.add_argument("--out", required=True, metavar="DATEI.json", help="Zieldatei")
    exp.add_argument(
        "--pseudonymise",
        action="store_true",
        help="Name, Kundennummer und Kontaktdaten ersetzen (Freitext bitte selbst prüfen)",
    )
    exp.add_argument("--pseudonym", metavar="TEXT", help="Pseudonym (sonst zufällig)")
    exp.set_defaults(handler=handle_export)

    lst = subparsers.add_parser("list", help="Fälle der Ablage auflisten")
    lst.add_argument("--json", action="store_true", help="als JSON ausgeben")
    lst.set_defaults(handler=handle_list)

    demo = subparsers.add_parser("demo", help="die erfundenen Übungsfälle laden")
    demo.set_defaults(handler=handle_demo)


def handle_import(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.errors import UserError
    from counsel_app.exchange import read_case
    from counsel_app.services.cases import import_case
    from counsel_app.services.store import open_store

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"Die Datei {path} gibt es nicht.")
    case = read_case(path)  # validated before the store is opened and a passphrase asked
    with open_store(ctx) as store:
        case_id = import_case(store, case)
    print("Fall übernommen; neue Fall-Nummer:", file=ctx.stdout)
    print(case_id, file=ctx.stdout)
    return 0


def handle_export(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.errors import UserError
    from counsel_app.services.cases import export_case
    from counsel_app.services.store import open_store

    if args.pseudonym and not args.pseudonymise:
        raise UserError("--pseudonym gilt nur zusammen mit --pseudonymise.")
    with open_store(ctx) as store:
        case_id = store.cases.resolve(args.case)
        result = export_case(
            store,
            case_id,
            Path(args.out),
            pseudonymise=args.pseudonymise,
            pseudonym=args.pseudonym,
        )
    print(f"Fall {case_id} geschrieben: {result.path}", file=ctx.stdout)
    if result.pseudonym is None:
        print(
            "Hinweis: Die Datei enthält Klardaten (Name, Kundennummer). Nur verschlüsselt "
            "weitergeben oder mit --pseudonymise exportieren.",
            file=ctx.stderr,
        )
        return 0
    print(f"Pseudonym: {result.pseudonym}", file=ctx.stdout)
    print(
        "Freitexte werden nicht verändert; bitte selbst auf Namen und Hinweise zur Person prüfen.",
        file=ctx.stdout,
    )
    for hit in result.free_text_hits:
        print(
            f"  Bitte prüfen: {hit.label} ({hit.json_path}) enthält „{hit.word}“", file=ctx.stdout
        )
    return 0


def _json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    return value


def summary_to_dict(summary: Any) -> dict[str, Any]:
    """A case summary as JSON-ready dict; always has "id" and "reference"."""
    if dataclasses.is_dataclass(summary) and not isinstance(summary, type):
        data = dataclasses.asdict(summary)
    else:
        fields = ("id", "reference", "display_name", "profile")
        data = {name: getattr(summary, name, None) for name in fields}
    return {key: _json_value(value) for key, value in data.items()}


def _german_date(value: Any) -> str:
    if not value:
        return "–"
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    except ValueError:
        return str(value)


def handle_list(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.labels import default_labels
    from counsel_app.services.store import open_store

    with open_store(ctx) as store:
        rows = [summary_to_dict(summary) for summary in store.cases.list_summaries()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=ctx.stdout)
        return 0
    if not rows:
        print(
            "Die Ablage enthält noch keine Fälle ('counsel-app demo' lädt Übungsfälle).",
            file=ctx.stdout,
        )
        return 0
    header = ("Nr.", "Kundennummer", "Name", "Profillage", "Version", "Überprüfung bis")
    table = [header] + [
        (
            str(row["id"]),
            str(row["reference"]),
            str(row.get("display_name") or "–"),
            default_labels().of("profile", row.get("profile")) or "–",
            str(row.get("plan_version") or "–"),
            _german_date(row.get("review_due")),
        )
        for row in rows
    ]
    widths = [max(len(line[col]) for line in table) for col in range(len(header))]
    for number, line in enumerate(table):
        cells = (cell.ljust(widths[i]) for i, cell in enumerate(line))
        print("  ".join(cells).rstrip(), file=ctx.stdout)
        if number == 0:
            print("  ".join("-" * width for width in widths), file=ctx.stdout)
    print(f"{len(rows)} Fall" if len(rows) == 1 else f"{len(rows)} Fälle", file=ctx.stdout)
    return 0


def handle_demo(args: argparse.Namespace, ctx: AppContext) -> int:
    from counsel_app.services.demo import load_demo_cases
    from counsel_app.services.store import open_store

    with open_store(ctx) as store:
        result = load_demo_cases(store)
    print(f"{len(result.added)} Übungsfälle geladen.", file=ctx.stdout)
    if result.skipped:
        print(
            f"{len(result.skipped)} waren schon in der Ablage und wurden übersprungen.",
            file=ctx.stdout,
        )
    return 0
