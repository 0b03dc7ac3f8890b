"""The case as plain data: Potenzialanalyse, Kooperationsplan and the counsellor's contact.

These dataclasses mirror the exchange format (plan-exchange-v1) one to one. Quality,
language, printing and exchange work on them without Qt or a database session; storage maps
them to and from SQLModel tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Actor(StrEnum):
    """Who carries out a step."""

    CLIENT = "client"
    JOBCENTER = "jobcenter"
    PROVIDER = "provider"


class GoalKind(StrEnum):
    """Eingliederungsziel (integration) or Zwischenziel (intermediate)."""

    INTEGRATION = "integration"
    INTERMEDIATE = "intermediate"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    DROPPED = "dropped"


class FollowUpKind(StrEnum):
    CONTACT = "contact"
    REVIEW = "review"


class ReadingLevel(StrEnum):
    STANDARD = "standard"
    EINFACH = "einfach"
    LEICHT = "leicht"


class Profile(StrEnum):
    """Profillage of the 4-Phasen-Modell."""

    MARKT = "markt"
    AKTIVIERUNG = "aktivierung"
    FOERDER = "foerder"
    ENTWICKLUNG = "entwicklung"
    STABILISIERUNG = "stabilisierung"
    UNTERSTUETZUNG = "unterstuetzung"

    @property
    def is_market_near(self) -> bool:
        """Market-near profiles (Integrationsprognose within twelve months)."""
        return self in _MARKET_NEAR


_MARKET_NEAR = frozenset({Profile.MARKT, Profile.AKTIVIERUNG, Profile.FOERDER})


class ObstacleCategory(StrEnum):
    EDUCATION = "education"
    QUALIFICATION = "qualification"
    HEALTH = "health"
    LANGUAGE = "language"
    CHILDCARE = "childcare"
    CARE = "care"
    DEBT = "debt"
    HOUSING = "housing"
    ADDICTION = "addiction"
    MOBILITY = "mobility"
    LONG_TERM_UNEMPLOYMENT = "long_term_unemployment"
    AGE = "age"
    RESIDENCE = "residence"
    DIGITAL = "digital"
    OTHER = "other"


GAS_LEVELS: tuple[int, ...] = (-2, -1, 0, 1, 2)


@dataclass
class Strength:
    id: str
    text: str


@dataclass
class Obstacle:
    """An erschwerender Umstand; `deferred_reason` says why this plan leaves it aside."""

    id: str
    category: ObstacleCategory
    text: str
    deferred_reason: str | None = None


@dataclass
class PotentialAnalysis:
    date: date
    strengths: list[Strength] = field(default_factory=list)
    obstacles: list[Obstacle] = field(default_factory=list)
    client_view: str | None = None


@dataclass
class Goal:
    """Eingliederungsziel or Zwischenziel; `gas` maps GAS level (-2..2) to an observable outcome."""

    id: str
    kind: GoalKind
    text: str
    client_words: str | None = None
    target_date: date | None = None
    addresses: list[str] = field(default_factory=list)
    gas: dict[int, str] | None = None


@dataclass
class Step:
    id: str
    goal: str
    actor: Actor
    text: str
    plain_text: str | None = None
    due: date | None = None
    frequency: str | None = None
    success_criterion: str | None = None
    status: StepStatus = StepStatus.OPEN
    addresses: list[str] = field(default_factory=list)

    @property
    def print_text(self) -> str:
        """The wording the client's copy prints: the reworded text where there is one."""
        return self.plain_text or self.text


@dataclass
class FollowUp:
    date: date
    kind: FollowUpKind
    done: bool = False
    note: str | None = None


@dataclass
class StepResult:
    """What became of one step by a review (done, partly, not_done, dropped) and why, briefly."""

    status: StepStatus
    reason: str | None = None


@dataclass
class Review:
    """A joint review; `step_results` (step id -> result) is store-only (not in exchange v1)."""

    date: date
    goal_ratings: dict[str, int] = field(default_factory=dict)
    note: str | None = None
    step_results: dict[str, StepResult] = field(default_factory=dict)


@dataclass
class Plan:
    created: date
    version: int = 1
    agreed: date | None = None
    review_due: date | None = None
    goals: list[Goal] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    # What changed against the previous version (Fortschreibung); store-only, not in exchange v1.
    change_note: str | None = None

    def goal(self, goal_id: str) -> Goal | None:
        """The goal with this id, or None."""
        return next((g for g in self.goals if g.id == goal_id), None)

    @property
    def integration_goal(self) -> Goal | None:
        return next((g for g in self.goals if g.kind is GoalKind.INTEGRATION), None)


@dataclass
class Client:
    reference: str
    display_name: str | None = None
    salutation: str | None = None
    pseudonymised: bool = False
    language: str = "de"
    reading_level: ReadingLevel = ReadingLevel.EINFACH
    profile: Profile | None = None


@dataclass
class Counsellor:
    name: str | None = None
    office: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class Case:
    """One client's case, exactly what one exchange file holds."""

    client: Client
    potential_analysis: PotentialAnalysis
    plan: Plan
    counsellor: Counsellor | None = None
