"""Write resources/language/word_frequencies_de.txt.gz from wordfreq's German word list.

python -m tools.build_word_frequencies            (re)write the file from the installed wordfreq
python -m tools.build_word_frequencies --check    fail if the file differs from what it would be

`counsel_app.language.frequencies` looks words up in this file instead of wordfreq's frequency
dictionary, which costs about 70 MiB of memory as Python objects; the file is read into one
bytes object (about 10 MB) and searched by bisection. Run this after upgrading wordfreq (a test
compares the header with the installed version and the values with wordfreq).

Format (UTF-8, gzip): a header line, then one line per token, sorted by its UTF-8 bytes:
``token<TAB>NNN`` where NNN is the three-digit index of wordfreq's frequency bucket
(the frequency is ``10 ** (-NNN / 100)``, exactly as wordfreq computes it).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "language" / "word_frequencies_de.txt.gz"
LANGUAGE = "de"
WORDLIST = "best"


def header() -> str:
    return f"# wordfreq {version('wordfreq')} lang={LANGUAGE} wordlist={WORDLIST} format=1"


def build() -> bytes:
    from wordfreq import get_frequency_list

    buckets: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(LANGUAGE, WORDLIST)):
        for word in bucket:
            if "\n" in word or "\t" in word:  # cannot happen for tokens; guards the format
                raise SystemExit(f"token with whitespace in the word list: {word!r}")
            if index > 999:
                raise SystemExit(f"bucket index {index} does not fit three digits")
            buckets[word] = index  # like wordfreq's dict: a later bucket wins
    lines = [header().encode()]
    lines += [
        word.encode() + b"\t" + b"%03d" % buckets[word]
        for word in sorted(buckets, key=lambda w: w.encode())
    ]
    text = b"\n".join(lines) + b"\n"
    return gzip.compress(text, compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        current = TARGET.read_bytes() if TARGET.exists() else b""
        if gzip.decompress(current) != gzip.decompress(data):
            print(f"{TARGET} ist veraltet: python -m tools.build_word_frequencies", file=sys.stderr)
            return 1
        print(f"{TARGET.name} ist aktuell ({header()})")
        return 0
    TARGET.write_bytes(data)
    print(f"{TARGET} geschrieben: {len(data)} Bytes ({header()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
