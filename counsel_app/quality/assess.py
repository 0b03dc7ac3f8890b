"""`assess()`: the quality report of one case (DESIGN.md §7).

Pure Python: no Qt, no database. The GUI calls it on every keystroke, so everything that
does not depend on the case is built once and kept on objects that are passed in:

- the `Rubric` (weights, wording, stock phrases; `default_rubric()` reads it on first use),
- the language `Analyser` with a per-analyser cache of text analyses (`TextChecks`),
- an optional `PlanCorpus` of the store's texts for the "same text in many plans" check.

Hints are ordered by dimension (rubric order), then by target in the case (plan, obstacles,
goals, steps), then by code (rubric order); the result is deterministic.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from counsel_app.domain import Case
from counsel_app.quality import plain, rules
from counsel_app.quality.report import DIMENSIONS, HINT_CODES, Hint, QualityReport
from counsel_app.quality.rubric import Rubric, default_rubric
from counsel_app.quality.scoring import score
from counsel_app.quality.targets import Found
from counsel_app.quality.text import quote

if TYPE_CHECKING:
    from counsel_app.language import Analyser
    from counsel_app.quality.boilerplate import PlanCorpus

_CODE_ORDER = {code: index for index, code in enumerate(HINT_CODES)}
_DIMENSION_ORDER = {name: index for index, name in enumerate(DIMENSIONS)}

# One text cache per analyser, kept only as long as the analyser lives (weak keys).
_CHECKS: weakref.WeakKeyDictionary[Analyser, plain.TextChecks] = weakref.WeakKeyDictionary()


def text_checks(analyser: Analyser) -> plain.TextChecks:
    """The cached `TextChecks` of this analyser (created on first use)."""
    checks = _CHECKS.get(analyser)
    if checks is None:
        checks = plain.TextChecks(analyser)
        _CHECKS[analyser] = checks
    return checks


class _Values(dict[str, str]):
    """Template values; an unknown placeholder stays visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(template: str, values: _Values) -> str:
    try:
        return template.format_map(values)
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def _word(found: Found, rubric: Rubric) -> Hint:
    quoted = quote(found.target.text)
    phrase = _fill(rubric.targets[found.target.kind], _Values(quote=quoted))
    dative = _fill(rubric.targets_dative[found.target.kind], _Values(quote=quoted))
    values = _Values(found.params)
    values.update(
        quote=quoted, target=phrase, Target=phrase[:1].upper() + phrase[1:], target_dat=dative
    )
    template = rubric.templates[found.variant or found.code]
    return Hint(
        code=found.code,
        dimension=HINT_CODES[found.code],
        target=found.target.ref,
        message=_fill(template.message, values),
        suggestion=_fill(template.suggestion, values),
    )


def find_hints(
    case: Case,
    today: date,
    *,
    checks: plain.TextChecks,
    rubric: Rubric,
    corpus: PlanCorpus | None = None,
) -> list[Hint]:
    """All hints of the case in report order."""
    data = rules.RuleInput(case, today, rubric.settings)

    def everything() -> Iterator[Found]:
        yield from rules.completeness(data)
        yield from rules.operationalisation(data)
        yield from plain.step_vague(data, checks)
        yield from rules.coherence(data)
        yield from plain.boilerplate(data, rubric.stock, corpus)
        yield from rules.too_short(data)
        yield from rules.participation(data)
        yield from plain.sanction_language(data, checks)
        yield from plain.plain_language(data, checks, rubric.problems, rubric.advice)
        yield from rules.follow_up(data)

    found = list(everything())
    order = sorted(
        range(len(found)),
        key=lambda i: (
            _DIMENSION_ORDER[HINT_CODES[found[i].code]],
            found[i].target.rank,
            _CODE_ORDER[found[i].code],
            i,
        ),
    )
    return [_word(found[i], rubric) for i in order]


def report_from_hints(hints: list[Hint], rubric: Rubric) -> QualityReport:
    overall, dimensions = score(
        (hint.code for hint in hints), rubric.penalties, rubric.dimension_weights, rubric.decay
    )
    return QualityReport(overall=overall, dimensions=dimensions, hints=hints)


def assess(
    case: Case,
    today: date | None = None,
    *,
    analyser: Analyser | None = None,
    corpus: PlanCorpus | None = None,
    rubric: Rubric | None = None,
) -> QualityReport:
    """The quality report of `case` as of `today` (default: the current date).

    `analyser`: the application's language analyser (default: the shared one); analyses of
    identical texts are cached per analyser. `corpus`: the store's texts, built once with
    `PlanCorpus.from_cases(...)`, for boilerplate repeated across plans. `rubric`: weights,
    wording and lists (default: `resources/quality/`).
    """
    if analyser is None:
        from counsel_app.language import default_analyser

        analyser = default_analyser()
    rubric = rubric or default_rubric()
    hints = find_hints(
        case,
        today or date.today(),
        checks=text_checks(analyser),
        rubric=rubric,
        corpus=corpus,
    )
    return report_from_hints(hints, rubric)
