"""Quality feedback beside the plan: seven dimension bars, the overall score and the hints.

`QualityPanel` shows a `QualityReport`; `QualityUpdater` makes one after the counsellor
stopped typing for `debounce_ms`.

Timing (see benchmarks/bench_quality_panel.py): once the language dictionaries are loaded,
`assess()` of a large plan takes a few milliseconds because the text analyses are cached and
only the edited text is analysed again; the panel update adds about a millisecond. That is
well under one frame (16 ms), so the work after the debounce runs on the GUI thread: no
thread hand-over, no stale report racing a newer one.

The first load of the dictionaries (about a second) runs on a pool thread (`AnalyserWarmUp`).
Until it has finished the updater sends no report: a report without the plain-language checks
would show "Verständlichkeit 100" and then drop a second later, which reads like a judgement
changing for no reason. The panel says "wird vorbereitet" instead (`QualityPanel.show_waiting`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS, Hint, QualityReport
from counsel_app.ui.analyser_warmup import warm_up_for

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.language import Analyser
    from counsel_app.quality import PlanCorpus

REFLECTION_NOTE = (
    "Diese Rückmeldung ist für Ihre eigene Reflexion gedacht. Sie ist keine Bewertung "
    "oder Rangliste von Mitarbeitenden; ein niedriger Wert blockiert nichts."
)
WAITING_TEXT = "Die Rückmeldung wird vorbereitet (Wörterbücher werden geladen) …"
NO_HINTS_TEXT = "Keine Hinweise: Der Plan erfüllt alle Prüfpunkte."

TARGET_ROLE = Qt.ItemDataRole.UserRole
SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2

# Muted colours for orientation only; the number beside each bar carries the information.
_HIGH, _MEDIUM, _LOW = "#3a7d44", "#b7791f", "#b5523b"
SUGGESTION_COLOUR = QColor("#4a5560")  # contrast 7:1 on white


def score_colour(value: int) -> str:
    if value >= 80:
        return _HIGH
    return _MEDIUM if value >= 50 else _LOW


def hint_count(count: int) -> str:
    return "1 Hinweis" if count == 1 else f"{count} Hinweise"


# --- the hint list --------------------------------------------------------------------------


class HintDelegate(QStyledItemDelegate):
    """Paints a hint as its message with the suggestion below, wrapped to the list width;
    dimension headers in bold."""

    PAD_X = 8
    PAD_Y = 5
    GAP = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QListWidget):
            width = widget.viewport().width()
        else:
            width = option.rect.width()
        return max(80, width - 2 * self.PAD_X)

    def _parts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[bool, str, str]:
        header = bool(index.data(HEADER_ROLE))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        suggestion = str(index.data(SUGGESTION_ROLE) or "")
        return header, text, suggestion

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        header, text, suggestion = self._parts(index)
        bold, plain = self._fonts(option)
        width = self._width(option)
        flags = Qt.TextFlag.TextWordWrap
        main = QFontMetrics(bold if header else plain).boundingRect(
            QRect(0, 0, width, 100000), flags, text
        )
        height = main.height() + 2 * self.PAD_Y
        if header:
            height += 6  # space above a new group
        if suggestion:
            height += (
                self.GAP
                + QFontMetrics(plain)
                .boundingRect(QRect(0, 0, width - 12, 100000), flags, suggestion)
                .height()
            )
        return QSize(width + 2 * self.PAD_X, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        header, text, suggestion = self._parts(index)
        bold, plain = self._fonts(option)
        rect = QRect(option.rect)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif header:
            painter.fillRect(rect.adjusted(0, 6, 0, 0), palette.color(QPalette.ColorRole.Window))
        active = QPalette.ColorGroup.Active  # headers are disabled items: keep them readable
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(active, role)
        inner = rect.adjusted(self.PAD_X, self.PAD_Y + (6 if header else 0), -self.PAD_X, 0)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.setPen(text_colour)
        painter.setFont(bold if header else plain)
        used = painter.drawText(inner, flags, text)
        if suggestion:
            painter.setFont(plain)
            if not selected:
                painter.setPen(SUGGESTION_COLOUR)
            below = inner.adjusted(12, used.height() + self.GAP, 0, 0)
            painter.drawText(below, flags, suggestion)
        if option.state & QStyle.StateFlag.State_HasFocus and not header:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight).darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class HintList(QListWidget):
    """The hints, grouped under their dimension; Enter or a click chooses one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(HintDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Hinweise zum Plan")
        self.setAccessibleDescription(
            "Pfeiltasten wählen einen Hinweis, die Eingabetaste springt zur Stelle im Plan."
        )
        self.clicked.connect(self._choose)

    def _choose(self, index: QModelIndex) -> None:
        target = index.data(TARGET_ROLE)
        if target:
            self.chosen.emit(str(target))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped heights depend on the width

    def set_hints(self, report: QualityReport) -> None:
        current = self.currentItem()
        keep = (current.data(TARGET_ROLE), current.text()) if current is not None else None
        self.clear()
        if not report.hints:
            item = QListWidgetItem(NO_HINTS_TEXT)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setData(HEADER_ROLE, True)
            self.addItem(item)
            return
        for dimension, hints in report.by_dimension().items():
            if not hints:
                continue
            label = f"{DIMENSION_LABELS[dimension]} – {hint_count(len(hints))}"
            header = QListWidgetItem(label)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(HEADER_ROLE, True)
            header.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.addItem(header)
            for hint in hints:
                self.addItem(self._hint_item(hint))
        if keep is not None:
            self._restore_current(*keep)

    @staticmethod
    def _hint_item(hint: Hint) -> QListWidgetItem:
        item = QListWidgetItem(hint.message)
        suggestion = hint.suggestion.strip()
        item.setData(TARGET_ROLE, hint.target)
        item.setData(SUGGESTION_ROLE, f"Vorschlag: {suggestion}" if suggestion else "")
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{DIMENSION_LABELS[hint.dimension]}: {hint.message} Vorschlag: {suggestion}",
        )
        item.setToolTip("Eingabetaste oder Klick: zur Stelle im Plan springen")
        return item

    def _restore_current(self, target: object, text: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(TARGET_ROLE) == target and item.text() == text:
                self.setCurrentRow(row)
                return


# --- the panel ------------------------------------------------------------------------------


class ScoreBar(QProgressBar):
    """A 0–100 bar whose colour follows the score."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_score(None)

    def set_score(self, value: int | None) -> None:
        self.setValue(value or 0)
        colour = score_colour(value) if value is not None else "#c8c8c8"
        self.setStyleSheet(
            "QProgressBar { border: 1px solid #b8bec6; border-radius: 3px;"
            " background-color: #eef0f3; }"
            f" QProgressBar::chunk {{ background-color: {colour}; border-radius: 2px; }}"
        )
        shown = "noch kein Wert" if value is None else f"{value} von 100"
        self.setAccessibleName(f"{self._name}: {shown}")


class QualityPanel(QWidget):
    """The seven dimension scores, the overall score and the hints of one report.

    `hintActivated(target)` is emitted when a hint is clicked or chosen with Enter; the
    target is `plan`, `goal:ID`, `step:ID` or `obstacle:ID`.
    """

    hintActivated = Signal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPanel")
        self.setAccessibleName("Rückmeldung zur Qualität des Plans")
        self.report: QualityReport | None = None
        self._bars: dict[str, ScoreBar] = {}
        self._values: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        title = QLabel("Rückmeldung zum Plan", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._add_row(grid, 0, "overall", "Gesamt", bold=True)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 3)
        for row, dimension in enumerate(DIMENSIONS, start=2):
            self._add_row(grid, row, dimension, DIMENSION_LABELS[dimension])
        layout.addLayout(grid)

        self.note_label = QLabel(REFLECTION_NOTE, self)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("QLabel { color: #555b63; font-style: italic; }")
        layout.addWidget(self.note_label)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("QLabel { font-weight: bold; }")
        layout.addWidget(self.status_label)

        self.hint_list = HintList(self)
        self.hint_list.chosen.connect(self.hintActivated)
        self.status_label.setBuddy(self.hint_list)
        layout.addWidget(self.hint_list, 1)
        self.show_waiting()

    def _add_row(
        self, grid: QGridLayout, row: int, key: str, text: str, bold: bool = False
    ) -> None:
        label = QLabel(text, self)
        value = QLabel("–", self)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("100") + 4)
        if bold:
            for widget in (label, value):
                font = widget.font()
                font.setBold(True)
                widget.setFont(font)
        bar = ScoreBar(text, self)
        grid.addWidget(label, row, 0)
        grid.addWidget(bar, row, 1)
        grid.addWidget(value, row, 2)
        self._bars[key] = bar
        self._values[key] = value

    # --- API ---

    def show_waiting(self, text: str = WAITING_TEXT) -> None:
        """No report yet (dictionaries still loading, or no case)."""
        self.status_label.setText(text)
        self.status_label.show()
        if self.report is None:
            for key, bar in self._bars.items():
                bar.set_score(None)
                self._values[key].setText("–")

    def show_report(self, report: QualityReport) -> None:
        unchanged = self.report is not None and self.report.hints == report.hints
        self.report = report
        self._set("overall", report.overall)
        for dimension in DIMENSIONS:
            self._set(dimension, report.dimensions.get(dimension, 0))
        self.status_label.setText(f"&Hinweise: {len(report.hints)}" if report.hints else "")
        self.status_label.setVisible(bool(report.hints))
        if not unchanged:  # most keystrokes change no hint: keep the list and its layout
            self.hint_list.set_hints(report)

    def _set(self, key: str, value: int) -> None:
        self._bars[key].set_score(value)
        self._values[key].setText(str(value))

    def score_text(self, key: str) -> str:
        """The number shown beside a bar ('overall' or a dimension)."""
        return self._values[key].text()

    def hint_rows(self) -> list[tuple[str, str]]:
        """(target, message) of every hint row in display order (for tests and tools)."""
        rows = []
        for row in range(self.hint_list.count()):
            item = self.hint_list.item(row)
            if item.data(TARGET_ROLE):
                rows.append((str(item.data(TARGET_ROLE)), item.text()))
        return rows


# --- the updater ----------------------------------------------------------------------------


class QualityUpdater(QObject):
    """Runs `assess()` on the current case `debounce_ms` after the last `schedule()`.

    `case_provider` returns the case as edited so far (or None: nothing to assess).
    `reportReady(report)` carries the new `QualityReport`. `waiting` is emitted when a report
    is due but the dictionaries are still loading; the report follows when they are.
    `last_work_ms` is how long the last assess took on the GUI thread.
    """

    reportReady = Signal(object)  # noqa: N815 (Qt naming)
    waiting = Signal()

    def __init__(
        self,
        case_provider: Callable[[], Case | None],
        parent: QObject | None = None,
        *,
        analyser_provider: Callable[[], Analyser] | None = None,
        debounce_ms: int = 300,
        today_provider: Callable[[], date] | None = None,
        corpus_provider: Callable[[], PlanCorpus | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._case_provider = case_provider
        self._analyser_provider = analyser_provider or _default_analyser
        self._today = today_provider or date.today
        self._corpus_provider = corpus_provider
        self._pending = False
        self.last_work_ms = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self._due)

    @property
    def analyser(self) -> Analyser:
        return self._analyser_provider()

    @property
    def is_ready(self) -> bool:
        return warm_up_for(self.analyser).is_ready

    def start_warm_up(self) -> None:
        """Load the dictionaries on a pool thread now (call once the window is shown)."""
        warm = warm_up_for(self.analyser)
        if not warm.is_ready:
            warm.ready.connect(self._warm, Qt.ConnectionType.UniqueConnection)
        warm.start()

    @Slot()
    def schedule(self) -> None:
        """The case changed: report again after the debounce (restarts the timer)."""
        self.start_warm_up()
        self.timer.start()

    def cancel(self) -> None:
        self.timer.stop()
        self._pending = False

    def _warm(self) -> None:
        if self._pending and not self.timer.isActive():
            self.update_now()

    def _due(self) -> None:
        if not self.is_ready:
            self._pending = True
            self.waiting.emit()
            self.start_warm_up()
            return
        self.update_now()

    def update_now(self) -> QualityReport | None:
        """Assess the current case now (GUI thread) and emit the report; None if no case."""
        from counsel_app.quality import assess

        self._pending = False
        case = self._case_provider()
        if case is None:
            return None
        started = time.perf_counter()
        corpus = self._corpus_provider() if self._corpus_provider is not None else None
        report = assess(case, self._today(), analyser=self.analyser, corpus=corpus)
        self.last_work_ms = (time.perf_counter() - started) * 1000
        self.reportReady.emit(report)
        return report


def _default_analyser() -> Analyser:
    from counsel_app.language import default_analyser

    return default_analyser()
