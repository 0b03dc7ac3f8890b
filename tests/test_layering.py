"""Only counsel_app.ui may import Qt: every other package must import with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import counsel_app

QT_FREE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(counsel_app.__path__, prefix="counsel_app.")
    if not info.name.startswith("counsel_app.ui")
)


def test_there_are_modules_to_check() -> None:
    assert "counsel_app.domain.case" in QT_FREE_MODULES
    assert "counsel_app.cli.main" in QT_FREE_MODULES


def test_qt_free_packages_import_without_pyside6() -> None:
    code = (
        "import sys, importlib\n"
        "sys.modules['PySide6'] = None\n"
        f"for name in {QT_FREE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6.') for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_blocking_really_blocks() -> None:
    """Guards the test above: a module that imports Qt must fail under the same blocking."""
    code = "import sys\nsys.modules['PySide6'] = None\nimport PySide6.QtCore\n"
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "ModuleNotFoundError" in result.stderr or "ImportError" in result.stderr
