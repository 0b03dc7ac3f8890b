"""The installed PySide6 keeps Python's reference counts of None, True and False.

PySide6 6.12.0 dropped one reference to None on every call of a method that returns it.
On CPython < 3.12 (None is immortal only from 3.12 on) the program then aborts with
"none_dealloc" after some thousand calls: a crash in the middle of a working day. This test
fails for such a release, so it cannot slip in through a dependency update.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

CALLS = 500


def test_qt_calls_keep_the_reference_counts_of_none_true_and_false(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for _ in range(CALLS):
        edit.setText("x")  # returns None
        edit.isReadOnly()  # returns False
        edit.isEnabled()  # returns True
    after = [sys.getrefcount(value) for value in (None, True, False)]
    # A few references may come and go elsewhere; a leak of one per call is 500.
    assert all(abs(a - b) < CALLS // 10 for a, b in zip(after, before, strict=True)), (
        before,
        after,
    )
