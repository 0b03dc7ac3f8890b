"""The training case library `resources/cases/*.json` (DESIGN.md §1, §3, §6).

Every case must be a valid exchange file with consistent ids, and the library as a whole must
be varied enough for workshops: profiles, obstacle categories, quality pairs of the same
client, plans with reviews, a draft and a revised plan.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

REPO = Path(__file__).resolve().parents[2]
CASES_DIR = REPO / "resources" / "cases"
TODAY = date(2026, 11, 21)  # the library's fictional "today"

REQUIRED_CATEGORIES = {
    "childcare",
    "care",
    "health",
    "language",
    "debt",
    "housing",
    "addiction",
    "mobility",
    "long_term_unemployment",
    "age",
    "digital",
    "qualification",
}
FILE_NAME = re.compile(r"^fall-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.json$")


def _schema_path() -> Path:
    bundled = REPO / "resources" / "schema" / "plan-exchange-v1.schema.json"
    if bundled.exists():
        return bundled
    return REPO.parent / "shared" / "schema" / "plan-exchange-v1.schema.json"


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


CASE_FILES = _case_files()
CASES = {path.name: _load(path) for path in CASE_FILES}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(_schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_library_has_at_least_ten_cases() -> None:
    assert len(CASE_FILES) >= 10, [p.name for p in CASE_FILES]


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_file_name_and_formatting(path: Path) -> None:
    assert FILE_NAME.match(path.name), path.name
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte order mark"
    text = raw.decode("utf-8")
    assert text.endswith("\n")
    assert "\t" not in text
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" "))
        assert indent % 2 == 0, f"{path.name}:{number}: indentation is not 2 spaces"
    # Canonical layout, as written by `python -m json.tool --indent 2 --no-ensure-ascii`.
    canonical = json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert text == canonical, f"{path.name}: reformat with json.tool --indent 2 --no-ensure-ascii"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_is_valid_against_schema(path: Path, validator: Draft202012Validator) -> None:
    errors = sorted(validator.iter_errors(CASES[path.name]), key=lambda e: list(e.absolute_path))
    messages = [f"{e.json_path}: {e.message}" for e in errors]
    assert not messages, "\n".join(messages)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_referential_integrity(path: Path) -> None:
    case = CASES[path.name]
    analysis = case["potential_analysis"]
    plan = case["plan"]
    strength_ids = [s["id"] for s in analysis["strengths"]]
    obstacle_ids = [o["id"] for o in analysis["obstacles"]]
    goal_ids = [g["id"] for g in plan["goals"]]
    step_ids = [s["id"] for s in plan["steps"]]
    all_ids = strength_ids + obstacle_ids + goal_ids + step_ids
    duplicates = [i for i, n in Counter(all_ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"

    referable = set(strength_ids) | set(obstacle_ids)
    for goal in plan["goals"]:
        unknown = set(goal.get("addresses", [])) - referable
        assert not unknown, f"goal {goal['id']} addresses unknown ids {unknown}"
    for step in plan["steps"]:
        assert step["goal"] in goal_ids, f"step {step['id']} serves unknown goal {step['goal']}"
        unknown = set(step.get("addresses", [])) - referable
        assert not unknown, f"step {step['id']} addresses unknown ids {unknown}"
    for review in plan.get("reviews", []):
        unknown = set(review.get("goal_ratings", {})) - set(goal_ids)
        assert not unknown, f"review {review['date']} rates unknown goals {unknown}"


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_is_fictional_and_dated_plausibly(path: Path) -> None:
    case = CASES[path.name]
    assert re.fullmatch(r"TR-2026-\d{3}", case["client"]["reference"])
    counsellor = case["counsellor"]
    assert counsellor["email"].endswith("@jobcenter-musterstadt.example")
    assert counsellor["phone"].startswith("0123 456789-")
    assert counsellor["office"].startswith("Jobcenter Musterstadt")

    plan = case["plan"]
    analysis_date = date.fromisoformat(case["potential_analysis"]["date"])
    created = date.fromisoformat(plan["created"])
    assert date(2026, 1, 1) <= analysis_date <= created <= TODAY
    if plan.get("agreed"):
        agreed = date.fromisoformat(plan["agreed"])
        assert created <= agreed <= TODAY
    for review in plan.get("reviews", []):
        assert date.fromisoformat(review["date"]) <= TODAY


def test_profiles_reading_levels_and_categories_vary() -> None:
    profiles = {c["client"].get("profile") for c in CASES.values()}
    assert len(profiles - {None}) >= 5, profiles
    assert None in profiles, "one case without a recorded profile"
    levels = {c["client"].get("reading_level", "einfach") for c in CASES.values()}
    assert levels == {"standard", "einfach", "leicht"}
    categories = {
        o["category"] for c in CASES.values() for o in c["potential_analysis"]["obstacles"]
    }
    assert not REQUIRED_CATEGORIES - categories, REQUIRED_CATEGORIES - categories


def test_plan_states_vary() -> None:
    plans = [c["plan"] for c in CASES.values()]
    assert any(p.get("agreed") is None for p in plans), "a draft plan"
    assert any(p.get("version", 1) >= 2 for p in plans), "a revised plan (version 2)"
    reviewed = [p for p in plans if any(r.get("goal_ratings") for r in p.get("reviews", []))]
    assert len(reviewed) >= 2, "at least two plans with recorded GAS ratings"
    for plan in reviewed:
        gas_goals = {g["id"] for g in plan["goals"] if g.get("gas")}
        rated = {k for r in plan["reviews"] for k in r.get("goal_ratings", {})}
        assert rated <= gas_goals, "rated goals have GAS levels"
    done_flags = {f.get("done", False) for p in plans for f in p.get("follow_ups", [])}
    assert done_flags == {True, False}
    assert any(p.get("review_due") is None for p in plans), "a plan without review date"
    overdue = [
        p for p in plans if p.get("review_due") and date.fromisoformat(p["review_due"]) < TODAY
    ]
    assert overdue, "a plan whose review is overdue"


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for name in CASES:
        if name.endswith("-a-schwach.json"):
            partner = name.removesuffix("-a-schwach.json") + "-a-gut.json"
            assert partner in CASES, f"{name} has no partner {partner}"
            pairs.append((name, partner))
    return pairs


def test_at_least_two_weak_good_pairs_of_the_same_client() -> None:
    pairs = _pairs()
    assert len(pairs) >= 2, pairs
    for weak, good in pairs:
        assert CASES[weak]["client"] == CASES[good]["client"]
        assert CASES[weak]["potential_analysis"] == CASES[good]["potential_analysis"]


def test_readme_lists_every_case() -> None:
    readme = (CASES_DIR / "README.md").read_text(encoding="utf-8")
    for name in CASES:
        assert name in readme, f"README.md does not describe {name}"
    for mentioned in set(re.findall(r"fall-\d{2}-[a-z0-9-]+\.json", readme)):
        assert mentioned in CASES, f"README.md mentions missing file {mentioned}"


def _quality_api() -> tuple[Any, Any]:
    """`read_case` and `assess` once the exchange and quality packages provide them."""
    try:
        from counsel_app.exchange import read_case  # type: ignore[attr-defined]
        from counsel_app.quality import assess  # type: ignore[attr-defined]
    except ImportError:
        pytest.skip("counsel_app.exchange.read_case / counsel_app.quality.assess not there yet")
    return read_case, assess


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_case_imports_through_exchange(path: Path) -> None:
    read_case, _ = _quality_api()
    read_case(path)


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: p[0].removesuffix("-a-schwach.json"))
def test_good_plan_scores_better_than_weak_plan(pair: tuple[str, str]) -> None:
    read_case, assess = _quality_api()
    weak, good = (assess(read_case(CASES_DIR / n), today=TODAY) for n in pair)
    assert good.overall > weak.overall + 20
    assert len(good.hints) < len(weak.hints)
