"""Rules that read the words: vague terms, boilerplate, threats, plain language (§7).

The word lists (vague and sanction terms, glossary, abbreviations) belong to the language
package and are used through its `Lexicon`; sentence findings come from its `Analyser`.
`TextChecks` wraps one analyser with a least-recently-used cache keyed by (text, level), so
that on every keystroke only the edited text is analysed again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from counsel_app.domain import ReadingLevel
from counsel_app.quality.lru import LRU, TEXT_CACHE_CHARS, key_chars
from counsel_app.quality.rules import RuleInput
from counsel_app.quality.targets import Found, Target, blank, goal_target, names_of, step_target
from counsel_app.quality.text import fold, has_digit, quote, words

if TYPE_CHECKING:
    from counsel_app.language import Analyser, TextAnalysis
    from counsel_app.quality.boilerplate import PlanCorpus, StockPhrases

# The analyser's sentence-level rules (`counsel_app.language.SENTENCE_RULES`) in the order
# their names and advice appear in hints.
SENTENCE_RULE_NAMES: tuple[str, ...] = (
    "long_sentence",
    "passive_voice",
    "nominal_style",
    "subjunctive",
)
JARGON_RULES: frozenset[str] = frozenset({"jargon", "abbreviation"})

Span = tuple[int, int, str]


def analysis_level(level: ReadingLevel) -> str:
    """The analyser level for the client's reading level (standard counts as einfach)."""
    return "leicht" if level is ReadingLevel.LEICHT else "einfach"


class TextChecks:
    """An analyser and its lexicon with caches of per-text results."""

    def __init__(self, analyser: Analyser, max_chars: int = TEXT_CACHE_CHARS) -> None:
        self.analyser = analyser
        self._analyses: LRU[tuple[str, str], TextAnalysis] = LRU(max_chars, key_chars)
        self._terms: LRU[tuple[str, str], tuple[Span, ...]] = LRU(max_chars, key_chars)

    def cached_chars(self) -> int:
        """Characters of text the caches hold (their bound is `max_chars` each)."""
        return self._analyses.weight + self._terms.weight

    def analysis(self, text: str, level: str) -> TextAnalysis:
        return self._analyses.get_or_compute(
            (text, level), lambda: self.analyser.analyse(text, level)
        )

    def vague(self, text: str) -> tuple[Span, ...]:
        return self._terms.get_or_compute(
            ("vague", text), lambda: tuple(self.analyser.lexicon.find_vague(text))
        )

    def sanction(self, text: str) -> tuple[Span, ...]:
        return self._terms.get_or_compute(
            ("sanction", text), lambda: tuple(self.analyser.lexicon.find_sanction(text))
        )

    def plain_word(self, found: str) -> str | None:
        """The plain replacement of a glossary term or abbreviation as found in a text."""
        lexicon = self.analyser.lexicon
        direct = lexicon.plain_word(found)
        if direct:
            return direct
        for _start, _end, term in lexicon.find_jargon(found):
            plain = lexicon.plain_word(term)
            if plain:
                return plain
        return None

    @property
    def cached_analyses(self) -> int:
        return len(self._analyses)


def _quoted_terms(spans: Iterable[tuple[str, Span]]) -> str:
    seen: list[str] = []
    for text, (start, end, _term) in spans:
        word = text[start:end]
        if word not in seen:
            seen.append(word)
    return ", ".join(f"„{word}“" for word in seen)


def step_vague(data: RuleInput, checks: TextChecks) -> Iterator[Found]:
    """A vague term in the step's text or client wording, and no number or date there.

    Numbers and dates count in the text, the wording for the client and the frequency: a
    digit, or a word of [vague] concrete_words in rubric.toml ("drei", "wöchentlich", "Mai").
    """
    concrete_words = data.settings.concrete_words
    for index, step in enumerate(data.case.plan.steps):
        texts = [t for t in (step.text, step.plain_text) if t and t.strip()]
        spans = [(text, span) for text in texts for span in checks.vague(text)]
        if not spans:
            continue
        context = [*texts, step.frequency or ""]
        if any(has_digit(text) for text in context):
            continue
        if any(fold(word) in concrete_words for text in context for word in words(text)):
            continue
        advice: list[str] = []
        for _text, (_start, _end, term) in spans:
            row = checks.analyser.lexicon.vague_rows.get(term)
            if row is not None and row.suggestion and row.suggestion not in advice:
                advice.append(row.suggestion)
        params = {"terms": _quoted_terms(spans), "advice": " ".join(advice)}
        yield Found("step_vague", step_target(step, index), params)


def boilerplate(data: RuleInput, stock: StockPhrases, corpus: PlanCorpus | None) -> Iterator[Found]:
    case = data.case
    names = names_of(case)
    items: list[tuple[Target, str]] = [
        (goal_target(goal, index), goal.text) for index, goal in enumerate(case.plan.goals)
    ]
    items += [(step_target(step, index), step.text) for index, step in enumerate(case.plan.steps)]
    for target, text in items:
        phrase = stock.match(text, names)
        if phrase is not None:
            yield Found("boilerplate", target, {"stock": phrase})
            continue
        if corpus is None:
            continue
        others = corpus.other_plans(text, case.client.reference, names)
        if others >= corpus.min_other_plans:
            yield Found("boilerplate", target, {"plans": str(others)}, "boilerplate_corpus")


def sanction_language(data: RuleInput, checks: TextChecks) -> Iterator[Found]:
    plan = data.case.plan
    items: list[tuple[Target, list[str | None]]] = [
        (goal_target(goal, index), [goal.text]) for index, goal in enumerate(plan.goals)
    ]
    items += [
        (step_target(step, index), [step.text, step.plain_text, step.success_criterion])
        for index, step in enumerate(plan.steps)
    ]
    for target, fields in items:
        spans = [(text, span) for text in fields if text for span in checks.sanction(text)]
        if spans:
            yield Found("sanction_language", target, {"terms": _quoted_terms(spans)})


def _printed_texts(data: RuleInput) -> Iterator[tuple[Target, list[str]]]:
    """What the client's copy prints: goal texts, step wording (plain_text or text) and
    success criteria. The client's own words are not judged."""
    plan = data.case.plan
    for index, goal in enumerate(plan.goals):
        yield goal_target(goal, index), [goal.text]
    for index, step in enumerate(plan.steps):
        texts = [step.print_text]
        if not blank(step.success_criterion):
            texts.append(step.success_criterion or "")
        yield step_target(step, index), texts


def plain_language(
    data: RuleInput, checks: TextChecks, problems: dict[str, str], advice: dict[str, str]
) -> Iterator[Found]:
    """`hard_to_read` (one per goal or step) and `jargon` (one per term and goal or step)."""
    level = analysis_level(data.case.client.reading_level)
    for target, texts in _printed_texts(data):
        rules: list[str] = []
        excerpt = ""
        terms: list[str] = []
        for text in texts:
            for finding in checks.analysis(text, level).findings:
                if finding.rule in SENTENCE_RULE_NAMES:
                    if finding.rule not in rules:
                        rules.append(finding.rule)
                    excerpt = excerpt or finding.text
                elif finding.rule in JARGON_RULES and finding.text not in terms:
                    terms.append(finding.text)
        if rules:
            ordered = [rule for rule in SENTENCE_RULE_NAMES if rule in rules]
            yield Found(
                "hard_to_read",
                target,
                {
                    "problems": ", ".join(problems[rule] for rule in ordered),
                    "excerpt": ""
                    if quote(excerpt) == quote(target.text)
                    else f": „{quote(excerpt)}“",
                    "advice": " ".join(advice[rule] for rule in ordered),
                },
            )
        for term in terms:
            plain = checks.plain_word(term)
            if plain:
                yield Found("jargon", target, {"term": term, "plain": plain})
            else:
                yield Found("jargon", target, {"term": term, "plain": ""}, "jargon_unexplained")
