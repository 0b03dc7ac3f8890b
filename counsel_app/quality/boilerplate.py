"""Boilerplate: stock phrases from `boilerplate.txt` and texts repeated across many plans.

`StockPhrases` compares a text with every stock phrase after normalising both (folded case,
no digits, names, salutation + name, filler words; see `text.content_words`) by the Dice
coefficient of letter triples. Results are cached per text.

`PlanCorpus` is built once from the texts of the store (the GUI builds it when the store
opens and passes it to every `assess()` call). Each text is reduced to its sorted content
words; a text is indexed under that key and, when it has enough words, under every key with one
word left out. Texts count as nearly the same when they have the same content words (word
order, digits, dates, names and filler words do not matter) or, for texts of at least
`min_words_for_near_match` words, differ by one word added, dropped or replaced. The
corpus counts in how many *different* plans such a text occurs, so that the plan being
assessed is left out of its own count.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from counsel_app.quality.lru import LRU, TEXT_CACHE_CHARS, key_chars
from counsel_app.quality.targets import names_of
from counsel_app.quality.text import content_words, dice, trigrams

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.quality.rubric import Rubric

Key = tuple[str, ...]


class StockPhrases:
    """Finds the stock phrase a text resembles (or None)."""

    def __init__(self, rubric: Rubric) -> None:
        self._ignore = rubric.filler_words
        self._threshold = rubric.settings.similarity
        self._phrases: list[tuple[str, frozenset[str], int]] = []
        for phrase in rubric.stock_phrases:
            grams = trigrams(content_words(phrase, self._ignore))
            self._phrases.append((phrase, grams, len(grams)))
        self._cache: LRU[tuple[str, tuple[str, ...]], str | None] = LRU(TEXT_CACHE_CHARS, key_chars)

    def match(self, text: str, names: tuple[str, ...] = ()) -> str | None:
        """The stock phrase `text` is nearly equal to, ignoring `names` and filler words."""
        return self._cache.get_or_compute((text, names), lambda: self._match(text, names))

    def _match(self, text: str, names: tuple[str, ...]) -> str | None:
        grams = trigrams(content_words(text, self._ignore, names))
        size = len(grams)
        best: tuple[float, str] | None = None
        threshold = self._threshold
        for phrase, phrase_grams, phrase_size in self._phrases:
            # Dice <= 2*min/(a+b): skip phrases whose length alone rules them out.
            if 2 * min(size, phrase_size) < threshold * (size + phrase_size):
                continue
            similarity = dice(grams, phrase_grams)
            if similarity >= threshold and (best is None or similarity > best[0]):
                best = (similarity, phrase)
        return None if best is None else best[1]


@dataclass(frozen=True)
class _Normaliser:
    ignore: frozenset[str]

    def key(self, text: str, names: Iterable[str]) -> Key:
        return tuple(sorted(set(content_words(text, self.ignore, names))))


def _deletions(key: Key) -> list[Key]:
    """Every key with one word left out."""
    return [key[:i] + key[i + 1 :] for i in range(len(key))]


class PlanCorpus:
    """Near-duplicate texts across the plans of a store (for the `boilerplate` hint).

    Build it once with `PlanCorpus.from_cases(cases, rubric)` or
    `PlanCorpus(rubric).add_plan(key, texts)` per plan; the plan key is the client's
    `reference` (the same key `assess()` leaves out when it counts other plans).
    """

    def __init__(self, rubric: Rubric) -> None:
        self._normaliser = _Normaliser(rubric.filler_words)
        self._min_words = rubric.settings.min_words_for_near_match
        self.min_other_plans = rubric.settings.min_other_plans
        self._exact: dict[Key, set[str]] = {}  # full key -> plans
        self._deleted: dict[Key, set[str]] = {}  # key with one word left out -> plans
        self._plans: set[str] = set()
        self._cache: LRU[tuple[str, str, tuple[str, ...]], int] = LRU(TEXT_CACHE_CHARS, key_chars)

    @classmethod
    def from_cases(cls, cases: Iterable[Case], rubric: Rubric | None = None) -> PlanCorpus:
        if rubric is None:
            from counsel_app.quality.rubric import default_rubric

            rubric = default_rubric()
        corpus = cls(rubric)
        for case in cases:
            corpus.add_case(case)
        return corpus

    def add_case(self, case: Case) -> None:
        texts = [goal.text for goal in case.plan.goals] + [step.text for step in case.plan.steps]
        self.add_plan(case.client.reference, texts, names=names_of(case))

    def add_plan(self, plan_key: str, texts: Iterable[str], names: Sequence[str] = ()) -> None:
        """Index the goal and step texts of one plan (adding a plan twice changes nothing)."""
        self._plans.add(plan_key)
        for text in texts:
            key = self._normaliser.key(text, names)
            if not key:
                continue
            self._exact.setdefault(key, set()).add(plan_key)
            if len(key) >= self._min_words:
                for shorter in _deletions(key):
                    self._deleted.setdefault(shorter, set()).add(plan_key)
        self._cache.clear()

    def __len__(self) -> int:
        return len(self._plans)

    def other_plans(self, text: str, plan_key: str, names: tuple[str, ...] = ()) -> int:
        """In how many plans other than `plan_key` a nearly equal text occurs."""
        return self._cache.get_or_compute(
            (text, plan_key, names), lambda: self._count(text, plan_key, names)
        )

    def _count(self, text: str, plan_key: str, names: tuple[str, ...]) -> int:
        """Plans with the same content words, or (for long enough texts) one word more,
        one word less or one word replaced."""
        key = self._normaliser.key(text, names)
        if not key:
            return 0
        empty: set[str] = set()
        plans = set(self._exact.get(key, empty))
        if len(key) >= self._min_words:
            plans |= self._deleted.get(key, empty)  # other text has one word more
            for shorter in _deletions(key):
                if len(shorter) >= self._min_words:
                    plans |= self._exact.get(shorter, empty)  # one word less
                plans |= self._deleted.get(shorter, empty)  # one word replaced
        plans.discard(plan_key)
        return len(plans)
