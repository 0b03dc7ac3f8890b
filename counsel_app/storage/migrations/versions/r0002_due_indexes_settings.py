"""Indexes for the due list (review_due, step due) and the app_setting key/value table.

The settings table keeps store-wide settings inside the encrypted store: retention
periods and the auto-lock minutes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_plan_version_review_due"), "plan_version", ["review_due"], unique=False
    )
    op.create_index(op.f("ix_step_due"), "step", ["due"], unique=False)
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )


def downgrade() -> None:
    op.drop_table("app_setting")
    op.drop_index(op.f("ix_step_due"), table_name="step")
    op.drop_index(op.f("ix_plan_version_review_due"), table_name="plan_version")
