"""Hypothesis strategies for valid domain cases (plan-exchange-v1), reusable by every package.

`cases()` draws a `Case` whose ids are unique, whose steps point at existing goals, whose
`addresses` name existing strengths/obstacles and whose review ratings name existing goals
with GAS levels -2..2, as the exchange schema demands. `large_case()` builds a fixed,
realistic case of a given size (for speed measurements).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from counsel_app.domain import (
    GAS_LEVELS,
    Actor,
    Case,
    Client,
    Counsellor,
    FollowUp,
    FollowUpKind,
    Goal,
    GoalKind,
    Obstacle,
    ObstacleCategory,
    Plan,
    PotentialAnalysis,
    Profile,
    ReadingLevel,
    Review,
    Step,
    StepStatus,
    Strength,
)

# Any Unicode scalar value that UTF-8 can encode (no lone surrogates).
CHARS = st.characters(codec="utf-8")
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def texts(min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    return st.text(CHARS, min_size=min_size, max_size=max_size)


def optional_texts(max_size: int = 60) -> st.SearchStrategy[str | None]:
    return st.none() | texts(0, max_size)


def references() -> st.SearchStrategy[str]:
    return texts(1, 64)


def clients() -> st.SearchStrategy[Client]:
    return st.builds(
        Client,
        reference=references(),
        display_name=optional_texts(200),
        salutation=optional_texts(40),
        pseudonymised=st.booleans(),
        language=st.sampled_from(["de", "en", "tr", "ar", "uk", "de-DE"]),
        reading_level=st.sampled_from(ReadingLevel),
        profile=st.none() | st.sampled_from(Profile),
    )


def counsellors() -> st.SearchStrategy[Counsellor | None]:
    return st.none() | st.builds(
        Counsellor,
        name=optional_texts(200),
        office=optional_texts(200),
        phone=optional_texts(60),
        email=optional_texts(200),
    )


def _unique_ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i + 1}" for i in range(n)]


@st.composite
def cases(draw: st.DrawFn, max_items: int = 5) -> Case:
    """A valid case; `max_items` bounds every list (keeps examples fast)."""
    strength_ids = _unique_ids("s", draw(st.integers(0, max_items)))
    obstacle_ids = _unique_ids("o", draw(st.integers(0, max_items)))
    analysis = PotentialAnalysis(
        date=draw(DATES),
        strengths=[Strength(id=i, text=draw(texts())) for i in strength_ids],
        obstacles=[
            Obstacle(
                id=i,
                category=draw(st.sampled_from(ObstacleCategory)),
                text=draw(texts()),
                deferred_reason=draw(optional_texts()),
            )
            for i in obstacle_ids
        ],
        client_view=draw(optional_texts()),
    )
    addressable = strength_ids + obstacle_ids
    goal_ids = _unique_ids("g", draw(st.integers(0, max_items)))
    gas_scales = st.none() | st.dictionaries(st.sampled_from(GAS_LEVELS), texts(0, 40))
    goals = [
        Goal(
            id=i,
            kind=draw(st.sampled_from(GoalKind)),
            text=draw(texts()),
            client_words=draw(optional_texts()),
            target_date=draw(st.none() | DATES),
            addresses=draw(st.lists(st.sampled_from(addressable), unique=True))
            if addressable
            else [],
            gas=draw(gas_scales),
        )
        for i in goal_ids
    ]
    steps: list[Step] = []
    if goal_ids:
        for i in _unique_ids("st", draw(st.integers(0, max_items * 2))):
            steps.append(
                Step(
                    id=i,
                    goal=draw(st.sampled_from(goal_ids)),
                    actor=draw(st.sampled_from(Actor)),
                    text=draw(texts()),
                    plain_text=draw(optional_texts()),
                    due=draw(st.none() | DATES),
                    frequency=draw(optional_texts(100)),
                    success_criterion=draw(optional_texts()),
                    status=draw(st.sampled_from(StepStatus)),
                    addresses=draw(st.lists(st.sampled_from(obstacle_ids), unique=True))
                    if obstacle_ids
                    else [],
                )
            )
    follow_ups = draw(
        st.lists(
            st.builds(
                FollowUp,
                date=DATES,
                kind=st.sampled_from(FollowUpKind),
                done=st.booleans(),
                note=optional_texts(),
            ),
            max_size=max_items,
        )
    )
    ratings = (
        st.dictionaries(st.sampled_from(goal_ids), st.sampled_from(GAS_LEVELS))
        if goal_ids
        else st.just({})
    )
    reviews = draw(
        st.lists(
            st.builds(Review, date=DATES, goal_ratings=ratings, note=optional_texts()),
            max_size=max_items,
        )
    )
    plan = Plan(
        created=draw(DATES),
        version=draw(st.integers(1, 20)),
        agreed=draw(st.none() | DATES),
        review_due=draw(st.none() | DATES),
        goals=goals,
        steps=steps,
        follow_ups=follow_ups,
        reviews=reviews,
    )
    return Case(
        client=draw(clients()),
        potential_analysis=analysis,
        plan=plan,
        counsellor=draw(counsellors()),
    )


def large_case(
    n_goals: int = 12, n_steps: int = 60, *, reference: str = "Fall Groß", start: date | None = None
) -> Case:
    """A deterministic, fully filled case of the given size (for speed and load checks)."""
    start = start or date(2026, 1, 5)
    obstacles = [
        Obstacle(
            id=f"o{i + 1}",
            category=list(ObstacleCategory)[i % len(ObstacleCategory)],
            text=f"Erschwerender Umstand Nummer {i + 1}: Kinderbetreuung am Nachmittag fehlt.",
            deferred_reason="Wird im nächsten Planzeitraum bearbeitet." if i % 4 == 3 else None,
        )
        for i in range(8)
    ]
    strengths = [
        Strength(id=f"s{i + 1}", text=f"Stärke {i + 1}: zuverlässig und pünktlich.")
        for i in range(6)
    ]
    goals = [
        Goal(
            id=f"g{i + 1}",
            kind=GoalKind.INTEGRATION if i == 0 else GoalKind.INTERMEDIATE,
            text=f"Ziel {i + 1}: eine Stelle als Verkäuferin in Teilzeit finden.",
            client_words=f"Ich möchte wieder arbeiten ({i + 1}).",
            target_date=start + timedelta(days=30 * (i + 1)),
            addresses=[f"o{i % 8 + 1}", f"s{i % 6 + 1}"],
            gas={lvl: f"Stufe {lvl}: beobachtbares Ergebnis {i + 1}" for lvl in GAS_LEVELS},
        )
        for i in range(n_goals)
    ]
    steps = [
        Step(
            id=f"st{i + 1}",
            goal=f"g{i % n_goals + 1}",
            actor=list(Actor)[i % 3],
            text=f"Schritt {i + 1}: Bewerbungsunterlagen überarbeiten und zwei Bewerbungen senden.",
            plain_text=f"Sie schicken 2 Bewerbungen ({i + 1}).",
            due=start + timedelta(days=7 * (i + 1)),
            frequency="2 Bewerbungen pro Monat" if i % 2 else None,
            success_criterion="Kopien der Bewerbungen liegen vor.",
            status=list(StepStatus)[i % len(StepStatus)],
            addresses=[f"o{i % 8 + 1}"],
        )
        for i in range(n_steps)
    ]
    return Case(
        client=Client(
            reference=reference,
            display_name="Erika Mustermann",
            salutation="Frau",
            profile=Profile.AKTIVIERUNG,
        ),
        potential_analysis=PotentialAnalysis(
            date=start, strengths=strengths, obstacles=obstacles, client_view="Ich will arbeiten."
        ),
        plan=Plan(
            created=start,
            agreed=start,
            review_due=start + timedelta(days=180),
            goals=goals,
            steps=steps,
            follow_ups=[
                FollowUp(date=start + timedelta(days=30 * k), kind=FollowUpKind.CONTACT)
                for k in range(1, 5)
            ],
            reviews=[
                Review(
                    date=start + timedelta(days=90),
                    goal_ratings={g.id: 0 for g in goals},
                    note="Gute Fortschritte.",
                )
            ],
        ),
        counsellor=Counsellor(
            name="Max Beispiel", office="Jobcenter Musterstadt", phone="0123 456", email="m@b.de"
        ),
    )
