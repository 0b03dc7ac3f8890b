"""`Analyser`: holds the lexicon and the dictionary file (frequencies, hyphenation), lazily."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from counsel_app.language.lexicon import Lexicon
from counsel_app.language.model import Finding, TextAnalysis

if TYPE_CHECKING:
    from counsel_app.language.grammar import Grammar
    from counsel_app.language.rules import Document

# The rule, tokenizer and grammar modules are imported on first use (see `analyse`), so that
# `import counsel_app.language` stays cheap for the GUI's start-up.


class Analyser:
    """Plain-language analyser. Cheap to create; dictionaries load on first use.

    Build one per application (the `AppContext` or a service holds it) and reuse it: it
    caches syllable counts and word frequencies. `warm_up()` loads everything at once (the
    GUI calls it in a background thread).
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._grammar: Grammar | None = None
        self._dotted: frozenset[str] | None = None
        from counsel_app.language.words import WordData

        self.words = WordData()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load()
        return self._lexicon

    @property
    def grammar(self) -> Grammar:
        if self._grammar is None:
            from counsel_app.language.grammar import Grammar

            self._grammar = Grammar.from_data(self.lexicon.grammar)
        return self._grammar

    @property
    def dotted_abbreviations(self) -> frozenset[str]:
        if self._dotted is None:
            self._dotted = frozenset(
                key for key in self.lexicon.abbreviation_rows if key.endswith(".")
            )
        return self._dotted

    def warm_up(self) -> None:
        """Load word lists, the hyphenation dictionary and word frequencies now."""
        self.words.warm_up()
        self.analyse("Die Maßnahme wird zeitnah geprüft, z. B. am 3. Mai.", "leicht")

    def close(self) -> None:
        """Close the dictionary file (it opens again if the analyser is used afterwards)."""
        self.words.close()

    def document(self, text: str) -> Document:
        """The tokenised text with its sentences (offsets into `text`)."""
        from counsel_app.language.rules import Document
        from counsel_app.language.tokens import split_sentences, tokenize

        tokens = tokenize(text, self.dotted_abbreviations)
        sentences = split_sentences(text, tokens)
        return Document(text, tokens, sentences, [token.text.casefold() for token in tokens])

    def analyse(self, text: str, level: str = "einfach") -> TextAnalysis:
        """Findings and scores for `text` at `level` (`einfach` or `leicht`)."""
        from counsel_app.language.rules import RULES, RuleContext
        from counsel_app.language.scores import compute_scores
        from counsel_app.language.tokens import WORD_KINDS

        thresholds = self.lexicon.level(level)
        doc = self.document(text)
        context = RuleContext(doc, thresholds, self.lexicon, self.grammar, self.words)
        findings: list[Finding] = []
        for rule, check in RULES.items():
            if rule in thresholds.rules:
                findings.extend(check(context))
        findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule))
        words = [token.text for token in doc.tokens if token.kind in WORD_KINDS]
        syllables = self.words.syllables
        sentence_count = sum(1 for sentence in doc.sentences if doc.sentence_words(sentence))
        scores = compute_scores(words, [syllables(word) for word in words], sentence_count)
        return TextAnalysis(level, len(words), sentence_count, scores, findings)


@cache
def default_analyser() -> Analyser:
    """The shared analyser of `analyse()`; built on first call, never at import."""
    return Analyser()


def analyse(text: str, level: str = "einfach") -> TextAnalysis:
    """Convenience: `default_analyser().analyse(text, level)`."""
    return default_analyser().analyse(text, level)
