"""The caseload report as PDF: wording in `caseload.xml.j2`, charts drawn with ReportLab.

Input is the JSON form of `services.caseload.CaseloadPicture` (`picture.to_json()`), so this
module stays below the services layer. Charts:

- `means`: mean score per dimension and profile group (grouped bars);
- `legend` and `histograms`: how many plans fall in each score range, per dimension and
  group (small multiples on one scale, three per row);
- `duties`: steps of the client, the Jobcenter and providers per group (stacked bars).

Groups without plans are left out of the charts. Colours: blue (marktnah), orange
(komplex), grey (ohne Profil); distinguishable without colour vision by the legend order.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, Table, TableStyle

from counsel_app.printing.document import (
    frame_width,
    layout_pdf,
    print_day,
    render_template,
    renderer_or_default,
)
from counsel_app.printing.renderer import write_pdf
from counsel_app.printing.styles import INK, MUTED
from counsel_app.quality import DIMENSION_LABELS, DIMENSIONS

if TYPE_CHECKING:
    from counsel_app.printing.renderer import PdfRenderer

CASELOAD_TEMPLATE = "caseload.xml.j2"
GROUP_COLOURS: dict[str, Color] = {
    "market_near": HexColor("#1f77b4"),
    "complex": HexColor("#e07b24"),
    "no_profile": HexColor("#9a9a9a"),
}
DUTY_COLOURS = (HexColor("#4c78a8"), HexColor("#72b7b2"), HexColor("#b279a2"))
DUTY_LABELS = ("Kundin/Kunde", "Jobcenter", "Träger")
SHORT_LABELS: dict[str, str] = {**DIMENSION_LABELS, "overall": "Gesamt"}
MM = 72 / 25.4


def _groups(data: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    return [(name, g) for name, g in data["groups"].items() if g["count"]]


def _legend(
    drawing: Drawing, font: str, pairs: list[tuple[Color, str]], x: float, y: float
) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName = font
    legend.fontSize = 7.5
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.deltax = 85
    legend.dx = legend.dy = 7
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _style_bars(chart: Any, groups: list[tuple[str, Mapping[str, Any]]], font: str) -> None:
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = HexColor("#dddddd")
    chart.valueAxis.visibleGrid = 1
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = MUTED
    for index, (name, _group) in enumerate(groups):
        chart.bars[index].fillColor = GROUP_COLOURS[name]
        chart.bars[index].strokeColor = None


def means_chart(data: Mapping[str, Any], font: str, width: float) -> Drawing:
    """Mean score per dimension (and overall), one bar per profile group."""
    groups = _groups(data)
    keys = [*DIMENSIONS, "overall"]
    height = 62 * MM
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 34
    chart.width, chart.height = width - 34, height - 58
    chart.data = [
        [float(g["overall"] if k == "overall" else g["dimensions"][k] or 0.0) for k in keys]
        for _name, g in groups
    ] or [[0.0] * len(keys)]
    chart.categoryAxis.categoryNames = [SHORT_LABELS[k] for k in keys]
    chart.categoryAxis.labels.angle = 20
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    _style_bars(chart, groups, font)
    drawing.add(chart)
    pairs = [(GROUP_COLOURS[n], f"{g['label']} ({g['count']})") for n, g in groups]
    _legend(drawing, font, pairs, 26, height - 4)
    return drawing


def histogram_chart(
    data: Mapping[str, Any], key: str, font: str, width: float, *, y_max: int
) -> Drawing:
    """Plans per score range for one dimension, one bar per group."""
    groups = _groups(data)
    bins = [f"{low}–{high}" for low, high in data["bins"]]
    height = 38 * MM
    drawing = Drawing(width, height)
    drawing.add(
        String(4, height - 10, SHORT_LABELS[key], fontName=font, fontSize=8.5, fillColor=INK)
    )
    chart = VerticalBarChart()
    chart.x, chart.y = 22, 16
    chart.width, chart.height = width - 30, height - 34
    chart.data = [[float(c) for c in g["histograms"][key]] for _n, g in groups] or [
        [0.0] * len(bins)
    ]
    chart.categoryAxis.categoryNames = bins
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, y_max
    chart.valueAxis.valueStep = max(1, -(-y_max // 4))
    _style_bars(chart, groups, font)
    chart.groupSpacing = 4
    chart.categoryAxis.labels.fontSize = 6
    drawing.add(chart)
    return drawing


def histogram_grid(data: Mapping[str, Any], font: str, width: float) -> Flowable:
    """The histograms of all dimensions and the overall score, three per row, same scale."""
    keys = [*DIMENSIONS, "overall"]
    y_max = max([max(g["histograms"][k]) for _n, g in _groups(data) for k in keys] or [1])
    columns = 3
    cell = width / columns
    drawings: list[Drawing | str] = [
        histogram_chart(data, k, font, cell - 4, y_max=max(1, y_max)) for k in keys
    ]
    drawings += [""] * (-len(drawings) % columns)
    rows = [drawings[i : i + columns] for i in range(0, len(drawings), columns)]
    table = Table(rows, colWidths=[cell] * columns)
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def group_legend(data: Mapping[str, Any], font: str, width: float) -> Drawing:
    groups = _groups(data)
    drawing = Drawing(width, 14)
    _legend(drawing, font, [(GROUP_COLOURS[n], str(g["label"])) for n, g in groups], 4, 12)
    return drawing


def duties_chart(data: Mapping[str, Any], font: str, width: float) -> Drawing:
    """Steps by who carries them out, per group (stacked, in steps per plan)."""
    groups = _groups(data)
    height = (18 + 14 * max(1, len(groups))) * MM / 2 + 30
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70, 24
    chart.width, chart.height = width - 90, height - 34
    parts = ("client", "jobcenter", "provider")
    chart.data = (
        [[g["duties"][p] / g["count"] for _n, g in reversed(groups)] for p in parts]
        if groups
        else [[0.0]]
    )
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [str(g["label"]) for _n, g in reversed(groups)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = HexColor("#dddddd")
    chart.barSpacing = 2
    for index, colour in enumerate(DUTY_COLOURS):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(
            chart.x + chart.width,
            4,
            "Schritte je Plan",
            fontName=font,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    _legend(drawing, font, list(zip(DUTY_COLOURS, DUTY_LABELS, strict=True)), 70, height - 2)
    return drawing


def caseload_charts(data: Mapping[str, Any], renderer: PdfRenderer) -> dict[str, Flowable]:
    font = renderer.fonts.regular
    width = frame_width(renderer)
    return {
        "means": means_chart(data, font, width),
        "histograms": histogram_grid(data, font, width),
        "legend": group_legend(data, font, width),
        "duties": duties_chart(data, font, width),
    }


def caseload_markup(
    data: Mapping[str, Any], *, renderer: PdfRenderer | None = None, today: date | None = None
) -> str:
    renderer = renderer_or_default(renderer)
    day, _fixed = print_day(today)
    context = {
        "data": data,
        "groups": [g for _n, g in _groups(data)],
        "dimensions": [(k, SHORT_LABELS[k]) for k in (*DIMENSIONS, "overall")],
        "today": day,
        "stichtag": date.fromisoformat(str(data["today"])),
        "gap_widths": ",".join(["2.2"] + ["1.1"] * len(_groups(data)) + ["1.6"]),
        "pct": _pct,
        "num": _num,
        "signed_num": _signed,
    }
    return render_template(renderer, CASELOAD_TEMPLATE, context)


def render_caseload_pdf(
    data: Mapping[str, Any],
    out_path: Path,
    *,
    renderer: PdfRenderer | None = None,
    today: date | None = None,
) -> Path:
    """Write the caseload report (text and charts) as PDF, atomically."""
    renderer = renderer_or_default(renderer)
    source = caseload_markup(data, renderer=renderer, today=today)
    pdf, _spec = layout_pdf(
        renderer,
        source,
        template_name=CASELOAD_TEMPLATE,
        charts=caseload_charts(data, renderer),
        fixed_day=today is not None,
    )
    return write_pdf(pdf, out_path)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}".replace(".", ",")


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    text = f"{abs(value):.0f}"
    if text == "0":
        return "0"
    return f"+{text}" if value > 0 else f"\u2212{text}"
