"""Cases whose every free-text field carries a canary string, to hunt for plaintext on disk."""

from __future__ import annotations

import hashlib
import secrets
from datetime import date
from pathlib import Path

from counsel_app.domain import (
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
    Review,
    Step,
    Strength,
)


def new_canary(label: str) -> str:
    """A string that cannot occur by chance (includes umlauts to test UTF-8 and UTF-16)."""
    return f"KANARIE{label}Ä{secrets.token_hex(6)}ß"


def canary_case(reference: str, canary: str, *, profile: Profile = Profile.AKTIVIERUNG) -> Case:
    """A valid case; name, notes and texts all contain `canary`."""
    return Case(
        client=Client(
            reference=reference,
            display_name=f"Erika {canary} Musterfrau",
            salutation="Frau",
            profile=profile,
        ),
        potential_analysis=PotentialAnalysis(
            date=date(2026, 3, 2),
            strengths=[Strength("s1", f"Zuverlässig {canary}")],
            obstacles=[Obstacle("o1", ObstacleCategory.CHILDCARE, f"Kita fehlt {canary}")],
            client_view=f"Ich möchte arbeiten {canary}",
        ),
        plan=Plan(
            created=date(2026, 3, 2),
            agreed=date(2026, 3, 2),
            review_due=date(2026, 8, 31),
            goals=[
                Goal(
                    "g1",
                    GoalKind.INTEGRATION,
                    f"Arbeit als Verkäuferin in Teilzeit {canary}",
                    client_words=f"Wieder im Laden stehen {canary}",
                    target_date=date(2026, 12, 31),
                    addresses=["o1"],
                )
            ],
            steps=[
                Step(
                    "st1",
                    "g1",
                    Actor.CLIENT,
                    f"Fünf Bewerbungen im Monat schreiben {canary}",
                    due=date(2026, 4, 30),
                    success_criterion=f"Liste mit fünf Bewerbungen {canary}",
                ),
                Step(
                    "st2",
                    "g1",
                    Actor.JOBCENTER,
                    f"Kosten der Kinderbetreuung klären {canary}",
                    due=date(2026, 4, 15),
                    addresses=["o1"],
                ),
            ],
            follow_ups=[FollowUp(date(2026, 5, 5), FollowUpKind.CONTACT, note=f"Anruf {canary}")],
            reviews=[Review(date(2026, 6, 1), {"g1": 1}, note=f"Gut gelaufen {canary}")],
        ),
        counsellor=Counsellor(name=f"Berater {canary}", office="Jobcenter Musterstadt"),
    )


def write_canary_case(path: Path, reference: str, canary: str) -> Path:
    from counsel_app.exchange import write_case

    write_case(canary_case(reference, canary), path)
    return path


def encodings_of(text: str) -> list[bytes]:
    return [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(folder: Path, needles: list[str]) -> list[str]:
    """Every `file: needle (encoding)` below `folder` whose bytes contain a needle."""
    found: list[str] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            # the canary's distinctive ASCII core too, in case of partial encodings
            core = needle[: needle.index("Ä")]
            for candidate in (needle, core):
                for encoding, encoded in zip(
                    ("utf-8", "utf-16-le", "utf-16-be"), encodings_of(candidate), strict=True
                ):
                    if encoded in data:
                        found.append(f"{path}: {candidate!r} ({encoding})")
    return found


def folder_state(root: Path) -> dict[str, str]:
    """Every file below `root` with the hash of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
