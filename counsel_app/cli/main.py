"""Argument parsing, dispatch and the error boundary of the command line."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from counsel_app import __version__
from counsel_app.cli.common import GermanHelpFormatter
from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.paths import resolve_data_dir

# Each module has `register(subparsers)` and sets `handler(args, ctx) -> int` as default.
# Handlers import heavy libraries (database, printing, language data) inside themselves,
# so that parsing arguments and starting the GUI stay cheap.
COMMAND_MODULES: tuple[str, ...] = (
    "quality_commands",
    "store_commands",
    "case_commands",
    "retention_commands",
    "print_commands",
    "text_commands",
    "followup_commands",
    "review_commands",
)

Handler = Callable[[argparse.Namespace, AppContext], int]

EXIT_UNEXPECTED = 70


# argparse's own messages are English and not translatable without patching the module;
# these patterns cover the ones a user can provoke.
_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (.*)"), r"es fehlt: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"unbekannte Angaben: \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"),
        r"\1: \2 gibt es nicht (möglich: \3)",
    ),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 braucht einen Wert"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"\1: ungültiger Wert \3"),
    (
        re.compile(r"argument (\S+): not allowed with argument (\S+)"),
        r"\1 geht nicht zusammen mit \2",
    ),
    (re.compile(r"argument (\S+): (.*)"), r"\1: \2"),
)


def german_message(message: str) -> str:
    """argparse's English error message in German, where the pattern is known."""
    for pattern, replacement in _ARGPARSE_MESSAGES:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German headings and help, a one-line German error and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "Angaben"
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: Aufruf fehlerhaft: {german_message(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="counsel-app",
        description="Kooperationsplan-Begleiter für Integrationsfachkräfte. "
        "Ohne Befehl startet die Oberfläche.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"counsel-app {__version__}",
        help="Versionsnummer zeigen und beenden",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="Ordner der verschlüsselten Datenablage (sonst der Benutzerdatenordner)",
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"counsel_app.cli.{name}")
        module.register(subparsers)
    return parser


def run(argv: Sequence[str], ctx_factory: Callable[[argparse.Namespace], AppContext]) -> int:
    """Parse `argv`, build the context and run one command; returns the exit code."""
    args = build_parser().parse_args(list(argv))
    ctx = ctx_factory(args)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            from counsel_app.ui.app import launch_gui

            return launch_gui(ctx)
        return handler(args, ctx)
    except UserError as err:
        print(f"Fehler: {err.message}", file=ctx.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("Abgebrochen.", file=ctx.stderr)
        return 130
    except Exception as err:  # the boundary: no traceback reaches the user
        from counsel_app.crashlog import write_crash_log

        log = write_crash_log(ctx.paths, err)
        where = f" Details (ohne Falldaten): {log}" if log else ""
        print(
            f"Fehler: Unerwarteter interner Fehler ({type(err).__name__}).{where}", file=ctx.stderr
        )
        return EXIT_UNEXPECTED


def default_context(args: argparse.Namespace) -> AppContext:
    return AppContext(paths=resolve_data_dir(args.data_dir), interactive=sys.stdin.isatty())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `counsel-app` command."""
    return run(sys.argv[1:] if argv is None else argv, default_context)
