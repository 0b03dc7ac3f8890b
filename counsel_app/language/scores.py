"""German readability scores (DESIGN.md §8), computed from tokens and syllable counts."""

from __future__ import annotations

from collections.abc import Sequence

from counsel_app.language.model import Scores


def letters(word: str) -> int:
    """Letters and digits of a word (hyphens, dots, apostrophes do not count)."""
    if word.isalnum():
        return len(word)
    return sum(1 for char in word if char.isalnum())


def compute_scores(words: Sequence[str], syllables: Sequence[int], sentences: int) -> Scores:
    """Flesch-Amstad, first Wiener Sachtextformel and LIX; all 0.0 for a text without words.

    ASL = words per sentence, ASW = syllables per word; MS = % words with 3+ syllables,
    IW = % words with more than 6 letters, ES = % one-syllable words.
    """
    count = len(words)
    if count == 0 or sentences == 0:
        return Scores(0.0, 0.0, 0.0)
    asl = count / sentences
    asw = sum(syllables) / count
    long_words = 100 * sum(1 for word in words if letters(word) > 6) / count
    many_syllables = 100 * sum(1 for value in syllables if value >= 3) / count
    one_syllable = 100 * sum(1 for value in syllables if value == 1) / count
    flesch = 180 - asl - 58.5 * asw
    wiener = (
        0.1935 * many_syllables + 0.1672 * asl + 0.1297 * long_words - 0.0327 * one_syllable - 0.875
    )
    lix = asl + long_words
    return Scores(round(flesch, 2), round(wiener, 2), round(lix, 2))


def interpret(scores: Scores) -> str:
    """One German line that says what the scores mean."""
    flesch = scores.flesch_amstad
    if flesch >= 70:
        ease = "leicht lesbar"
    elif flesch >= 60:
        ease = "gut lesbar (Einfache Sprache)"
    elif flesch >= 50:
        ease = "mittelschwer"
    elif flesch >= 30:
        ease = "schwer"
    else:
        ease = "sehr schwer (Fachsprache)"
    grade = max(4, min(15, round(scores.wiener_sachtextformel)))
    return (
        f"Der Text ist {ease}; er passt etwa zur Schulklasse {grade} "
        "(Flesch-Amstad: höher ist leichter; Wiener Sachtextformel und LIX: "
        "niedriger ist leichter)."
    )
