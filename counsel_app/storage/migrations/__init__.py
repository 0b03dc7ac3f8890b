"""Alembic migrations of the store (package data: env.py, versions/)."""
