"""Import and export of single cases as exchange files."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.exchange import FreeTextHit
    from counsel_app.services.store import Store


def import_case_file(store: Store, path: Path) -> int:
    """Validate `path` (plan-exchange-v1) and add it as a new case; returns the case id."""
    from counsel_app.exchange import read_case

    if not path.is_file():
        raise UserError(f"Die Datei {path} gibt es nicht.")
    return import_case(store, read_case(path))  # validated completely before the store


def import_case(store: Store, case: Case) -> int:
    """Add an already validated case (from `read_case`) as a new case; returns its id."""
    return store.cases.add(case)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pseudonym: str | None
    # free-text fields that still contain a word of the client's name (pseudonymised only)
    free_text_hits: list[FreeTextHit] = field(default_factory=list)


def new_pseudonym() -> str:
    """A random pseudonym (not derived from the reference, so it cannot be traced back)."""
    return "Fall-" + secrets.token_hex(3).upper()


def export_case(
    store: Store,
    case_id: int,
    out: Path,
    *,
    pseudonymise: bool,
    pseudonym: str | None = None,
) -> ExportResult:
    """Write one case as an exchange file (atomically); pseudonymised if asked for.

    For a pseudonymised export the result lists the free-text fields that still contain a
    word of the client's name: free text is the counsellor's to check (DESIGN.md §6).
    """
    from counsel_app.exchange import name_fragments_in_free_text, write_case

    if out.is_dir():
        raise UserError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    case = store.cases.get(case_id)
    hits: list[FreeTextHit] = []
    if pseudonymise:
        from counsel_app.exchange import pseudonymise as make_pseudonymous

        pseudonym = pseudonym or new_pseudonym()
        hits = name_fragments_in_free_text(case)
        case = make_pseudonymous(case, pseudonym)
    else:
        pseudonym = None
    write_case(case, out)
    return ExportResult(out, pseudonym, hits)
