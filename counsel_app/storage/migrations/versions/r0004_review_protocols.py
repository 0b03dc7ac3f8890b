"""Protocols of kollegiale Fallberatungen (review area).

- `review_protocol`: phase model, the case's pseudonym, date, roles (JSON), key question,
  outcome;
- `review_protocol_phase`: per protocol and phase the planned minutes, the time used and
  the notes (removed with their protocol).

The tables exist in every store (one schema); they are filled only in the separate review
store (`services.review_area`).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "review_protocol",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("model_key", sa.String(), nullable=False),
        sa.Column("model_name", sa.String(), nullable=False),
        sa.Column("case_reference", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("key_question", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_protocol")),
    )
    op.create_index(
        op.f("ix_review_protocol_case_reference"),
        "review_protocol",
        ["case_reference"],
        unique=False,
    )
    op.create_table(
        "review_protocol_phase",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("elapsed_seconds", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["review_protocol.id"],
            name=op.f("fk_review_protocol_phase_protocol_id_review_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_protocol_phase")),
        sa.UniqueConstraint(
            "protocol_id", "position", name=op.f("uq_review_protocol_phase_protocol_id_position")
        ),
    )
    op.create_index(
        op.f("ix_review_protocol_phase_protocol_id"),
        "review_protocol_phase",
        ["protocol_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_review_protocol_phase_protocol_id"), table_name="review_protocol_phase")
    op.drop_table("review_protocol_phase")
    op.drop_index(op.f("ix_review_protocol_case_reference"), table_name="review_protocol")
    op.drop_table("review_protocol")
