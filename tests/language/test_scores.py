"""Scores follow DESIGN.md §8 and agree with textstat's German values on ordinary prose."""

from __future__ import annotations

import pytest

from counsel_app.language import Analyser, Scores
from counsel_app.language.scores import compute_scores, interpret

PROSE = [
    # Ordinary German prose, written for this test (no abbreviations, no numbers).
    "Am Morgen ging die Familie gemeinsam zum kleinen Markt am Rand der Stadt. Dort kauften "
    "sie frisches Gemüse, duftendes Brot und einen großen Korb voller Äpfel. Die Kinder liefen "
    "zwischen den Ständen hin und her und bestaunten die bunten Blumen. Später tranken alle "
    "zusammen einen warmen Kakao in dem kleinen Café neben der alten Kirche.",
    "Die Bibliothek unserer Gemeinde wurde vor einigen Jahren gründlich renoviert. Seitdem "
    "kommen viel mehr Menschen, um Bücher auszuleihen oder in Ruhe zu lesen. Besonders beliebt "
    "sind die Veranstaltungen am Abend, bei denen Autorinnen aus ihren neuen Romanen vorlesen. "
    "Viele Besucher bleiben danach noch lange sitzen und unterhalten sich über das Gehörte.",
    "Wer regelmäßig Sport treibt, fühlt sich meistens ausgeglichener und schläft besser. Dabei "
    "muss es nicht immer ein anstrengendes Training im Verein sein. Schon ein längerer "
    "Spaziergang durch den Wald oder eine kurze Fahrt mit dem Fahrrad zur Arbeit können viel "
    "bewirken. Wichtig ist vor allem, dass die Bewegung Freude macht und zum Alltag passt.",
]


@pytest.fixture(scope="module")
def textstat_de():  # type: ignore[no-untyped-def]
    textstat = pytest.importorskip("textstat")
    textstat.set_lang("de")
    return textstat


@pytest.mark.parametrize("text", PROSE)
def test_scores_agree_with_textstat(analyser: Analyser, textstat_de, text: str) -> None:  # type: ignore[no-untyped-def]
    """Same counts (pyphen syllables) and formulas as textstat: within one point."""
    analysis = analyser.analyse(text)
    scores = analysis.scores
    assert analysis.words == textstat_de.lexicon_count(text)
    assert analysis.sentences == textstat_de.sentence_count(text)
    assert scores.flesch_amstad == pytest.approx(textstat_de.flesch_reading_ease(text), abs=1.0)
    assert scores.wiener_sachtextformel == pytest.approx(
        textstat_de.wiener_sachtextformel(text, 1), abs=1.0
    )
    assert scores.lix == pytest.approx(textstat_de.lix(text), abs=1.0)


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        # pyphen (and so textstat) leaves two-letter edges unsplit: "oder" counts one.
        ("oder", 1),
        ("Abend", 1),
        ("Arbeitsvermittlung", 5),
        ("Uhr", 1),
        ("Familie", 3),
        ("Arbeits-Vermittlung", 5),
    ],
)
def test_syllables(analyser: Analyser, word: str, syllables: int) -> None:
    assert analyser.words.syllables(word) == syllables


def test_formulas_by_hand() -> None:
    # 4 words, 1 sentence; syllables 1, 2, 3, 1; one word with more than 6 letters.
    scores = compute_scores(["Sie", "kommen", "pünktlich", "mit"], [1, 2, 3, 1], 1)
    asl, asw = 4.0, 7 / 4
    assert scores.flesch_amstad == pytest.approx(180 - asl - 58.5 * asw, abs=0.01)
    ms, iw, es = 25.0, 25.0, 50.0
    wiener = 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875
    assert scores.wiener_sachtextformel == pytest.approx(wiener, abs=0.01)
    assert scores.lix == pytest.approx(asl + 25.0, abs=0.01)


def test_empty_text_scores_zero(analyser: Analyser) -> None:
    analysis = analyser.analyse("")
    assert (analysis.words, analysis.sentences) == (0, 0)
    assert analysis.scores == Scores(0.0, 0.0, 0.0)


def test_easy_text_scores_better_than_office_text(analyser: Analyser) -> None:
    easy = analyser.analyse("Sie suchen Arbeit. Wir helfen Ihnen. Sie kommen am Montag.").scores
    hard = analyser.analyse(
        "Die Inanspruchnahme von Eingliederungsleistungen setzt die Mitwirkung der "
        "erwerbsfähigen leistungsberechtigten Person voraus."
    ).scores
    assert easy.flesch_amstad > hard.flesch_amstad
    assert easy.wiener_sachtextformel < hard.wiener_sachtextformel
    assert easy.lix < hard.lix
    assert "leicht" in interpret(easy)
