"""The workspace's parts from other UI modules: plain-language fields, the quality panel and
its updater, the print page. All share one language analyser, built on first use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from counsel_app.ui.plain_language import PlainLanguageEdit
from counsel_app.ui.print_page import PrintPage
from counsel_app.ui.quality_panel import QualityPanel, QualityUpdater

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.language import Analyser


def shared_analyser() -> Analyser:
    """The language analyser of the program (built and cached on first call, never at import)."""
    from counsel_app.language import default_analyser

    return default_analyser()


def make_plain_edit(level: str, parent: QWidget | None = None) -> PlainLanguageEdit:
    """A text field printed for the client, checked at the client's reading level."""
    return PlainLanguageEdit(shared_analyser, level=level, parent=parent)


def set_plain_level(edit: QPlainTextEdit, level: str) -> None:
    if isinstance(edit, PlainLanguageEdit):
        edit.set_level(level)


def make_quality_panel(parent: QWidget | None = None) -> QualityPanel:
    return QualityPanel(parent)


def make_quality_updater(
    case_provider: Callable[[], Case | None], parent: QObject, today: Callable[[], date]
) -> QualityUpdater:
    return QualityUpdater(
        case_provider, parent, analyser_provider=shared_analyser, today_provider=today
    )


def make_print_page(
    parent: QWidget, today: Callable[[], date], save_dir: Callable[[], Path] | None = None
) -> PrintPage:
    return PrintPage(parent, today_provider=today, save_dir_provider=save_dir)
