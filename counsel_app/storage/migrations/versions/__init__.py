"""Alembic revisions (loaded by Alembic from this folder, not imported by the app)."""
