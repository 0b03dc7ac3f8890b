"""Errors of the printing layer (German, one line, for the user)."""

from __future__ import annotations

from counsel_app.errors import UserError


class PrintError(UserError):
    """Printing failed for a reason the user can act on."""


class TemplateError(PrintError):
    """A print template is broken; the message names the template file and line."""

    def __init__(self, template: str, line: int | None, detail: str) -> None:
        where = f"Vorlage {template}, Zeile {line}" if line else f"Vorlage {template}"
        super().__init__(f"{where}: {detail}")
        self.template = template
        self.line = line
