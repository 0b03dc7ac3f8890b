"""`counsel-app quality (CASE | --file FILE.json) [--json] [--today YYYY-MM-DD]`."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from counsel_app.cli.common import (
    GermanRawDescriptionHelpFormatter,
    add_case_source,
    load_case,
    parse_today,
)
from counsel_app.context import AppContext

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.quality import QualityReport

_WEIGHTS = "\x00weights-table"
BAR_WIDTH = 10
REFLECTION_NOTE = (
    "Diese Rückmeldung dient Ihrer eigenen Reflexion. "
    "Sie ist keine Bewertung und keine Rangliste von Mitarbeitenden."
)


class _HelpFormatter(GermanRawDescriptionHelpFormatter):
    """Shows the weights table (read from resources/quality/) only when help is printed."""

    def add_text(self, text: str | None) -> None:
        if text == _WEIGHTS:
            from counsel_app.quality import default_rubric

            text = default_rubric().weights_table()
        super().add_text(text)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "quality",
        help="Rückmeldung zur Qualität eines Kooperationsplans",
        description="Prüft einen Kooperationsplan nach den Qualitätskriterien "
        "(Vollständigkeit, Überprüfbarkeit, Stimmigkeit, Bedeutsamkeit, Beteiligung, "
        "Verständlichkeit, Nachhaltung) und zeigt Hinweise mit Vorschlägen.",
        epilog=_WEIGHTS,
        formatter_class=_HelpFormatter,
    )
    add_case_source(parser)
    parser.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    parser.add_argument(
        "--today",
        metavar="JJJJ-MM-TT",
        help="Stichtag statt des heutigen Datums (für reproduzierbare Ausgaben)",
    )
    parser.set_defaults(handler=handle)


def _bar(value: int) -> str:
    filled = round(value * BAR_WIDTH / 100)
    return "[" + "#" * filled + "-" * (BAR_WIDTH - filled) + "]"


def format_report(report: QualityReport, case: Case, today: date) -> str:
    """The readable German report of the command."""
    from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS

    width = max(len(label) for label in DIMENSION_LABELS.values())
    lines = [
        f"Qualität des Kooperationsplans – {case.client.reference}, "
        f"Stand {today.strftime('%d.%m.%Y')}",
        "",
        f"{'Gesamt':<{width}}  {_bar(report.overall)} {report.overall:>3} von 100",
        "",
    ]
    for name in DIMENSIONS:
        value = report.dimensions[name]
        lines.append(f"{DIMENSION_LABELS[name]:<{width}}  {_bar(value)} {value:>3}")
    lines.append("")
    if not report.hints:
        lines.append("Keine Hinweise.")
    else:
        lines.append(f"Hinweise ({len(report.hints)}):")
        for name, hints in report.by_dimension().items():
            if not hints:
                continue
            lines += ["", f"{DIMENSION_LABELS[name]}:"]
            for hint in hints:
                lines.append(f"  * {hint.message}")
                lines.append(f"    Vorschlag: {hint.suggestion}")
    lines += ["", REFLECTION_NOTE]
    return "\n".join(lines)


def handle(args: argparse.Namespace, ctx: AppContext) -> int:
    import json

    from counsel_app.quality import assess

    today = parse_today(args.today) or date.today()
    case = load_case(args, ctx)
    report = assess(case, today)
    if args.json:
        text = json.dumps(report.to_json(), ensure_ascii=False, indent=2)
    else:
        text = format_report(report, case, today)
    print(text, file=ctx.stdout)
    return 0
