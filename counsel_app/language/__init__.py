"""Plain-language analysis of German text (DESIGN.md §8): pure Python, no Qt, no database.

Importing this package is cheap: the hyphenation dictionary, word frequencies and word lists
load on first use, on the `Analyser` (or its `Lexicon`) that holds them.
"""

from __future__ import annotations

from counsel_app.language.analyser import Analyser, analyse, default_analyser
from counsel_app.language.lexicon import Lexicon, Thresholds
from counsel_app.language.model import (
    LEVELS,
    RULE_IDS,
    RULE_LABELS,
    SENTENCE_RULES,
    Finding,
    Scores,
    TextAnalysis,
)

__all__ = [
    "LEVELS",
    "RULE_IDS",
    "RULE_LABELS",
    "SENTENCE_RULES",
    "Analyser",
    "Finding",
    "Lexicon",
    "Scores",
    "TextAnalysis",
    "Thresholds",
    "analyse",
    "default_analyser",
]
