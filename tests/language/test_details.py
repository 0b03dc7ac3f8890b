"""Details of individual rules: suggestions, spans, level differences."""

from __future__ import annotations

import pytest

from counsel_app.language import Analyser
from tests.language.conftest import rule_findings


def only(
    analyser: Analyser, text: str, rule: str, level: str = "einfach"
) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in rule_findings(analyser, text, rule, level)]


def test_leicht_splits_compounds_with_a_hyphen(analyser: Analyser) -> None:
    text = "Die Arbeitsvermittlung hilft Ihnen."
    assert only(analyser, text, "long_word", "einfach") == []
    [(word, suggestion)] = only(analyser, text, "long_word", "leicht")
    assert word == "Arbeitsvermittlung"
    assert suggestion is not None and "Arbeits-Vermittlung" in suggestion


def test_long_word_keeps_hyphenated_words(analyser: Analyser) -> None:
    assert only(analyser, "Die Arbeits-Vermittlung hilft Ihnen.", "long_word", "leicht") == []


def test_jargon_and_abbreviation_suggest_the_plain_word(analyser: Analyser) -> None:
    text = "Die Bedarfsgemeinschaften bekommen ggf. Geld nach dem SGB II."
    assert only(analyser, text, "jargon") == [
        ("Bedarfsgemeinschaften", "alle Personen im Haushalt, die zusammen Geld bekommen")
    ]
    assert only(analyser, text, "abbreviation") == [
        ("ggf.", "gegebenenfalls"),
        ("SGB II", "Zweites Buch Sozialgesetzbuch"),
    ]
    assert only(analyser, text, "abbreviation", "leicht") == [
        ("ggf.", "wenn nötig"),
        ("SGB II", "Gesetz über das Bürgergeld"),
    ]


def test_leicht_only_abbreviations(analyser: Analyser) -> None:
    text = "Rufen Sie Tel. 1234 an."
    assert only(analyser, text, "abbreviation") == []
    assert only(analyser, text, "abbreviation", "leicht") == [("Tel.", "Telefon")]


@pytest.mark.parametrize(
    ("text", "span", "positive"),
    [
        ("Das ist nicht unwichtig.", "nicht unwichtig", "wichtig"),
        ("Sie kommen nicht ohne Unterlagen.", "nicht ohne", "mit"),
        ("Es gibt keine Nichtteilnahme.", "keine Nichtteilnahme", None),
        ("Das ist nicht unmöglich.", "nicht unmöglich", "möglich"),
        ("Niemand kommt nie.", "Niemand kommt nie", None),
    ],
)
def test_double_negation_at_both_levels(
    analyser: Analyser, text: str, span: str, positive: str | None
) -> None:
    for level in ("einfach", "leicht"):
        findings = only(analyser, text, "negation", level)
        assert [item[0] for item in findings] == [span], level
        if positive:
            assert f"‚{positive}‘" in str(findings[0][1])


def test_simple_negation_only_in_leicht(analyser: Analyser) -> None:
    text = "Sie kommen nicht zum Termin."
    assert only(analyser, text, "negation") == []
    assert [t for t, _ in only(analyser, text, "negation", "leicht")] == ["nicht"]


def test_leicht_only_rules_are_silent_in_einfach(analyser: Analyser) -> None:
    text = "Wegen des Termins kommen Sie drei Mal."
    analysis = analyser.analyse(text, "einfach")
    assert not analysis.by_rule("genitive") and not analysis.by_rule("number_word")


def test_number_words(analyser: Analyser) -> None:
    text = "Sie schreiben dreiundzwanzig Bewerbungen in zweihundert Tagen, zweimal im Monat."
    assert only(analyser, text, "number_word", "leicht") == [
        ("dreiundzwanzig", "23"),
        ("zweihundert", "200"),
        ("zweimal", "2-mal"),
    ]


def test_genitive_suggestion(analyser: Analyser) -> None:
    [(span, suggestion)] = only(analyser, "Die Kosten der Wohnung sind hoch.", "genitive", "leicht")
    assert span == "der Wohnung"
    assert suggestion == "Mit ‚von‘ schreiben: ‚von der Wohnung‘."


def test_passive_spans_aux_to_participle(analyser: Analyser) -> None:
    assert only(analyser, "Ihr Antrag wird bis Freitag geprüft.", "passive_voice") == [
        ("wird bis Freitag geprüft", "Aktiv schreiben und sagen, wer es tut: z. B. ‚Wir prüfen …‘.")
    ]
    # subordinate clause: participle before the auxiliary
    [(span, _)] = only(analyser, "Wir rufen an, wenn der Antrag geprüft wurde.", "passive_voice")
    assert span == "geprüft wurde"


def test_ambiguous_participle_needs_a_past_auxiliary(analyser: Analyser) -> None:
    assert only(analyser, "Sie werden das Geld erhalten.", "passive_voice") == []
    assert [s for s, _ in only(analyser, "Das Geld wurde erhalten.", "passive_voice")] == [
        "wurde erhalten"
    ]


def test_long_sentence_limit_depends_on_level(analyser: Analyser) -> None:
    text = "Sie schreiben jede Woche zwei Bewerbungen und bringen die Liste zum Termin mit."
    assert only(analyser, text, "long_sentence") == []
    [(span, suggestion)] = only(analyser, text, "long_sentence", "leicht")
    assert span == text
    assert suggestion is not None and "und" in suggestion


def test_vague_term_with_number_in_the_sentence(analyser: Analyser) -> None:
    assert only(analyser, "Sie melden sich zeitnah, spätestens am 3. Mai.", "vague_term") == []
    assert only(analyser, "Sie melden sich ggf. am 3. Mai.", "vague_term")


def test_findings_sorted_and_json_shape(analyser: Analyser) -> None:
    text = "Zur Durchführung der Maßnahme würde der Antrag ggf. zeitnah geprüft."
    analysis = analyser.analyse(text, "leicht")
    starts = [f.start for f in analysis.findings]
    assert starts == sorted(starts)
    data = analysis.to_json()
    assert list(data) == ["level", "words", "sentences", "scores", "findings"]
    assert list(data["findings"][0]) == ["rule", "start", "end", "text", "suggestion"]
