"""Tables of the review area: protocols of kollegiale Fallberatungen.

They live in the same metadata as `tables` (one schema, one migration chain) and are used
in the separate review store (`services.review_area`), never for the counsellor's own
cases. A protocol names its case by the pseudonym only; participants by role, with a
name only where one was entered. Phases are removed with their protocol.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from counsel_app.model.base import Base, utcnow


class ReviewProtocol(Base, table=True):
    """One session: phase model, case pseudonym, date, roles, key question, outcome, and
    where the session stood (current phase, finished)."""

    __tablename__ = "review_protocol"

    id: int | None = Field(default=None, primary_key=True)
    model_key: str
    model_name: str
    case_reference: str = Field(index=True)
    held_on: date
    roles: str = Field(default="[]", sa_type=Text)  # JSON list of {role, label, name}
    key_question: str = Field(default="", sa_type=Text)
    outcome: str = Field(default="", sa_type=Text)
    # Where the session stood (phase key, ended); NULL in protocols stored before 0005.
    current_phase: str | None = Field(default=None, sa_type=Text)
    finished: bool | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ReviewProtocolPhase(Base, table=True):
    """One phase of a protocol: planned minutes, time used and the notes."""

    __tablename__ = "review_protocol_phase"
    __table_args__ = (UniqueConstraint("protocol_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    protocol_id: int = Field(foreign_key="review_protocol.id", ondelete="CASCADE", index=True)
    position: int
    key: str
    title: str
    planned_minutes: int
    elapsed_seconds: int = 0
    note: str = Field(default="", sa_type=Text)
