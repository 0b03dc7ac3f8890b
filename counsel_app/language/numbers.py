"""German number words ("drei", "dreiundzwanzig", "zweihundert") to integers."""

from __future__ import annotations

from functools import lru_cache

_UNITS = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9,
}  # fmt: skip
_SMALL = {
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}  # fmt: skip
_TENS = {
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
}  # fmt: skip


def _below_hundred(word: str) -> int | None:
    if word in _SMALL:
        return _SMALL[word]
    if word in _TENS:
        return _TENS[word]
    unit, separator, tens = word.partition("und")
    if separator and unit in _UNITS and tens in _TENS:
        return _UNITS[unit] + _TENS[tens]
    return None


def _below_thousand(word: str) -> int | None:
    head, separator, rest = word.partition("hundert")
    if not separator:
        return _below_hundred(word)
    hundreds = 1 if head in {"", "ein"} else _UNITS.get(head)
    if hundreds is None:
        return None
    if not rest:
        return hundreds * 100
    below = _below_hundred(rest)
    return None if below is None else hundreds * 100 + below


@lru_cache(maxsize=4096)
def parse_number_word(word: str) -> int | None:
    """The value of a lower-case German number word, or `None` ("ein"/"eine" are articles)."""
    if len(word) < 3 or not word.isalpha():
        return None
    head, separator, rest = word.partition("tausend")
    if not separator:
        return _below_thousand(word)
    thousands = 1 if head in {"", "ein"} else _below_thousand(head)
    if thousands is None:
        return None
    if not rest:
        return thousands * 1000
    below = _below_thousand(rest)
    return None if below is None else thousands * 1000 + below
