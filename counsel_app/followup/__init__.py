"""Nachhaltung: due list, version comparison and calendar export (pure, no Qt, no DB)."""
