"""The plain-language editor: marks, tooltips and replacements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from pytestqt.qtbot import QtBot

from counsel_app.language import Analyser, Finding
from counsel_app.ui.analyser_warmup import warm_up_now
from counsel_app.ui.plain_language import (
    FAMILY_COLOURS,
    PlainLanguageEdit,
    replacement_for,
    tooltip_html,
)
from tests.ui.helpers import focusable_without_name

pytestmark = pytest.mark.gui

SHORT = "Sie gehen am Montag zum Amt."
JARGON = "Die Inanspruchnahme ist kostenlos."
LONG = (
    "Wir besprechen am nächsten Termin gemeinsam mit Ihnen und Ihrer Betreuerin alle Fragen, "
    "die Sie zur Arbeit im Lager, zur Kinderbetreuung und zum Weg dorthin haben."
)


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    warm = Analyser()
    warm_up_now(warm)
    return warm


def make_edit(qtbot: QtBot, analyser: Analyser, level: str = "einfach") -> PlainLanguageEdit:
    edit = PlainLanguageEdit(lambda: analyser, level, debounce_ms=20)
    qtbot.addWidget(edit)
    edit.resize(500, 300)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def set_text_and_wait(qtbot: QtBot, edit: PlainLanguageEdit, text: str) -> None:
    edit.setPlainText(text)
    assert not edit.is_idle()
    qtbot.waitUntil(edit.is_idle, timeout=10000)


def marks(edit: PlainLanguageEdit) -> list[tuple[int, int, str]]:
    return [(start, start + f.end - f.start, f.rule) for start, f in edit.findings()]


def underline_at(edit: PlainLanguageEdit, position: int) -> QTextCharFormat | None:
    block = edit.document().findBlock(position)
    offset = position - block.position()
    found = None
    ranges = block.layout().formats()
    for fmt_range in ranges:
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            found = QTextCharFormat(fmt_range.format)  # later ranges paint over earlier ones
    return found


def test_marks_a_jargon_word_and_a_long_sentence_at_their_offsets(
    qtbot: QtBot, analyser: Analyser
) -> None:
    edit = make_edit(qtbot, analyser)
    text = f"{SHORT}\n{JARGON} {LONG}"
    set_text_and_wait(qtbot, edit, text)
    word_start = text.index("Inanspruchnahme")
    long_start = text.index("Wir besprechen")
    found = marks(edit)
    assert (word_start, word_start + len("Inanspruchnahme"), "jargon") in found
    assert (long_start, len(text), "long_sentence") in found
    assert all(start > len(SHORT) for start, _end, _rule in found)  # first line is fine

    word_format = underline_at(edit, word_start + 2)
    assert word_format is not None
    assert word_format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert word_format.underlineColor() == QColor(FAMILY_COLOURS["word"])
    sentence_format = underline_at(edit, long_start + 3)
    assert sentence_format is not None
    assert sentence_format.underlineColor() == QColor(FAMILY_COLOURS["sentence"])
    assert underline_at(edit, 3) is None
    assert focusable_without_name(edit) == []


def test_typing_is_debounced_and_marks_follow(qtbot: QtBot, analyser: Analyser) -> None:
    edit = make_edit(qtbot, analyser)
    edit.setFocus()
    qtbot.keyClicks(edit, "Bitte bringen Sie ggf. ")
    assert not edit.is_idle()  # the analysis waits for a pause in typing
    qtbot.waitUntil(lambda: edit.is_idle() and bool(edit.findings()), timeout=5000)
    assert {(f.text, f.rule) for _s, f in edit.findings()} == {
        ("ggf.", "abbreviation"),
        ("ggf.", "vague_term"),
    }
    qtbot.keyClicks(edit, "Ihre Unterlagen mit.")
    # While typing further, the earlier mark stays where its text is unchanged.
    assert {f.text for _s, f in edit.findings()} == {"ggf."}
    qtbot.waitUntil(edit.is_idle, timeout=5000)
    assert {f.text for _s, f in edit.findings()} == {"ggf."}


def test_findings_are_kept_only_for_the_fields_paragraphs(qtbot: QtBot, analyser: Analyser) -> None:
    """Each pause in typing analyses a new paragraph text; the old ones are not kept."""
    edit = make_edit(qtbot, analyser)
    edit.setFocus()
    for word in ("Bitte ", "bringen ", "Sie ", "ggf. ", "Ihre ", "Unterlagen ", "mit."):
        qtbot.keyClicks(edit, word)
        qtbot.waitUntil(edit.is_idle, timeout=5000)
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, SHORT)
    qtbot.waitUntil(edit.is_idle, timeout=5000)
    assert set(edit.highlighter.cache) == {"Bitte bringen Sie ggf. Ihre Unterlagen mit.", SHORT}
    assert {f.text for _s, f in edit.findings()} == {"ggf."}


def test_tooltip_explains_the_mark(qtbot: QtBot, analyser: Analyser) -> None:
    edit = make_edit(qtbot, analyser)
    set_text_and_wait(qtbot, edit, JARGON)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(JARGON.index("Inanspruchnahme") + 4)
    point = edit.cursorRect(cursor).center() + QPoint(2, 0)
    shown = edit.tooltip_at(point)
    assert "Fachwort" in shown and "Inanspruchnahme" in shown and "Vorschlag: Nutzung" in shown
    assert edit.tooltip_at(QPoint(edit.viewport().width() - 5, 5)) == ""  # beside the text
    assert edit.tooltip_at(QPoint(5, edit.viewport().height() - 5)) == ""  # below the text


def test_context_menu_replacement_is_one_undoable_edit(qtbot: QtBot, analyser: Analyser) -> None:
    edit = make_edit(qtbot, analyser)
    set_text_and_wait(qtbot, edit, JARGON)
    position = JARGON.index("Inanspruchnahme") + 3
    actions = edit.replacement_actions(position)
    assert [a.text() for a in actions] == ["Ersetzen durch „Nutzung“"]
    actions[0].trigger()
    assert edit.toPlainText() == "Die Nutzung ist kostenlos."
    edit.undo()
    assert edit.toPlainText() == JARGON
    edit.redo()
    assert edit.toPlainText() == "Die Nutzung ist kostenlos."
    qtbot.waitUntil(lambda: edit.is_idle() and not edit.findings(), timeout=5000)


def test_advice_is_not_offered_as_a_replacement(qtbot: QtBot, analyser: Analyser) -> None:
    edit = make_edit(qtbot, analyser)
    text = "Die Unterlagen werden vom Jobcenter geprüft."
    set_text_and_wait(qtbot, edit, text)
    assert "passive_voice" in {f.rule for _s, f in edit.findings()}
    assert edit.replacement_actions(text.index("geprüft")) == []


def test_level_leicht_marks_number_words_and_replaces_them(
    qtbot: QtBot, analyser: Analyser
) -> None:
    edit = make_edit(qtbot, analyser)
    text = "Sie schreiben drei Bewerbungen."
    set_text_and_wait(qtbot, edit, text)
    assert "number_word" not in {f.rule for _s, f in edit.findings()}
    with qtbot.waitSignal(edit.findingsUpdated, timeout=5000):
        edit.set_level("leicht")
    assert edit.level == "leicht"
    actions = edit.replacement_actions(text.index("drei"))
    assert [a.text() for a in actions] == ["Ersetzen durch „3“"]
    actions[0].trigger()
    assert edit.toPlainText() == "Sie schreiben 3 Bewerbungen."


def test_a_cold_analyser_marks_once_it_is_loaded(qtbot: QtBot) -> None:
    cold = Analyser()
    edit = PlainLanguageEdit(lambda: cold, debounce_ms=0)
    qtbot.addWidget(edit)
    edit.setPlainText(JARGON)  # returns at once; the dictionaries load on a pool thread
    assert edit.findings() == []
    qtbot.waitUntil(lambda: bool(edit.findings()), timeout=20000)
    assert "jargon" in {f.rule for _s, f in edit.findings()}


@pytest.mark.parametrize(
    ("finding", "expected"),
    [
        (Finding("jargon", 0, 8, "Maßnahme", "", "Kurs oder Angebot"), "Kurs oder Angebot"),
        (
            Finding("jargon", 0, 26, "Eingliederungsvereinbarung", "", "Vereinbarung (heute: x)"),
            "Vereinbarung",
        ),
        (Finding("jargon", 0, 12, "Unverzüglich", "", "sofort"), "Sofort"),
        (Finding("abbreviation", 0, 4, "ggf.", "", "wenn nötig"), "wenn nötig"),
        (Finding("nominal_style", 0, 5, "Durch", "", "„durchführen“"), None),
        (Finding("jargon", 0, 5, "Abcde", "", None), None),
        (Finding("long_word", 0, 5, "Abcde", "", "Abc-de"), None),
    ],
)
def test_replacement_for(finding: Finding, expected: str | None) -> None:
    assert replacement_for(finding) == expected


def test_tooltip_html_escapes_text() -> None:
    html = tooltip_html([Finding("jargon", 0, 3, "<b>", "Fachwort ‚<b>‘.", "a & b")])
    assert "&lt;b&gt;" in html and "a &amp; b" in html and "<b>Fachwort:</b>" in html
