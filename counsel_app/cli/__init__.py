"""The `counsel-app` command line: thin argparse front of the services (DESIGN.md §5)."""

from counsel_app.cli.main import main

__all__ = ["main"]
