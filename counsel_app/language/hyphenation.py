"""Hyphenation points of German words with pyphen's de_DE patterns, read from a file on demand.

`pyphen.Pyphen(lang="de_DE").positions(word)` gives the same points, but pyphen keeps a tuple
pair per pattern (66,000 of them, some 18 MiB with its per-word cache). Here the patterns,
parsed exactly as pyphen parses them (`read_patterns`, used by `tools/build_lexicon.py`), are
the `pattern` table of `resources/language/lexicon_de.sqlite`: `Hyphenator` fetches the
patterns of one word in one query (every substring of the pointed word up to the longest
pattern) and the caller caches the counts. The algorithm (Liang's, as in pyphen) and the
`left`/`right` limits are pyphen's, so the counts are identical (a test compares them).
pyphen itself is needed only to build the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from counsel_app.language.dictionaries import DictionaryFile

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
    """`count(word)`: number of hyphenation points (what `len(pyphen.positions(word))` is).

    `Hyphenator.load()` opens its own file (close it with `close()`); `WordData` passes the
    file it shares with the `ZipfTable`.
    """

    def __init__(self, dictionary: DictionaryFile) -> None:
        self.dictionary = dictionary
        self._maxlen = dictionary.pattern_maxlen

    @classmethod
    def load(cls, path: Path | None = None) -> Hyphenator:
        return cls(DictionaryFile.open(path))

    def close(self) -> None:
        self.dictionary.close()

    def positions(self, word: str) -> list[int]:
        """Hyphenation points of `word` (pyphen's `Pyphen(left=2, right=2).positions`)."""
        lowered = word.lower()
        pointed = f".{lowered}."
        size = len(pointed)
        maxlen = self._maxlen
        # pyphen tries every substring that starts before the final dot, up to the longest
        # pattern; the file answers which of them are patterns in one query.
        candidates = {
            pointed[i:j] for i in range(size - 1) for j in range(i + 1, min(i + maxlen, size) + 1)
        }
        references = [0] * (size + 1)
        find = pointed.find
        for text, (offset, values) in self.dictionary.patterns(list(candidates)).items():
            i = find(text)
            while 0 <= i < size - 1:  # every place pyphen finds the pattern
                for k, value in enumerate(values, i + offset):
                    if k > size:
                        break
                    if value > references[k]:  # noqa: PLR1730 - faster than max() here
                        references[k] = value
                i = find(text, i + 1)
        right = len(word) - RIGHT
        return [
            i - 1
            for i, reference in enumerate(references)
            if reference % 2 and LEFT <= i - 1 <= right
        ]

    def count(self, word: str) -> int:
        return len(self.positions(word))
