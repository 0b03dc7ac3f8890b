"""The rubric's data: weights, message templates, stock phrases and thresholds.

Everything comes from `resources/quality/` so that trainers and offices can change wording,
weights and lists without touching Python:

- `weights.toml`: penalty per hint code, weight per dimension, decay of repeated hints
- `messages.toml`: German message and suggestion per hint code
- `boilerplate.txt`: stock phrases; `filler_words.txt`: words ignored when comparing texts
- `rubric.toml`: thresholds (similarity, minimum words, review period, one-sided ratio)

`load_rubric()` reads and checks them once; the `Rubric` is passed down, not kept globally.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.errors import UserError
from counsel_app.quality.report import DIMENSIONS, HINT_CODES
from counsel_app.quality.text import content_words, fold, trigrams

if TYPE_CHECKING:
    from counsel_app.quality.boilerplate import StockPhrases

# Message sections besides the hint codes: variants and building blocks.
EXTRA_MESSAGES: tuple[str, ...] = ("boilerplate_corpus", "jargon_unexplained")
TARGET_KINDS: tuple[str, ...] = ("integration", "intermediate", "step", "obstacle", "plan")


@dataclass(frozen=True)
class Template:
    message: str
    suggestion: str


@dataclass(frozen=True)
class Settings:
    similarity: float = 0.82
    min_other_plans: int = 3
    min_words_for_near_match: int = 4
    concrete_words: frozenset[str] = frozenset()
    min_words: int = 4
    max_review_months: int = 6
    one_sided_min_client_steps: int = 4
    one_sided_ratio: int = 4


@dataclass(frozen=True, eq=False)
class Rubric:
    """Weights, wording and lists of the quality rubric (see module docstring)."""

    penalties: dict[str, float]
    dimension_weights: dict[str, float]
    decay: float
    templates: dict[str, Template]
    targets: dict[str, str]
    targets_dative: dict[str, str]
    problems: dict[str, str]
    advice: dict[str, str]
    stock_phrases: tuple[str, ...]
    filler_words: frozenset[str]
    settings: Settings = field(default_factory=Settings)

    @cached_property
    def stock(self) -> StockPhrases:
        """Matcher for the stock phrases, built on first use and kept on this object."""
        from counsel_app.quality.boilerplate import StockPhrases

        return StockPhrases(self)

    def phrase_trigrams(self, phrase: str) -> frozenset[str]:
        return trigrams(content_words(phrase, self.filler_words))

    def weights_table(self) -> str:
        """The weights as a German text table (for `--help` and the GUI)."""
        lines = ["Gewichte der Bewertung (resources/quality/weights.toml):", ""]
        lines.append("Bereich             Gewicht  Hinweis                  Abzug")
        for dimension in DIMENSIONS:
            codes = [code for code, dim in HINT_CODES.items() if dim == dimension]
            for index, code in enumerate(codes):
                head = (
                    f"{dimension:<19} {self.dimension_weights[dimension]:>7.2f}"
                    if index == 0
                    else " " * 27
                )
                lines.append(f"{head}  {code:<23} {self.penalties[code]:>5g}")
        cap = 1 / (1 - self.decay)
        lines += [
            "",
            f"Jeder Bereich beginnt bei 100. Der k-te Hinweis derselben Art zieht "
            f"Abzug·{self.decay:g}^(k−1) ab (höchstens {cap:g}·Abzug je Art); "
            "Gesamtwert = gewichtetes Mittel der Bereiche.",
        ]
        return "\n".join(lines)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as err:
        raise UserError(f"Datei der Bewertung fehlt oder ist nicht lesbar: {path}") from err
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"Datei der Bewertung ist fehlerhaft: {path}: {err}") from err


def _read_lines(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise UserError(f"Datei der Bewertung fehlt oder ist nicht lesbar: {path}") from err
    lines = (line.strip() for line in raw.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _number(table: dict[str, Any], key: str, path: Path, where: str) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise UserError(f"{path}: [{where}] {key} fehlt oder ist keine Zahl.")
    return float(value)


def _weights(path: Path) -> tuple[dict[str, float], dict[str, float], float]:
    data = _read_toml(path)
    penalties = {
        code: _number(data.get("penalties", {}), code, path, "penalties") for code in HINT_CODES
    }
    dims = {
        name: _number(data.get("dimensions", {}), name, path, "dimensions") for name in DIMENSIONS
    }
    decay = _number(data.get("scoring", {}), "decay", path, "scoring")
    if any(value < 0 for value in penalties.values()):
        raise UserError(f"{path}: Abzüge dürfen nicht negativ sein.")
    if any(value <= 0 for value in dims.values()):
        raise UserError(f"{path}: Gewichte der Bereiche müssen größer als 0 sein.")
    if not 0 <= decay < 1:
        raise UserError(f"{path}: decay muss mindestens 0 und kleiner als 1 sein.")
    return penalties, dims, decay


def _strings(
    data: dict[str, Any], section: str, keys: tuple[str, ...], path: Path
) -> dict[str, str]:
    table = data.get(section, {})
    result: dict[str, str] = {}
    for key in keys:
        value = table.get(key)
        if not isinstance(value, str):
            raise UserError(f"{path}: [{section}] {key} fehlt.")
        result[key] = value
    return result


def _messages(
    path: Path,
) -> tuple[dict[str, Template], dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    from counsel_app.quality.plain import SENTENCE_RULE_NAMES

    data = _read_toml(path)
    templates: dict[str, Template] = {}
    for code in (*HINT_CODES, *EXTRA_MESSAGES):
        texts = _strings(data, code, ("message", "suggestion"), path)
        templates[code] = Template(texts["message"], texts["suggestion"])
    targets = _strings(data, "targets", TARGET_KINDS, path)
    dative = _strings(data, "targets_dative", TARGET_KINDS, path)
    problems = _strings(data, "problems", SENTENCE_RULE_NAMES, path)
    advice = _strings(data, "advice", SENTENCE_RULE_NAMES, path)
    return templates, targets, dative, problems, advice


def _settings(path: Path) -> Settings:
    data = _read_toml(path)
    boiler = data.get("boilerplate", {})
    one_sided = data.get("one_sided", {})
    concrete = data.get("vague", {}).get("concrete_words", [])
    if not isinstance(concrete, list) or not all(isinstance(w, str) for w in concrete):
        raise UserError(f"{path}: [vague] concrete_words muss eine Liste von Wörtern sein.")
    return Settings(
        similarity=_number(boiler, "similarity", path, "boilerplate"),
        min_other_plans=int(_number(boiler, "min_other_plans", path, "boilerplate")),
        min_words_for_near_match=int(
            _number(boiler, "min_words_for_near_match", path, "boilerplate")
        ),
        concrete_words=frozenset(fold(word) for word in concrete),
        min_words=int(_number(data.get("too_short", {}), "min_words", path, "too_short")),
        max_review_months=int(_number(data.get("review", {}), "max_months", path, "review")),
        one_sided_min_client_steps=int(_number(one_sided, "min_client_steps", path, "one_sided")),
        one_sided_ratio=int(_number(one_sided, "ratio", path, "one_sided")),
    )


def load_rubric(folder: Path | None = None) -> Rubric:
    """Read and check the rubric files in `folder` (default `resources/quality/`)."""
    if folder is None:
        from counsel_app.resources import resource_path

        folder = resource_path("quality")
    penalties, dims, decay = _weights(folder / "weights.toml")
    templates, targets, dative, problems, advice = _messages(folder / "messages.toml")
    return Rubric(
        penalties=penalties,
        dimension_weights=dims,
        decay=decay,
        templates=templates,
        targets=targets,
        targets_dative=dative,
        problems=problems,
        advice=advice,
        stock_phrases=tuple(_read_lines(folder / "boilerplate.txt")),
        filler_words=frozenset(fold(word) for word in _read_lines(folder / "filler_words.txt")),
        settings=_settings(folder / "rubric.toml"),
    )


@cache
def default_rubric() -> Rubric:
    """The bundled rubric, read on first use (not at import)."""
    return load_rubric()
