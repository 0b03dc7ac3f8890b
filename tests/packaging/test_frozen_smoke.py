"""The smoke test of the frozen build (packaging/smoke_test.py), only when asked for.

Building takes about half a minute and the test another half on two cores, so the normal suite
skips it. `./dev.sh package` runs it directly; from pytest:

    COUNSEL_APP_PACKAGE_SMOKE=1 .venv/bin/python -m pytest tests/packaging -k frozen
    COUNSEL_APP_PACKAGE_SMOKE=build ...     # rebuild dist/counsel-app first
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from .conftest import PACKAGING

MODE = os.environ.get("COUNSEL_APP_PACKAGE_SMOKE", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not MODE, reason="set COUNSEL_APP_PACKAGE_SMOKE=1 (or =build) to run"),
]


def test_frozen_program_passes_the_smoke_test() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (the build extra)")
    command = [sys.executable, str(PACKAGING / "smoke_test.py")]
    if MODE == "build":
        command.append("--build")
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
