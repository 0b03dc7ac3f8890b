"""Run Python code in a fresh interpreter: for what a test process that already imported
everything cannot show (which modules a start loads, what a first paint sees)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_fresh_python(script: str, *args: str, timeout: float = 60) -> str:
    """Run `script` with the repository on the path, Qt offscreen and no passphrase in the
    environment; fail the test with its stderr unless it exits 0; return its stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COUNSEL_APP_PASSPHRASE", None)
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
