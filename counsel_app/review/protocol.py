"""The protocol of one kollegiale Fallberatung: plain data, JSON and text forms.

Participants appear by role only ("Moderation", "Fallgeber/in", ...); a name is kept only
where someone entered one. The case is named by its pseudonym, never by a client's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from counsel_app.errors import UserError

PROTOCOL_FORMAT = "counsel-review-protocol"
PROTOCOL_VERSION = 1


@dataclass(frozen=True)
class PhaseRecord:
    """One phase as it went: planned minutes, time used, the notes taken."""

    key: str
    title: str
    planned_minutes: int
    elapsed_seconds: int = 0
    note: str = ""

    @property
    def overrun_seconds(self) -> int:
        return max(0, self.elapsed_seconds - self.planned_minutes * 60)


@dataclass(frozen=True)
class RoleEntry:
    """A role in the session; `name` only if somebody typed one in."""

    role: str
    label: str
    name: str | None = None


@dataclass(frozen=True)
class ReviewProtocol:
    model_key: str
    model_name: str
    case_reference: str  # the pseudonym of the case reviewed
    held_on: date
    roles: tuple[RoleEntry, ...] = ()
    phases: tuple[PhaseRecord, ...] = ()
    key_question: str = ""
    outcome: str = ""
    # Where the session stood: the key of its current phase and whether it had ended. None in
    # protocols stored before they were recorded (then `resume_point` infers them).
    current_phase: str | None = None
    finished: bool | None = None
    id: int | None = field(default=None, compare=False)

    @property
    def total_elapsed_seconds(self) -> int:
        return sum(phase.elapsed_seconds for phase in self.phases)

    def role_names(self) -> dict[str, str]:
        """The names entered per role (roles without a name are left out)."""
        return {entry.role: entry.name for entry in self.roles if entry.name}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PROTOCOL_FORMAT,
            "version": PROTOCOL_VERSION,
            "model": self.model_key,
            "model_name": self.model_name,
            "case_reference": self.case_reference,
            "held_on": self.held_on.isoformat(),
            "roles": [{"role": r.role, "label": r.label, "name": r.name} for r in self.roles],
            "key_question": self.key_question,
            "phases": [
                {
                    "key": p.key,
                    "title": p.title,
                    "planned_minutes": p.planned_minutes,
                    "elapsed_seconds": p.elapsed_seconds,
                    "note": p.note,
                }
                for p in self.phases
            ],
            "outcome": self.outcome,
            "current_phase": self.current_phase,
            "finished": self.finished,
        }

    @classmethod
    def from_json(cls, data: Any) -> ReviewProtocol:
        if not isinstance(data, dict) or data.get("format") != PROTOCOL_FORMAT:
            raise UserError("Die Datei ist kein Protokoll einer kollegialen Fallberatung.")
        try:
            return cls(
                model_key=str(data["model"]),
                model_name=str(data["model_name"]),
                case_reference=str(data["case_reference"]),
                held_on=date.fromisoformat(str(data["held_on"])),
                roles=tuple(
                    RoleEntry(str(r["role"]), str(r["label"]), r.get("name") or None)
                    for r in data["roles"]
                ),
                phases=tuple(
                    PhaseRecord(
                        key=str(p["key"]),
                        title=str(p["title"]),
                        planned_minutes=int(p["planned_minutes"]),
                        elapsed_seconds=int(p["elapsed_seconds"]),
                        note=str(p.get("note", "")),
                    )
                    for p in data["phases"]
                ),
                key_question=str(data.get("key_question", "")),
                outcome=str(data.get("outcome", "")),
                current_phase=_optional_str(data.get("current_phase")),
                finished=_optional_bool(data.get("finished")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise UserError("Das Protokoll ist unvollständig oder beschädigt.") from err

    def to_text(self) -> str:
        """A plain-text protocol (German), e.g. to paste into an e-mail or a file."""
        lines = [
            f"Protokoll der kollegialen Fallberatung ({self.model_name})",
            f"Fall: {self.case_reference} (pseudonymisiert)",
            f"Datum: {self.held_on.strftime('%d.%m.%Y')}",
            "",
            "Rollen:",
        ]
        lines += [f"  {r.label}: {r.name}" if r.name else f"  {r.label}" for r in self.roles]
        lines += ["", f"Schlüsselfrage: {self.key_question or '–'}", ""]
        for number, phase in enumerate(self.phases, start=1):
            used = _minutes(phase.elapsed_seconds)
            lines.append(f"{number}. {phase.title} (geplant {phase.planned_minutes} Min., {used})")
            lines += [f"   {line}" for line in (phase.note or "–").splitlines()]
        lines += ["", f"Ergebnis: {self.outcome or '–'}"]
        return "\n".join(lines) + "\n"


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _optional_bool(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"finished must be true, false or null, not {value!r}")


def _minutes(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"gebraucht {minutes}:{rest:02d} Min."
