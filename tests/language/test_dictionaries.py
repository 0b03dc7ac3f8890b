"""The dictionary file gives exactly what pyphen and wordfreq give.

`ZipfTable` and `Hyphenator` (both reading resources/language/lexicon_de.sqlite) stand in for
`wordfreq.zipf_frequency(word, "de")` and `pyphen.Pyphen(lang="de_DE")`; both are compared
with the libraries on every word of the training cases, on the parts the compound splitter
looks up, and on thousands of words of wordfreq's list, and whole analyses are compared with
an analyser that uses the libraries themselves. The file itself is compared with what
`tools/build_lexicon.py` builds from the installed libraries.
"""

from __future__ import annotations

import gc
import json
import re
import sqlite3
import threading
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pyphen
import pytest
import wordfreq
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq.tokens import lossy_tokenize

from counsel_app.errors import UserError
from counsel_app.language import Analyser
from counsel_app.language.dictionaries import DICTIONARY_FILE, DictionaryFile
from counsel_app.language.frequencies import ZipfTable, bucket_frequency, frequency_to_zipf
from counsel_app.language.hyphenation import Hyphenator, pyphen_dictionary, read_patterns
from counsel_app.language.words import WORD_CACHE_SIZE, WordData
from counsel_app.resources import resource_path
from tools.build_lexicon import build, contents

ROOT = Path(__file__).resolve().parents[2]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@cache
def case_texts() -> tuple[str, ...]:
    paths = sorted(resource_path("cases").glob("*.json"))
    assert len(paths) >= 5
    return tuple(s for p in paths for s in _strings(json.loads(p.read_text("utf-8"))) if s)


@cache
def case_words() -> tuple[str, ...]:
    """Every word of the cases, as written and in lower case (hyphenated ones also in parts)."""
    words: set[str] = set()
    for text in case_texts():
        for word in re.findall(r"[\w'’.-]+", text):
            words.update({word, word.lower(), *word.split("-"), word.strip(".-")})
    words.discard("")
    return tuple(sorted(words))


@cache
def compound_parts() -> tuple[str, ...]:
    """Heads and tails of the cases' long words: what `split_compound` looks up."""
    parts: set[str] = set()
    for word in case_words():
        lowered = word.lower()
        if len(lowered) >= 8 and lowered.isalpha():
            parts.update(lowered[:cut] for cut in range(3, len(lowered) - 2))
            parts.update(lowered[cut:] for cut in range(3, len(lowered) - 2))
    return tuple(sorted(parts))


@cache
def list_sample() -> tuple[str, ...]:
    """Every 100th word of wordfreq's German list (over 6,000, common to rare), and variants."""
    words = list(wordfreq.iter_wordlist("de"))[::100]
    variants = [w.capitalize() for w in words[::3]] + [w + "x" for w in words[::7]]
    odd = ["", " ", "-", "2026", "12.", "3,5", "abc123", "Straße", "STRASSE", "İstanbul"]
    return tuple(words + variants + odd)


TABLE = ZipfTable.load()  # module-level for hypothesis (function-scoped fixtures are not reset)


@pytest.fixture(scope="module")
def table() -> ZipfTable:
    return TABLE


def test_data_file_was_built_from_the_installed_wordfreq_and_pyphen(table: ZipfTable) -> None:
    """After a wordfreq or pyphen upgrade: python -m tools.build_lexicon."""
    meta = table.dictionary.meta
    assert meta["wordfreq"] == version("wordfreq")
    assert (meta["wordfreq_lang"], meta["wordfreq_wordlist"]) == ("de", "best")
    assert meta["pyphen"] == version("pyphen")
    assert meta["pyphen_dictionary"] == pyphen_dictionary().name == "hyph_de_DE.dic"
    assert int(meta["pattern_maxlen"]) == max(map(len, pyphen.Pyphen(lang="de_DE").hd.patterns))


def _sqlite_version_of(path: Path) -> int:
    """SQLITE_VERSION_NUMBER of the library that last wrote the file (header offset 96)."""
    with path.open("rb") as handle:
        handle.seek(96)
        return int.from_bytes(handle.read(4), "big")


def test_data_file_holds_exactly_what_the_generator_builds(tmp_path: Path) -> None:
    committed = resource_path("language", DICTIONARY_FILE)
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    build(first)
    build(second)
    assert first.read_bytes() == second.read_bytes()  # deterministic
    fresh = contents(first)
    assert fresh == contents(committed)
    assert len(fresh["word"]) == len(wordfreq.get_frequency_dict("de")) > 600_000
    assert len(fresh["pattern"]) > 60_000
    major, minor, patch = sqlite3.sqlite_version_info
    if _sqlite_version_of(committed) == major * 1_000_000 + minor * 1000 + patch:
        assert first.read_bytes() == committed.read_bytes()


def test_word_table_is_wordfreqs_list() -> None:
    ours: dict[str, int] = dict(contents(resource_path("language", DICTIONARY_FILE))["word"])
    reference = wordfreq.get_frequency_dict("de")
    assert ours.keys() == reference.keys()
    assert all(bucket_frequency(ours[w]) == reference[w] for w in list(reference)[::97])


def test_pattern_table_is_pyphens_patterns() -> None:
    rows = contents(resource_path("language", DICTIONARY_FILE))["pattern"]
    stored = {text: (offset, tuple(vals)) for text, offset, vals in rows}
    assert stored == pyphen.Pyphen(lang="de_DE").hd.patterns


@pytest.mark.parametrize("sample", [case_words, compound_parts, list_sample])
def test_zipf_is_wordfreqs_value(table: ZipfTable, sample: Any) -> None:
    words = sample()
    assert len(words) > 1000
    ours = [table.zipf(word) for word in words]
    theirs = [wordfreq.zipf_frequency(word, "de") for word in words]
    assert ours == theirs
    assert sum(1 for value in ours if value > 0) > len(words) // 4  # not all unknown


def test_arithmetic_is_wordfreqs() -> None:
    for index in range(1000):
        assert bucket_frequency(index) == wordfreq.cB_to_freq(-index)
        frequency = bucket_frequency(index)
        assert frequency_to_zipf(frequency) == wordfreq.freq_to_zipf(frequency)


def test_own_tokens_are_wordfreqs_for_every_word_of_the_list(table: ZipfTable) -> None:
    words = [w for w in wordfreq.iter_wordlist("de")]
    words += [w.upper() for w in words[::20]] + [w.capitalize() for w in words[::20]]
    assert len(words) > 600_000
    mismatched = [w for w in words if table.tokens(w) != lossy_tokenize(w, "de")]
    assert mismatched == []


LATIN_1 = "".join(chr(c) for c in range(0x20, 0x250) if chr(c).isprintable())


@settings(max_examples=1500)
@given(st.text(alphabet=LATIN_1 + "'’-.,0123456789_", max_size=14))
def test_own_tokens_are_wordfreqs_for_generated_words(word: str) -> None:
    assert TABLE.tokens(word) == lossy_tokenize(word, "de")


SIMPLE_LETTERS = "".join(c for c in map(chr, range(0x100)) if re.fullmatch(r"[^\W\d_]", c))


@settings(max_examples=1000)
@given(st.text(alphabet=SIMPLE_LETTERS, min_size=1, max_size=14))
def test_own_tokens_are_wordfreqs_for_generated_latin_1_words(word: str) -> None:
    assert TABLE.tokens(word) == lossy_tokenize(word, "de")


@settings(max_examples=300)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABCDEFGHIJKL'-0123456789", max_size=12))
def test_zipf_of_generated_words_is_wordfreqs(word: str) -> None:
    assert TABLE.zipf(word) == wordfreq.zipf_frequency(word, "de")


def test_simple_words_need_no_wordfreq_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from counsel_app.language.frequencies import ZipfTable\n"
        "t = ZipfTable.load()\n"
        "values = [t.zipf(w) for w in ('Arbeit', 'Straße', 'Café', 'xqzt')]\n"
        "print(values[0] > 4, values[3] == 0.0, 'wordfreq' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["True", "True", "False"]


def test_bucket_finds_first_last_and_missing_tokens(table: ZipfTable) -> None:
    tokens = sorted(wordfreq.get_frequency_dict("de"), key=str.encode)
    for token in (tokens[0], tokens[1], tokens[-2], tokens[-1]):
        assert table.bucket(token) is not None
    assert table.bucket("") is None
    assert table.bucket("\uffff" * 3) is None
    assert table.bucket("zzzzzzzzzzqq") is None
    assert table.bucket("\ud800") is None  # a lone surrogate cannot be encoded: unknown


def test_hyphenation_patterns_are_pyphens() -> None:
    reference = pyphen.Pyphen(lang="de_DE").hd.patterns
    assert read_patterns(pyphen_dictionary()) == reference


@pytest.mark.parametrize("sample", [case_words, compound_parts, list_sample])
def test_hyphenation_points_are_pyphens(sample: Any) -> None:
    ours, theirs = Hyphenator.load(), pyphen.Pyphen(lang="de_DE")
    words = sample()
    assert [ours.positions(w) for w in words] == [list(theirs.positions(w)) for w in words]
    assert sum(1 for w in words if ours.count(w) > 0) > len(words) // 4
    ours.close()


def test_hyphenation_of_odd_and_very_long_words_is_pyphens() -> None:
    ours, theirs = Hyphenator.load(), pyphen.Pyphen(lang="de_DE")
    long_word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen" * 40
    words = ["", "a", ".", "..", "x.y", "Arbeit\ud800samt", "ÄÖÜß" * 5, long_word]
    assert len(long_word) * ours.dictionary.pattern_maxlen > 32766  # more than one query
    assert [ours.positions(w) for w in words] == [list(theirs.positions(w)) for w in words]
    assert ours.count(long_word) > 500
    ours.close()


@settings(max_examples=300)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABC-.'", max_size=30))
def test_hyphenation_of_generated_words_is_pyphens(word: str) -> None:
    assert HYPHENATOR.positions(word) == list(PYPHEN.positions(word))


HYPHENATOR = Hyphenator(TABLE.dictionary)
PYPHEN = pyphen.Pyphen(lang="de_DE")


class _Pyphen:
    def __init__(self) -> None:
        self._pyphen = pyphen.Pyphen(lang="de_DE")

    def count(self, word: str) -> int:
        return len(self._pyphen.positions(word))


class _Wordfreq:
    def zipf(self, word: str) -> float:
        return float(wordfreq.zipf_frequency(word, "de"))


def test_analyses_are_the_same_as_with_pyphen_and_wordfreq() -> None:
    compact, reference = Analyser(), Analyser()
    reference.words._hyphenator = _Pyphen()  # type: ignore[assignment]
    reference.words._zipf_table = _Wordfreq()  # type: ignore[assignment]
    texts = case_texts()
    for level in ("einfach", "leicht"):
        for text in texts:
            assert compact.analyse(text, level) == reference.analyse(text, level), text
    words = sorted({token.text for text in texts for token in compact.document(text).tokens})
    assert len(words) > 1000
    assert [compact.words.zipf(w) for w in words] == [reference.words.zipf(w) for w in words]
    assert [compact.words.syllables(w) for w in words] == [
        reference.words.syllables(w) for w in words
    ]
    assert sum(len(compact.analyse(t, "leicht").findings) for t in texts) > 100


def test_word_caches_stay_bounded_while_words_keep_coming() -> None:
    """Typing meets every prefix of every word: a day's analyses must not grow the caches."""
    words = WordData()
    typed = [f"Arbeitsgelegenheit{number}" for number in range(WORD_CACHE_SIZE + 500)]
    for word in typed:
        words.zipf(word)
        words.syllables(word)
    assert words.zipf.cache_info().currsize == WORD_CACHE_SIZE
    assert words.syllables.cache_info().currsize == WORD_CACHE_SIZE
    assert words.syllables(typed[0]) == words.syllables(typed[-1])  # evicted, counted again
    words.close()


def test_missing_or_broken_data_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Wörterbuch .*missing\.sqlite.*Worthäufigkeiten"):
        ZipfTable.load(tmp_path / "missing.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match="broken"):
        Hyphenator.load(broken)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:  # a database, but not a dictionary file
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(UserError, match="other"):
        DictionaryFile.open(other)
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(resource_path("language", DICTIONARY_FILE).read_bytes()[:200_000])
    # on opening or at the first lost page
    with pytest.raises(UserError, match="truncated"), DictionaryFile.open(truncated) as dictionary:
        for word in wordfreq.iter_wordlist("de"):
            dictionary.bucket(word)


def test_file_is_shared_between_threads_and_closes() -> None:
    words = list(wordfreq.iter_wordlist("de"))[::500]
    expected = [wordfreq.zipf_frequency(w, "de") for w in words]
    hyphenated = [list(PYPHEN.positions(w)) for w in words]
    analyser = Analyser()
    results: list[bool] = []

    def work() -> None:
        zipf = [analyser.words._zipf_table.zipf(w) for w in words]  # type: ignore[union-attr]
        points = [analyser.words._hyphenator.positions(w) for w in words]  # type: ignore[union-attr]
        results.append(zipf == expected and points == hyphenated)

    analyser.warm_up()
    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 4
    dictionary = analyser.words._dictionary
    assert dictionary is not None
    states = [dictionary.closed]
    analyser.close()
    states.append(dictionary.closed)
    assert states == [False, True]
    assert analyser.words._dictionary is None
    dictionary.close()  # idempotent
    with pytest.raises(sqlite3.ProgrammingError):
        dictionary.bucket("arbeit")
    assert analyser.analyse("Die Vereinbarung wird geprüft.").findings  # opens it again
    reopened: DictionaryFile | None = getattr(analyser.words, "_dictionary")  # noqa: B009 - unnarrowed
    assert reopened is not None and reopened is not dictionary
    analyser.close()


def test_an_unclosed_file_is_closed_when_collected() -> None:
    dictionary = DictionaryFile.open()
    connection = dictionary._connection
    del dictionary
    gc.collect()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        connection.execute("SELECT 1")
