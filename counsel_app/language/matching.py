"""Fast lookup of many word-list terms in a text, with character offsets.

A term is one or more words separated by spaces ("Kosten der Unterkunft", "z. B.").
Each word may carry a German ending in the text ("Maßnahmen", "sozialversicherungspflichtigen");
a trailing `*` means "any ending" ("droh*"). Words that are all capitals, contain a dot or are
shorter than four letters must match exactly (abbreviations). Instead of one huge regex
alternation the matcher indexes terms by their first word and checks candidates only where
such a word occurs, so the cost grows with the text, not with the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+")
ENDING = r"(?:innen|ern|en|er|es|em|in|e|n|s)?"
# Words remembered per matcher (then looked up each time): far more than a plan's vocabulary,
# and at most some 2 MB while typing adds a new prefix with every key.
_CACHE_LIMIT = 20_000
ENDINGS: tuple[str, ...] = ("innen", "ern", "en", "er", "es", "em", "in", "e", "n", "s")


@dataclass(frozen=True)
class _Entry:
    term: str
    pattern: re.Pattern[str]


def _inflects(part: str) -> bool:
    return len(part) >= 4 and part.isalpha() and not part.isupper()


def _term_pattern(term: str, case_sensitive: bool) -> re.Pattern[str] | None:
    parts = term.split()
    if not parts:
        return None
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index:
            pieces.append(r"\s*" if parts[index - 1].endswith((".", "-")) else r"\s+")
        if part.endswith("*"):
            pieces.append(re.escape(part[:-1]) + r"\w*")
        elif _inflects(part):
            pieces.append(re.escape(part) + ENDING)
        else:
            pieces.append(re.escape(part))
    tail = "" if parts[-1].endswith((".", "-")) else r"(?!\w)"
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile("".join(pieces) + tail, flags)


class TermMatcher:
    """Finds occurrences of a fixed list of terms; build once, use for many texts."""

    def __init__(self, terms: Iterable[str], case_sensitive: bool = False) -> None:
        self.case_sensitive = case_sensitive
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        for term in terms:
            pattern = _term_pattern(term, case_sensitive)
            first = WORD_RE.match(term.split()[0]) if term.split() else None
            if pattern is None or first is None:
                continue
            entry = _Entry(term, pattern)
            key = first.group().casefold()
            head = term.split()[0]
            if head.endswith("*") and first.end() == len(head) - 1:
                self._prefix.setdefault(key, []).append(entry)
            else:
                self._exact.setdefault(key, []).append(entry)
        self._prefix_lengths = sorted({len(key) for key in self._prefix})
        self._seen: dict[str, tuple[_Entry, ...]] = {}

    def _candidates(self, word: str) -> tuple[_Entry, ...]:
        """Entries whose first word could be `word` (cached: texts repeat their words)."""
        cached = self._seen.get(word)
        if cached is None:
            cached = tuple(self._lookup(word))
            if len(self._seen) < _CACHE_LIMIT:
                self._seen[word] = cached
        return cached

    def _lookup(self, word: str) -> list[_Entry]:
        lowered = word.casefold()
        found: list[_Entry] = []
        exact = self._exact
        entries = exact.get(lowered)
        if entries:
            found.extend(entries)
        for ending in ENDINGS:
            if lowered.endswith(ending) and len(lowered) > len(ending) + 3:
                entries = exact.get(lowered[: -len(ending)])
                if entries:
                    found.extend(entries)
        for length in self._prefix_lengths:
            if length > len(lowered):
                break
            entries = self._prefix.get(lowered[:length])
            if entries:
                found.extend(entries)
        return found

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """`(start, end, term)` per match, leftmost-longest, without overlaps."""
        return find_groups({"": self}, text)[""]


def find_groups(
    matchers: dict[str, TermMatcher], text: str
) -> dict[str, list[tuple[int, int, str]]]:
    """Run several matchers over one scan of `text`; results per matcher name."""
    hits: dict[str, list[tuple[int, int, str]]] = {name: [] for name in matchers}
    groups = [(hits[name], matcher._candidates) for name, matcher in matchers.items()]
    for word in WORD_RE.finditer(text):
        token = word.group()
        start = -1
        for found, candidates in groups:
            entries = candidates(token)
            if not entries:
                continue
            if start < 0:
                start = word.start()
                if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                    break  # inside a word ("_" or digits before): no term starts here
            for entry in entries:
                match = entry.pattern.match(text, start)
                if match is not None:
                    found.append((start, match.end(), entry.term))
    return {name: _leftmost_longest(found) for name, found in hits.items()}


def _leftmost_longest(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    result: list[tuple[int, int, str]] = []
    last_end = -1
    for hit in hits:
        if hit[0] >= last_end:
            result.append(hit)
            last_end = hit[1]
    return result
