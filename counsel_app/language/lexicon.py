"""Word lists and thresholds from `resources/language/` (editable by trainers, no Python).

Files are read once, when a `Lexicon` is loaded (on first use by an `Analyser`), never at
import time. Every list is a `;`-separated CSV file with `#` comment lines, or TOML.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.language.matching import TermMatcher

JARGON_FILE = "jargon.csv"
ABBREVIATIONS_FILE = "abbreviations.csv"
VAGUE_FILE = "vague_terms.csv"
SANCTION_FILE = "sanction_terms.csv"
NOMINAL_FILE = "nominal_style.csv"
THRESHOLDS_FILE = "thresholds.toml"
GRAMMAR_FILE = "grammar.toml"


@dataclass(frozen=True)
class Thresholds:
    """Limits of one level (`einfach` or `leicht`), from `thresholds.toml`."""

    level: str
    max_sentence_words: int
    max_word_syllables: int
    split_compound_syllables: int | None
    rare_word_zipf: float
    rules: frozenset[str]


@dataclass(frozen=True)
class Abbreviation:
    """One row of `abbreviations.csv`."""

    abbreviation: str
    written_out: str
    plain: str
    level: str  # "einfach": flagged at both levels; "leicht": only in Leichte Sprache


@dataclass(frozen=True)
class VagueTerm:
    """One row of `vague_terms.csv`."""

    term: str
    suggestion: str
    ok_with_number: bool


@dataclass
class Lexicon:
    """All word lists and thresholds; build it with `Lexicon.load()`."""

    jargon: dict[str, str]
    abbreviations: dict[str, str]
    abbreviation_rows: dict[str, Abbreviation]
    vague_terms: tuple[str, ...]
    vague_rows: dict[str, VagueTerm]
    sanction_terms: tuple[str, ...]
    nominal_patterns: dict[str, str]
    thresholds: dict[str, Thresholds]
    grammar: dict[str, Any]
    _matchers: dict[tuple[tuple[str, ...], bool], TermMatcher] = field(
        default_factory=dict, repr=False, compare=False
    )
    _level_matchers: dict[str, TermMatcher] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, root: Path | None = None) -> Lexicon:
        """Read every list from `root` (default: the bundled `resources/language`)."""
        if root is None:
            from counsel_app.resources import resource_path

            root = resource_path("language")
        jargon = {row[0]: row[1] for row in _read_rows(root / JARGON_FILE, 2)}
        abbreviation_rows: dict[str, Abbreviation] = {}
        for row in _read_rows(root / ABBREVIATIONS_FILE, 3):
            level = row[3] if len(row) > 3 and row[3] else "einfach"
            abbreviation_rows[row[0]] = Abbreviation(row[0], row[1], row[2] or row[1], level)
        vague_rows: dict[str, VagueTerm] = {}
        for row in _read_rows(root / VAGUE_FILE, 2):
            ok_with_number = len(row) > 2 and row[2].strip().lower() in {"ja", "yes", "1", "x"}
            vague_rows[row[0]] = VagueTerm(row[0], row[1], ok_with_number)
        sanction = tuple(row[0] for row in _read_rows(root / SANCTION_FILE, 1))
        nominal = {
            row[0]: (row[1] if len(row) > 1 else "") for row in _read_rows(root / NOMINAL_FILE, 1)
        }
        return cls(
            jargon=jargon,
            abbreviations={key: row.written_out for key, row in abbreviation_rows.items()},
            abbreviation_rows=abbreviation_rows,
            vague_terms=tuple(vague_rows),
            vague_rows=vague_rows,
            sanction_terms=sanction,
            nominal_patterns=nominal,
            thresholds=_read_thresholds(root / THRESHOLDS_FILE),
            grammar=_read_toml(root / GRAMMAR_FILE),
        )

    def level(self, level: str) -> Thresholds:
        """Thresholds of `level`; a German `UserError` for an unknown level."""
        try:
            return self.thresholds[level]
        except KeyError:
            known = ", ".join(sorted(self.thresholds))
            raise UserError(f"Unbekannte Sprachstufe '{level}' (möglich: {known}).") from None

    def matcher(self, terms: Iterable[str], case_sensitive: bool = False) -> TermMatcher:
        """A cached matcher for `terms` (see `TermMatcher` for the term syntax)."""
        key = (tuple(terms), case_sensitive)
        matcher = self._matchers.get(key)
        if matcher is None:
            from counsel_app.language.matching import TermMatcher

            matcher = TermMatcher(key[0], case_sensitive=case_sensitive)
            self._matchers[key] = matcher
        return matcher

    def find_terms(
        self, text: str, terms: Sequence[str], case_sensitive: bool = False
    ) -> list[tuple[int, int, str]]:
        """`(start, end, term)` for each occurrence of one of `terms` in `text`.

        Matching ignores case (unless `case_sensitive`), allows German endings on each word
        ("Maßnahmen", "sozialversicherungspflichtigen") and treats a trailing `*` in a term as
        "any ending" ("droh*" finds "droht", "drohende"). `text[start:end]` is the match;
        overlapping matches keep the longest, leftmost one.
        """
        return self.matcher(terms, case_sensitive).find(text)

    def find_vague(self, text: str) -> list[tuple[int, int, str]]:
        return self.find_terms(text, self.vague_terms)

    def find_sanction(self, text: str) -> list[tuple[int, int, str]]:
        return self.find_terms(text, self.sanction_terms)

    def find_jargon(self, text: str) -> list[tuple[int, int, str]]:
        """Glossary terms and abbreviations (what the rubric's `jargon` hint needs)."""
        found = self.find_terms(text, tuple(self.jargon))
        found += self.abbreviation_matcher(leicht=True).find(text)
        return sorted(found)

    def abbreviation_matcher(self, leicht: bool) -> TermMatcher:
        """Abbreviations to report at a level; "ggf." also matches "Ggf." at a sentence start."""
        key = "leicht" if leicht else "einfach"
        matcher = self._level_matchers.get(key)
        if matcher is None:
            from counsel_app.language.matching import TermMatcher

            terms = [
                variant
                for variant, row in self._abbreviation_variants.items()
                if leicht or row.level != "leicht"
            ]
            matcher = TermMatcher(terms, case_sensitive=True)
            self._level_matchers[key] = matcher
        return matcher

    def abbreviation_for(self, matched_term: str) -> Abbreviation | None:
        return self._abbreviation_variants.get(matched_term)

    @cached_property
    def _abbreviation_variants(self) -> dict[str, Abbreviation]:
        variants: dict[str, Abbreviation] = {}
        for key, row in self.abbreviation_rows.items():
            variants[key] = row
            if key[:1].islower():
                variants.setdefault(key[:1].upper() + key[1:], row)
        return variants

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Every word of every list, lower case (not reported as `rare_word`)."""
        terms = [
            *self.jargon,
            *self.jargon.values(),
            *self.abbreviation_rows,
            *self.vague_terms,
            *self.sanction_terms,
            *self.nominal_patterns,
        ]
        return frozenset(
            word.casefold().strip('.,;:()*‚‘„“"')
            for term in terms
            for word in term.replace("/", " ").split()
        )

    def plain_word(self, term: str) -> str | None:
        """The plain replacement of a glossary term or abbreviation found by `find_*`."""
        if term in self.jargon:
            return self.jargon[term]
        row = self.abbreviation_for(term)
        if row is not None:
            return row.plain
        return None


def _read_rows(path: Path, min_columns: int) -> list[list[str]]:
    """Rows of a `;`-separated file; `#` lines, blank lines and the header row are skipped."""
    import csv

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise UserError(f"Wortliste {path} kann nicht gelesen werden: {err.strerror}.") from err
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    rows: list[list[str]] = []
    for number, row in enumerate(csv.reader(lines, delimiter=";")):
        cells = [cell.strip() for cell in row]
        if number == 0:
            continue  # header row
        if len(cells) < min_columns or not cells[0]:
            raise UserError(
                f"Wortliste {path.name}: Zeile '{';'.join(row)}' hat weniger als "
                f"{min_columns} Spalten."
            )
        rows.append(cells)
    return rows


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as err:
        raise UserError(f"Datei {path} kann nicht gelesen werden: {err.strerror}.") from err
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"Datei {path.name} ist kein gültiges TOML: {err}.") from err


def _read_thresholds(path: Path) -> dict[str, Thresholds]:
    data = _read_toml(path)
    result: dict[str, Thresholds] = {}
    for level, values in data.items():
        if not isinstance(values, dict):
            continue
        try:
            split = values.get("split_compound_syllables")
            result[level] = Thresholds(
                level=level,
                max_sentence_words=int(values["max_sentence_words"]),
                max_word_syllables=int(values["max_word_syllables"]),
                split_compound_syllables=int(split) if split is not None else None,
                rare_word_zipf=float(values["rare_word_zipf"]),
                rules=frozenset(str(rule) for rule in values["rules"]),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise UserError(f"{path.name}: Stufe '{level}' ist unvollständig ({err}).") from err
    return result
