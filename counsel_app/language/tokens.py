"""Tokens with character offsets and a sentence splitter that knows German abbreviations.

Offsets are Python `str` indices into the original text: `text[token.start:token.end]`
is always `token.text`. The splitter does not break after abbreviations ("z. B.", "ggf.",
"Nr."), initials, ordinals and dates ("am 12. März", "bis zum 1. Juni 2026"), nor inside
section references ("§ 16 Abs. 1 SGB II").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

WORD = "word"
NUMBER = "number"
ABBR = "abbr"
PUNCT = "punct"
WORD_KINDS = frozenset({WORD, NUMBER, ABBR})

_TOKEN_RE = re.compile(
    r"(?P<number>\d+(?:[.,:/]\d+)*)"
    r"|(?P<word>[^\W\d_](?:[\w'’]|-(?=\w))*|\w+)"
    r"|(?P<punct>\S)"
)
# "z. B.", "i. d. R.", "u. v. m.": single letters, each with its dot, at most one space between.
_LETTER_CHAIN_RE = re.compile(r"[^\W\d_]\.(?:[ \u00a0]?[^\W\d_]\.)+")

# German month names and their dotted abbreviations ("3. Jan.", "am 3. Jänner").
MONTH_NAMES: frozenset[str] = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ]
)
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "jan",
        "feb",
        "febr",
        "mär",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dez",
    ]
)
MONTHS: frozenset[str] = MONTH_NAMES | {"jänner"} | MONTH_ABBREVIATIONS
# Abbreviations with a dot after which a sentence does not end (compared case-insensitively).
BUILTIN_DOTTED: frozenset[str] = (
    frozenset(
        [
            "abs",
            "abt",
            "allg",
            "anl",
            "bspw",
            "bzgl",
            "bzw",
            "ca",
            "dr",
            "eigtl",
            "einschl",
            "etc",
            "evtl",
            "ff",
            "gem",
            "geb",
            "ggf",
            "ggfs",
            "ggü",
            "gez",
            "hr",
            "hrsg",
            "inkl",
            "insb",
            "jh",
            "kap",
            "lfd",
            "lt",
            "max",
            "min",
            "mio",
            "mrd",
            "mtl",
            "nr",
            "od",
            "prof",
            "rd",
            "sog",
            "std",
            "str",
            "tel",
            "tsd",
            "usf",
            "usw",
            "vgl",
            "ziff",
            "zzgl",
            "zt",
            "mo",
            "di",
            "mi",
            "do",
            "fr",
            "sa",
            "bzw",
            "frl",
            "stellv",
            "tägl",
            "wöchentl",
            "monatl",
            "jährl",
            "u.a",
            "u.ä",
            "o.ä",
            "u.v.m",
            "s.o",
            "s.u",
        ]
    )
    | MONTH_ABBREVIATIONS
)
# Abbreviations that often end a sentence: a capital after them starts a new sentence.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"usw.", "etc.", "usf.", "u.a.", "u.ä.", "o.ä.", "u.v.m.", "u.Ä.", "o.Ä."}
)
_ORDINAL_CONTEXT: frozenset[str] = frozenset(
    [
        "am",
        "zum",
        "vom",
        "bis",
        "den",
        "dem",
        "der",
        "die",
        "das",
        "des",
        "ab",
        "seit",
        "im",
        "jeden",
        "jedem",
        "jede",
        "ihr",
        "ihrem",
        "ihren",
    ]
)
_CLOSERS = frozenset("\"'“”‘’»«)]")
_BULLETS = frozenset("-–—•*·▪►")


class Token(NamedTuple):
    kind: str
    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """Tokens `first` (inclusive) to `last` (exclusive); `start`/`end` are char offsets."""

    start: int
    end: int
    first: int
    last: int


def tokenize(text: str, dotted: Iterable[str] = ()) -> list[Token]:
    """Words, numbers, abbreviations (with their dots) and punctuation, with offsets."""
    known = BUILTIN_DOTTED | {item.replace(" ", "").rstrip(".").casefold() for item in dotted}
    tokens: list[Token] = []
    position = 0
    length = len(text)
    search = _TOKEN_RE.search
    chain = _LETTER_CHAIN_RE.match
    while position < length:
        match = search(text, position)
        if match is None:
            break
        start, end = match.span()
        kind = match.lastgroup or PUNCT
        if kind == WORD:
            chained = chain(text, start) if end - start == 1 else None
            if chained is not None and (
                chained.end() == length or not _is_word_char(text[chained.end()])
            ):
                end = chained.end()
                kind = ABBR
            elif end < length and text[end] == "." and text[start:end].casefold() in known:
                end += 1
                kind = ABBR
        tokens.append(Token(kind, start, end, text[start:end]))
        position = end
    return tokens


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences over `tokens`; every token belongs to exactly one sentence."""
    sentences: list[Sentence] = []
    count = len(tokens)
    first = 0
    index = 0
    while index < count:
        token = tokens[index]
        last = index + 1
        # Closing quotes and brackets right after the end mark belong to the sentence.
        while (
            last < count
            and tokens[last].text in _CLOSERS
            and tokens[last].start == tokens[last - 1].end
        ):
            last += 1
        boundary = False
        if last >= count:
            boundary = False
        elif _paragraph_break(text, tokens[last - 1].end, tokens[last].start, tokens[last]):
            boundary = True
        elif token.kind == PUNCT and token.text in ".!?…":
            boundary = _ends_sentence(text, tokens, index, last)
        elif token.kind == ABBR and _abbreviation_ends(text, tokens, index, last):
            boundary = True
        if boundary:
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last))
            first = last
        index = last
    if first < count:
        sentences.append(Sentence(tokens[first].start, tokens[count - 1].end, first, count))
    return sentences


def _paragraph_break(text: str, gap_start: int, gap_end: int, following: Token) -> bool:
    gap = text[gap_start:gap_end]
    if "\n" not in gap:
        return False
    if gap.count("\n") >= 2 and not gap.replace("\n", "").replace("\r", "").strip(" \t\u00a0"):
        return True
    return following.text in _BULLETS or (
        following.kind == NUMBER and _numbered_item(text, following)
    )


def _numbered_item(text: str, token: Token) -> bool:
    """A line starting with "1." or "2)" is a list item."""
    return (
        token.end < len(text)
        and text[token.end] in ".)"
        and (token.end + 1 >= len(text) or text[token.end + 1] in " \t")
    )


def _starts_lowercase(token: Token) -> bool:
    return token.text[:1].islower()


def _ends_sentence(text: str, tokens: list[Token], index: int, nxt: int) -> bool:
    token = tokens[index]
    following = tokens[nxt]
    if following.start == tokens[nxt - 1].end and following.text not in _CLOSERS:
        return False  # "www.jobcenter.de", "3.Etage": no space, no new sentence
    if following.kind == PUNCT and following.text in ".!?…,;:":
        return False
    if _starts_lowercase(following):
        return False
    if token.text != "." or index == 0:
        return True
    previous = tokens[index - 1]
    if previous.end != token.start:
        return True
    if previous.kind == WORD and len(previous.text) == 1 and previous.text.isalpha():
        return False  # an initial: "Frau M. Schulze"
    if previous.kind == NUMBER and previous.text.isdigit():
        return not _ordinal(tokens, index - 1, following)
    return True


def _ordinal(tokens: list[Token], number_index: int, following: Token) -> bool:
    """Is the number before a dot an ordinal or day ("am 12. März", "der 3. Termin")?"""
    if following.kind == NUMBER:
        return True
    if following.text.casefold().rstrip(".") in MONTHS:
        return True
    if len(tokens[number_index].text) > 3:
        return False  # a year ends the sentence: "bis zum 1. Juni 2026. Danach ..."
    if number_index == 0:
        return True  # "3. Etage", "1. Schritt" at the start of the text
    before = tokens[number_index - 1]
    if before.kind == PUNCT and before.text in _BULLETS | {":", "("}:
        return True
    return before.kind == WORD and before.text.casefold() in _ORDINAL_CONTEXT


def _abbreviation_ends(text: str, tokens: list[Token], index: int, nxt: int) -> bool:
    token = tokens[index]
    if token.text.replace(" ", "").replace("\u00a0", "") not in SENTENCE_FINAL_ABBREVIATIONS:
        return False
    following = tokens[nxt]
    return following.start > token.end and following.text[:1].isupper()
