"""Hypothesis strategies for valid plan-exchange-v1 documents (dicts), for any test to reuse.

`exchange_documents(full=True)` spells out every optional field (so
`case_to_dict(read_case(d)) == d`); `full=False` leaves optional fields out at random.
Texts mix arbitrary Unicode (no surrogates, no C0 controls but tab/newline/CR) with
umlauts, ß, emoji sequences, Arabic and Hebrew, quotes, `<&>` and combining characters.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

OBSTACLE_CATEGORIES = (
    "education",
    "qualification",
    "health",
    "language",
    "childcare",
    "care",
    "debt",
    "housing",
    "addiction",
    "mobility",
    "long_term_unemployment",
    "age",
    "residence",
    "digital",
    "other",
)
PROFILES = ("markt", "aktivierung", "foerder", "entwicklung", "stabilisierung", "unterstuetzung")
READING_LEVELS = ("standard", "einfach", "leicht")
STEP_STATUSES = ("open", "done", "partly", "not_done", "dropped")
ACTORS = ("client", "jobcenter", "provider")

SPECIAL_TEXTS = (
    "Schöne Grüße, Straße, Übung, Ärger, Öl",
    "Maß und Fuß: ß ẞ",
    "👩🏽‍💻 Bewerbung 📄✅ 🇩🇪",
    "مرحبا بكم في مركز العمل",
    "שלום, תוכנית שיתוף פעולה",
    'Sie sagt: "Ich will arbeiten" – „wirklich“ ‚gern‘',
    "<b>Tom & Jerry</b> &amp; <script>",
    "Ame\u0301lie, n\u0303, a\u0308",
    "Tab\tund\nZeilenumbruch\r\nhier",
    "\u200fRTL-Marke und \u202eumgedreht\u202c",
)

_FORBIDDEN = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
_chars = st.characters(exclude_categories=("Cs",), exclude_characters=_FORBIDDEN)


def texts(max_size: int = 40, *, min_size: int = 1) -> st.SearchStrategy[str]:
    """Valid free text: arbitrary Unicode or one of the special samples (within max_size)."""
    special = [t for t in SPECIAL_TEXTS if min_size <= len(t) <= max_size]
    arbitrary = st.text(_chars, min_size=min_size, max_size=max_size)
    return st.one_of(arbitrary, st.sampled_from(special)) if special else arbitrary


def optional_texts(max_size: int = 40) -> st.SearchStrategy[str | None]:
    return st.none() | texts(max_size, min_size=0)


iso_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat)
optional_dates = st.none() | iso_dates
_id_chars = st.sampled_from("abcdefgxyzÄöü0123456789-_.")
ids = st.text(_id_chars, min_size=1, max_size=5)


def _maybe(draw: st.DrawFn, full: bool, target: dict[str, Any], key: str, value: object) -> None:
    """Put `value` under `key` always when `full`, else on a coin flip."""
    if full or draw(st.booleans()):
        target[key] = value


def _client(draw: st.DrawFn, full: bool) -> dict[str, Any]:
    client: dict[str, Any] = {"reference": draw(texts(64))}
    _maybe(draw, full, client, "display_name", draw(optional_texts(200)))
    _maybe(draw, full, client, "salutation", draw(optional_texts(40)))
    _maybe(draw, full, client, "pseudonymised", draw(st.booleans()))
    _maybe(draw, full, client, "language", draw(st.sampled_from(["de", "tr", "ar", "uk", ""])))
    _maybe(draw, full, client, "reading_level", draw(st.sampled_from(READING_LEVELS)))
    _maybe(draw, full, client, "profile", draw(st.none() | st.sampled_from(PROFILES)))
    return client


def _step(
    draw: st.DrawFn,
    full: bool,
    step_id: str,
    goal_ids: list[str],
    addresses: st.SearchStrategy[list[str]],
) -> dict[str, Any]:
    step: dict[str, Any] = {
        "id": step_id,
        "goal": draw(st.sampled_from(goal_ids)),
        "actor": draw(st.sampled_from(ACTORS)),
        "text": draw(texts()),
    }
    _maybe(draw, full, step, "plain_text", draw(optional_texts()))
    _maybe(draw, full, step, "due", draw(optional_dates))
    _maybe(draw, full, step, "frequency", draw(optional_texts(100)))
    _maybe(draw, full, step, "success_criterion", draw(optional_texts()))
    _maybe(draw, full, step, "status", draw(st.sampled_from(STEP_STATUSES)))
    _maybe(draw, full, step, "addresses", draw(addresses))
    return step


@st.composite
def exchange_documents(draw: st.DrawFn, *, full: bool = True) -> dict[str, Any]:
    """A valid exchange document; with `full`, every optional field is present."""
    factor_ids = draw(st.lists(ids, unique=True, max_size=6))
    split = draw(st.integers(0, len(factor_ids)))
    goal_ids = draw(st.lists(ids, unique=True, min_size=1, max_size=4))
    step_ids = draw(st.lists(ids, unique=True, max_size=5))

    client = _client(draw, full)

    obstacles = []
    for obstacle_id in factor_ids[split:]:
        obstacle = {
            "id": obstacle_id,
            "category": draw(st.sampled_from(OBSTACLE_CATEGORIES)),
            "text": draw(texts()),
        }
        _maybe(draw, full, obstacle, "deferred_reason", draw(optional_texts()))
        obstacles.append(obstacle)
    analysis: dict[str, Any] = {
        "date": draw(iso_dates),
        "strengths": [{"id": i, "text": draw(texts())} for i in factor_ids[:split]],
        "obstacles": obstacles,
    }
    _maybe(draw, full, analysis, "client_view", draw(optional_texts()))

    addresses = st.lists(st.sampled_from(factor_ids), max_size=3) if factor_ids else st.just([])
    goals = []
    for goal_id in goal_ids:
        goal: dict[str, Any] = {
            "id": goal_id,
            "kind": draw(st.sampled_from(["integration", "intermediate"])),
            "text": draw(texts()),
        }
        _maybe(draw, full, goal, "client_words", draw(optional_texts()))
        _maybe(draw, full, goal, "target_date", draw(optional_dates))
        _maybe(draw, full, goal, "addresses", draw(addresses))
        gas = st.dictionaries(st.sampled_from(["-2", "-1", "0", "1", "2"]), texts(20, min_size=0))
        _maybe(draw, full, goal, "gas", draw(st.none() | gas))
        goals.append(goal)

    steps = [_step(draw, full, step_id, goal_ids, addresses) for step_id in step_ids]

    follow_ups = []
    for _ in range(draw(st.integers(0, 2))):
        follow_up: dict[str, Any] = {
            "date": draw(iso_dates),
            "kind": draw(st.sampled_from(["contact", "review"])),
        }
        _maybe(draw, full, follow_up, "done", draw(st.booleans()))
        _maybe(draw, full, follow_up, "note", draw(optional_texts()))
        follow_ups.append(follow_up)
    reviews = []
    for _ in range(draw(st.integers(0, 2))):
        review: dict[str, Any] = {"date": draw(iso_dates)}
        ratings = st.dictionaries(st.sampled_from(goal_ids), st.integers(-2, 2))
        _maybe(draw, full, review, "goal_ratings", draw(ratings))
        _maybe(draw, full, review, "note", draw(optional_texts()))
        reviews.append(review)

    plan: dict[str, Any] = {"created": draw(iso_dates), "goals": goals, "steps": steps}
    _maybe(draw, full, plan, "version", draw(st.integers(1, 99)))
    _maybe(draw, full, plan, "agreed", draw(optional_dates))
    _maybe(draw, full, plan, "review_due", draw(optional_dates))
    _maybe(draw, full, plan, "follow_ups", follow_ups)
    _maybe(draw, full, plan, "reviews", reviews)

    document: dict[str, Any] = {
        "format": "counsel-plan",
        "format_version": 1,
        "client": client,
        "potential_analysis": analysis,
        "plan": plan,
    }
    counsellor_fields = st.fixed_dictionaries(
        {
            "name": optional_texts(),
            "office": optional_texts(),
            "phone": optional_texts(30),
            "email": optional_texts(),
        }
    )
    _maybe(draw, full, document, "counsellor", draw(st.none() | counsellor_fields))
    return document


def minimal_document() -> dict[str, Any]:
    """The smallest valid document: only required fields."""
    return {
        "format": "counsel-plan",
        "format_version": 1,
        "client": {"reference": "Fall A"},
        "potential_analysis": {"date": "2026-01-12", "strengths": [], "obstacles": []},
        "plan": {"created": "2026-01-15", "goals": [], "steps": []},
    }


def full_document() -> dict[str, Any]:
    """A valid document with every field set, in the schema's key order."""
    return {
        "format": "counsel-plan",
        "format_version": 1,
        "client": {
            "reference": "123D456789",
            "display_name": "Ayşe Demir-Öztürk",
            "salutation": "Frau",
            "pseudonymised": False,
            "language": "tr",
            "reading_level": "leicht",
            "profile": "entwicklung",
        },
        "potential_analysis": {
            "date": "2026-01-12",
            "strengths": [
                {"id": "s1", "text": "Zuverlässig, pünktlich; spricht Türkisch und Deutsch."},
                {"id": "s2", "text": "Führerschein Klasse B 🚗"},
            ],
            "obstacles": [
                {
                    "id": "o1",
                    "category": "childcare",
                    "text": "Kein Kita-Platz für die Tochter (3 J.)",
                    "deferred_reason": None,
                },
                {
                    "id": "o2",
                    "category": "debt",
                    "text": "Schulden <1.000 €> & Mahnungen",
                    "deferred_reason": "Erst nach Klärung der Kinderbetreuung.",
                },
            ],
            "client_view": 'Sie sagt: „Ich möchte wieder im Büro arbeiten." مرحبا שלום',
        },
        "plan": {
            "version": 2,
            "created": "2026-01-15",
            "agreed": "2026-01-20",
            "review_due": "2026-07-15",
            "goals": [
                {
                    "id": "g1",
                    "kind": "integration",
                    "text": "Arbeit als Bürokauffrau in Teilzeit (25 Std.)",
                    "client_words": "Wieder ins Büro, vormittags.",
                    "target_date": "2026-12-31",
                    "addresses": ["s1", "o1"],
                    "gas": {
                        "-2": "Keine Bewerbung",
                        "-1": "1 Bewerbung",
                        "0": "3 Bewerbungen",
                        "1": "Vorstellungsgespräch",
                        "2": "Arbeitsvertrag",
                    },
                },
                {
                    "id": "g2",
                    "kind": "intermediate",
                    "text": "Kita-Platz ist gefunden",
                    "client_words": None,
                    "target_date": None,
                    "addresses": [],
                    "gas": None,
                },
            ],
            "steps": [
                {
                    "id": "st1",
                    "goal": "g2",
                    "actor": "client",
                    "text": "Frau Demir meldet sich beim Kita-Portal an.",
                    "plain_text": "Sie melden sich beim Kita-Portal an.",
                    "due": "2026-02-01",
                    "frequency": "einmal",
                    "success_criterion": "Bestätigung der Anmeldung liegt vor.",
                    "status": "done",
                    "addresses": ["o1"],
                },
                {
                    "id": "st2",
                    "goal": "g1",
                    "actor": "jobcenter",
                    "text": "Übernahme der Bewerbungskosten (§ 16 SGB II i. V. m. § 44 SGB III)",
                    "plain_text": None,
                    "due": None,
                    "frequency": None,
                    "success_criterion": None,
                    "status": "open",
                    "addresses": [],
                },
            ],
            "follow_ups": [
                {"date": "2026-02-15", "kind": "contact", "done": True, "note": "Telefonat"},
                {"date": "2026-07-15", "kind": "review", "done": False, "note": None},
            ],
            "reviews": [
                {"date": "2026-03-01", "goal_ratings": {"g1": -1, "g2": 2}, "note": "gut"},
            ],
        },
        "counsellor": {
            "name": "Jonas Weiß",
            "office": "Jobcenter Musterstadt, Team 3",
            "phone": "+49 30 1234-567",
            "email": "jonas.weiss@jobcenter.example",
        },
    }
