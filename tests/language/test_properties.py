"""Arbitrary text never breaks the analyser, and every offset points at the finding's text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.language import Analyser
from tests.language.conftest import assert_offsets

ANALYSER = Analyser()  # module-level for hypothesis (function-scoped fixtures are not reset)

GERMANISH = st.lists(
    st.sampled_from(
        [
            "Der",
            "Antrag",
            "wird",
            "geprüft",
            "z. B.",
            "ggf.",
            "am",
            "12.",
            "März",
            "2026",
            "nicht",
            "unwichtig",
            "des",
            "Termins",
            "drei",
            "zeitnah",
            "Bedarfsgemeinschaft",
            "würde",
            ".",
            ",",
            "!",
            "?",
            "\n",
            "\n\n",
            "§",
            "Abs.",
            "SGB II",
            "i. d. R.",
            "-",
            "Arbeits-Vermittlung",
            "„",
            "“",
            "usw.",
            "Eingliederungsvereinbarung",
            " ",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300)
@given(st.text(max_size=300), st.sampled_from(["einfach", "leicht"]))
def test_any_unicode_text(text: str, level: str) -> None:
    analysis = ANALYSER.analyse(text, level)
    assert_offsets(text, analysis)
    assert analysis.words >= 0 and analysis.sentences <= max(analysis.words, 0) + 0


@settings(max_examples=300)
@given(GERMANISH, st.sampled_from(["einfach", "leicht"]))
def test_german_like_text(text: str, level: str) -> None:
    analysis = ANALYSER.analyse(text, level)
    assert_offsets(text, analysis)
    data = analysis.to_json()
    assert len(data["findings"]) == len(analysis.findings)
