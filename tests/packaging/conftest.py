"""The packaging scripts live in packaging/ (not a Python package: the name would shadow PyPI's
`packaging`); the tests import its modules by putting that folder on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

for folder in (PACKAGING, PACKAGING / "hooks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
