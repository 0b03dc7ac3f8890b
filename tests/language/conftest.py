"""One analyser for the whole language test session (dictionaries load once)."""

from __future__ import annotations

import pytest

from counsel_app.language import Analyser, Finding, TextAnalysis


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    return Analyser()


def assert_offsets(text: str, analysis: TextAnalysis) -> None:
    for finding in analysis.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert text[finding.start : finding.end] == finding.text, finding


def rule_findings(analyser: Analyser, text: str, rule: str, level: str) -> list[Finding]:
    analysis = analyser.analyse(text, level)
    assert_offsets(text, analysis)
    return analysis.by_rule(rule)
