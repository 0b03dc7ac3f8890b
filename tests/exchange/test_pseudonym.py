"""Pseudonymised export and the free-text name check."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counsel_app.domain.case import Case, Counsellor
from counsel_app.exchange import (
    ExchangeError,
    FreeTextHit,
    case_to_dict,
    name_fragments_in_free_text,
    pseudonymise,
    read_case,
)
from tests.support.exchange_strategies import exchange_documents, full_document


def _case() -> Case:
    return read_case(full_document())


def test_pseudonymise_replaces_identity_and_contact_only() -> None:
    original = _case()
    before = copy.deepcopy(original)
    result = pseudonymise(original, "Fall A")
    assert original == before, "the original is untouched"
    assert result.client.reference == "Fall A"
    assert (result.client.display_name, result.client.salutation) == (None, None)
    assert result.client.pseudonymised is True
    assert result.counsellor is None
    assert (result.client.language, result.client.reading_level, result.client.profile) == (
        original.client.language,
        original.client.reading_level,
        original.client.profile,
    )
    assert result.potential_analysis == original.potential_analysis, "no dates shifted, text kept"
    assert result.plan == original.plan
    assert result.plan is not original.plan
    result.plan.goals[0].addresses.append("s2")
    assert original.plan.goals[0].addresses == ["s1", "o1"]


def test_pseudonymised_case_exports_and_reads_back() -> None:
    result = pseudonymise(_case(), "Fallbeispiel 7 – Ü")
    exported = case_to_dict(result)
    assert exported["client"]["display_name"] is None
    assert exported["counsellor"] is None
    assert exported["client"]["pseudonymised"] is True
    assert read_case(exported) == result


@pytest.mark.parametrize("bad", ["", "   ", "x" * 65, "Fall\x00A", "Fall\nA"])
def test_unusable_pseudonym_is_refused(bad: str) -> None:
    with pytest.raises(ExchangeError) as caught:
        pseudonymise(_case(), bad)
    assert caught.value.json_path == "$.client.reference"


def test_name_in_step_text_is_found() -> None:
    case = _case()  # display name "Ayşe Demir-Öztürk", step 1: "Frau Demir meldet sich …"
    hits = name_fragments_in_free_text(case)
    assert FreeTextHit("$.plan.steps[0].text", "Schritt 1", "Demir") in hits
    assert all(hit.word.casefold() != "frau" for hit in hits)


def test_every_free_text_field_is_checked_case_insensitively() -> None:
    case = _case()
    case.client.display_name = "Ayşe Demir"
    case.potential_analysis.strengths[0].text = "ayşe kommt pünktlich"
    case.potential_analysis.obstacles[0].deferred_reason = "DEMIR hat keine Zeit"
    case.potential_analysis.client_view = "Demirs Sicht"  # not a whole word
    case.plan.goals[0].gas = {0: "Ayşe hat Arbeit"}
    case.plan.steps[1].success_criterion = "Nachweis von Fr. Demir"
    case.plan.follow_ups[0].note = "Rückruf Demir"
    case.plan.reviews[0].note = "Ayşe zufrieden"
    case.plan.steps[0].text = "Termin vereinbaren"
    paths = [(hit.json_path, hit.word) for hit in name_fragments_in_free_text(case)]
    assert paths == [
        ("$.potential_analysis.strengths[0].text", "ayşe"),
        ("$.potential_analysis.obstacles[0].deferred_reason", "DEMIR"),
        ('$.plan.goals[0].gas["0"]', "Ayşe"),
        ("$.plan.steps[1].success_criterion", "Demir"),
        ("$.plan.follow_ups[0].note", "Demir"),
        ("$.plan.reviews[0].note", "Ayşe"),
    ]


def test_reference_words_count_but_lowercase_particles_and_short_words_do_not() -> None:
    case = _case()
    case.client.display_name = "Jan de Vries"
    case.client.reference = "123D456789"
    case.potential_analysis.strengths[0].text = "Jan hat de facto einen Plan"
    case.potential_analysis.strengths[1].text = "Kundennummer 123d456789 notiert"
    case.plan.steps[0].text = "J. ruft an"
    hits = name_fragments_in_free_text(case)
    words = [
        (hit.json_path, hit.word)
        for hit in hits
        if "strengths" in hit.json_path or hit.json_path.startswith("$.plan.steps[0]")
    ]
    assert words == [
        ("$.potential_analysis.strengths[0].text", "Jan"),
        ("$.potential_analysis.strengths[1].text", "123d456789"),
    ]


def test_names_in_scripts_without_capitals_and_combining_marks_are_found() -> None:
    case = _case()
    case.client.display_name = "أحمد Ame\u0301lie"
    case.potential_analysis.strengths[0].text = "قال أحمد إنه مستعد"
    case.potential_analysis.strengths[1].text = "Frau Am\u00e9lie kommt"
    hits = {hit.json_path for hit in name_fragments_in_free_text(case)}
    assert "$.potential_analysis.strengths[0].text" in hits
    assert "$.potential_analysis.strengths[1].text" in hits


def test_no_name_means_no_hits() -> None:
    case = pseudonymise(_case(), "x")
    assert name_fragments_in_free_text(case) == []


def test_labels_are_german_and_name_the_field() -> None:
    case = _case()
    case.plan.steps[0].plain_text = "Frau Demir geht hin"
    labels = {hit.label for hit in name_fragments_in_free_text(case)}
    assert "Schritt 1: Text für den Ausdruck" in labels


@settings(max_examples=50)
@given(
    exchange_documents(),
    st.text(min_size=1, max_size=20).filter(lambda t: t.isprintable() and t.strip()),
)
def test_pseudonymise_never_keeps_identity(document: dict[str, object], pseudonym: str) -> None:
    original = read_case(document)
    result = pseudonymise(original, pseudonym)
    exported = case_to_dict(result)
    assert exported["client"]["reference"] == pseudonym.strip()
    assert exported["client"]["display_name"] is None
    assert exported["counsellor"] is None
    assert read_case(exported) == result
    assert result.plan == original.plan
    if original.counsellor is not None:
        assert isinstance(original.counsellor, Counsellor)


@pytest.mark.parametrize("blank", ["", " ", "\t \u3000"])
def test_a_blank_pseudonym_is_refused(blank: str) -> None:
    with pytest.raises(ExchangeError, match="Pseudonym darf nicht leer sein"):
        pseudonymise(_case(), blank)
