"""Factories for the widgets that other modules provide (quality panel, plain-language
editor, print page), each with a plain stand-in used while that module is not there.

The workspace creates these widgets only through the functions below, so switching from a
stand-in to the real widget (or back) is a change in one place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.language import Analyser


def _module(name: str) -> ModuleType | None:
    """`counsel_app.ui.<name>` if it exists (another error in it is not hidden)."""
    full = f"counsel_app.ui.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as err:
        if err.name == full:
            return None
        raise


def analyser_provider() -> Callable[[], Analyser]:
    """The shared language analyser, built on first call (never at import)."""

    def provide() -> Analyser:
        from counsel_app.language import default_analyser

        return default_analyser()

    return provide


# --- plain-language editor --------------------------------------------------------------------


class _PlainTextStandIn(QPlainTextEdit):
    """Stand-in for `PlainLanguageEdit`: same constructor and `set_level`, no analysis."""

    def __init__(
        self,
        analyser_provider: Callable[[], Analyser],
        level: str = "einfach",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.level = level

    def set_level(self, level: str) -> None:
        self.level = level


def make_plain_edit(level: str, parent: QWidget | None = None) -> QPlainTextEdit:
    """A text field printed for the client, checked at the client's reading level."""
    module = _module("plain_language")
    cls: Any = module.PlainLanguageEdit if module is not None else _PlainTextStandIn
    edit: QPlainTextEdit = cls(analyser_provider(), level=level, parent=parent)
    return edit


def set_plain_level(edit: QPlainTextEdit, level: str) -> None:
    setter = getattr(edit, "set_level", None)
    if setter is not None:
        setter(level)


# --- quality panel and updater ----------------------------------------------------------------


class _QualityPanelStandIn(QWidget):
    """Stand-in for `QualityPanel`: the overall score and one line per hint."""

    hintActivated = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.score_label = QLabel("Qualität wird geprüft …", self)
        self.score_label.setWordWrap(True)
        self.hint_list = QListWidget(self)
        self.hint_list.setWordWrap(True)
        self.hint_list.setAccessibleName("Hinweise zur Qualität")
        self.hint_list.itemActivated.connect(self._activated)
        self.hint_list.itemClicked.connect(self._activated)
        layout.addWidget(self.score_label)
        layout.addWidget(self.hint_list, 1)

    def show_report(self, report: Any) -> None:
        self.score_label.setText(f"Gesamt: {report.overall} von 100 (zur eigenen Reflexion)")
        self.hint_list.clear()
        for hint in report.hints:
            item = QListWidgetItem(f"{hint.message}\n→ {hint.suggestion}")
            item.setData(Qt.ItemDataRole.UserRole, hint.target)
            self.hint_list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.hintActivated.emit(str(item.data(Qt.ItemDataRole.UserRole)))


class _QualityUpdaterStandIn(QObject):
    """Stand-in for `QualityUpdater`: assesses the case 300 ms after the last change."""

    reportReady = Signal(object)  # noqa: N815

    def __init__(
        self,
        case_provider: Callable[[], Case],
        parent: QObject | None = None,
        *,
        today_provider: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._provider = case_provider
        self._today = today_provider
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._run)

    def schedule(self) -> None:
        self._timer.start()

    def start_warm_up(self) -> None:
        pass

    def _run(self) -> None:
        from counsel_app.quality import assess

        self.reportReady.emit(assess(self._provider(), self._today()))


def make_quality_panel(parent: QWidget | None = None) -> QWidget:
    module = _module("quality_panel")
    panel: QWidget = (
        module.QualityPanel(parent) if module is not None else _QualityPanelStandIn(parent)
    )
    return panel


def make_quality_updater(
    case_provider: Callable[[], Case | None], parent: QObject, today: Callable[[], date]
) -> Any:
    module = _module("quality_panel")
    cls: Any = module.QualityUpdater if module is not None else _QualityUpdaterStandIn
    return cls(case_provider, parent, today_provider=today)


# --- print page -------------------------------------------------------------------------------


class _PrintPageStandIn(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "Der Ausdruck (Ausfertigung für die Kundin oder den Kunden, Aktenexemplar) "
            "wird hier vorbereitet. Bis dahin: Befehl „counsel-app print“.",
            parent,
        )
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMargin(12)

    def set_case(self, case: Case | None) -> None:
        pass


def make_print_page(parent: QWidget, today: Callable[[], date]) -> QWidget:
    module = _module("print_page")
    if module is None:
        return _PrintPageStandIn(parent)
    page: QWidget = module.PrintPage(parent, today_provider=today)
    return page
