"""Argument parsing, dispatch and the error boundary of the command line."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from counsel_app import __version__
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
    "print_commands",
    "text_commands",
    "followup_commands",
    "review_commands",
)

Handler = Callable[[argparse.Namespace, AppContext], int]

EXIT_UNEXPECTED = 70


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with a one-line German error and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: Aufruf fehlerhaft: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="counsel-app",
        description="Kooperationsplan-Begleiter für Integrationsfachkräfte. "
        "Ohne Befehl startet die Oberfläche.",
    )
    parser.add_argument("--version", action="version", version=f"counsel-app {__version__}")
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
