"""A small line chart of the GAS T-score per review, drawn with QPainter.

The same figures are given as text (`summary()`): as the accessible description of the
chart and in the caption under it, so nobody depends on seeing the drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from counsel_app.quality.gas import GasPoint

T_MIN, T_MAX = 20.0, 80.0  # ±3 standard deviations around 50
GRID = (30.0, 50.0, 70.0)
LINE_COLOUR = QColor("#0f6cbd")
GRID_COLOUR = QColor("#c8c8c8")
EXPECTED_COLOUR = QColor("#6b6b6b")


def format_t(value: float) -> str:
    """A T-score with one decimal and a German comma: 56,2."""
    return f"{value:.1f}".replace(".", ",")


def short_summary(points: Sequence[GasPoint]) -> str:
    """One short line under the chart: "T-Werte: 43,8 → 59,1 (gestiegen)"."""
    rated = [p.t_score for p in points if p.t_score is not None]
    if not rated:
        return "Noch kein GAS-T-Wert."
    text = "T-Werte: " + " → ".join(format_t(t) for t in rated[-4:])
    if len(rated) >= 2:
        first, last = rated[0], rated[-1]
        trend = (
            "gestiegen" if last > first + 0.05 else "gesunken" if last < first - 0.05 else "gleich"
        )
        text += f" ({trend})"
    return text


def summary(points: Sequence[GasPoint]) -> str:
    """The chart as one German sentence list (the text alternative)."""
    from counsel_app.followup.due import german_date

    rated = [p for p in points if p.t_score is not None]
    if not points:
        return "Noch keine Überprüfung: der Verlauf der GAS-T-Werte erscheint nach der ersten."
    if not rated:
        return "Die Überprüfungen haben noch kein Ziel nach GAS bewertet."
    parts = [f"{german_date(p.date)}: {format_t(p.t_score or 0.0)}" for p in rated]
    text = "GAS-T-Werte (50 = wie erwartet): " + "; ".join(parts) + "."
    if len(rated) >= 2:
        first, last = rated[0].t_score or 0.0, rated[-1].t_score or 0.0
        if last > first + 0.05:
            text += " Der Wert ist gestiegen."
        elif last < first - 0.05:
            text += " Der Wert ist gesunken."
        else:
            text += " Der Wert ist gleich geblieben."
    return text


class GasChart(QWidget):
    """T-score (y, 20 to 80, line at 50) over the reviews in date order (x)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[GasPoint] = []
        self.setObjectName("gasChart")
        self.setAccessibleName("Verlauf der GAS-T-Werte")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_points([])

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 150)

    def set_points(self, points: Sequence[GasPoint]) -> None:
        self.points = list(points)
        text = summary(self.points)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def rated(self) -> list[GasPoint]:
        return [p for p in self.points if p.t_score is not None]

    def plot_positions(self) -> list[QPointF]:
        """Where the rated points are drawn (widget coordinates), left to right."""
        area = self._plot_area()
        rated = self.rated()
        if not rated:
            return []
        inset = min(self.fontMetrics().horizontalAdvance("00.00.0000") / 2 + 4, area.width() / 4)
        left, width = area.left() + inset, area.width() - 2 * inset
        step = width / max(len(rated) - 1, 1)
        positions = []
        for i, point in enumerate(rated):
            x = left + (step * i if len(rated) > 1 else width / 2)
            positions.append(QPointF(x, self._y(point.t_score or 50.0, area)))
        return positions

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("80") + 10
        top = metrics.height() / 2 + 4
        bottom = metrics.height() + 8
        return QRectF(
            left, top, max(self.width() - left - 24, 10), max(self.height() - top - bottom, 10)
        )

    @staticmethod
    def _y(value: float, area: QRectF) -> float:
        value = min(max(value, T_MIN), T_MAX)
        return area.bottom() - (value - T_MIN) / (T_MAX - T_MIN) * area.height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        from counsel_app.followup.due import german_date

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._plot_area()
        metrics = self.fontMetrics()
        painter.fillRect(self.rect(), self.palette().base())
        for value in GRID:
            y = self._y(value, area)
            pen = QPen(EXPECTED_COLOUR if value == 50.0 else GRID_COLOUR)
            pen.setStyle(Qt.PenStyle.DashLine if value == 50.0 else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self.palette().text().color())
            label = f"{value:.0f}"
            painter.drawText(
                QPointF(
                    area.left() - metrics.horizontalAdvance(label) - 6, y + metrics.ascent() / 2 - 1
                ),
                label,
            )
        rated = self.rated()
        positions = self.plot_positions()
        if not positions:
            message = "Noch keine bewertete Überprüfung"
            box = painter.fontMetrics().boundingRect(message).adjusted(-8, -4, 8, 4)
            box.moveCenter(area.center().toPoint())
            painter.fillRect(box, self.palette().base())  # the grid lines stop at the text
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, message)
            painter.end()
            return
        painter.setPen(QPen(LINE_COLOUR, 2))
        for a, b in pairwise(positions):
            painter.drawLine(a, b)
        painter.setBrush(LINE_COLOUR)
        for point, pos in zip(rated, positions, strict=True):
            painter.setPen(QPen(LINE_COLOUR, 1))
            painter.drawEllipse(pos, 4, 4)
            painter.setPen(self.palette().text().color())
            value = format_t(point.t_score or 0.0)
            width = metrics.horizontalAdvance(value)
            x = min(max(pos.x() - width / 2, 0), self.width() - width)
            painter.drawText(QPointF(x, pos.y() - 8), value)
            day = german_date(point.date)
            width = metrics.horizontalAdvance(day)
            x = min(max(pos.x() - width / 2, 0), self.width() - width)
            painter.drawText(QPointF(x, area.bottom() + metrics.ascent() + 4), day)
        painter.end()
