"""Where a review session stood: `review_protocol.current_phase` and `.finished`.

- `current_phase`: the key of the phase the session was in;
- `finished`: whether the session had ended ("Beenden" or past the last phase).

Both are nullable: protocols stored before this revision keep NULL, and "Fortsetzen" then
infers the state from the times used (`review.session.resume_point`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): copying review_protocol would drop the old table, and
    # with foreign keys on that deletes every phase that cascades from it.
    op.add_column("review_protocol", sa.Column("current_phase", sa.Text(), nullable=True))
    op.add_column("review_protocol", sa.Column("finished", sa.Boolean(), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 drops a column in place; a batch copy would cascade-delete the phases.
    op.execute("ALTER TABLE review_protocol DROP COLUMN finished")
    op.execute("ALTER TABLE review_protocol DROP COLUMN current_phase")
