"""Write resources/language/lexicon_de.sqlite: wordfreq's German list, pyphen's de_DE patterns.

python -m tools.build_lexicon            (re)write the file from the installed wordfreq and pyphen
python -m tools.build_lexicon --check    fail if the file's tables differ from what they would be

`counsel_app.language` looks words up in this file (`counsel_app.language.dictionaries`)
instead of holding wordfreq's list (about 70 MiB as Python objects) or pyphen's patterns
(about 10 MiB) in memory. Run this after upgrading wordfreq or pyphen: a test compares the
file's tables with what this script builds from the installed libraries.

Tables (schema in `counsel_app.language.dictionaries.SCHEMA`, format in `PRAGMA user_version`):
- `word(text, bucket)`: every token of wordfreq's list with the index of its frequency bucket
  (the frequency is ``10 ** (-bucket / 100)``, exactly as wordfreq computes it);
- `pattern(text, offset, vals)`: pyphen's patterns as `read_patterns` parses them, the values
  as a BLOB of one byte each;
- `meta(key, value)`: versions, dictionary file name, longest pattern, row counts.

The file is built in one transaction with 4096-byte pages and VACUUMed, so the same inputs
and the same SQLite version give the same bytes (`--check` says whether they did).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

from counsel_app.language.dictionaries import DICTIONARY_FILE, FORMAT, SCHEMA
from counsel_app.language.hyphenation import pyphen_dictionary, read_patterns

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "language" / DICTIONARY_FILE
LANGUAGE = "de"
WORDLIST = "best"
HYPHENATION = "de_DE"
TABLES = ("meta", "word", "pattern")


def word_buckets() -> dict[str, int]:
    """wordfreq's tokens with their bucket index (like wordfreq's dict: a later bucket wins)."""
    from wordfreq import get_frequency_list

    buckets: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(LANGUAGE, WORDLIST)):
        for word in bucket:
            buckets[word] = index
    return buckets


def build(target: Path) -> None:
    """Write the dictionary file to `target` (atomically: temporary file, fsync, replace)."""
    buckets = word_buckets()
    dictionary = pyphen_dictionary(HYPHENATION)
    patterns = read_patterns(dictionary)
    meta = {
        "format": str(FORMAT),
        "wordfreq": version("wordfreq"),
        "wordfreq_lang": LANGUAGE,
        "wordfreq_wordlist": WORDLIST,
        "word_count": str(len(buckets)),
        "pyphen": version("pyphen"),
        "pyphen_dictionary": dictionary.name,
        "pattern_count": str(len(patterns)),
        "pattern_maxlen": str(max(len(text) for text in patterns)),
    }
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute("PRAGMA page_size = 4096")
            connection.execute(f"PRAGMA user_version = {FORMAT}")
            connection.execute("BEGIN")
            for statement in SCHEMA:
                connection.execute(statement)
            connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
            words = sorted(buckets.items(), key=_utf8)
            connection.executemany("INSERT INTO word VALUES (?, ?)", words)
            connection.executemany(
                "INSERT INTO pattern VALUES (?, ?, ?)",
                [
                    (text, offset, bytes(values))
                    for text, (offset, values) in sorted(patterns.items(), key=_utf8)
                ],
            )
            connection.execute("COMMIT")
            connection.execute("VACUUM")
        finally:
            connection.close()
        temporary.chmod(0o644)  # mkstemp makes it owner-only; this is a shipped resource
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _utf8(item: tuple[str, object]) -> bytes:
    return item[0].encode()


def contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the format number), for comparisons."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables: dict[str, list[tuple[Any, ...]]] = {
            "user_version": [tuple(connection.execute("PRAGMA user_version").fetchone())],
            "schema": connection.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY name"
            ).fetchall(),
        }
        for table in TABLES:
            tables[table] = connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        return tables
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    if not args.check:
        build(TARGET)
        print(f"{TARGET} geschrieben: {TARGET.stat().st_size} Bytes")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / DICTIONARY_FILE
        build(fresh)
        if not TARGET.exists() or contents(TARGET) != contents(fresh):
            print(f"{TARGET} ist veraltet: python -m tools.build_lexicon", file=sys.stderr)
            return 1
        same = TARGET.read_bytes() == fresh.read_bytes()
        print(
            f"{TARGET.name} ist aktuell (Tabellen gleich, Datei "
            f"{'byte-gleich' if same else 'nicht byte-gleich: andere SQLite-Version'})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
