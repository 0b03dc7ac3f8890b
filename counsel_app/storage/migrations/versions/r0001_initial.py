"""Initial schema: counsellor profile, clients, plan versions and their content, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("entity_type", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_case_id"), "audit_event", ["case_id"], unique=False)
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=True),
        sa.Column("salutation", sa.String(), nullable=True),
        sa.Column("pseudonymised", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("reading_level", sa.String(), nullable=False),
        sa.Column("profile", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("reference", name=op.f("uq_client_reference")),
    )
    op.create_table(
        "counsellor_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("office", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counsellor_profile")),
    )
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("previous_version_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created", sa.Date(), nullable=False),
        sa.Column("agreed", sa.Date(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("has_counsellor", sa.Boolean(), nullable=False),
        sa.Column("counsellor_name", sa.String(), nullable=True),
        sa.Column("counsellor_office", sa.String(), nullable=True),
        sa.Column("counsellor_phone", sa.String(), nullable=True),
        sa.Column("counsellor_email", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_plan_version_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["previous_version_id"],
            ["plan_version.id"],
            name=op.f("fk_plan_version_previous_version_id_plan_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
        sa.UniqueConstraint("client_id", "version", name=op.f("uq_plan_version_client_id_version")),
    )
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_follow_up_plan_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    op.create_index(
        op.f("ix_follow_up_plan_version_id"), "follow_up", ["plan_version_id"], unique=False
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("client_words", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("addresses", sa.Text(), nullable=False),
        sa.Column("has_gas", sa.Boolean(), nullable=False),
        sa.Column("gas_minus2", sa.Text(), nullable=True),
        sa.Column("gas_minus1", sa.Text(), nullable=True),
        sa.Column("gas_zero", sa.Text(), nullable=True),
        sa.Column("gas_plus1", sa.Text(), nullable=True),
        sa.Column("gas_plus2", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_goal_plan_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    op.create_index(op.f("ix_goal_plan_version_id"), "goal", ["plan_version_id"], unique=False)
    op.create_table(
        "potential_analysis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("client_view", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_potential_analysis_plan_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_potential_analysis")),
        sa.UniqueConstraint("plan_version_id", name=op.f("uq_potential_analysis_plan_version_id")),
    )
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_review_plan_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    op.create_index(op.f("ix_review_plan_version_id"), "review", ["plan_version_id"], unique=False)
    op.create_table(
        "step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("goal_key", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("plain_text", sa.Text(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("frequency", sa.String(), nullable=True),
        sa.Column("success_criterion", sa.Text(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("addresses", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_version_id"],
            ["plan_version.id"],
            name=op.f("fk_step_plan_version_id_plan_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step")),
    )
    op.create_index(op.f("ix_step_plan_version_id"), "step", ["plan_version_id"], unique=False)
    op.create_table(
        "goal_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("goal_key", sa.String(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_goal_rating_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_rating")),
    )
    op.create_index(op.f("ix_goal_rating_review_id"), "goal_rating", ["review_id"], unique=False)
    op.create_table(
        "obstacle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("analysis_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("deferred_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["potential_analysis.id"],
            name=op.f("fk_obstacle_analysis_id_potential_analysis"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obstacle")),
    )
    op.create_index(op.f("ix_obstacle_analysis_id"), "obstacle", ["analysis_id"], unique=False)
    op.create_table(
        "strength",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("analysis_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["analysis_id"],
            ["potential_analysis.id"],
            name=op.f("fk_strength_analysis_id_potential_analysis"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strength")),
    )
    op.create_index(op.f("ix_strength_analysis_id"), "strength", ["analysis_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_strength_analysis_id"), table_name="strength")
    op.drop_table("strength")
    op.drop_index(op.f("ix_obstacle_analysis_id"), table_name="obstacle")
    op.drop_table("obstacle")
    op.drop_index(op.f("ix_goal_rating_review_id"), table_name="goal_rating")
    op.drop_table("goal_rating")
    op.drop_index(op.f("ix_step_plan_version_id"), table_name="step")
    op.drop_table("step")
    op.drop_index(op.f("ix_review_plan_version_id"), table_name="review")
    op.drop_table("review")
    op.drop_table("potential_analysis")
    op.drop_index(op.f("ix_goal_plan_version_id"), table_name="goal")
    op.drop_table("goal")
    op.drop_index(op.f("ix_follow_up_plan_version_id"), table_name="follow_up")
    op.drop_table("follow_up")
    op.drop_table("plan_version")
    op.drop_table("counsellor_profile")
    op.drop_table("client")
    op.drop_index(op.f("ix_audit_event_case_id"), table_name="audit_event")
    op.drop_table("audit_event")
