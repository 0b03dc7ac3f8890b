"""HTML for the training windows: a training case with its scores, comparisons, exercise results.

Pure functions (no widgets), so tests can read what a window would show.
"""

from __future__ import annotations

import difflib
from html import escape
from typing import TYPE_CHECKING

from counsel_app.ui.overview import case_overview_html

if TYPE_CHECKING:
    from counsel_app.quality import Hint, QualityReport
    from counsel_app.training import ExerciseResult, PlanComparison, TrainingCase

BAND_LABELS = {"gut": "gut", "mittel": "mittel", "schwach": "schwach"}
UP, DOWN = "#1b6e20", "#a4262c"


def _dimension(name: str) -> str:
    from counsel_app.labels import default_labels

    return default_labels().of("dimension", name)


def signed(value: int) -> str:
    if value > 0:
        return f"<span style='color:{UP}'><b>+{value}</b></span>"
    if value < 0:
        return f"<span style='color:{DOWN}'><b>\u2212{-value}</b></span>"
    return "±0"


def scores_table(report: QualityReport, other: QualityReport | None = None) -> str:
    rows = []
    for name, value in report.dimensions.items():
        diff = (
            ""
            if other is None
            else f"<td align='right'>{signed(value - other.dimensions[name])}</td>"
        )
        rows.append(
            f"<tr><td>{escape(_dimension(name))}</td><td align='right'>{value}</td>{diff}</tr>"
        )
    diff = (
        "" if other is None else f"<td align='right'>{signed(report.overall - other.overall)}</td>"
    )
    rows.append(
        f"<tr><td><b>Gesamt</b></td><td align='right'><b>{report.overall}</b></td>{diff}</tr>"
    )
    return "<table cellpadding='2'>" + "".join(rows) + "</table>"


def hints_html(hints: list[Hint], empty: str = "keine") -> str:
    if not hints:
        return f"<p><i>{escape(empty)}</i></p>"
    return (
        "<ul>"
        + "".join(f"<li><b>{escape(h.message)}</b><br/>{escape(h.suggestion)}</li>" for h in hints)
        + "</ul>"
    )


def training_case_html(case: TrainingCase) -> str:
    """A training case: band and scores, then the plan as in the main window's overview."""
    report = case.report
    head = (
        f"<p><b>Übungsfall</b> {escape(case.name)} · Qualität: "
        f"{escape(BAND_LABELS.get(case.band, case.band))} ({report.overall} von 100)</p>"
    )
    return head + case_overview_html(case.case) + "<h3>Punkte</h3>" + scores_table(report)


def comparison_side_html(case: TrainingCase, report: QualityReport, other: QualityReport) -> str:
    """One side of the comparison: scores (with the difference to the other plan) and hints."""
    return (
        f"<h2>{escape(case.name)}</h2>"
        f"<p>Qualität: {escape(case.band)} · {report.overall} von 100 Punkten</p>"
        + scores_table(report, other)
        + f"<h3>Hinweise ({len(report.hints)})</h3>"
        + hints_html(report.hints)
        + "<hr/>"
        + case_overview_html(case.case)
    )


def comparison_summary(comparison: PlanComparison) -> str:
    only_a, only_b = sum(comparison.only_in_a.values()), sum(comparison.only_in_b.values())
    return (
        f"Der zweite Plan hat {signed(comparison.overall_difference)} Punkte gegenüber dem "
        f"ersten. Hinweise nur beim ersten Plan: {only_a}, nur beim zweiten: {only_b}. "
        "Welche Unterschiede machen den Plan für die Person verständlicher und verbindlicher?"
    )


def word_diff_html(old: str, new: str) -> str:
    """The rewrite as a word difference: removed words struck through, new words marked."""
    a, b = old.split(), new.split()
    parts: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append(
                f"<span style='color:{DOWN}; text-decoration:line-through'>"
                f"{escape(' '.join(a[i1:i2]))}</span>"
            )
        if op in ("insert", "replace"):
            parts.append(
                f"<span style='color:{UP}; background-color:#dff6dd'>"
                f"{escape(' '.join(b[j1:j2]))}</span>"
            )
    return " ".join(parts)


def exercise_result_html(result: ExerciseResult) -> str:
    """Feedback on a rewrite: solved or not, hints gone / still there / new, scores, diff."""
    if result.solved:
        verdict = (
            f"<p style='color:{UP}; font-size:large'><b>Gelöst: Die Hinweise der Übung sind "
            "verschwunden.</b></p>"
        )
    elif result.resolved:
        verdict = "<p style='font-size:large'><b>Teilweise gelöst.</b></p>"
    else:
        verdict = "<p style='font-size:large'><b>Die Hinweise der Übung sind noch da.</b></p>"
    resolved = [h for h in result.target_hints_before if h.code in result.resolved]
    parts = [
        verdict,
        "<h3>Verschwunden</h3>",
        hints_html(resolved, "noch keiner"),
        "<h3>Noch da</h3>",
        hints_html(result.target_hints_after, "keiner"),
    ]
    if result.new_hints:
        parts += ["<h3>Neu durch den Text</h3>", hints_html(result.new_hints)]
    parts += [
        "<h3>Punkte vorher → nachher</h3>",
        _before_after(result),
        "<h3>Unterschied zum Ausgangstext</h3>",
        f"<p>{word_diff_html(result.original_text, result.rewritten_text)}</p>",
        "<p><i>Die Punkte sind eine Rückmeldung zum Text, keine Bewertung der Person.</i></p>",
    ]
    return "".join(parts)


def _before_after(result: ExerciseResult) -> str:
    rows = []
    for name, diff in result.differences.items():
        before, after = result.before.dimensions[name], result.after.dimensions[name]
        rows.append(
            f"<tr><td>{escape(_dimension(name))}</td><td align='right'>{before}</td>"
            f"<td align='right'>{after}</td><td align='right'>{signed(diff)}</td></tr>"
        )
    rows.append(
        f"<tr><td><b>Gesamt</b></td><td align='right'>{result.before.overall}</td>"
        f"<td align='right'><b>{result.after.overall}</b></td>"
        f"<td align='right'>{signed(result.overall_difference)}</td></tr>"
    )
    return (
        "<table cellpadding='2'><tr><th align='left'>Bereich</th><th>vorher</th>"
        "<th>nachher</th><th>Unterschied</th></tr>" + "".join(rows) + "</table>"
    )
