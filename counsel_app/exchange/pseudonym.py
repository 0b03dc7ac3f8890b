"""Pseudonymised export and the list of free-text fields that may still name the client.

Pseudonymising replaces reference, name, salutation and the counsellor's contact; it shifts
no dates and leaves free text alone. Free text is the counsellor's to check: the export
dialog shows `name_fragments_in_free_text` of the *original* case.
"""

from __future__ import annotations

import copy
import dataclasses
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from counsel_app.domain.case import Case
from counsel_app.exchange.errors import ExchangeError, PathPart, format_path

MAX_PSEUDONYM_CHARS = 64

# Words in a display name that say nothing about the person.
_HONORIFICS = frozenset({"frau", "herr", "dr", "prof", "med", "dipl", "ing", "divers"})


@dataclass(frozen=True)
class FreeTextHit:
    """A free-text field containing a word from the client's name or reference."""

    json_path: str
    label: str
    word: str


def pseudonymise(case: Case, pseudonym: str) -> Case:
    """A copy of `case` without name, reference and counsellor; the original is untouched."""
    pseudonym = pseudonym.strip()
    path = "$.client.reference"
    if not pseudonym:
        raise ExchangeError(path, "Das Pseudonym darf nicht leer sein.")
    if len(pseudonym) > MAX_PSEUDONYM_CHARS:
        raise ExchangeError(
            path, f"Das Pseudonym ist zu lang (höchstens {MAX_PSEUDONYM_CHARS} Zeichen)."
        )
    if not pseudonym.isprintable():
        raise ExchangeError(path, "Das Pseudonym enthält nicht druckbare Zeichen.")
    result = copy.deepcopy(case)
    result.client = dataclasses.replace(
        result.client,
        reference=pseudonym,
        display_name=None,
        salutation=None,
        pseudonymised=True,
    )
    result.counsellor = None
    return result


def name_fragments_in_free_text(case: Case) -> list[FreeTextHit]:
    """Every free-text field that contains a word of the client's name or reference.

    Name words are the words of `display_name` and `reference` with at least two
    characters that are not all lower case (so "von", "de" do not count, while names in
    scripts without capitals do), minus honorifics such as "Frau". A field matches when it
    contains one as a whole word, ignoring case. One hit per field and word, in document
    order.
    """
    client = case.client
    ignored = set(_HONORIFICS)
    if client.salutation:
        ignored.update(word.casefold() for word, _ in _words(client.salutation))
    name_words: set[str] = set()
    for source in (client.display_name, client.reference):
        for word, _ in _words(source or ""):
            folded = word.casefold()
            if len(word) >= 2 and not word.islower() and folded not in ignored:
                name_words.add(folded)
    if not name_words:
        return []
    hits: list[FreeTextHit] = []
    for path, label, text in _free_texts(case):
        seen: set[str] = set()
        for word, folded in _words(text):
            if folded in name_words and folded not in seen:
                seen.add(folded)
                hits.append(FreeTextHit(format_path(path), label, word))
    return hits


def _words(text: str) -> Iterator[tuple[str, str]]:
    """Whole words (letters, digits, combining marks) as (word, case-folded word)."""
    text = unicodedata.normalize("NFC", text)
    start: int | None = None
    for index, ch in enumerate(f"{text} "):
        if ch.isalnum() or unicodedata.category(ch) in {"Mn", "Mc"}:
            if start is None:
                start = index
        elif start is not None:
            word = text[start:index]
            yield word, word.casefold()
            start = None


def _free_texts(case: Case) -> Iterator[tuple[list[PathPart], str, str]]:
    """(JSON path, German label, text) of every free-text field that is set."""
    analysis, plan = case.potential_analysis, case.plan
    candidates: list[tuple[list[PathPart], str, str | None]] = []
    for i, strength in enumerate(analysis.strengths):
        candidates.append(
            (["potential_analysis", "strengths", i, "text"], f"Stärke {i + 1}", strength.text)
        )
    for i, obstacle in enumerate(analysis.obstacles):
        base: list[PathPart] = ["potential_analysis", "obstacles", i]
        label = f"Erschwerender Umstand {i + 1}"
        candidates.append(([*base, "text"], label, obstacle.text))
        candidates.append(
            (
                [*base, "deferred_reason"],
                f"{label}: Grund für Zurückstellung",
                obstacle.deferred_reason,
            )
        )
    candidates.append(
        (
            ["potential_analysis", "client_view"],
            "Sicht der Kundin / des Kunden",
            analysis.client_view,
        )
    )
    for i, goal in enumerate(plan.goals):
        base = ["plan", "goals", i]
        candidates.append(([*base, "text"], f"Ziel {i + 1}", goal.text))
        candidates.append(
            ([*base, "client_words"], f"Ziel {i + 1}: in eigenen Worten", goal.client_words)
        )
        for level, level_text in sorted((goal.gas or {}).items()):
            candidates.append(
                ([*base, "gas", str(level)], f"Ziel {i + 1}: GAS-Stufe {level:+d}", level_text)
            )
    for i, step in enumerate(plan.steps):
        base = ["plan", "steps", i]
        label = f"Schritt {i + 1}"
        candidates.append(([*base, "text"], label, step.text))
        candidates.append(
            ([*base, "plain_text"], f"{label}: Text für den Ausdruck", step.plain_text)
        )
        candidates.append(([*base, "frequency"], f"{label}: Häufigkeit", step.frequency))
        candidates.append(
            ([*base, "success_criterion"], f"{label}: Erfolgskriterium", step.success_criterion)
        )
    for i, follow_up in enumerate(plan.follow_ups):
        candidates.append(
            (["plan", "follow_ups", i, "note"], f"Wiedervorlage {i + 1}: Notiz", follow_up.note)
        )
    for i, review in enumerate(plan.reviews):
        candidates.append(
            (["plan", "reviews", i, "note"], f"Überprüfung {i + 1}: Notiz", review.note)
        )
    for path, label, text in candidates:
        if text:
            yield path, label, text
