"""What the variants print: escaping, long words, scripts, plain language, legal box."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, Paragraph, Table

from counsel_app.domain import ReadingLevel
from counsel_app.printing import PdfRenderer
from counsel_app.printing.dates import GermanDates
from tests.printing.conftest import normalise, pdf_text
from tests.printing.sample_cases import TODAY, sample_case

A4_WIDTH = 595.276


def test_user_text_is_escaped(renderer: PdfRenderer, tmp_path: Path) -> None:
    case = sample_case()
    tricky = "Sie rufen bei Müller & Söhne <GmbH> an. <b>nicht fett</b> &amp;"
    case.plan.steps[0].plain_text = tricky
    markup = renderer.markup(case, "client", today=TODAY)
    assert "Müller &amp; Söhne &lt;GmbH&gt;" in markup
    pdf = renderer.render(case, "client", tmp_path / "c.pdf", today=TODAY)
    text = " ".join(pdf_text(pdf, layout=False).split())
    assert "Müller & Söhne <GmbH>" in text
    assert "<b>nicht fett</b> &amp;" in text
    official = renderer.render(case, "official", tmp_path / "o.pdf", today=TODAY)
    assert "Schulden bei Müller & Söhne <GmbH>" in " ".join(pdf_text(official).split())


def _word_boxes(pdf: Path) -> list[tuple[float, float, str]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(a), float(b), w) for a, b, w in re.findall(pattern, html)]


@pytest.mark.parametrize("variant", ["client", "official"])
def test_a_very_long_word_wraps_inside_the_page(
    renderer: PdfRenderer, tmp_path: Path, variant: str
) -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen" * 2 + "X"
    assert len(word) > 110 and " " not in word
    case = sample_case()
    case.plan.steps[0].plain_text = f"Sie lesen {word} laut vor."
    case.plan.steps[0].text = f"Die Kundin liest {word} laut vor."
    pdf = renderer.render(case, variant, tmp_path / "w.pdf", today=TODAY)
    geometry = renderer.styles(variant).geometry
    # pdftotext's word boxes run a few points past the advance width of the last glyph
    # (ordinary words that ReportLab fitted end up to ~2 pt beyond the frame), so allow 4 pt;
    # a word that does not wrap would run hundreds of points further, off the page.
    right_edge = A4_WIDTH - geometry.margin_right + 4
    boxes = _word_boxes(pdf)
    assert boxes
    for x_min, x_max, text in boxes:
        assert x_min >= geometry.margin_left - 30, text  # bullets sit left of the text
        assert x_max <= right_edge, f"{text!r} runs past the right margin ({x_max:.1f})"
    joined = "".join(pdf_text(pdf, layout=False).split())
    assert word in joined


def test_turkish_polish_cyrillic_round_trip(renderer: PdfRenderer, tmp_path: Path) -> None:
    names = ["Ayşe Yılmaz-Işık İğdeli", "Łucja Ząbkiewicz-Ńęśźż", "Светлана Кузнецова"]
    for index, name in enumerate(names):
        case = sample_case(display_name=name, salutation=None)
        case.potential_analysis.client_view = f"Das sagt {name}."
        client = renderer.render(case, "client", tmp_path / f"c{index}.pdf", today=TODAY)
        assert f"Guten Tag {name}," in pdf_text(client)
        official = renderer.render(case, "official", tmp_path / f"o{index}.pdf", today=TODAY)
        assert f"Das sagt {name}." in pdf_text(official)


def test_salutation_and_name_as_the_client_wishes(renderer: PdfRenderer) -> None:
    with_salutation = renderer.markup(sample_case(), "client", today=TODAY)
    assert "Guten Tag Frau Yılmaz," in with_salutation
    plain = renderer.markup(sample_case(salutation=None), "client", today=TODAY)
    assert "Guten Tag Ayşe Yılmaz," in plain
    nameless = renderer.markup(sample_case(display_name=None), "client", today=TODAY)
    assert "Guten Tag" not in nameless
    assert "Hier steht, was wir zusammen vereinbart haben." in nameless


def test_client_copy_structure(renderer: PdfRenderer, tmp_path: Path) -> None:
    pdf = renderer.render(sample_case(), "client", tmp_path / "c.pdf", today=TODAY)
    text = normalise(pdf_text(pdf))
    for heading in (
        "Was ist Ihr Ziel?",
        "Was machen Sie?",
        "Was macht das Jobcenter?",
        "Was machen andere für Sie?",
        "Wann sprechen wir wieder?",
        "Gut zu wissen",
        "Der Plan ist kein Vertrag.",
        "Schlichtung",
        "So erreichen Sie uns",
        "Jonas Becker",
        "Telefon: 0201 1234-567",
        "E-Mail: jonas.becker@jobcenter-ge.de",
    ):
        assert heading in text
    # the reworded plain_text, not the file wording; dropped steps are left out
    assert "Sie melden Ihren Sohn bei drei Kitas an." in text
    assert "Die Kundin meldet" not in text
    assert "Alte Maßnahme" not in text
    # dates written out, with weekday for appointments
    assert "Bis Montag, 1. März 2027" in text
    assert "Montag, 15. März 2027" in text
    assert "Spätestens am Montag, 12. Juli 2027" in text
    assert re.search(r"\b\d\d\.\d\d\.\d{4}\b", text.split("gedruckt am")[0]) is None


def test_client_word_list_explains_jargon_that_is_printed(renderer: PdfRenderer) -> None:
    lexicon = pytest.importorskip("counsel_app.language").Lexicon.load()
    term, plain = next(iter(lexicon.jargon.items()))
    case = sample_case()
    case.plan.steps[0].plain_text = f"Sie gehen zur {term}."
    markup = renderer.markup(case, "client", today=TODAY)
    if "Was bedeuten diese Wörter?" not in markup:
        pytest.skip("the analyser flags no jargon yet")
    assert plain.replace("&", "&amp;") in markup


def _paragraphs(flowables: list[Flowable]) -> list[Paragraph]:
    found: list[Paragraph] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            found.append(flowable)
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    found.extend(_paragraphs(cell if isinstance(cell, list) else [cell]))
        elif hasattr(flowable, "_content"):
            found.extend(_paragraphs(flowable._content))
    return found


@pytest.mark.parametrize(
    ("level", "minimum"), [(ReadingLevel.EINFACH, 12), (ReadingLevel.LEICHT, 14)]
)
def test_client_type_is_large(renderer: PdfRenderer, level: ReadingLevel, minimum: float) -> None:
    assert renderer.styles("client", level.value).body.fontSize >= minimum
    _, spec = renderer.build(sample_case(reading_level=level), "client", today=TODAY)
    paragraphs = _paragraphs(spec.flowables)
    assert len(paragraphs) > 20
    for paragraph in paragraphs:
        assert paragraph.style.fontSize >= minimum, paragraph.text
        assert paragraph.style.alignment == 0  # left-aligned
        assert not paragraph.style.hyphenationLang
        if not paragraph.style.name.startswith(("title", "heading", "subheading")):
            assert paragraph.style.leading >= 1.3 * paragraph.style.fontSize


def test_german_dates_without_locale() -> None:
    dates = GermanDates(
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"],
        ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    )  # fmt: skip
    assert dates.long(date(2027, 3, 1)) == "1. März 2027"
    assert dates.with_weekday(date(2027, 3, 1)) == "Montag, 1. März 2027"
    assert dates.with_weekday(date(2026, 12, 27)) == "Sonntag, 27. Dezember 2026"
    assert dates.short(date(2027, 3, 1)) == "01.03.2027"
    assert dates.long(None) == ""
    with pytest.raises(ValueError, match="12 month"):
        GermanDates(["Januar"], [])


def test_official_copy_is_complete(renderer: PdfRenderer, tmp_path: Path) -> None:
    pdf = renderer.render(sample_case(), "official", tmp_path / "o.pdf", today=TODAY)
    text = " ".join(pdf_text(pdf, layout=False).split())
    for expected in (
        "Potenzialanalyse vom 20.01.2027",
        "Kinderbetreuung",
        "zurückgestellt: Kundin möchte das erst nach der Kitaplatzsuche angehen",
        "Ich will wieder im Verkauf arbeiten",
        "Eingliederungsziel g1",
        "+2 deutlich mehr als erwartet Arbeitsvertrag unterschrieben",
        "−1 etwas weniger als erwartet",
        "Anmeldebestätigungen liegen vor",
        "4 pro Monat",
        "entfallen",
        "Kitaplatz nachfragen",
        "Überprüfung am 20.01.2027",
        "Version 2",
        "spätestens am 12.07.2027",
        "123D456789",
        "Jonas Becker",
    ):
        assert expected in text, expected
