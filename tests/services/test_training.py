"""TrainingService: filters by string values, pairs, comparison, exercises; no store writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.services.store import init_store, open_store
from counsel_app.services.training import TrainingService
from tests.support.canary import folder_state
from tests.support.fixtures import ContextMaker


@pytest.fixture(scope="module")
def service() -> TrainingService:
    return TrainingService()


def test_filters_with_gui_values(service: TrainingService) -> None:
    found = service.find_cases(profile="entwicklung", band="mittel")
    assert [c.name[:7] for c in found] == ["fall-04", "fall-12"]
    # Both Leichte-Sprache cases have a housing obstacle (checked in resources/cases).
    housing_easy = service.find_cases(obstacle="housing", reading_level="leicht")
    assert [c.name[:7] for c in housing_easy] == ["fall-08", "fall-12"]
    assert len(service.find_cases()) == 14
    with pytest.raises(UserError, match="Filterwert"):
        service.find_cases(profile="irgendwas")


def test_pairs_and_compare(service: TrainingService) -> None:
    (weak, good), _ = service.pairs()
    result = service.compare(weak.name, good.name)
    assert result.overall_difference == good.report.overall - weak.report.overall
    assert result.differences["participation"] == 100 - weak.report.dimensions["participation"]
    with pytest.raises(UserError, match="gibt es nicht"):
        service.compare("fall-99", good.name)


def test_exercise_lookup_with_and_without_number(service: TrainingService) -> None:
    assert service.exercise("kundin-beteiligen").name == "05-kundin-beteiligen"
    assert service.exercise("05-kundin-beteiligen").target == "goal:g1"
    result = service.evaluate(
        "kundin-beteiligen", "Ich will wieder arbeiten, aber ohne Bus und Bahn."
    )
    assert result.resolved == ["client_words_missing"]
    assert result.differences["participation"] > 0


def test_the_library_never_touches_the_store(make_ctx: ContextMaker, tmp_path: Path) -> None:
    ctx: AppContext = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        store.db.checkpoint()
    before = folder_state(ctx.paths.root)
    fresh = TrainingService()
    assert len(fresh.library.cases) == 14 and fresh.exercises
    fresh.evaluate("07-vage-begriffe", "Frau Wacholder bewirbt sich ab August auf 2 Stellen.")
    assert folder_state(ctx.paths.root) == before
    with open_store(ctx) as store:
        assert store.cases.list_summaries() == []
