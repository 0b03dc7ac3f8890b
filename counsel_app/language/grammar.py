"""Grammar word lists from `grammar.toml`, as sets, and word-shape tests built on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counsel_app.errors import UserError

CLEAR = "clear"
AMBIGUOUS = "ambiguous"


def _words(data: dict[str, Any], section: str, key: str) -> frozenset[str]:
    try:
        values = data[section][key]
    except KeyError:
        raise UserError(f"grammar.toml: Eintrag [{section}] {key} fehlt.") from None
    return frozenset(str(value).casefold() for value in values)


@dataclass(frozen=True)
class Grammar:
    werden_present: frozenset[str]
    werden_past: frozenset[str]
    separable: tuple[str, ...]
    inseparable: tuple[str, ...]
    ge_infinitives: frozenset[str]
    strong_participles: frozenset[str]
    ambiguous_participles: frozenset[str]
    not_participles: frozenset[str]
    clause_words: frozenset[str]
    perfect_infinitives: frozenset[str]
    subjunctive: dict[str, str]
    past_markers: frozenset[str]
    negations: frozenset[str]
    negation_second: frozenset[str]
    un_exceptions: frozenset[str]
    genitive_prepositions: frozenset[str]
    genitive_articles: frozenset[str]
    genitive_always: frozenset[str]
    not_nouns: frozenset[str]
    nominal_endings: tuple[str, ...]
    nominal_exceptions: frozenset[str]
    nominal_prepositions: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Grammar:
        def longest_first(values: frozenset[str]) -> tuple[str, ...]:
            return tuple(sorted(values, key=len, reverse=True))

        forms = data.get("subjunctive", {}).get("forms", {})
        return cls(
            werden_present=_words(data, "passive", "present"),
            werden_past=_words(data, "passive", "past"),
            separable=longest_first(_words(data, "passive", "separable_prefixes")),
            inseparable=longest_first(_words(data, "passive", "inseparable_prefixes")),
            ge_infinitives=_words(data, "passive", "ge_infinitives"),
            strong_participles=_words(data, "passive", "strong_participles"),
            ambiguous_participles=_words(data, "passive", "ambiguous_participles"),
            not_participles=_words(data, "passive", "not_participles"),
            clause_words=_words(data, "passive", "clause_words"),
            perfect_infinitives=_words(data, "passive", "perfect_infinitives"),
            subjunctive={str(key).casefold(): str(value) for key, value in forms.items()},
            past_markers=_words(data, "subjunctive", "past_markers"),
            negations=_words(data, "negation", "words"),
            negation_second=_words(data, "negation", "second"),
            un_exceptions=_words(data, "negation", "un_exceptions"),
            genitive_prepositions=_words(data, "genitive", "prepositions"),
            genitive_articles=_words(data, "genitive", "articles"),
            genitive_always=_words(data, "genitive", "always"),
            not_nouns=_words(data, "genitive", "not_nouns"),
            nominal_endings=longest_first(_words(data, "nominal", "endings")),
            nominal_exceptions=_words(data, "nominal", "exceptions"),
            nominal_prepositions=_words(data, "nominal", "prepositions"),
        )

    @property
    def werden(self) -> frozenset[str]:
        return self.werden_present | self.werden_past

    def participle(self, word: str) -> str | None:
        """`CLEAR`, `AMBIGUOUS` (same form as the infinitive) or `None` for a lower-case word."""
        if len(word) < 5 or word in self.not_participles:
            return None
        if word in self.ambiguous_participles:
            return AMBIGUOUS
        if word in self.strong_participles:
            return CLEAR
        if word.endswith("iert") and len(word) > 6:
            return CLEAR
        stems = [word]
        for prefix in self.separable:
            if word.startswith(prefix) and len(word) - len(prefix) >= 5:
                stems.append(word[len(prefix) :])
                break
        for stem in stems:
            if stem in self.not_participles or stem in self.ge_infinitives:
                continue
            if stem in self.strong_participles:
                return CLEAR
            if stem.startswith("ge") and len(stem) >= 5 and stem.endswith(("t", "en")):
                return CLEAR
            for prefix in self.inseparable:
                if stem.startswith(prefix) and len(stem) >= len(prefix) + 4:
                    if stem.endswith("t") and not stem.endswith("st"):
                        return CLEAR
                    break
        return None

    def nominalisation(self, word: str) -> bool:
        """A capitalised noun ending in -ung, -heit, -keit, -tion, -ierung, -nahme."""
        if len(word) < 7 or not word[:1].isupper():
            return False
        lowered = word.casefold()
        if lowered in self.nominal_exceptions:
            return False
        return lowered.endswith(self.nominal_endings)
