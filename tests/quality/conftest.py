from __future__ import annotations

import pytest

from counsel_app.language import Analyser, TextAnalysis


class RecordingAnalyser(Analyser):
    """The real analyser that also notes which texts it was asked to analyse."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []

    def analyse(self, text: str, level: str = "einfach") -> TextAnalysis:
        self.calls.append((text, level))
        return super().analyse(text, level)


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    """The real analyser with the shipped word lists (one per session: dictionaries are slow)."""
    return Analyser()


@pytest.fixture
def recording_analyser() -> RecordingAnalyser:
    return RecordingAnalyser()
