"""The plain-language rules. Each takes a `Document` and yields `Finding`s.

Messages and suggestions are German; every finding's `text` is `source[start:end]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from counsel_app.language.grammar import AMBIGUOUS, CLEAR, Grammar
from counsel_app.language.lexicon import Lexicon, Thresholds
from counsel_app.language.matching import find_groups
from counsel_app.language.model import Finding
from counsel_app.language.numbers import parse_number_word
from counsel_app.language.tokens import (
    MONTH_NAMES,
    NUMBER,
    PUNCT,
    WORD,
    WORD_KINDS,
    Sentence,
    Token,
)
from counsel_app.language.words import WordData

_CLAUSE_PUNCT = frozenset(',;:()[]–—"“”„»«')
_HAS_DIGIT = re.compile(r"\d")
_WEEKDAYS_MONTHS = (
    frozenset(
        [
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "montags",
            "dienstags",
            "mittwochs",
            "donnerstags",
            "freitags",
            "samstags",
            "sonntags",
            "täglich",
            "wöchentlich",
            "monatlich",
            "jährlich",
        ]
    )
    | MONTH_NAMES
)
_TITLES = frozenset({"frau", "herr", "herrn", "familie", "dr.", "prof.", "fr.", "hr."})
_SPLIT_WORDS = frozenset({"und", "weil", "damit", "wenn", "dass", "aber"})
LEVEL_NAMES = {"einfach": "Einfache Sprache", "leicht": "Leichte Sprache"}


@dataclass
class Document:
    """A tokenised text with its sentences and lower-cased tokens."""

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    lowered: list[str]

    def span(
        self, rule: str, start: int, end: int, message: str, suggestion: str | None
    ) -> Finding:
        return Finding(rule, start, end, self.text[start:end], message, suggestion)

    def sentence_words(self, sentence: Sentence) -> list[int]:
        tokens = self.tokens
        return [i for i in range(sentence.first, sentence.last) if tokens[i].kind in WORD_KINDS]

    def clauses(self, sentence: Sentence, clause_words: frozenset[str]) -> Iterator[list[int]]:
        """Word-token indices per clause (split at , ; : brackets and coordinating words)."""
        current: list[int] = []
        for i in range(sentence.first, sentence.last):
            token = self.tokens[i]
            if token.kind == PUNCT:
                if token.text in _CLAUSE_PUNCT and current:
                    yield current
                    current = []
                continue
            if self.lowered[i] in clause_words:
                if current:
                    yield current
                current = []
                continue
            current.append(i)
        if current:
            yield current


@dataclass
class RuleContext:
    doc: Document
    level: Thresholds
    lexicon: Lexicon
    grammar: Grammar
    words: WordData

    @cached_property
    def term_hits(self) -> dict[str, list[tuple[int, int, str]]]:
        """Word-list matches of the enabled list rules, found in one scan of the text."""
        lexicon = self.lexicon
        matchers = {
            "nominal_style": lexicon.matcher(tuple(lexicon.nominal_patterns)),
            "jargon": lexicon.matcher(tuple(lexicon.jargon)),
            "abbreviation": lexicon.abbreviation_matcher(self.level.level == "leicht"),
            "vague_term": lexicon.matcher(lexicon.vague_terms),
        }
        enabled = {name: m for name, m in matchers.items() if name in self.level.rules}
        return find_groups(enabled, self.doc.text)

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES.get(self.level.level, self.level.level)


# --- sentence rules ------------------------------------------------------------------------


def long_sentence(ctx: RuleContext) -> Iterator[Finding]:
    doc = ctx.doc
    limit = ctx.level.max_sentence_words
    for sentence in doc.sentences:
        words = doc.sentence_words(sentence)
        if len(words) <= limit:
            continue
        end = doc.tokens[sentence.last - 1].end
        yield doc.span(
            "long_sentence",
            sentence.start,
            end,
            f"Der Satz hat {len(words)} Wörter; für {ctx.level_name} höchstens {limit}.",
            _split_hint(doc, sentence, words),
        )


def _split_hint(doc: Document, sentence: Sentence, words: list[int]) -> str:
    """Suggest a place to split: the comma or conjunction nearest to the middle."""
    middle = (words[0] + words[-1]) / 2
    best: int | None = None
    for i in range(sentence.first + 2, sentence.last - 2):
        token = doc.tokens[i]
        splits = token.text in {",", ";", ":"} or doc.lowered[i] in _SPLIT_WORDS
        if splits and (best is None or abs(i - middle) < abs(best - middle)):
            best = i
    base = "Ein Gedanke pro Satz: in zwei oder mehr kurze Sätze teilen"
    if best is None:
        return base + "."
    token = doc.tokens[best]
    if token.kind == PUNCT:
        return f"{base}, z. B. nach ‚{doc.tokens[best - 1].text}{token.text}‘."
    return f"{base}, z. B. vor ‚{token.text}‘."


def passive_voice(ctx: RuleContext) -> Iterator[Finding]:
    doc, grammar = ctx.doc, ctx.grammar
    werden = grammar.werden
    for sentence in doc.sentences:
        for clause in doc.clauses(sentence, grammar.clause_words):
            aux = [i for i in clause if doc.lowered[i] in werden]
            if not aux:
                continue
            for a in aux:
                past = doc.lowered[a] in grammar.werden_past
                if not past and any(doc.lowered[i] in grammar.perfect_infinitives for i in clause):
                    continue  # "Sie werden es gemacht haben": future perfect
                best: int | None = None
                for i in clause:
                    token = doc.tokens[i]
                    if i == a or token.kind != WORD or not token.text[:1].islower():
                        continue
                    kind = grammar.participle(doc.lowered[i])
                    usable = kind == CLEAR or (kind == AMBIGUOUS and past)
                    if usable and (best is None or abs(i - a) < abs(best - a)):
                        best = i
                if best is None:
                    continue
                first, last = min(a, best), max(a, best)
                yield doc.span(
                    "passive_voice",
                    doc.tokens[first].start,
                    doc.tokens[last].end,
                    "Passiv: Es bleibt offen, wer handelt.",
                    _active_hint(grammar, doc.lowered[best]),
                )
                break


def _active_hint(grammar: Grammar, participle: str) -> str:
    """ "geprüft" -> "Wir prüfen …"; "ausgezahlt" -> "Wir zahlen … aus"."""
    base = "Aktiv schreiben und sagen, wer es tut"
    particle = ""
    word = participle
    for prefix in grammar.separable:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest.startswith("ge") and len(rest) >= 5:
            particle, word = prefix, rest
            break
    if word.endswith("iert"):
        verb = word[:-1] + "en"
    elif word.endswith("t") and not word.endswith("en"):
        stem = word[:-2] if word.endswith("et") else word[:-1]
        if stem.startswith("ge") and stem + "en" not in grammar.ge_infinitives:
            stem = stem[2:]
        verb = stem + ("n" if stem.endswith(("el", "er")) else "en")
    else:
        return f"{base}: z. B. ‚Das Jobcenter …‘ oder ‚Sie …‘."
    phrase = f"Wir {verb} … {particle}".rstrip()
    return f"{base}: z. B. ‚{phrase}‘."


def nominal_style(ctx: RuleContext) -> Iterator[Finding]:
    doc, grammar = ctx.doc, ctx.grammar
    taken: list[tuple[int, int]] = []
    phrases = ctx.term_hits["nominal_style"]
    for start, end, term in phrases:
        taken.append((start, end))
        suggestion = ctx.lexicon.nominal_patterns.get(term) or "Mit einem Verb schreiben."
        yield doc.span("nominal_style", start, end, f"Nominalstil: ‚{term}‘.", suggestion)
    tokens, lowered = doc.tokens, doc.lowered
    for sentence in doc.sentences:
        i = sentence.first
        while i < sentence.last:
            if tokens[i].kind != WORD or not grammar.nominalisation(tokens[i].text):
                i += 1
                continue
            # A chain: Nomen (+ Artikel/Präposition) + Nomen ... "Durchführung der Eingliederung"
            chain_end = i
            j = i + 1
            while j < sentence.last:
                if tokens[j].kind == WORD and grammar.nominalisation(tokens[j].text):
                    chain_end = j
                    j += 1
                elif (
                    lowered[j]
                    in {"der", "des", "einer", "eines", "zur", "zum", "von", "für", "bei"}
                    and j + 1 < sentence.last
                ):
                    j += 1
                else:
                    break
            start_index = i
            if (
                i > sentence.first
                and lowered[i - 1] in grammar.nominal_prepositions
                and lowered[i - 1] in {"zur", "zum"}
            ):
                start_index = i - 1
            if chain_end > i or start_index < i:
                start, end = tokens[start_index].start, tokens[chain_end].end
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    verb = _verb_for(tokens[i].text)
                    yield doc.span(
                        "nominal_style",
                        start,
                        end,
                        "Nominalstil: mehrere Hauptwörter auf -ung, -heit, -keit, -tion."
                        if chain_end > i
                        else f"Nominalstil: ‚{tokens[start_index].text} {tokens[i].text}‘.",
                        f"Mit einem Verb schreiben, z. B. ‚{verb}‘."
                        if verb
                        else "Mit einem Verb schreiben.",
                    )
            i = chain_end + 1


def _verb_for(noun: str) -> str | None:
    lowered = noun.casefold()
    if lowered.endswith("ierung"):
        return lowered[:-6] + "ieren"
    if lowered.endswith("ung") and len(lowered) > 6:
        stem = lowered[:-3]
        return stem + ("n" if stem.endswith(("el", "er")) else "en")
    return None


def subjunctive(ctx: RuleContext) -> Iterator[Finding]:
    doc, grammar = ctx.doc, ctx.grammar
    forms = grammar.subjunctive
    for sentence in doc.sentences:
        past: bool | None = None
        for i in range(sentence.first, sentence.last):
            word = doc.lowered[i]
            instead = forms.get(word)
            if instead is None or doc.tokens[i].kind != WORD:
                continue
            if word.startswith("sollte"):
                if past is None:
                    past = any(
                        doc.lowered[k] in grammar.past_markers
                        for k in range(sentence.first, sentence.last)
                    )
                if past:
                    continue
            token = doc.tokens[i]
            yield doc.span(
                "subjunctive",
                token.start,
                token.end,
                f"Konjunktiv ‚{token.text}‘ klingt unsicher oder indirekt.",
                f"Direkt schreiben: {instead}"
                if instead.startswith("Präsens")
                else f"Direkt schreiben: ‚{instead}‘ statt ‚{token.text}‘.",
            )


# --- word rules ----------------------------------------------------------------------------


def long_word(ctx: RuleContext) -> Iterator[Finding]:
    doc, words, level = ctx.doc, ctx.words, ctx.level
    split_from = level.split_compound_syllables
    for token in doc.tokens:
        if token.kind != WORD or len(token.text) < 8:
            continue
        parts = token.text.split("-")
        longest = (
            max(words.syllables(part) for part in parts if part)
            if len(parts) > 1
            else words.syllables(token.text)
        )
        too_long = longest > level.max_word_syllables
        splittable = split_from is not None and longest > split_from and len(parts) == 1
        if not too_long and not splittable:
            continue
        split = words.split_compound(token.text) if len(parts) == 1 else None
        if not too_long and split is None:
            continue
        if split is not None:
            joined = "-".join(split)
            suggestion = f"Mit Bindestrich trennen: ‚{joined}‘" + (
                " oder ein kürzeres Wort wählen." if too_long else "."
            )
        else:
            suggestion = "Ein kürzeres Wort wählen oder das Wort erklären."
        yield doc.span(
            "long_word",
            token.start,
            token.end,
            f"Langes Wort ({longest} Silben)."
            if too_long
            else f"Zusammengesetztes Wort ({longest} Silben).",
            suggestion,
        )


def jargon(ctx: RuleContext) -> Iterator[Finding]:
    doc, lexicon = ctx.doc, ctx.lexicon
    for start, end, term in ctx.term_hits["jargon"]:
        yield doc.span(
            "jargon", start, end, f"Fachwort der Behördensprache: ‚{term}‘.", lexicon.jargon[term]
        )


def abbreviation(ctx: RuleContext) -> Iterator[Finding]:
    doc, lexicon = ctx.doc, ctx.lexicon
    leicht = ctx.level.level == "leicht"
    for start, end, term in ctx.term_hits["abbreviation"]:
        row = lexicon.abbreviation_for(term)
        if row is None:
            continue
        yield doc.span(
            "abbreviation",
            start,
            end,
            f"Abkürzung ‚{row.abbreviation}‘: nicht alle kennen sie.",
            row.plain if leicht else row.written_out,
        )


def vague_term(ctx: RuleContext) -> Iterator[Finding]:
    doc, lexicon = ctx.doc, ctx.lexicon
    hits = ctx.term_hits["vague_term"]
    if not hits:
        return
    for start, end, term in hits:
        row = lexicon.vague_rows[term]
        if row.ok_with_number and _number_near(ctx, start):
            continue
        yield doc.span(
            "vague_term",
            start,
            end,
            f"Ungenau: ‚{doc.text[start:end]}‘ – was genau, wie oft, bis wann?",
            row.suggestion or None,
        )


def _number_near(ctx: RuleContext, offset: int) -> bool:
    doc = ctx.doc
    for sentence in doc.sentences:
        if sentence.start <= offset <= sentence.end:
            for i in range(sentence.first, sentence.last):
                token = doc.tokens[i]
                if token.kind == NUMBER or _HAS_DIGIT.search(token.text):
                    return True
                word = doc.lowered[i]
                if (
                    word in _WEEKDAYS_MONTHS
                    or parse_number_word(word.removesuffix("mal")) is not None
                ):
                    return True
            return False
    return False


def negation(ctx: RuleContext) -> Iterator[Finding]:
    doc, grammar = ctx.doc, ctx.grammar
    every = ctx.level.level == "leicht"
    for sentence in doc.sentences:
        for clause in doc.clauses(sentence, frozenset()):
            skip_until = -1
            for position, i in enumerate(clause):
                if i <= skip_until or doc.lowered[i] not in grammar.negations:
                    continue
                second = _second_negation(ctx, clause[position + 1 : position + 5])
                token = doc.tokens[i]
                if second is not None:
                    other = doc.tokens[second]
                    skip_until = second
                    positive = _positive_of(ctx, doc.lowered[second])
                    yield doc.span(
                        "negation",
                        token.start,
                        other.end,
                        "Doppelte Verneinung: schwer zu verstehen.",
                        f"Positiv schreiben: ‚{positive}‘."
                        if positive
                        else "Positiv schreiben, ohne doppelte Verneinung.",
                    )
                elif every:
                    yield doc.span(
                        "negation",
                        token.start,
                        token.end,
                        "Verneinung: In Leichter Sprache besser positiv schreiben.",
                        "Positiv schreiben: sagen, was zu tun ist.",
                    )


def _second_negation(ctx: RuleContext, following: list[int]) -> int | None:
    doc, grammar = ctx.doc, ctx.grammar
    for i in following:
        word = doc.lowered[i]
        if word in grammar.negations or word in grammar.negation_second:
            return i
        if word.startswith("nicht") and len(word) > 6:
            return i  # "Nichtteilnahme", "Nicht-Erscheinen"
        if _un_word(ctx, word):
            return i
    return None


def _un_word(ctx: RuleContext, word: str) -> bool:
    if not word.startswith("un") or len(word) < 6 or word in ctx.grammar.un_exceptions:
        return False
    if word.startswith(("unter", "unser", "univers")):
        return False
    return ctx.words.zipf(word[2:]) >= 2.5


def _positive_of(ctx: RuleContext, word: str) -> str | None:
    if word.startswith("un") and _un_word(ctx, word):
        return word[2:]
    if word == "ohne":
        return "mit"
    return None


def genitive(ctx: RuleContext) -> Iterator[Finding]:
    doc, grammar = ctx.doc, ctx.grammar
    tokens, lowered = doc.tokens, doc.lowered
    for sentence in doc.sentences:
        i = sentence.first
        while i < sentence.last:
            word = lowered[i]
            start_index: int | None = None
            article = i
            if (
                word in grammar.genitive_prepositions
                and i + 1 < sentence.last
                and lowered[i + 1] in grammar.genitive_articles
            ):
                start_index, article = i, i + 1
            elif word in grammar.genitive_always and tokens[i].kind == WORD:
                start_index = i
            elif word in grammar.genitive_articles and i > sentence.first:
                before = tokens[i - 1]
                if (
                    before.kind == WORD
                    and before.text[:1].isupper()
                    and i - 1 > sentence.first
                    and lowered[i - 1] not in grammar.not_nouns
                ):
                    start_index = i
            noun = _noun_after(doc, article, sentence) if start_index is not None else None
            if start_index is None or noun is None:
                i += 1
                continue
            start, end = tokens[start_index].start, tokens[noun].end
            yield doc.span(
                "genitive",
                start,
                end,
                "Genitiv: In Leichter Sprache schwer zu verstehen.",
                _genitive_hint(ctx, start_index, article, noun),
            )
            i = noun + 1


def _noun_after(doc: Document, article: int, sentence: Sentence) -> int | None:
    for j in range(article + 1, min(article + 4, sentence.last)):
        token = doc.tokens[j]
        if token.kind != WORD:
            return None
        if token.text[:1].isupper():
            return j
    return None


def _genitive_hint(ctx: RuleContext, start: int, article: int, noun: int) -> str:
    doc = ctx.doc
    lowered = doc.lowered
    if start != article and lowered[start] == "wegen":
        return "Mit ‚weil‘ schreiben oder ‚wegen dem …‘ / ‚wegen der …‘."
    noun_text = doc.tokens[noun].text
    base = noun_text
    for ending in ("es", "s"):
        if noun_text.endswith(ending) and ctx.words.zipf(noun_text[: -len(ending)]) > 0:
            base = noun_text[: -len(ending)]
            break
    dative = {"des": "von dem", "eines": "von einem", "der": "von der", "einer": "von einer"}
    replacement = dative.get(lowered[article])
    middle = " ".join(t.text for t in doc.tokens[article + 1 : noun])
    if replacement and start == article:
        phrase = " ".join(
            part
            for part in (
                replacement,
                middle,
                base if lowered[article] in {"des", "eines"} else noun_text,
            )
            if part
        )
        return f"Mit ‚von‘ schreiben: ‚{phrase}‘."
    return "Mit ‚von‘ schreiben oder den Satz umstellen."


def number_word(ctx: RuleContext) -> Iterator[Finding]:
    doc = ctx.doc
    for i, token in enumerate(doc.tokens):
        if token.kind != WORD:
            continue
        word = doc.lowered[i]
        if token.text[:1].isupper() and not _sentence_initial(doc, i):
            continue  # "die Acht", "Elf" as a noun
        suffix = ""
        if word.endswith("mal") and len(word) > 5:
            word, suffix = word[:-3], "-mal"
        value = parse_number_word(word)
        if value is None:
            continue
        yield doc.span(
            "number_word",
            token.start,
            token.end,
            "Zahlen als Ziffern schreiben: Ziffern sind leichter zu lesen.",
            f"{value}{suffix}",
        )


def _sentence_initial(doc: Document, index: int) -> bool:
    for sentence in doc.sentences:
        if sentence.first <= index < sentence.last:
            return all(doc.tokens[k].kind == PUNCT for k in range(sentence.first, index))
    return False


def rare_word(ctx: RuleContext) -> Iterator[Finding]:
    doc, words, lexicon = ctx.doc, ctx.words, ctx.lexicon
    limit = ctx.level.rare_word_zipf
    known = lexicon.known_words
    name_context = False
    for i, token in enumerate(doc.tokens):
        after_title = name_context
        name_context = doc.lowered[i] in _TITLES or (after_title and token.text[:1].isupper())
        if token.kind != WORD or len(token.text) < 4 or token.text.isupper():
            continue
        text = token.text
        if after_title and text[:1].isupper():
            continue  # "Frau Wojciechowski", "Herr Dr. Nguyen"
        if (not text.isalpha() and _HAS_DIGIT.search(text)) or doc.lowered[i] in known:
            continue
        parts = [part for part in text.split("-") if part]
        rare = [part for part in parts if _rare(words, part, limit)]
        if not rare:
            continue
        yield doc.span(
            "rare_word",
            token.start,
            token.end,
            f"Seltenes Wort: ‚{text}‘ kennen viele nicht.",
            "Ein bekannteres Wort wählen oder das Wort erklären.",
        )


def _rare(words: WordData, word: str, limit: float) -> bool:
    if len(word) < 4:
        return False
    zipf = words.zipf(word)
    if zipf >= limit:
        return False
    if zipf == 0.0 and word[:1].isupper():
        return False  # unknown capitalised word: most likely a name
    return words.split_compound(word) is None


RULES = {
    "long_sentence": long_sentence,
    "long_word": long_word,
    "passive_voice": passive_voice,
    "nominal_style": nominal_style,
    "subjunctive": subjunctive,
    "jargon": jargon,
    "abbreviation": abbreviation,
    "vague_term": vague_term,
    "negation": negation,
    "genitive": genitive,
    "number_word": number_word,
    "rare_word": rare_word,
}
