"""Phase models of the kollegiale Fallberatung as data (`resources/review/phases.toml`).

A `PhaseModel` is a named sequence of `Phase`s (title, default minutes, the role that leads
it, what it asks) plus the roles it knows. The six-phase model and the Heilsbronner
variant ship with the program; trainers can change or add models in the data file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counsel_app.errors import UserError

PHASES_FILE = "phases.toml"
DEFAULT_MODEL = "sechs_phasen"
_KEY = re.compile(r"[a-z0-9_]{1,40}")


class PhaseModelError(UserError):
    """The phase file is broken; the message names the file and the place."""


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    minutes: int
    lead: str
    asks: tuple[str, ...]
    key_question: bool = False
    outcome: bool = False

    @property
    def planned_seconds(self) -> int:
        return self.minutes * 60


@dataclass(frozen=True)
class PhaseModel:
    key: str
    name: str
    description: str
    roles: tuple[str, ...]
    phases: tuple[Phase, ...]

    @property
    def total_minutes(self) -> int:
        return sum(phase.minutes for phase in self.phases)

    def phase(self, key: str) -> Phase:
        for phase in self.phases:
            if phase.key == key:
                return phase
        raise KeyError(key)

    def index_of(self, key: str) -> int:
        for index, phase in enumerate(self.phases):
            if phase.key == key:
                return index
        raise KeyError(key)


@dataclass(frozen=True)
class PhaseCatalogue:
    """All phase models of one data file and the German names of the roles."""

    role_labels: dict[str, str]
    models: dict[str, PhaseModel]

    def model(self, key: str = DEFAULT_MODEL) -> PhaseModel:
        try:
            return self.models[key]
        except KeyError:
            known = ", ".join(self.models)
            raise PhaseModelError(
                f"Ablaufmodell '{key}' gibt es nicht (vorhanden: {known})."
            ) from None


def load_phase_catalogue(path: Path | None = None) -> PhaseCatalogue:
    """Read and check the phase file (default: the bundled `resources/review/phases.toml`)."""
    if path is None:
        from counsel_app.resources import resource_path

        path = resource_path("review", PHASES_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PhaseModelError(f"Die Datei {path} mit den Ablaufmodellen fehlt.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise PhaseModelError(f"{path.name}: nicht lesbar ({err}).") from err
    return parse_phase_catalogue(data, path.name)


def parse_phase_catalogue(data: dict[str, Any], where: str = PHASES_FILE) -> PhaseCatalogue:
    roles = data.get("roles")
    if not isinstance(roles, dict) or not roles:
        raise PhaseModelError(f"{where}: Abschnitt [roles] fehlt.")
    role_labels = {str(key): _text(value, f"{where}: roles.{key}") for key, value in roles.items()}
    models_data = data.get("models")
    if not isinstance(models_data, dict) or not models_data:
        raise PhaseModelError(f"{where}: Es ist kein Ablaufmodell beschrieben ([models.…]).")
    models = {
        str(key): _model(str(key), value, role_labels, f"{where}: models.{key}")
        for key, value in models_data.items()
    }
    return PhaseCatalogue(role_labels=role_labels, models=models)


def _model(key: str, data: Any, roles: dict[str, str], where: str) -> PhaseModel:
    if not isinstance(data, dict):
        raise PhaseModelError(f"{where}: muss eine Tabelle sein.")
    model_roles = data.get("roles", list(roles))
    if not isinstance(model_roles, list) or not all(r in roles for r in model_roles):
        raise PhaseModelError(f"{where}.roles: nur Rollen aus [roles] sind erlaubt.")
    phases_data = data.get("phases")
    if not isinstance(phases_data, list) or not phases_data:
        raise PhaseModelError(f"{where}: Es sind keine Phasen angegeben.")
    phases = tuple(
        _phase(item, roles, f"{where}.phases[{index}]") for index, item in enumerate(phases_data)
    )
    keys = [phase.key for phase in phases]
    if len(set(keys)) != len(keys):
        raise PhaseModelError(f"{where}: Phasenschlüssel kommen doppelt vor.")
    return PhaseModel(
        key=key,
        name=_text(data.get("name"), f"{where}.name"),
        description=str(data.get("description", "")),
        roles=tuple(str(r) for r in model_roles),
        phases=phases,
    )


def _phase(data: Any, roles: dict[str, str], where: str) -> Phase:
    if not isinstance(data, dict):
        raise PhaseModelError(f"{where}: muss eine Tabelle sein.")
    key = data.get("key")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise PhaseModelError(f"{where}.key: nur Kleinbuchstaben, Ziffern und _ erlaubt.")
    minutes = data.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 240:
        raise PhaseModelError(f"{where}.minutes: eine ganze Zahl zwischen 1 und 240.")
    lead = data.get("lead")
    if lead not in roles:
        raise PhaseModelError(f"{where}.lead: '{lead}' ist keine Rolle aus [roles].")
    asks = data.get("asks", [])
    if not isinstance(asks, list) or not all(isinstance(a, str) and a.strip() for a in asks):
        raise PhaseModelError(f"{where}.asks: eine Liste von Sätzen.")
    return Phase(
        key=key,
        title=_text(data.get("title"), f"{where}.title"),
        minutes=minutes,
        lead=str(lead),
        asks=tuple(asks),
        key_question=bool(data.get("key_question", False)),
        outcome=bool(data.get("outcome", False)),
    )


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PhaseModelError(f"{where}: Text fehlt.")
    return value.strip()
