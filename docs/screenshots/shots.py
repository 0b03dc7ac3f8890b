"""What the screenshot scripts share: where the pictures go, waiting for Qt, taking one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

DOCS = Path(__file__).resolve().parents[1]


def settle(ms: int = 300) -> None:
    """Let Qt run its event loop for `ms` milliseconds (layouts, paints, timers)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    """Show `widget`, let it settle and save what it shows as docs/`name`."""
    widget.show()
    settle()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)
