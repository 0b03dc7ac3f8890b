"""SQLModel tables of the encrypted store (see `tables`); enums kept as string values."""

from counsel_app.model import review_tables as review_tables  # review area tables
from counsel_app.model.base import (
    AuditAction,
    Base,
    EntityType,
    metadata,
    utcnow,
)
from counsel_app.model.tables import (
    AppSetting,
    AuditEvent,
    Client,
    CounsellorProfile,
    FollowUp,
    Goal,
    GoalRating,
    Obstacle,
    PlanVersion,
    PotentialAnalysis,
    Review,
    Step,
    Strength,
)
from counsel_app.storage.summaries import PlanStatus  # read with the case list, no SQLAlchemy

__all__ = [
    "AppSetting",
    "AuditAction",
    "AuditEvent",
    "Base",
    "Client",
    "CounsellorProfile",
    "EntityType",
    "FollowUp",
    "Goal",
    "GoalRating",
    "Obstacle",
    "PlanStatus",
    "PlanVersion",
    "PotentialAnalysis",
    "Review",
    "Step",
    "Strength",
    "metadata",
    "utcnow",
]
