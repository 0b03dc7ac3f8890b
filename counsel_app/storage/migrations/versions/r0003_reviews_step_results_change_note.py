"""Reviews with step results, and the change record of a plan version (Fortschreibung).

- `step_result`: per review, the outcome of each step (done, partly, not_done, dropped) with a
  short reason.
- `plan_version.change_note`: what changed against the previous version, as plain text;
  `plan_version.change_record`: the same as a JSON list (added/changed/removed goals and steps).

Both are store-only: the exchange format (v1) cannot carry them and the exporter leaves them out.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): copying plan_version would drop the old table, and
    # with foreign keys on that deletes every row that cascades from it.
    op.add_column("plan_version", sa.Column("change_note", sa.Text(), nullable=True))
    op.add_column("plan_version", sa.Column("change_record", sa.Text(), nullable=True))
    op.create_table(
        "step_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_key", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_step_result_review_id_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_result")),
    )
    op.create_index(op.f("ix_step_result_review_id"), "step_result", ["review_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_step_result_review_id"), table_name="step_result")
    op.drop_table("step_result")
    # SQLite >= 3.35 drops a column in place; a batch copy would cascade-delete the content.
    op.execute("ALTER TABLE plan_version DROP COLUMN change_record")
    op.execute("ALTER TABLE plan_version DROP COLUMN change_note")
