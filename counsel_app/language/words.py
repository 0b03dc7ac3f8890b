"""Per-word facts with caches: syllables (pyphen's de_DE patterns), frequency (wordfreq's list),
compounds.

`WordData` opens its dictionary file (`resources/language/lexicon_de.sqlite`, both
dictionaries) on first use and queries it per new word; an `Analyser` owns one and keeps it
for the life of the program, so repeated words cost a dict lookup. The caches are bounded
(least recently used): text analysed as it is typed meets every prefix of every word, and
a working day must not grow them without end. It may be used from more than one thread,
one at a time (the GUI warms it up on a pool thread): the file's connection is shared and
locked. `close()` closes the file; a later lookup opens it again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counsel_app.language.dictionaries import DictionaryFile
    from counsel_app.language.frequencies import ZipfTable
    from counsel_app.language.hyphenation import Hyphenator

# Words kept per cache: several times the vocabulary of a plan. A full cache holds about
# 1 MB (the word, its value and the cache's link); a lookup after eviction costs some µs.
WORD_CACHE_SIZE = 8192
_LINKING = ("es", "en", "er", "s", "n", "e")  # Fugenelemente
_KNOWN_PART_ZIPF = 2.8
_MIN_PART = 3
# Tails that are derivational suffixes and heads that are verb particles are not words of
# their own in a compound ("Vereinbar-ung", "Ein-gliederung").
_NOT_TAILS = frozenset(
    [
        "ung",
        "ungen",
        "heit",
        "heiten",
        "keit",
        "keiten",
        "schaft",
        "schaften",
        "tion",
        "tionen",
        "ion",
        "ionen",
        "ling",
        "linge",
        "nis",
        "nisse",
        "tum",
        "lich",
        "liche",
        "isch",
        "ische",
        "bar",
        "bare",
        "sam",
        "same",
        "haft",
        "hafte",
        "ig",
        "ige",
        "igen",
        "erin",
        "erinnen",
        "ern",
        "en",
        "er",
        "es",
    ]
)
_NOT_HEADS = frozenset(
    [
        "ein",
        "aus",
        "ver",
        "mit",
        "vor",
        "auf",
        "zer",
        "ent",
        "emp",
        "miss",
        "nach",
        "über",
        "unter",
        "durch",
        "wieder",
        "gegen",
        "zurück",
        "zusammen",
        "weg",
        "her",
        "hin",
        "ab",
        "an",
        "um",
        "zu",
        "be",
        "ge",
        "er",
        "un",
        "ur",
        "dar",
    ]
)


class WordData:
    """Syllable counts, Zipf frequencies and compound splits of words, each in a bounded cache."""

    def __init__(self) -> None:
        self._dictionary: DictionaryFile | None = None  # opened on first use, shared by:
        self._hyphenator: Hyphenator | None = None  # pyphen's de_DE patterns
        self._zipf_table: ZipfTable | None = None  # wordfreq's German word list
        self.syllables = lru_cache(maxsize=WORD_CACHE_SIZE)(self._count_syllables)
        self.zipf = lru_cache(maxsize=WORD_CACHE_SIZE)(self._look_up_zipf)
        self.split_compound = lru_cache(maxsize=WORD_CACHE_SIZE)(self._split_compound)

    def warm_up(self) -> None:
        self.syllables("Arbeitsvermittlung")
        self.zipf("Arbeit")

    def close(self) -> None:
        """Close the dictionary file (the caches stay; a new lookup opens the file again)."""
        dictionary, self._dictionary = self._dictionary, None
        self._hyphenator = self._zipf_table = None
        if dictionary is not None:
            dictionary.close()

    def _open(self) -> DictionaryFile:
        if self._dictionary is None:
            from counsel_app.language.dictionaries import DictionaryFile

            self._dictionary = DictionaryFile.open()
        return self._dictionary

    # syllables -----------------------------------------------------------------------
    def _count_syllables(self, word: str) -> int:
        """Hyphenation points + 1, as textstat counts, so the scores stay comparable.

        pyphen leaves short words such as "oder" or "über" unsplit (one syllable); counting
        them "right" would move Flesch-Amstad several points away from other tools.
        """
        lowered = word.lower()
        count = 0
        for part in lowered.split("-"):
            if not part:
                continue
            if self._hyphenator is None:
                from counsel_app.language.hyphenation import Hyphenator

                self._hyphenator = Hyphenator(self._open())
            count += self._hyphenator.count(part) + 1
        return max(count, 1)

    # frequency -----------------------------------------------------------------------
    def _look_up_zipf(self, word: str) -> float:
        """`wordfreq.zipf_frequency(word, "de")`: 0 = unknown, 3 = once per million words."""
        if self._zipf_table is None:
            from counsel_app.language.frequencies import ZipfTable

            self._zipf_table = ZipfTable(self._open())
        return self._zipf_table.zipf(word)

    # compounds -----------------------------------------------------------------------
    def _split_compound(self, word: str) -> tuple[str, ...] | None:
        """Parts of a compound of known words, linking letters kept on the left part.

        `"Arbeitsvermittlung"` -> `("Arbeits", "Vermittlung")`; `None` if no split into known
        words is found. Parts after the first are capitalised when the word is a noun.
        """
        result = self._split(word)
        if result is not None and word[:1].isupper():
            result = (result[0], *(part[:1].upper() + part[1:] for part in result[1:]))
        return result

    def _split(self, word: str) -> tuple[str, ...] | None:
        lowered = word.lower()
        best: tuple[float, int] | None = None
        for cut in range(_MIN_PART, len(lowered) - _MIN_PART + 1):
            head, tail = lowered[:cut], lowered[cut:]
            if tail in _NOT_TAILS or head in _NOT_HEADS or len(tail) < 4:
                continue
            tail_zipf = self.zipf(tail)
            if tail_zipf < _KNOWN_PART_ZIPF:
                continue
            head_zipf = self._head_zipf(head)
            if head_zipf < _KNOWN_PART_ZIPF:
                continue
            score = min(head_zipf, tail_zipf) + 0.15 * len(tail)
            if best is None or score > best[0]:
                best = (score, cut)
        if best is None:
            return None
        cut = best[1]
        head, tail = word[:cut], word[cut:]
        parts: list[str] = []
        for part in (head, tail):
            sub = self._split(part) if self.syllables(part) >= 5 else None
            parts.extend(sub if sub is not None else (part,))
        return tuple(parts)

    def _head_zipf(self, head: str) -> float:
        best = self.zipf(head)
        for linking in _LINKING:
            stem = head[: -len(linking)]
            if head.endswith(linking) and len(stem) >= _MIN_PART and stem not in _NOT_HEADS:
                best = max(best, self.zipf(head[: -len(linking)]))
        return best
