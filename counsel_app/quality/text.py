"""Small text and date helpers of the rubric: quoting, word counts, normalising, months."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

QUOTE_LENGTH = 60

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Dates like 15.03.2026, 15.3., 2026-03-15, and stand-alone numbers.
_DATE_OR_NUMBER = re.compile(r"\d")


def quote(text: str, limit: int = QUOTE_LENGTH) -> str:
    """`text` on one line, shortened at a word boundary to about `limit` characters with ….

    A single full stop at the end is left out (it reads oddly inside quotation marks).
    """
    flat = _SPACE.sub(" ", text).strip()
    if flat.endswith(".") and not flat.endswith(".."):
        flat = flat[:-1].rstrip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def words(text: str) -> list[str]:
    """The words of `text` (letters and digits; hyphenated compounds count as one)."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def has_digit(text: str) -> bool:
    return _DATE_OR_NUMBER.search(text) is not None


def fold(word: str) -> str:
    """Lower case with umlauts and ß folded, accents removed (for tolerant comparison)."""
    lowered = word.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def content_words(text: str, ignore: frozenset[str], names: Iterable[str] = ()) -> list[str]:
    """Folded words of `text` without digits, filler words, names and salutation + name.

    `ignore` holds folded filler words; a salutation ("frau", "herr", "herrn", "fr", "hr")
    also drops the word after it, which is taken to be a name.
    """
    name_set = {fold(name) for name in names if name}
    result: list[str] = []
    skip_next = False
    for raw in words(text):
        word = fold(raw)
        if skip_next:
            skip_next = False
            if raw[:1].isupper():
                continue
        if word in _SALUTATIONS:
            skip_next = True
            continue
        if word in ignore or word in name_set or any(ch.isdigit() for ch in word):
            continue
        if len(raw) == 1 and raw.isupper():  # initials of pseudonyms: "Herr A."
            continue
        result.append(word)
    return result


_SALUTATIONS = frozenset({"frau", "herr", "herrn", "fr", "hr"})


def trigrams(words_: Iterable[str]) -> frozenset[str]:
    """Letter triples of the words joined by single spaces, with padding at both ends."""
    joined = " " + " ".join(words_) + " "
    return frozenset(joined[i : i + 3] for i in range(len(joined) - 2))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two sets (1.0 = equal, 0.0 = disjoint or both empty)."""
    total = len(a) + len(b)
    if total == 0:
        return 0.0
    return 2 * len(a & b) / total


def add_months(start: date, months: int) -> date:
    """`start` plus calendar months; the day is clamped to the end of a shorter month.

    31.08. + 6 months = 28.02. (29.02. in a leap year); 15.01. + 6 = 15.07.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last_day))


def german_date(value: date) -> str:
    return value.strftime("%d.%m.%Y")
