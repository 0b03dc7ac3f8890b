"""Prints with the plan history: the official copy lists every version and the reviews, the
client copy of a new version says what changed, in plain words (real store, real PDFs)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from counsel_app.domain import Actor, Review, Step, StepResult, StepStatus
from counsel_app.printing import PdfRenderer
from counsel_app.services import followup
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import Store, init_store, open_store
from tests.printing.conftest import normalise, pdf_text
from tests.printing.test_golden import check_golden
from tests.support.fixtures import ContextMaker

TODAY = date(2026, 11, 25)
CASE = "TR-2026-004"


@pytest.fixture
def store(make_ctx: ContextMaker) -> Iterator[Store]:
    ctx = make_ctx()
    init_store(ctx)
    with open_store(ctx) as opened:
        load_demo_cases(opened)
        yield opened


@pytest.fixture
def revised(store: Store) -> int:
    """Case 4 after a review with step results and the next version written from it."""
    case_id = store.cases.resolve(CASE)
    case = store.cases.get(case_id)
    goals = [g.id for g in case.plan.goals]
    review = Review(
        date=date(2026, 11, 24),
        goal_ratings={goals[0]: -1, goals[1]: 1},
        note="Gutachten liegt vor; Projekt läuft.",
        step_results={
            "st4": StepResult(StepStatus.DONE),
            "st5": StepResult(StepStatus.PARTLY, "zwei Coachingtermine ausgefallen"),
        },
    )
    followup.write_next_version(
        store,
        case_id,
        review_date=date(2026, 11, 24),
        new_review_due=date(2027, 2, 24),
        review=review,
        add_steps=[Step("st9", goals[0], Actor.CLIENT, "Er geht zur Jobmesse am 10. Dezember.")],
    )
    return case_id


def render(
    store: Store, case_id: int, variant: str, out: Path, *, renderer: PdfRenderer, version: int
) -> str:
    followup.print_version(
        store, case_id, variant, out, version=version, today=TODAY, base=renderer
    )
    return normalise(pdf_text(out))


def test_official_copy_lists_versions_and_reviews(
    store: Store, revised: int, renderer: PdfRenderer, tmp_path: Path
) -> None:
    text = render(store, revised, "official", tmp_path / "a.pdf", renderer=renderer, version=2)
    check_golden("history-fall-04-v2-official", text)
    flat = " ".join(pdf_text(tmp_path / "a.pdf", layout=False).split())
    assert "Planversionen" in flat and "erste Fassung" in flat
    assert "Nicht mehr im Plan: Schritt st4" in flat
    assert "Neu: Schritt st9" in flat
    assert "Überprüfung am 24.11.2026 · GAS-T-Wert" in flat
    assert "teilweise erledigt: zwei Coachingtermine ausgefallen" in flat
    # The shared renderer is not changed by the history print.
    plain = renderer.markup(store.cases.get(revised), "official", today=TODAY)
    assert "erste Fassung" not in plain


def test_client_copy_of_a_new_version_says_what_changed(
    store: Store, revised: int, renderer: PdfRenderer, tmp_path: Path
) -> None:
    text = render(store, revised, "client", tmp_path / "c.pdf", renderer=renderer, version=2)
    check_golden("history-fall-04-v2-client", text)
    flat = " ".join(pdf_text(tmp_path / "c.pdf", layout=False).split())
    summary = followup.plan_history(store, revised).change_summary
    assert summary is not None
    assert "Was ist neu?" in flat
    assert "Neu ist: Er geht zur Jobmesse am 10. Dezember" in flat
    assert summary.endswith("3 Schritte sind erledigt und nicht mehr im Plan.")
    first = render(store, revised, "client", tmp_path / "c1.pdf", renderer=renderer, version=1)
    assert "Was ist neu?" not in first


def test_change_wording_is_plain_language(renderer: PdfRenderer) -> None:
    from counsel_app.language import analyse

    words = renderer.words["change"]
    for text in (words["heading"], words["intro"]):
        findings = analyse(text, "einfach").findings
        assert [f.rule for f in findings] == [], text
