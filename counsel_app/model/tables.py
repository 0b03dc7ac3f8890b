"""The stored data: one table per domain entity, enums kept as their string values.

Lists of the domain model keep their order through `position` columns; ids of the exchange
format (``"g1"``, ``"o2"``) are kept as `key`. Lists of ids (`addresses`) are stored as a JSON
array in a text column. Every row below `client` is removed with it (``ON DELETE CASCADE``).
Audit events have no foreign key on purpose: they outlive the case they describe.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from counsel_app.model.base import Base, utcnow

_CASCADE: Final = "CASCADE"


class CounsellorProfile(Base, table=True):
    """The local user (Integrationsfachkraft): contact data for print. One row."""

    __tablename__ = "counsellor_profile"

    id: int | None = Field(default=None, primary_key=True)
    name: str | None = None
    office: str | None = None
    phone: str | None = None
    email: str | None = None


class Client(Base, table=True):
    """One case: the client's data that is not versioned with the plan."""

    __tablename__ = "client"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(unique=True)
    display_name: str | None = None
    salutation: str | None = None
    pseudonymised: bool = False
    language: str = "de"
    reading_level: str = "einfach"
    profile: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PlanVersion(Base, table=True):
    """One version of the Kooperationsplan; a Fortschreibung adds a row linked to the last.

    The counsellor named in the case (exchange files carry one) is kept per version;
    `has_counsellor` tells an absent counsellor from one with every field empty.
    """

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("client_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", ondelete=_CASCADE)
    version: int
    previous_version_id: int | None = Field(
        default=None, foreign_key="plan_version.id", ondelete="SET NULL"
    )
    status: str = "draft"
    created: date
    agreed: date | None = None
    review_due: date | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    has_counsellor: bool = False
    counsellor_name: str | None = None
    counsellor_office: str | None = None
    counsellor_phone: str | None = None
    counsellor_email: str | None = None
    change_note: str | None = Field(default=None, sa_type=Text)
    change_record: str | None = Field(default=None, sa_type=Text)


class PotentialAnalysis(Base, table=True):
    """Snapshot of the Potenzialanalyse belonging to one plan version."""

    __tablename__ = "potential_analysis"

    id: int | None = Field(default=None, primary_key=True)
    plan_version_id: int = Field(foreign_key="plan_version.id", ondelete=_CASCADE, unique=True)
    date: date
    client_view: str | None = Field(default=None, sa_type=Text)


class Strength(Base, table=True):
    __tablename__ = "strength"

    id: int | None = Field(default=None, primary_key=True)
    analysis_id: int = Field(foreign_key="potential_analysis.id", ondelete=_CASCADE, index=True)
    position: int
    key: str
    text: str = Field(sa_type=Text)


class Obstacle(Base, table=True):
    """An erschwerender Umstand; `category` is an `ObstacleCategory` value."""

    __tablename__ = "obstacle"

    id: int | None = Field(default=None, primary_key=True)
    analysis_id: int = Field(foreign_key="potential_analysis.id", ondelete=_CASCADE, index=True)
    position: int
    key: str
    category: str
    text: str = Field(sa_type=Text)
    deferred_reason: str | None = Field(default=None, sa_type=Text)


class Goal(Base, table=True):
    """Eingliederungsziel or Zwischenziel with its five GAS levels (-2..+2).

    `has_gas` tells "no GAS scale" (None) from an empty scale ({}).
    """

    __tablename__ = "goal"

    id: int | None = Field(default=None, primary_key=True)
    plan_version_id: int = Field(foreign_key="plan_version.id", ondelete=_CASCADE, index=True)
    position: int
    key: str
    kind: str
    text: str = Field(sa_type=Text)
    client_words: str | None = Field(default=None, sa_type=Text)
    target_date: date | None = None
    addresses: str = Field(default="[]", sa_type=Text)
    has_gas: bool = False
    gas_minus2: str | None = Field(default=None, sa_type=Text)
    gas_minus1: str | None = Field(default=None, sa_type=Text)
    gas_zero: str | None = Field(default=None, sa_type=Text)
    gas_plus1: str | None = Field(default=None, sa_type=Text)
    gas_plus2: str | None = Field(default=None, sa_type=Text)


class Step(Base, table=True):
    """A step of the plan; `goal_key` is the `key` of its goal in the same version."""

    __tablename__ = "step"

    id: int | None = Field(default=None, primary_key=True)
    plan_version_id: int = Field(foreign_key="plan_version.id", ondelete=_CASCADE, index=True)
    position: int
    key: str
    goal_key: str
    actor: str
    text: str = Field(sa_type=Text)
    plain_text: str | None = Field(default=None, sa_type=Text)
    due: date | None = Field(default=None, index=True)
    frequency: str | None = None
    success_criterion: str | None = Field(default=None, sa_type=Text)
    status: str = "open"
    addresses: str = Field(default="[]", sa_type=Text)


class FollowUp(Base, table=True):
    """Nachhaltung: a planned contact or review."""

    __tablename__ = "follow_up"

    id: int | None = Field(default=None, primary_key=True)
    plan_version_id: int = Field(foreign_key="plan_version.id", ondelete=_CASCADE, index=True)
    position: int
    date: date
    kind: str
    done: bool = False
    note: str | None = Field(default=None, sa_type=Text)


class Review(Base, table=True):
    """Überprüfung und Fortschreibung: the joint review with GAS ratings per goal."""

    __tablename__ = "review"

    id: int | None = Field(default=None, primary_key=True)
    plan_version_id: int = Field(foreign_key="plan_version.id", ondelete=_CASCADE, index=True)
    position: int
    date: date
    note: str | None = Field(default=None, sa_type=Text)


class GoalRating(Base, table=True):
    """The GAS level (-2..2) a goal reached at one review."""

    __tablename__ = "goal_rating"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", ondelete=_CASCADE, index=True)
    position: int
    goal_key: str
    level: int


class StepResult(Base, table=True):
    """What became of one step at a review; `status` is a `StepStatus` value (not `open`)."""

    __tablename__ = "step_result"

    id: int | None = Field(default=None, primary_key=True)
    review_id: int = Field(foreign_key="review.id", ondelete=_CASCADE, index=True)
    position: int
    step_key: str
    status: str
    reason: str | None = Field(default=None, sa_type=Text)


class AuditEvent(Base, table=True):
    """Who did what to which entity, and when. Never any content of the case."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str
    entity_type: str
    entity_id: int | None = None
    case_id: int | None = Field(default=None, index=True)
    action: str


class AppSetting(Base, table=True):
    """Key/value settings kept inside the store (retention periods, auto-lock minutes)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str
