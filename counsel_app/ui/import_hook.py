"""Keep PySide6's import hook from holding the source text of every imported module.

PySide6 replaces `builtins.__import__` so that a module can say `from __feature__ import
snake_case`. After each import it asks whether the new module mentions "PySide6", and it
finds out with `inspect.getsource(module)`, which leaves the whole file in `linecache`
for the rest of the process (PYSIDE-2029). For the modules this program loads after Qt
(SQLAlchemy, pydantic, parts of the standard library) that is about 25 MiB of text that
nobody reads again, a sixth of the program's memory.

This program selects no `__feature__`; only the hook's answer matters. The check is
replaced by one that gives the same answer from the file's bytes and keeps nothing.
"""

from __future__ import annotations

import importlib
import linecache
from collections.abc import Callable
from types import ModuleType

# The private function of PySide6.support.feature that decides (PySide6 6.11, pinned below
# 6.12 in pyproject.toml; a release without it leaves everything as it is).
_CHECK = "_mod_uses_pyside"
_MARK = "_counsel_app_uncached"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True if the source file of `module` mentions PySide6, read without any cache.

    A module without a readable `.py` file (built in, extension, frozen, or in a zip
    archive) goes to `fallback`, PySide6's own check, so that every answer stays PySide6's.
    """
    path = getattr(module, "__file__", None)  # the file `inspect.getsource` would read
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            text = source.read()
    except OSError:
        return fallback(module)
    # PEP 263 allows only ASCII-compatible source encodings: the bytes match as text does.
    return b"PySide6" in text


def stop_source_caching() -> bool:
    """Replace PySide6's check and drop the sources it has cached so far.

    Returns False (and changes nothing) where PySide6 has no such check, for example a
    later release that no longer reads sources.
    """
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return False
    original = getattr(feature, _CHECK, None)
    if not callable(original):
        return False
    if not getattr(original, _MARK, False):

        def check(module: ModuleType) -> bool:
            return uses_pyside(module, original)

        setattr(check, _MARK, True)
        setattr(feature, _CHECK, check)
    linecache.clearcache()
    return True
