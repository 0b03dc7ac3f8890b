"""Load the fictional training cases (resources/cases/*.json) into the store."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

MAX_REFERENCE_CHARS = 64  # plan-exchange-v1: client.reference maxLength

if TYPE_CHECKING:
    from counsel_app.services.store import Store


@dataclass
class DemoResult:
    added: list[tuple[int, str]] = field(default_factory=list)  # (case id, reference)
    skipped: list[str] = field(default_factory=list)  # references already in the store


def _variant_references(files: list[Path], references: list[str]) -> list[str]:
    """References to store under. Files that share a reference (comparison pairs such as
    ``fall-02-...-a-schwach`` / ``fall-02-...-a-gut``: same person, plans of different
    quality) each get the last word of their file name added, e.g. ``TR-2026-002 (gut)``,
    so both can be looked at side by side; all other files keep their reference."""
    counts = Counter(references)
    result: list[str] = []
    for index, (path, reference) in enumerate(zip(files, references, strict=True)):
        if counts[reference] == 1:
            result.append(reference)
            continue
        variant = path.stem.rsplit("-", 1)[-1]
        candidate = f"{reference} ({variant})"
        if len(candidate) > MAX_REFERENCE_CHARS or candidate in result:
            candidate = f"{reference} ({index + 1})"[-MAX_REFERENCE_CHARS:]
        result.append(candidate)
    return result


def load_demo_cases(store: Store, folder: Path | None = None) -> DemoResult:
    """Add every training case whose reference is not in the store yet (running twice adds
    nothing). All files are read and validated before the first one is stored."""
    from counsel_app.exchange import read_case_folder
    from counsel_app.resources import resource_path

    read = read_case_folder(
        folder or resource_path("cases"), empty_message="Keine Übungsfälle gefunden in {folder}."
    )
    files = [path for path, _case in read]
    cases = [case for _path, case in read]
    wanted = _variant_references(files, [case.client.reference for case in cases])
    known = {summary.reference for summary in store.cases.list_summaries()}
    result = DemoResult()
    for case, reference in zip(cases, wanted, strict=True):
        if reference in known:
            result.skipped.append(reference)
            continue
        if reference != case.client.reference:
            case.client = dataclasses.replace(case.client, reference=reference)
        result.added.append((store.cases.add(case), reference))
        known.add(reference)
    return result
