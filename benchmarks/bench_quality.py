"""Speed of `assess()` on a large plan (12 goals, 60 steps): it runs on every keystroke.

    .venv/bin/python benchmarks/bench_quality.py [--rounds N]

Prints the median time of
- baseline: a plain pass over all goal and step texts calling str.split on each (the floor
  cost of touching the plan once), measured in the same run;
- cold: the first assess() with a fresh analyser (word lists loaded beforehand, so this is
  the analysis of every text, not file reading);
- warm: assess() after one step text changed (the keystroke case);
- warm, unchanged: assess() of the same plan again;
each with its ratio to the baseline. Target: warm median well under 16 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date

from counsel_app.domain import (
    Actor,
    Case,
    Client,
    FollowUp,
    FollowUpKind,
    Goal,
    GoalKind,
    Obstacle,
    ObstacleCategory,
    Plan,
    PotentialAnalysis,
    Profile,
    Step,
    Strength,
)
from counsel_app.language import Analyser
from counsel_app.quality import assess, default_rubric

TODAY = date(2026, 11, 21)
STEP_TEXTS = (
    "Frau Beispiel bewirbt sich bis zum {d}. des Monats auf {n} Stellen als Verkäuferin in "
    "Musterstadt und bringt die Nachweise zum nächsten Termin mit.",
    "Das Jobcenter übernimmt die Kosten für die Fahrkarte zu Vorstellungsgesprächen, "
    "sobald eine Einladung vorliegt.",
    "Der Träger übt mit ihr {n} Vorstellungsgespräche und hilft beim Lebenslauf.",
    "Sie meldet sich regelmäßig bei der Schuldnerberatung und klärt die offenen Rechnungen.",
    "Die Kosten für die Kinderbetreuung werden vom Jobcenter übernommen, sofern ein Antrag "
    "gestellt wurde.",
)


def large_case() -> Case:
    goals = [
        Goal(
            f"g{i}",
            GoalKind.INTEGRATION if i == 0 else GoalKind.INTERMEDIATE,
            f"Frau Beispiel arbeitet ab Monat {i + 1} in Teilzeit, {20 + i} Stunden pro Woche, "
            "im Einzelhandel in Musterstadt.",
            client_words="Ich will wieder arbeiten und mein eigenes Geld verdienen.",
            target_date=date(2027, 1 + i % 12, 1),
            addresses=[f"o{i % 4}"],
        )
        for i in range(12)
    ]
    actors = (Actor.CLIENT, Actor.JOBCENTER, Actor.PROVIDER, Actor.CLIENT, Actor.JOBCENTER)
    steps = [
        Step(
            f"s{i}",
            f"g{i % 12}",
            actors[i % 5],
            STEP_TEXTS[i % 5].format(d=1 + i % 28, n=2 + i % 5) + f" (Schritt {i})",
            plain_text=None if i % 3 else f"Sie schreiben {2 + i % 4} Bewerbungen pro Woche.",
            due=date(2026, 12, 1 + i % 28) if i % 4 else None,
            frequency="jede Woche" if i % 4 == 0 else None,
            success_criterion=None if i % 7 == 0 else f"Nachweis Nummer {i} liegt vor.",
        )
        for i in range(60)
    ]
    return Case(
        client=Client(reference="Bench", profile=Profile.MARKT),
        potential_analysis=PotentialAnalysis(
            date=date(2026, 10, 1),
            strengths=[Strength("st", "Sie ist zuverlässig und freundlich.")],
            obstacles=[
                Obstacle(f"o{i}", ObstacleCategory.OTHER, f"Umstand Nummer {i}") for i in range(5)
            ],
            client_view="Ich möchte im Laden arbeiten.",
        ),
        plan=Plan(
            created=date(2026, 10, 1),
            agreed=date(2026, 10, 1),
            review_due=date(2027, 3, 1),
            goals=goals,
            steps=steps,
            follow_ups=[FollowUp(date(2026, 12, 1), FollowUpKind.CONTACT)],
        ),
    )


def median_ms(fn: Callable[[int], object], rounds: int) -> float:
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    rounds = args.rounds
    case = large_case()
    rubric = default_rubric()
    _ = rubric.stock  # build the stock phrase matcher outside the timings
    texts = [g.text for g in case.plan.goals] + [s.text for s in case.plan.steps]

    def baseline(_i: int) -> int:
        return sum(len(text.split()) for text in texts)

    base = median_ms(baseline, max(rounds, 1000))

    cold_times = []
    for _ in range(max(5, rounds // 20)):
        analyser = Analyser()
        analyser.warm_up()
        analyser.analyse("Aufwärmen der Wörterbücher.", "einfach")
        start = time.perf_counter()
        assess(case, TODAY, analyser=analyser, rubric=rubric)
        cold_times.append((time.perf_counter() - start) * 1000)
    cold = statistics.median(cold_times)

    analyser = Analyser()
    assess(case, TODAY, analyser=analyser, rubric=rubric)
    edited = case.plan.steps[17]
    original = edited.text

    def keystroke(i: int) -> None:
        edited.text = f"{original} {i}"  # one text changed, as after typing a character
        assess(case, TODAY, analyser=analyser, rubric=rubric)

    warm = median_ms(keystroke, rounds)
    edited.text = original
    unchanged = median_ms(lambda _i: assess(case, TODAY, analyser=analyser, rubric=rubric), rounds)

    hints = len(assess(case, TODAY, analyser=analyser, rubric=rubric).hints)
    print(f"assess() auf großem Plan: 12 Ziele, 60 Schritte, {hints} Hinweise")
    print(f"{'Messung':<42}{'Median ms':>12}{'× Basis':>12}")
    rows = [
        ("Basis: str.split über alle Texte", base),
        ("kalt (erster Aufruf, neuer Analyser)", cold),
        ("warm, ein Text geändert (Tastendruck)", warm),
        ("warm, unverändert", unchanged),
    ]
    for name, value in rows:
        print(f"{name:<42}{value:>12.3f}{value / base:>12.0f}")


if __name__ == "__main__":
    main()
