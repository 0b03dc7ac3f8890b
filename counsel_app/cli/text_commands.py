"""`counsel-app check-text`: plain-language check of a text file or stdin (no store needed)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.context import AppContext
from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.language import TextAnalysis


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-text",
        help="Text auf Einfache oder Leichte Sprache prüfen",
        description="Prüft einen deutschen Text auf Einfache oder Leichte Sprache "
        "(ohne Datenablage).",
    )
    parser.add_argument(
        "--level",
        choices=("einfach", "leicht"),
        default="einfach",
        help="Sprachstufe: einfach (Einfache Sprache, Standard) oder leicht (Leichte Sprache)",
    )
    parser.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="DATEI",
        help="Textdatei (UTF-8); '-' = Standardeingabe",
    )
    parser.set_defaults(handler=handle_check_text)


def read_text(source: str, ctx: AppContext) -> str:
    if source == "-":
        return ctx.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"Datei nicht gefunden: {source}") from None
    except IsADirectoryError:
        raise UserError(f"{source} ist ein Ordner, keine Textdatei.") from None
    except UnicodeDecodeError:
        raise UserError(f"Datei {source} ist keine UTF-8-Textdatei.") from None
    except OSError as err:
        raise UserError(f"Datei {source} kann nicht gelesen werden: {err.strerror}.") from None


def handle_check_text(args: argparse.Namespace, ctx: AppContext) -> int:
    text = read_text(args.file, ctx)
    from counsel_app.language import Analyser

    analyser = Analyser()
    analysis = analyser.analyse(text, args.level)
    if args.json:
        json.dump(analysis.to_json(), ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
    else:
        sentences = [(s.start, s.end) for s in analyser.document(text).sentences]
        ctx.stdout.write(format_report(text, analysis, sentences))
    return 0


def format_report(text: str, analysis: TextAnalysis, sentences: list[tuple[int, int]]) -> str:
    """A readable German report: each sentence with its findings, then the scores."""
    from counsel_app.language.scores import interpret

    level = "Einfache Sprache" if analysis.level == "einfach" else "Leichte Sprache"
    lines = [
        f"Prüfung auf {level}: {analysis.words} Wörter, {analysis.sentences} Sätze, "
        f"{len(analysis.findings)} Hinweise.",
        "",
    ]
    remaining = list(analysis.findings)
    for number, (start, end) in enumerate(sentences, start=1):
        inside = [f for f in remaining if start <= f.start < end]
        if not inside:
            continue
        remaining = [f for f in remaining if f not in inside]
        lines.append(f"Satz {number}: {_marked(text, start, end, inside)}")
        lines.extend(_finding_lines(inside))
        lines.append("")
    lines.extend(_finding_lines(remaining))
    if not analysis.findings:
        lines.append("Keine Hinweise: Der Text erfüllt die geprüften Regeln.")
        lines.append("")
    scores = analysis.scores
    lines.append(
        f"Lesbarkeit: Flesch-Amstad {scores.flesch_amstad:.1f}, "
        f"Wiener Sachtextformel {scores.wiener_sachtextformel:.1f}, LIX {scores.lix:.1f}"
    )
    lines.append(interpret(scores))
    return "\n".join(lines) + "\n"


def _finding_lines(findings: list[Any]) -> list[str]:
    from counsel_app.language import RULE_LABELS

    lines: list[str] = []
    for finding in findings:
        name = RULE_LABELS.get(finding.rule, finding.rule)
        if finding.rule == "long_sentence":
            lines.append(f"  - {name}: {finding.message}")
        else:
            lines.append(f"  - {name} „{finding.text}“: {finding.message}")
        if finding.suggestion:
            lines.append(f"    Vorschlag: {finding.suggestion}")
    return lines


def _marked(text: str, start: int, end: int, findings: list[Any]) -> str:
    """The sentence with word-level findings in [eckigen Klammern] (one line)."""
    marks = sorted((f.start, f.end) for f in findings if f.rule != "long_sentence" and f.end <= end)
    out: list[str] = []
    position = start
    for mark_start, mark_end in marks:
        if mark_start < position:
            continue
        out.append(text[position:mark_start])
        out.append(f"[{text[mark_start:mark_end]}]")
        position = mark_end
    out.append(text[position:end])
    return " ".join("".join(out).split())
