"""Hyphenation points of German words with pyphen's de_DE patterns, kept compact.

`pyphen.Pyphen(lang="de_DE").positions(word)` gives the same points, but pyphen keeps a tuple
pair per pattern (66,000 of them, some 18 MiB with its per-word cache). Here the same
patterns, parsed exactly as pyphen parses them, share their (about 2,500 distinct) value
tuples, and the caller caches the counts. The algorithm (Liang's, as in pyphen) and the
`left`/`right` limits are pyphen's, so the counts are identical (a test compares them).
"""

from __future__ import annotations

import re
from pathlib import Path

# As in pyphen: "^^hh" escapes, pattern = optional digit + letter pairs, ignored lines.
_PARSE_HEX = re.compile(r"\^{2}([0-9a-f]{2})").sub
_PARSE = re.compile(r"(\d?)(\D?)").findall
_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)
_VALUES = {"": 0, **{str(n): n for n in range(10)}}
LEFT = 2  # pyphen's defaults: no syllable of one letter at either end
RIGHT = 2


def pyphen_dictionary(lang: str = "de_DE") -> Path:
    """The `hyph_*.dic` file pyphen uses for `lang`."""
    import pyphen

    return Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])


def read_patterns(path: Path) -> dict[str, tuple[int, tuple[int, ...]]]:
    """`pattern letters -> (offset, values)` exactly as pyphen's `HyphDict` reads them."""
    with path.open("rb") as handle:
        encoding = handle.readline().decode().strip()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    patterns: dict[str, tuple[int, tuple[int, ...]]] = {}
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}
    # Line by line (pyphen splits the whole text at "\n": the same lines, without holding
    # them all at once).
    with path.open(encoding=encoding, newline="\n") as lines:
        next(lines, None)  # the encoding line
        for line in lines:
            _add_pattern(line.strip(), patterns, shared)
    return patterns


def _add_pattern(
    pattern: str,
    patterns: dict[str, tuple[int, tuple[int, ...]]],
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]],
) -> None:
    if not pattern or pattern.startswith(_IGNORED):
        return
    pattern = _PARSE_HEX(lambda match: chr(int(match.group(1), 16)), pattern)
    if "/" in pattern and "=" in pattern:
        # a nonstandard hyphenation ("ck=k/..."): only its points count here, and pyphen
        # gives them the same numeric values
        pattern = pattern.split("/", 1)[0]
    pairs = _PARSE(pattern)
    digits, letters = zip(*pairs, strict=True)
    values = tuple([_VALUES[d] if d in _VALUES else int(d) for d in digits])
    if max(values) == 0:
        return
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    entry = (start, values[start:end])
    patterns["".join(letters)] = shared.setdefault(entry, entry)


class Hyphenator:
    """`count(word)`: number of hyphenation points (what `len(pyphen.positions(word))` is)."""

    def __init__(self, patterns: dict[str, tuple[int, tuple[int, ...]]]) -> None:
        self._patterns = patterns
        self._maxlen = max(len(key) for key in patterns)

    @classmethod
    def load(cls, lang: str = "de_DE") -> Hyphenator:
        return cls(read_patterns(pyphen_dictionary(lang)))

    def positions(self, word: str) -> list[int]:
        """Hyphenation points of `word` (pyphen's `Pyphen(left=2, right=2).positions`)."""
        lowered = word.lower()
        pointed = f".{lowered}."
        size = len(pointed)
        references = [0] * (size + 1)
        get, maxlen = self._patterns.get, self._maxlen
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                pattern = get(pointed[i:j])
                if not pattern:
                    continue
                offset, values = pattern
                first = i + offset
                for k, value in enumerate(values, first):
                    if k > size:
                        break
                    if value > references[k]:  # noqa: PLR1730 - faster than max() here
                        references[k] = value
        right = len(word) - RIGHT
        return [
            i - 1
            for i, reference in enumerate(references)
            if reference % 2 and LEFT <= i - 1 <= right
        ]

    def count(self, word: str) -> int:
        return len(self.positions(word))
