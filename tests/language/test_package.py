"""Import cost, laziness, the public API and the word lists."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from counsel_app.language import (
    RULE_IDS,
    SENTENCE_RULES,
    Analyser,
    Lexicon,
    TextAnalysis,
    analyse,
)
from counsel_app.resources import resource_path

# The parent package (importlib.metadata for the version) and the stdlib modules every part of
# the program already uses are loaded first: the test measures what the language package adds.
IMPORT_PROBE = """
import sys, time
import counsel_app, dataclasses, functools, pathlib, typing, collections.abc
start = time.perf_counter()
import counsel_app.language
elapsed = time.perf_counter() - start
heavy_modules = ("pyphen", "wordfreq", "sqlite3", "counsel_app.cli", "sqlalchemy")
heavy = [m for m in heavy_modules if m in sys.modules]
print(elapsed, ",".join(heavy))
"""


def test_import_is_cheap_and_loads_no_dictionaries() -> None:
    best = None
    for _ in range(5):  # best of five against a busy machine
        result = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
        )
        elapsed, heavy = result.stdout.strip().partition(" ")[::2]
        assert heavy == "", f"imported at import time: {heavy}"
        best = min(best or 1.0, float(elapsed))
    assert best is not None and best < 0.020, f"import took {best * 1000:.1f} ms"


def test_analyser_is_lazy() -> None:
    analyser = Analyser()
    assert analyser._lexicon is None
    assert analyser.words._dictionary is None
    assert analyser.words._hyphenator is None
    analyser.warm_up()
    assert analyser._lexicon is not None
    assert analyser.words._hyphenator is not None
    assert analyser.words._dictionary is not None
    # one file for both dictionaries
    assert analyser.words._hyphenator.dictionary is analyser.words._dictionary
    assert analyser.words._zipf_table is not None
    assert analyser.words._zipf_table.dictionary is analyser.words._dictionary
    analyser.close()


def test_public_api() -> None:
    assert len(RULE_IDS) == 12
    expected = {"long_sentence", "passive_voice", "nominal_style", "subjunctive"}
    assert expected == SENTENCE_RULES
    result = analyse("Der Antrag wird geprüft.")
    assert isinstance(result, TextAnalysis)
    assert result.sentence_findings and result.sentence_findings[0].rule == "passive_voice"


def test_unknown_level_is_a_user_error() -> None:
    from counsel_app.errors import UserError

    with pytest.raises(UserError, match="Sprachstufe"):
        analyse("Text", "schwer")


def test_word_lists_are_loaded_with_their_sizes() -> None:
    lexicon = Lexicon.load()
    assert len(lexicon.jargon) >= 300
    assert len(lexicon.abbreviations) >= 100
    assert len(lexicon.vague_terms) >= 60
    assert len(lexicon.sanction_terms) >= 40
    assert lexicon.thresholds["einfach"].max_sentence_words == 15
    assert lexicon.thresholds["leicht"].max_sentence_words == 10
    for term in [
        "Eingliederungsleistung",
        "Maßnahme",
        "Vermittlungsbudget",
        "Regelbedarf",
        "Kosten der Unterkunft",
        "Meldeversäumnis",
        "Bildungsgutschein",
        "Anerkennung ausländischer Abschlüsse",
        "Integrationskurs",
        "Einstiegsgeld",
    ]:
        assert term in lexicon.jargon, term  # fmt: skip
    assert lexicon.abbreviations["AVGS"] == "Aktivierungs- und Vermittlungsgutschein"


def test_find_terms_with_offsets() -> None:
    lexicon = Lexicon.load()
    text = "Bei Nichteinhaltung drohen Kürzungen; Sie melden sich zeitnah und bei Bedarf."
    sanctions = lexicon.find_terms(text, lexicon.sanction_terms)
    assert [text[s:e] for s, e, _ in sanctions] == ["Bei Nichteinhaltung", "drohen", "Kürzungen"]
    vague = lexicon.find_vague(text)
    assert [term for _, _, term in vague] == ["zeitnah", "bei Bedarf"]
    jargon = lexicon.find_jargon("Die BG bekommt Maßnahmen nach dem SGB II.")
    assert [term for _, _, term in jargon] == ["BG", "Maßnahme", "SGB II"]
    assert lexicon.plain_word("BG") == "Haushalt"


def test_lists_from_another_folder(tmp_path: Path) -> None:
    """Trainers can point the analyser at edited copies of the lists."""
    for source in resource_path("language").iterdir():
        if source.suffix in {".csv", ".toml"}:
            (tmp_path / source.name).write_bytes(source.read_bytes())
    jargon = tmp_path / "jargon.csv"
    jargon.write_text("Begriff;einfaches Wort\nFallkonferenz;Treffen zu Ihrer Lage\n", "utf-8")
    analyser = Analyser(Lexicon.load(tmp_path))
    findings = analyser.analyse("Die Fallkonferenz ist am Montag.").by_rule("jargon")
    assert [(f.text, f.suggestion) for f in findings] == [
        ("Fallkonferenz", "Treffen zu Ihrer Lage")
    ]


def test_broken_list_is_a_clear_error(tmp_path: Path) -> None:
    from counsel_app.errors import UserError

    for source in resource_path("language").iterdir():
        if source.suffix in {".csv", ".toml"}:
            (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "thresholds.toml").write_text("[einfach]\nmax_sentence_words = 15\n", "utf-8")
    with pytest.raises(UserError, match=r"thresholds\.toml"):
        Lexicon.load(tmp_path)
