"""Declarative base with its own metadata, and the enums that exist only in storage."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import MetaData
from sqlalchemy.orm import registry
from sqlmodel import SQLModel

# Fixed constraint names so Alembic migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
"""The metadata of every table of the store (separate from SQLModel's global one)."""


class Base(SQLModel, registry=registry(metadata=metadata)):
    """Base of all tables; using it keeps our tables out of `SQLModel.metadata`."""


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    REVISE = "revise"


class EntityType(StrEnum):
    CLIENT = "client"
    PLAN_VERSION = "plan_version"
    COUNSELLOR_PROFILE = "counsellor_profile"


def utcnow() -> datetime:
    """Now, timezone-aware in UTC (SQLModel's UTCDateTime refuses naive datetimes)."""
    return datetime.now(UTC)
