"""German labels and formats shared by the windows (no Qt, no database)."""

from __future__ import annotations

from datetime import date

PROFILE_LABELS: dict[str, str] = {
    "markt": "Marktprofil",
    "aktivierung": "Aktivierungsprofil",
    "foerder": "Förderprofil",
    "entwicklung": "Entwicklungsprofil",
    "stabilisierung": "Stabilisierungsprofil",
    "unterstuetzung": "Unterstützungsprofil",
}

ACTOR_LABELS: dict[str, str] = {
    "client": "Kundin/Kunde",
    "jobcenter": "Jobcenter",
    "provider": "Träger",
}

STEP_STATUS_LABELS: dict[str, str] = {
    "open": "offen",
    "done": "erledigt",
    "partly": "teilweise erledigt",
    "not_done": "nicht erledigt",
    "dropped": "entfallen",
}


def profile_label(value: object) -> str:
    """German name of a Profillage (enum member or its value); empty if unknown or None."""
    if value is None:
        return ""
    key = str(getattr(value, "value", value))
    return PROFILE_LABELS.get(key, key)


def format_date(value: date | None) -> str:
    """German date format, 21.11.2026; empty for None."""
    return value.strftime("%d.%m.%Y") if value else ""


def plan_state(agreed: date | None, version: int | None) -> str:
    """'Entwurf' or 'vereinbart (Version 2)'."""
    if agreed is None:
        return "Entwurf"
    return f"vereinbart (Version {version})" if version else "vereinbart"


def count_phrase(count: int, singular: str, plural: str) -> str:
    """'1 Fall', '3 Fälle', 'keine Fälle'."""
    if count == 0:
        return f"keine {plural}"
    return f"{count} {singular if count == 1 else plural}"
