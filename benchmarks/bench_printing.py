"""Benchmark: render the client copy of a typical plan, against a bare ReportLab baseline.

    .venv/bin/python benchmarks/bench_printing.py [--runs 30] [--case resources/cases/X.json]

Both run in the same process and the same run: the baseline is a minimal platypus document
with as many paragraphs as the client copy has, once with the same embedded TrueType font
(registered beforehand, like the renderer's) and once with base-14 Helvetica. Reported: the
median of N runs each and the ratios. Goal: client copy < 3x the same-font baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_CASE = ROOT / "resources" / "cases" / "fall-01-alleinerziehend-einzelhandel.json"
TODAY = date(2026, 9, 15)


def median_seconds(func: Callable[[], object], runs: int) -> float:
    func()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(paragraphs: int, font: str) -> Callable[[], bytes]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("body", fontName=font, fontSize=12, leading=17)
    text = "Sie schreiben jeden Monat vier Bewerbungen für Stellen im Verkauf."

    def run() -> bytes:
        buffer = BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=font)
        doc.build([Paragraph(text, style) for _ in range(paragraphs)])
        return buffer.getvalue()

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--case", type=Path, default=DEFAULT_CASE)
    args = parser.parse_args()

    from counsel_app.exchange import read_case
    from counsel_app.printing import PdfRenderer

    case = read_case(args.case)
    start = time.perf_counter()
    renderer = PdfRenderer()
    setup = time.perf_counter() - start
    first_start = time.perf_counter()
    _, spec = renderer.build(case, "client", today=TODAY)
    first = time.perf_counter() - first_start
    paragraphs = spec.paragraphs

    client = median_seconds(lambda: renderer.render_bytes(case, "client", today=TODAY), args.runs)
    same_font = median_seconds(baseline(paragraphs, renderer.fonts.regular), args.runs)
    helvetica = median_seconds(baseline(paragraphs, "Helvetica"), args.runs)

    print(f"case: {args.case.name}, paragraphs: {paragraphs}, runs: {args.runs}")
    print(f"renderer set-up (fonts, templates, wording):   {setup * 1000:8.1f} ms (once)")
    print(f"first client copy (analyser loads word lists): {first * 1000:8.1f} ms (once)")
    print(f"client copy, median:                           {client * 1000:8.1f} ms")
    print(f"baseline, same TrueType font, median:          {same_font * 1000:8.1f} ms")
    print(f"baseline, Helvetica (base-14), median:         {helvetica * 1000:8.1f} ms")
    print(f"ratio to same-font baseline: {client / same_font:5.2f}x (goal < 3x)")
    print(f"ratio to Helvetica baseline: {client / helvetica:5.2f}x")
    return 0 if client / same_font < 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
