"""Benchmark: from a keystroke in a large plan to the updated quality panel.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_quality_panel.py [--rounds N]

The plan is `tests.support.strategies.large_case(12, 60)`: 12 goals, 60 steps with German text.
A "keystroke" appends one letter to the text of one step (so that text is analysed again, the
others come from the cache), then calls `QualityUpdater.schedule()`.

Measured (medians):

- keystroke → panel, end to end through the event loop: debounce (fixed, `--debounce` ms)
  plus the work after it; the overshoot over the debounce is what the user waits for extra;
- the work after the debounce, split: `assess()`; `QualityPanel.show_report()` with the new
  report; the synchronous repaint of the panel;
- baselines in the same run: `show_report()` with an unchanged report, and a bare
  `QLabel.setText` loop (one call per hint), to compare the panel cost with plain Qt work.

Goal: the work after the debounce stays under 16 ms (one frame at 60 Hz) on the GUI thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 3, 1)


def median_ms(fn: Callable[[int], object], rounds: int) -> tuple[float, float]:
    """Median and 95th percentile in ms."""
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:  # noqa: PLR0915 (one linear measurement script)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300, help="rounds for the work timings")
    parser.add_argument("--e2e", type=int, default=25, help="rounds through the event loop")
    parser.add_argument("--debounce", type=int, default=300)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QLabel

    from counsel_app.language import Analyser
    from counsel_app.quality import assess
    from counsel_app.ui.analyser_warmup import warm_up_now
    from counsel_app.ui.app import setup_application
    from counsel_app.ui.quality_panel import QualityPanel, QualityUpdater
    from tests.support.strategies import large_case

    app = setup_application(["bench"])
    case = large_case(12, 60)
    analyser = Analyser()
    start = time.perf_counter()
    warm_up_now(analyser)  # in the app: on a pool thread (AnalyserWarmUp)
    warm_ms = (time.perf_counter() - start) * 1000

    panel = QualityPanel()
    panel.resize(420, 820)
    panel.show()
    app.processEvents()
    updater = QualityUpdater(
        lambda: case,
        analyser_provider=lambda: analyser,
        debounce_ms=args.debounce,
        today_provider=lambda: TODAY,
    )
    updater.reportReady.connect(panel.show_report)
    first = updater.update_now()
    assert first is not None
    app.processEvents()

    steps = case.plan.steps
    letters = "abcdefghijklmnopqrstuvwxyz"
    originals = [step.text for step in steps]

    def keystroke(i: int) -> None:
        step = steps[(i * 7) % len(steps)]
        step.text = step.text + letters[i % len(letters)]

    # --- end to end through the event loop: keystroke -> schedule -> debounce -> panel ---
    e2e: list[float] = []
    done: list[bool] = []
    updater.reportReady.connect(lambda _r: done.append(True))
    clock = QElapsedTimer()
    for i in range(args.e2e):
        done.clear()
        keystroke(i)
        clock.start()
        updater.schedule()
        while not done:
            app.processEvents()
            time.sleep(0.0005)
        panel.repaint()
        e2e.append(clock.nsecsElapsed() / 1e6)
    e2e.sort()

    # --- the work after the debounce, split ---
    reports = []

    def assess_only(i: int) -> None:
        keystroke(i)
        reports.append(assess(case, TODAY, analyser=analyser))

    assess_med, assess_p95 = median_ms(assess_only, args.rounds)
    new_reports = list(reports)

    def show_new(i: int) -> None:
        panel.show_report(new_reports[i % len(new_reports)])

    show_med, show_p95 = median_ms(show_new, args.rounds)

    def repaint(_i: int) -> None:
        panel.repaint()

    paint_med, paint_p95 = median_ms(repaint, args.rounds)

    def whole_work(i: int) -> None:  # what runs when the debounce timer fires
        keystroke(i)
        updater.update_now()  # assess + reportReady -> show_report
        panel.hint_list.executeDelayedItemsLayout()  # what the event loop does next
        panel.repaint()

    work_med, work_p95 = median_ms(whole_work, args.rounds)
    alternate = [first, new_reports[-1]]  # different hints each time: the list is rebuilt

    def rebuild(i: int) -> None:
        panel.show_report(alternate[i % 2])
        panel.hint_list.executeDelayedItemsLayout()
        panel.repaint()

    rebuild_med, rebuild_p95 = median_ms(rebuild, args.rounds)

    # --- baselines ---
    same = new_reports[-1]

    def show_same(_i: int) -> None:
        panel.show_report(same)

    same_med, _ = median_ms(show_same, args.rounds)
    label = QLabel()
    label.show()
    hint_texts = [h.message for h in same.hints]

    def set_text(_i: int) -> None:
        for text in hint_texts:
            label.setText(text)

    label_med, _ = median_ms(set_text, args.rounds)

    for step, text in zip(steps, originals, strict=True):
        step.text = text
    hints = len(same.hints)
    print(f"Qualitätspanel, großer Plan: 12 Ziele, 60 Schritte, {hints} Hinweise")
    print(f"Wörterbücher laden (einmalig, im Hintergrund-Thread): {warm_ms:.0f} ms")
    print(f"{'Messung':<58}{'Median ms':>11}{'p95 ms':>9}")
    rows = [
        (
            f"Tastendruck → Panel, Ende zu Ende (Entprellung {args.debounce} ms)",
            statistics.median(e2e),
            e2e[int(len(e2e) * 0.95) - 1],
        ),
        (
            "  davon über die Entprellung hinaus",
            statistics.median(e2e) - args.debounce,
            e2e[int(len(e2e) * 0.95) - 1] - args.debounce,
        ),
        ("Arbeit nach der Entprellung (assess + Panel + Neuzeichnen)", work_med, work_p95),
        ("  assess() nach einem Tastendruck", assess_med, assess_p95),
        ("  show_report() mit neuem Bericht", show_med, show_p95),
        ("  repaint() des Panels", paint_med, paint_p95),
        ("Schlimmster Fall: Hinweisliste neu aufbauen + Neuzeichnen", rebuild_med, rebuild_p95),
        ("Basis: show_report() mit unverändertem Bericht", same_med, float("nan")),
        (f"Basis: QLabel.setText × {hints}", label_med, float("nan")),
    ]
    for name, med, p95 in rows:
        print(f"{name:<58}{med:>11.2f}{p95:>9.2f}")
    verdict = "erreicht" if work_med < 16 else "VERFEHLT"
    print(f"Ziel: Arbeit nach der Entprellung < 16 ms – {verdict} ({work_med:.1f} ms Median)")


if __name__ == "__main__":
    main()
