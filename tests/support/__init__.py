"""Test helpers shared across the suite (real parts only: no mocked database or files)."""
