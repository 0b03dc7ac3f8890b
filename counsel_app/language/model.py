"""Result types of the plain-language analysis (pure data, no dictionaries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LEVELS: tuple[str, ...] = ("einfach", "leicht")

RULE_IDS: tuple[str, ...] = (
    "long_sentence",
    "long_word",
    "passive_voice",
    "nominal_style",
    "subjunctive",
    "jargon",
    "abbreviation",
    "vague_term",
    "negation",
    "genitive",
    "number_word",
    "rare_word",
)

# German names of the rules, for lists and tooltips (screen and command line).
RULE_LABELS: dict[str, str] = {
    "long_sentence": "Langer Satz",
    "long_word": "Langes Wort",
    "passive_voice": "Passiv",
    "nominal_style": "Nominalstil",
    "subjunctive": "Konjunktiv",
    "jargon": "Fachwort",
    "abbreviation": "Abkürzung",
    "vague_term": "Ungenaues Wort",
    "negation": "Verneinung",
    "genitive": "Genitiv",
    "number_word": "Zahlwort",
    "rare_word": "Seltenes Wort",
}

# Findings about how a sentence is built; the rubric's `hard_to_read` hint uses these.
SENTENCE_RULES: frozenset[str] = frozenset(
    {"long_sentence", "passive_voice", "nominal_style", "subjunctive"}
)


@dataclass(frozen=True)
class Finding:
    """One problem in the text; `text == source[start:end]` (Python str offsets)."""

    rule: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Scores:
    """Readability scores (German formulas, see DESIGN.md §8)."""

    flesch_amstad: float
    wiener_sachtextformel: float
    lix: float

    def to_json(self) -> dict[str, float]:
        return {
            "flesch_amstad": self.flesch_amstad,
            "wiener_sachtextformel": self.wiener_sachtextformel,
            "lix": self.lix,
        }


@dataclass
class TextAnalysis:
    """Everything `analyse()` found in one text."""

    level: str
    words: int
    sentences: int
    scores: Scores
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Exactly the `check-text --json` object of DESIGN.md §5."""
        return {
            "level": self.level,
            "words": self.words,
            "sentences": self.sentences,
            "scores": self.scores.to_json(),
            "findings": [finding.to_json() for finding in self.findings],
        }

    def by_rule(self, rule: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.rule == rule]

    @property
    def sentence_findings(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.rule in SENTENCE_RULES]
