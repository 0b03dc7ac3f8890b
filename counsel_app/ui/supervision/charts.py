"""Charts of the caseload picture, drawn with QPainter (PySide6-Essentials has no QtCharts).

Every chart takes the JSON form of `services.caseload.CaseloadPicture` (`to_json()`), the
same data the PDF report prints, and describes its figures in its accessible description
so a screen reader gets the numbers too. Colours match the PDF: blue = marktnah,
orange = komplex, grey = ohne Profil.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS

GROUP_COLOURS = {"market_near": "#1f77b4", "complex": "#e07b24", "no_profile": "#8a8a8a"}
DUTY_COLOURS = ("#4c78a8", "#72b7b2", "#b279a2")
DUTY_LABELS = ("Kundin/Kunde", "Jobcenter", "Träger")
BIN_COLOURS = ("#c0392b", "#e67e22", "#f1c40f", "#9ccc65", "#2e7d32")
KEYS = (*DIMENSIONS, "overall")
LABELS = {**DIMENSION_LABELS, "overall": "Gesamt"}
INK, MUTED, GRID = QColor("#1a1a1a"), QColor("#555555"), QColor("#dddddd")


def groups_of(data: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """The groups that have plans, in the fixed order market-near, complex, no profile."""
    return [(name, group) for name, group in data["groups"].items() if group["count"]]


def pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def num(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


def plans(count: int) -> str:
    return "1 Plan" if count == 1 else f"{count} Pläne"


def bin_colour(index: int, count: int) -> QColor:
    """Red (low) to green (high) for `count` bins."""
    if count <= 1:
        return QColor(BIN_COLOURS[-1])
    position = round(index * (len(BIN_COLOURS) - 1) / (count - 1))
    return QColor(BIN_COLOURS[position])


class Chart(QWidget):
    """Base: holds the picture data, a title, and draws the legend row."""

    title = ""
    row_height = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: Mapping[str, Any] | None = None
        self.setAccessibleName(self.title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so its description is read
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(palette)

    def set_data(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        return ""

    def rows(self) -> int:
        return 1

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, self.heightForRows())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, self.heightForRows())

    def heightForRows(self) -> int:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return int(line * 2.2 + self.rows() * max(self.row_height, line + 6) + line * 1.8)

    def _line(self) -> int:
        return max(self.row_height, QFontMetrics(self.font()).height() + 6)

    def _title(self, painter: QPainter) -> float:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(INK)
        height = QFontMetrics(font).height()
        painter.drawText(QRectF(4, 2, self.width() - 8, height), self.title)
        painter.setFont(self.font())
        return height + 8

    def _legend(self, painter: QPainter, items: list[tuple[QColor, str]], y: float) -> None:
        metrics = QFontMetrics(self.font())
        x = 6.0
        for colour, text in items:
            painter.fillRect(QRectF(x, y + 3, 12, 12), colour)
            painter.setPen(INK)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QRectF(x + 16, y, width + 4, metrics.height()), text)
            x += width + 34

    def _label_width(self, labels: list[str]) -> int:
        metrics = QFontMetrics(self.font())
        return max([metrics.horizontalAdvance(t) for t in labels] or [40]) + 12

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = self._title(painter)
        if self.data is None:
            painter.setPen(MUTED)
            painter.drawText(QRectF(6, top, self.width() - 12, 30), "Noch keine Auswertung.")
        else:
            self.draw(painter, top)
        painter.end()

    def draw(self, painter: QPainter, top: float) -> None:
        raise NotImplementedError


class MeansChart(Chart):
    """Mean score per quality dimension and overall, one bar per profile group."""

    title = "Qualitätsbereiche: Mittelwert je Profillage (0–100)"
    row_height = 12

    def rows(self) -> int:
        groups = len(groups_of(self.data)) if self.data else 1
        return len(KEYS) * max(1, groups) + len(KEYS)

    def describe(self) -> str:
        if self.data is None:
            return ""
        parts = []
        for key in KEYS:
            values = [
                f"{g['label']} {num(g['overall'] if key == 'overall' else g['dimensions'][key])}"
                for _n, g in groups_of(self.data)
            ]
            parts.append(f"{LABELS[key]}: {', '.join(values)}")
        return "; ".join(parts)

    def draw(self, painter: QPainter, top: float) -> None:
        assert self.data is not None
        groups = groups_of(self.data)
        metrics = QFontMetrics(self.font())
        bar = max(self.row_height, metrics.height() - 2)
        label_w = self._label_width([LABELS[k] for k in KEYS])
        value_w = metrics.horizontalAdvance("100") + 10
        width = max(40.0, self.width() - label_w - value_w - 12)
        x0 = label_w + 6
        y = top
        for key in KEYS:
            block = bar * len(groups)
            painter.setPen(INK)
            font = QFont(self.font())
            font.setBold(key == "overall")
            painter.setFont(font)
            painter.drawText(
                QRectF(4, y, label_w, block),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                LABELS[key],
            )
            painter.setFont(self.font())
            for index, (name, group) in enumerate(groups):
                value = group["overall"] if key == "overall" else group["dimensions"][key]
                rect = QRectF(x0, y + index * bar + 1, width * (value or 0) / 100, bar - 2)
                painter.fillRect(rect, QColor(GROUP_COLOURS[name]))
                painter.setPen(INK)
                painter.drawText(
                    QRectF(rect.right() + 4, rect.top() - 2, value_w, bar),
                    Qt.AlignmentFlag.AlignVCenter,
                    num(value),
                )
            y += block + bar * 0.6
        painter.setPen(GRID)
        for tick in range(0, 101, 25):
            x = x0 + width * tick / 100
            painter.drawLine(int(x), int(top), int(x), int(y - bar * 0.6))
        self._legend(
            painter,
            [(QColor(GROUP_COLOURS[n]), f"{g['label']} ({plans(g['count'])})") for n, g in groups],
            y + 2,
        )

    def heightForRows(self) -> int:  # noqa: N802
        metrics = QFontMetrics(self.font())
        bar = max(self.row_height, metrics.height() - 2)
        groups = len(groups_of(self.data)) if self.data else 1
        block = bar * max(1, groups) + bar * 0.6
        return int(metrics.height() * 1.4 + 8 + len(KEYS) * block + metrics.height() * 1.8)


class DistributionChart(Chart):
    """How the plans spread over the score ranges, per dimension (all groups together)."""

    title = "Verteilung: Pläne je Punktbereich"

    def rows(self) -> int:
        return len(KEYS)

    def _counts(self, key: str) -> list[int]:
        assert self.data is not None
        total = [0] * len(self.data["bins"])
        for _name, group in groups_of(self.data):
            for index, count in enumerate(group["histograms"][key]):
                total[index] += count
        return total

    def describe(self) -> str:
        if self.data is None:
            return ""
        bins = [f"{low}–{high}" for low, high in self.data["bins"]]
        return "; ".join(
            f"{LABELS[k]}: "
            + ", ".join(f"{b}: {c}" for b, c in zip(bins, self._counts(k), strict=True))
            for k in KEYS
        )

    def draw(self, painter: QPainter, top: float) -> None:
        assert self.data is not None
        line = self._line()
        label_w = self._label_width([LABELS[k] for k in KEYS])
        width = max(40.0, self.width() - label_w - 12)
        bins = self.data["bins"]
        y = top
        for key in KEYS:
            counts = self._counts(key)
            total = sum(counts) or 1
            painter.setPen(INK)
            painter.drawText(
                QRectF(4, y, label_w, line), Qt.AlignmentFlag.AlignVCenter, LABELS[key]
            )
            x = label_w + 6.0
            for index, count in enumerate(counts):
                part = width * count / total
                rect = QRectF(x, y + 2, part, line - 4)
                painter.fillRect(rect, bin_colour(index, len(bins)))
                if count and part > 16:
                    painter.setPen(QColor("#000000") if index >= 2 else QColor("#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                x += part
            y += line
        self._legend(
            painter,
            [
                (bin_colour(i, len(bins)), f"{low}–{high} Punkte")
                for i, (low, high) in enumerate(bins)
            ],
            y + 6,
        )


class FollowUpChart(Chart):
    """Shares per group: reviews overdue, plans with the client's own words."""

    title = "Nachhaltung und Beteiligung je Profillage"

    MEASURES = (
        ("overdue_review_share", "Überprüfung überfällig"),
        ("client_words_share", "Plan mit eigenen Worten der Kundin / des Kunden"),
    )

    def rows(self) -> int:
        groups = len(groups_of(self.data)) if self.data else 1
        return len(self.MEASURES) * (max(1, groups) + 1)

    def describe(self) -> str:
        if self.data is None:
            return ""
        return "; ".join(
            f"{label}: "
            + ", ".join(f"{g['label']} {pct(g[key])}" for _n, g in groups_of(self.data))
            for key, label in self.MEASURES
        )

    def draw(self, painter: QPainter, top: float) -> None:
        assert self.data is not None
        groups = groups_of(self.data)
        line = self._line()
        label_w = self._label_width([str(g["label"]) for _n, g in groups]) + 10
        metrics = QFontMetrics(self.font())
        value_w = metrics.horizontalAdvance("100 % (99 von 99)") + 10
        width = max(40.0, self.width() - label_w - value_w - 12)
        y = top
        for key, label in self.MEASURES:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(INK)
            painter.drawText(QRectF(4, y, self.width() - 8, line), label)
            painter.setFont(self.font())
            y += line
            for name, group in groups:
                share = group[key]
                painter.setPen(INK)
                painter.drawText(
                    QRectF(14, y, label_w, line), Qt.AlignmentFlag.AlignVCenter, str(group["label"])
                )
                painter.fillRect(QRectF(label_w + 6, y + 3, width, line - 6), QColor("#eeeeee"))
                rect = QRectF(label_w + 6, y + 3, width * (share or 0), line - 6)
                painter.fillRect(rect, QColor(GROUP_COLOURS[name]))
                count = round((share or 0) * group["count"])
                painter.drawText(
                    QRectF(label_w + 10 + width, y, value_w, line),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{pct(share)} ({count} von {group['count']})",
                )
                y += line


class DutiesChart(Chart):
    """Balance of duties: steps per plan of the client, the Jobcenter and providers."""

    title = "Wer tut was? Schritte je Plan nach Profillage"

    def rows(self) -> int:
        return max(1, len(groups_of(self.data)) if self.data else 1)

    def heightForRows(self) -> int:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        return int(line * 1.4 + 8 + self.rows() * (self._line() + 6) + 6 + line * 1.6)

    def describe(self) -> str:
        if self.data is None:
            return ""
        parts = []
        for _name, group in groups_of(self.data):
            duties = group["duties"]
            values = [duties["client"], duties["jobcenter"], duties["provider"]]
            text = ", ".join(
                f"{label} {num(v / group['count'], 1)}"
                for label, v in zip(DUTY_LABELS, values, strict=True)
            )
            parts.append(f"{group['label']}: {text}")
        return "; ".join(parts)

    def draw(self, painter: QPainter, top: float) -> None:
        assert self.data is not None
        groups = groups_of(self.data)
        line = self._line() + 6
        label_w = self._label_width([str(g["label"]) for _n, g in groups])
        per_plan = [
            [g["duties"][p] / g["count"] for p in ("client", "jobcenter", "provider")]
            for _n, g in groups
        ]
        longest = max([sum(values) for values in per_plan] or [1]) or 1
        width = max(40.0, self.width() - label_w - 16)
        y = top
        for (_name, group), values in zip(groups, per_plan, strict=True):
            painter.setPen(INK)
            painter.drawText(
                QRectF(4, y, label_w, line), Qt.AlignmentFlag.AlignVCenter, str(group["label"])
            )
            x = label_w + 6.0
            for index, value in enumerate(values):
                part = width * value / longest
                rect = QRectF(x, y + 3, part, line - 6)
                painter.fillRect(rect, QColor(DUTY_COLOURS[index]))
                if part > 28:
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, num(value, 1))
                x += part
            y += line
        self._legend(
            painter,
            [(QColor(c), t) for c, t in zip(DUTY_COLOURS, DUTY_LABELS, strict=True)],
            y + 6,
        )
