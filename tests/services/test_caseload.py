"""Caseload picture on the training cases, checked against figures worked out by hand."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.exchange import pseudonymise, read_case, write_case
from counsel_app.quality.caseload import COMPLEX, MARKET_NEAR, NO_PROFILE
from counsel_app.resources import resource_path
from counsel_app.services.caseload import (
    OWN_LABEL,
    SOURCE_FOLDER,
    SOURCE_OWN,
    folder_picture,
    own_store_picture,
    score_bins,
)
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import init_store, open_store
from tests.support.fixtures import ContextMaker

TODAY = date(2026, 11, 21)
CASES = resource_path("cases")

# Worked out by hand from resources/cases/README.md and the files (profile -> group):
# market-near: 01 foerder, 03-gut foerder, 03-schwach foerder, 06 foerder, 09 aktivierung,
#              10 markt                                                   -> 6 plans
# complex:     02-gut, 02-schwach, 04, 12 entwicklung; 05, 11 stabilisierung;
#              08 unterstuetzung                                          -> 7 plans
# no profile:  07                                                         -> 1 plan
# Overdue reviews (review_due 16.09.2026 in 04, 06's review not held): 04 complex, 06 near.
# Completeness scores of the complex plans: 100, 45, 100, 100, 100, 60, 100
#   -> bins 0-19, 20-39, 40-59, 60-79, 80-100 = [0, 0, 1, 1, 5]
# Plans with the client's own words: only 11 lacks them (no client_view, no client_words).


@pytest.fixture(scope="module")
def team_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("team")
    for index, path in enumerate(sorted(CASES.glob("*.json")), start=1):
        write_case(pseudonymise(read_case(path), f"P-{index:02d}"), folder / f"p{index:02d}.json")
    return folder


def _steps_by_actor(names: list[str]) -> dict[str, int]:
    """Count non-dropped steps per actor straight from the JSON files (independent of code)."""
    counts = {"client": 0, "jobcenter": 0, "provider": 0}
    for name in names:
        data = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
        for step in data["plan"]["steps"]:
            if step.get("status", "open") != "dropped":
                counts[step["actor"]] += 1
    return counts


NEAR = [
    "fall-01-alleinerziehend-einzelhandel",
    "fall-03-gefluechtete-bauingenieurin-a-gut",
    "fall-03-gefluechtete-bauingenieurin-a-schwach",
    "fall-06-pflegende-angehoerige-buero",
    "fall-09-berufsrueckkehrerin-laendlich-entwurf",
    "fall-10-marktnah-fachlagerist",
]
HARD = [
    "fall-02-u25-ohne-ausbildung-a-gut",
    "fall-02-u25-ohne-ausbildung-a-schwach",
    "fall-04-langzeitarbeitslos-59-lager",
    "fall-05-nach-suchttherapie-koch",
    "fall-08-drohende-wohnungslosigkeit-depression",
    "fall-11-angststoerung-textbausteine",
    "fall-12-neu-zugewandert-familie-sprache",
]


def test_folder_picture_matches_hand_computed_figures(team_folder: Path) -> None:
    picture = folder_picture(team_folder, today=TODAY)
    assert picture.source == SOURCE_FOLDER and "ohne Zuordnung zu Personen" in picture.source_label
    assert picture.case_count == 14
    near, hard, none = (picture.groups[g] for g in (MARKET_NEAR, COMPLEX, NO_PROFILE))
    assert (near.count, hard.count, none.count) == (6, 7, 1)
    assert (near.overdue_reviews, hard.overdue_reviews, none.overdue_reviews) == (1, 1, 0)
    assert hard.histograms["completeness"] == [0, 0, 1, 1, 5]
    assert sum(near.histograms["overall"]) == 6
    assert (near.client_words_plans, hard.client_words_plans) == (6, 6)
    assert picture.summary.groups[COMPLEX].client_words_share == pytest.approx(6 / 7)
    assert picture.summary.groups[MARKET_NEAR].overdue_review_share == pytest.approx(1 / 6)
    for group, names in ((near, NEAR), (hard, HARD)):
        counts = _steps_by_actor(names)
        assert (group.duties.client, group.duties.jobcenter, group.duties.provider) == (
            counts["client"],
            counts["jobcenter"],
            counts["provider"],
        )
    # overall means by hand: near (100+100+62+78+84+100)/6, complex (100+53+79+100+100+46+92)/7
    assert picture.summary.groups[MARKET_NEAR].overall == pytest.approx(524 / 6)
    assert picture.summary.groups[COMPLEX].overall == pytest.approx(570 / 7)
    assert picture.summary.gap["overall"] == pytest.approx(524 / 6 - 570 / 7)
    assert "Creaming" in picture.gap_note and "kein Beweis" in picture.gap_note
    assert "nicht dem Vergleich oder der Bewertung von Mitarbeitenden" in picture.note
    data = picture.to_json()
    assert set(data["groups"]) == {MARKET_NEAR, COMPLEX, NO_PROFILE}
    assert "counsellor" not in json.dumps(data)


def test_folder_with_a_plain_file_is_refused_by_name(team_folder: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in sorted(team_folder.glob("*.json"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "klartext.json").write_bytes((CASES / f"{NEAR[0]}.json").read_bytes())
    with pytest.raises(UserError, match=r"klartext\.json ist nicht pseudonymisiert"):
        folder_picture(folder, today=TODAY)


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="keine Austauschdateien"):
        folder_picture(tmp_path, today=TODAY)
    with pytest.raises(UserError, match="gibt es nicht"):
        folder_picture(tmp_path / "fehlt", today=TODAY)


def test_own_store_is_labelled_and_pseudonymised(make_ctx: ContextMaker) -> None:
    ctx: AppContext = make_ctx()
    init_store(ctx)
    with open_store(ctx) as store:
        load_demo_cases(store)
        picture = own_store_picture(store, today=TODAY)
    assert picture.source == SOURCE_OWN and picture.own and picture.source_label == OWN_LABEL
    assert picture.case_count == 14
    assert picture.groups[COMPLEX].count == 7
    assert picture.groups[COMPLEX].histograms["completeness"] == [0, 0, 1, 1, 5]
    text = json.dumps(picture.to_json(), ensure_ascii=False)
    assert "Hagebuttner" not in text and "TR-2026" not in text


def test_bins() -> None:
    assert score_bins(5) == ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
    assert score_bins(10)[-1] == (90, 100)
    assert score_bins(1) == ((0, 100),)
