"""Argument helpers shared by several commands."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.context import AppContext
from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case


def add_case_source(parser: argparse.ArgumentParser) -> None:
    """`CASE` (id or reference in the store) or `--file FILE.json` (no store needed)."""
    parser.add_argument("case", nargs="?", metavar="FALL", help="Fall-Nummer oder Kundennummer")
    parser.add_argument("--file", metavar="DATEI.json", help="Austauschdatei statt der Ablage")


def load_case(args: argparse.Namespace, ctx: AppContext) -> Case:
    """The case named on the command line; `--file` never opens the store."""
    if args.file and args.case:
        raise UserError("Bitte entweder FALL oder --file angeben, nicht beides.")
    if args.file:
        from counsel_app.exchange import read_case

        return read_case(Path(args.file))
    if not args.case:
        raise UserError("Bitte eine Fall-Nummer (siehe 'counsel-app list') oder --file angeben.")
    from counsel_app.services.store import open_store

    with open_store(ctx) as store:
        return store.cases.get(store.cases.resolve(args.case))


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_today(value: str | None) -> date | None:
    """The `--today` option: None when absent, else the day; a German `UserError` otherwise.

    Only YYYY-MM-DD is accepted (not the other ISO forms `date.fromisoformat` knows, such as
    20261121 or 2026-W47-6). None stays None because callers such as printing and the
    caseload PDF treat "no fixed day" differently from "today" (reproducible output);
    callers that only need a day write `parse_today(args.today) or date.today()`.
    """
    if value is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(
            f"--today: „{value}“ ist kein Datum im Format JJJJ-MM-TT (zum Beispiel 2026-11-21)."
        ) from None


class GermanUsage:
    """Mixin for argparse help formatters: the usage line starts with "Aufruf:"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        prefix = "Aufruf: " if prefix is None else prefix
        super().add_usage(usage, actions, groups, prefix)  # type: ignore[misc]


class GermanHelpFormatter(GermanUsage, argparse.HelpFormatter):
    """The default formatter of every parser of the program."""


class GermanRawDescriptionHelpFormatter(GermanUsage, argparse.RawDescriptionHelpFormatter):
    """For help texts with their own line breaks."""
