"""Tokens with offsets and the sentence splitter."""

from __future__ import annotations

import pytest

from counsel_app.language import Analyser


def sentences(analyser: Analyser, text: str) -> list[str]:
    doc = analyser.document(text)
    return [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bringen Sie z. B. Ihren Lebenslauf mit. Danach sprechen wir.",
            ["Bringen Sie z. B. Ihren Lebenslauf mit.", "Danach sprechen wir."],
        ),
        (
            "Sie bringen ggf. Zeugnisse mit. Bzw. Kopien davon.",
            ["Sie bringen ggf. Zeugnisse mit.", "Bzw. Kopien davon."],
        ),
        ("Frau Dr. Weber ist da. Nr. 5 ist frei.", ["Frau Dr. Weber ist da.", "Nr. 5 ist frei."]),
        (
            "Das gilt i. d. R. sechs Monate. Das steht u. a. im Plan.",
            ["Das gilt i. d. R. sechs Monate.", "Das steht u. a. im Plan."],
        ),
        (
            "Der Termin ist am 12. März um 10 Uhr. Wir rufen an.",
            ["Der Termin ist am 12. März um 10 Uhr.", "Wir rufen an."],
        ),
        (
            "Sie kommen bis zum 1. Juni 2026. Danach sehen wir weiter.",
            ["Sie kommen bis zum 1. Juni 2026.", "Danach sehen wir weiter."],
        ),
        (
            "Nach § 16 Abs. 1 SGB II gibt es Hilfe. Wir erklären das.",
            ["Nach § 16 Abs. 1 SGB II gibt es Hilfe.", "Wir erklären das."],
        ),
        (
            "Wir brauchen Zeugnisse, Lebenslauf usw. Dann geht es los!",
            ["Wir brauchen Zeugnisse, Lebenslauf usw.", "Dann geht es los!"],
        ),
        ("Das kostet ca. 20 Euro. Evtl. mehr.", ["Das kostet ca. 20 Euro.", "Evtl. mehr."]),
        ("Kommen Sie am 3. Tag. Gut?", ["Kommen Sie am 3. Tag.", "Gut?"]),
        ("Termin: 12.03.2026. Ort: Raum 4.", ["Termin: 12.03.2026.", "Ort: Raum 4."]),
        ("Was ist Ihr Ziel? Sie suchen Arbeit!", ["Was ist Ihr Ziel?", "Sie suchen Arbeit!"]),
        (
            "Was machen Sie?\n- Bewerbung schreiben\n- Kurs besuchen",
            ["Was machen Sie?", "- Bewerbung schreiben", "- Kurs besuchen"],
        ),
        (
            "Erster Absatz ohne Punkt\n\nZweiter Absatz",
            ["Erster Absatz ohne Punkt", "Zweiter Absatz"],
        ),
        ("Sie sagt: „Ich komme.“ Dann geht sie.", ["Sie sagt: „Ich komme.“", "Dann geht sie."]),
        ("Siehe www.jobcenter.de für mehr.", ["Siehe www.jobcenter.de für mehr."]),
        ("Frau M. Schulze kommt.", ["Frau M. Schulze kommt."]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_splitting(analyser: Analyser, text: str, expected: list[str]) -> None:
    assert sentences(analyser, text) == expected


def test_tokens_carry_offsets(analyser: Analyser) -> None:
    text = "Am 12. März bringen Sie z. B. 1.000,50 € mit – Arbeits-Vermittlung, ggf. später."
    doc = analyser.document(text)
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
    texts = [token.text for token in doc.tokens]
    assert "z. B." in texts
    assert "ggf." in texts
    assert "1.000,50" in texts
    assert "Arbeits-Vermittlung" in texts


def test_sentences_cover_all_tokens(analyser: Analyser) -> None:
    text = "Eins. Zwei? Drei! Vier z. B. fünf.\n\nSechs"
    doc = analyser.document(text)
    covered = [i for s in doc.sentences for i in range(s.first, s.last)]
    assert covered == list(range(len(doc.tokens)))
