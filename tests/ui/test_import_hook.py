"""PySide6's import hook no longer keeps the source of every imported module in memory.

Each check runs in a fresh interpreter: the test process has long since imported
everything, and the hook looks at a module only once.
"""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest

from counsel_app.ui.import_hook import uses_pyside
from tests.support.processes import run_fresh_python

# Imports two new modules after PySide6, one naming it and one not, and reports what
# linecache holds of them and how PySide6's hook classified them.
IMPORT_TWO = """
import json, linecache, sys
from pathlib import Path
folder = Path(sys.argv[1])
(folder / "names_qt.py").write_text("import PySide6  # a Qt module\\nVALUE = 1\\n")
(folder / "plain_mod.py").write_text("VALUE = 2\\n" * 1000)
sys.path.insert(0, str(folder))
import PySide6.QtCore
from PySide6.support import feature
if sys.argv[2] == "stop":
    from counsel_app.ui.import_hook import stop_source_caching
    assert stop_source_caching()
    assert stop_source_caching()  # a second call changes nothing
elif sys.argv[2] == "app":
    from counsel_app.ui.app import setup_application
    setup_application(["test"])
import names_qt, plain_mod
cached = [name for name in linecache.cache if name.startswith(str(folder))]
print(json.dumps({
    "cached": sorted(Path(name).name for name in cached),
    "names_qt": feature.pyside_feature_dict.get("names_qt"),
    "plain_mod": feature.pyside_feature_dict.get("plain_mod"),
    "wrapped_once": feature._mod_uses_pyside.__closure__[0].cell_contents.__name__,
}))
"""


def _report(script: str, folder: Path, mode: str) -> dict[str, object]:
    out = run_fresh_python(script, str(folder), mode)
    return dict(json.loads(out.strip().splitlines()[-1]))


# PySide6's own `_mod_uses_pyside` has no closure to look into.
IMPORT_TWO_PLAIN = IMPORT_TWO.replace(
    '    "wrapped_once": feature._mod_uses_pyside.__closure__[0].cell_contents.__name__,\n', ""
)


def test_pyside_alone_keeps_the_sources_of_imported_modules(tmp_path: Path) -> None:
    """What the hook is for: PySide6 by itself caches every module it looks at."""
    report = _report(IMPORT_TWO_PLAIN, tmp_path, "plain")
    assert report["cached"] == ["names_qt.py", "plain_mod.py"]
    assert (report["names_qt"], report["plain_mod"]) == (0, -1)


@pytest.mark.parametrize("mode", ["stop", "app"])
def test_stopped_caching_keeps_nothing_and_classifies_alike(tmp_path: Path, mode: str) -> None:
    """`stop_source_caching` itself, and the program's start (`setup_application`)."""
    report = _report(IMPORT_TWO, tmp_path, mode)
    assert report["cached"] == []
    # The same answers as PySide6's own check: 0 = uses PySide6, -1 = ignore the module.
    assert (report["names_qt"], report["plain_mod"]) == (0, -1)
    assert report["wrapped_once"] == "_mod_uses_pyside"  # PySide6's, not our own wrapper


def test_stop_source_caching_drops_what_was_cached_before() -> None:
    out = run_fresh_python(
        "import linecache, PySide6.QtCore, email.message\n"
        "before = len(linecache.cache)\n"
        "from counsel_app.ui.import_hook import stop_source_caching\n"
        "stop_source_caching()\n"
        "print(before, len(linecache.cache))\n"
    )
    before, after = (int(n) for n in out.split())
    assert before > 0
    assert after == 0


def test_modules_without_a_readable_source_file_go_to_pysides_check(tmp_path: Path) -> None:
    asked: list[str] = []

    def fallback(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    assert uses_pyside(types.ModuleType("built_in_like"), fallback) is False
    assert asked == ["built_in_like"]

    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert uses_pyside(gone, fallback) is False
    assert asked == ["built_in_like", "gone"]


@pytest.mark.parametrize(
    ("text", "expected"), [("from PySide6 import QtCore\n", True), ("x = 1\n", False)]
)
def test_source_files_are_read_as_bytes(tmp_path: Path, text: str, expected: bool) -> None:
    path = tmp_path / "mod.py"
    path.write_text(text, encoding="latin-1")
    module = types.ModuleType("mod")
    module.__file__ = str(path)
    assert uses_pyside(module, lambda _m: pytest.fail("a .py file needs no fallback")) is expected
