"""German word frequencies on the Zipf scale, as `wordfreq.zipf_frequency(word, "de")`.

wordfreq keeps its word list as a dict of about 630,000 Python strings (some 70 MiB). Here
the same list is the `word` table of `resources/language/lexicon_de.sqlite` (written by
`tools/build_lexicon.py`, read through `DictionaryFile`): one indexed query per token, nothing
held in memory (the caller, `WordData`, caches the values per word). The arithmetic below is
wordfreq's `_word_frequency` step by step, so every value is identical (tests compare them on
large samples).

Tokens: a word of Latin letters only (`_SIMPLE`) is one token, its `casefold()`; that is
what wordfreq's tokenizer gives for German (NFC, casefold, one Unicode word), and a test
compares the two on the whole word list and on generated words. Anything else (digits,
apostrophes, other scripts) goes through wordfreq's own tokenizer, imported only then: it
brings `regex`, `langcodes` and `ftfy` (about 10 MiB resident).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counsel_app.language.dictionaries import DictionaryFile

LANGUAGE = "de"
# ASCII and Latin-1 letters: precomposed (NFC as they are), one Unicode word together.
_SIMPLE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
# wordfreq's default minimum of `zipf_frequency`, zipf_to_freq(0.0), as wordfreq computes it
_MINIMUM = 10**0.0 / 1e9


def bucket_frequency(index: int) -> float:
    """wordfreq's `cB_to_freq(-index)`."""
    return float(10 ** (-index / 100))


def frequency_to_zipf(frequency: float) -> float:
    """wordfreq's `freq_to_zipf`."""
    return math.log(frequency, 10) + 9


class ZipfTable:
    """`zipf(word)` for German, looked up in the `word` table of a `DictionaryFile`.

    `ZipfTable.load()` opens its own file (close it with `close()`); `WordData` passes the
    file it shares with the `Hyphenator`.
    """

    def __init__(self, dictionary: DictionaryFile) -> None:
        self.dictionary = dictionary
        self._wordfreq: tuple[Callable[..., Any], ...] | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> ZipfTable:
        return cls(DictionaryFile.open(path))

    def close(self) -> None:
        self.dictionary.close()

    def bucket(self, token: str) -> int | None:
        """wordfreq's bucket index of a token (frequency ``10 ** (-index / 100)``), or None."""
        return self.dictionary.bucket(token)

    def tokens(self, word: str) -> list[str]:
        """wordfreq's `lossy_tokenize(word, "de")`."""
        if _SIMPLE.fullmatch(word):
            return [word.casefold()]
        return list(self._library()[0](word, LANGUAGE))

    def _library(self) -> tuple[Callable[..., Any], ...]:
        if self._wordfreq is None:
            from wordfreq.numbers import digit_freq, smash_numbers
            from wordfreq.tokens import lossy_tokenize

            self._wordfreq = (lossy_tokenize, smash_numbers, digit_freq)
        return self._wordfreq

    def zipf(self, word: str) -> float:
        """`wordfreq.zipf_frequency(word, "de")`, the same float."""
        frequency = _MINIMUM
        tokens = self.tokens(word)
        if tokens:
            one_over_result = 0.0
            for token in tokens:
                smashed = token
                if not token.isalpha():  # digits are "smashed" to 0 by wordfreq
                    smashed = self._library()[1](token)
                index = self.bucket(smashed)
                if index is None:
                    break  # a token wordfreq does not know: the minimum, as in wordfreq
                freq = bucket_frequency(index)
                if smashed != token:
                    freq *= self._library()[2](token)
                one_over_result += 1.0 / freq
            else:
                frequency = _rounded(max(1.0 / one_over_result, _MINIMUM))
        return round(frequency_to_zipf(frequency), 2)


def _rounded(unrounded: float) -> float:
    """wordfreq rounds a frequency to three significant digits."""
    if unrounded == 0.0:  # pragma: no cover - the minimum is above zero
        return 0.0
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)
