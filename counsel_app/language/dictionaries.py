"""`DictionaryFile`: the read-only SQLite file with the word frequencies and hyphenation patterns.

`resources/language/lexicon_de.sqlite` (written by `tools/build_lexicon.py`) holds

- `word(text, bucket)`: wordfreq's German word list, one row per token with the index of its
  frequency bucket (the frequency is ``10 ** (-bucket / 100)``), as wordfreq stores it;
- `pattern(text, offset, vals)`: pyphen's de_DE hyphenation patterns as `read_patterns` parses
  them (`vals` is a BLOB, one byte per value);
- `meta(key, value)`: provenance (wordfreq and pyphen versions, dictionary file name) and the
  longest pattern length (`pattern_maxlen`).

Keeping the two dictionaries in memory cost about 20 MiB and 400 ms on first use; the file is
queried instead, one indexed lookup per uncached word, through a small page cache (1 MiB).
The standard library's `sqlite3` opens it read-only and immutable (no locks, no journal), so
it also works from a read-only installation folder. This is a resource file, not the
encrypted case store: `language` stays independent of `storage`.

One connection serves all threads (the GUI warms the analyser up on a pool thread and then
uses it on the GUI thread); a lock serialises the queries. `close()` closes it; an unclosed
file is closed when its owner is garbage collected.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path

from counsel_app.errors import UserError

DICTIONARY_FILE = "lexicon_de.sqlite"
FORMAT = 1  # PRAGMA user_version of the file; bump when the schema changes
SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE word (text TEXT PRIMARY KEY, bucket INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE pattern (text TEXT PRIMARY KEY, offset INTEGER NOT NULL, vals BLOB NOT NULL)"
    " WITHOUT ROWID",
)
CACHE_KIB = 1024  # SQLite page cache of the connection
_MIN_BATCH = 16  # IN lists are padded to a power of two: few distinct cached statements


def _close(connection: sqlite3.Connection, lock: threading.Lock) -> None:
    with lock:
        connection.close()


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


class DictionaryFile:
    """A read-only connection to `lexicon_de.sqlite`, safe to share between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except (sqlite3.Error, ValueError) as err:
            raise self._error(err) from err
        self._connection = connection
        self._closer = weakref.finalize(self, _close, connection, self._lock)
        try:
            connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            (version,) = connection.execute("PRAGMA user_version").fetchone()
            if version != FORMAT:
                raise ValueError(f"Format {version} statt {FORMAT}")
            self.meta: dict[str, str] = dict(connection.execute("SELECT key, value FROM meta"))
            self.pattern_maxlen = int(self.meta["pattern_maxlen"])
            self._max_variables = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except (sqlite3.Error, ValueError, KeyError) as err:
            self.close()
            raise self._error(err) from err

    @classmethod
    def open(cls, path: Path | None = None) -> DictionaryFile:
        """Open `path` (default: the bundled `resources/language/lexicon_de.sqlite`)."""
        if path is None:
            from counsel_app.resources import resource_path

            path = resource_path("language", DICTIONARY_FILE)
        return cls(path)

    def _error(self, err: Exception) -> UserError:
        detail = f"{err} fehlt" if isinstance(err, KeyError) else str(err).rstrip(".")
        return UserError(
            f"Wörterbuch {self.path} (Worthäufigkeiten und Silbentrennung) kann nicht gelesen "
            f"werden: {detail}."
        )

    def close(self) -> None:
        """Close the connection (idempotent); queries afterwards are an error."""
        self._closer()

    @property
    def closed(self) -> bool:
        return not self._closer.alive

    def __enter__(self) -> DictionaryFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def bucket(self, token: str) -> int | None:
        """wordfreq's bucket index of `token`, or None if the list does not have it."""
        try:
            with self._lock:
                row = self._connection.execute(
                    "SELECT bucket FROM word WHERE text = ?", (token,)
                ).fetchone()
        except UnicodeEncodeError:  # a lone surrogate: no token of the list
            return None
        except sqlite3.ProgrammingError:  # used after close(): a bug, not the file
            raise
        except sqlite3.Error as err:
            raise self._error(err) from err
        return None if row is None else int(row[0])

    def patterns(self, candidates: Sequence[str]) -> dict[str, tuple[int, bytes]]:
        """The hyphenation patterns among `candidates` (distinct strings): text -> offset, vals."""
        found: dict[str, tuple[int, bytes]] = {}
        limit = self._max_variables
        for first in range(0, len(candidates), limit):
            batch = list(candidates[first : first + limit])
            try:
                rows = self._pattern_rows(batch)
            except UnicodeEncodeError:  # lone surrogates: they match no pattern
                rows = self._pattern_rows([text for text in batch if _encodable(text)])
            for text, offset, vals in rows:
                found[text] = (offset, vals)
        return found

    def _pattern_rows(self, batch: list[str]) -> list[tuple[str, int, bytes]]:
        size = _MIN_BATCH
        while size < len(batch):
            size *= 2
        size = min(size, self._max_variables)
        batch += [""] * (size - len(batch))  # no pattern is empty
        query = f"SELECT text, offset, vals FROM pattern WHERE text IN ({','.join('?' * size)})"
        try:
            with self._lock:
                return self._connection.execute(query, batch).fetchall()
        except sqlite3.ProgrammingError:  # used after close(): a bug, not the file
            raise
        except sqlite3.Error as err:
            raise self._error(err) from err
