"""A running kollegiale Fallberatung: the phase guide with a timer and notes per phase.

`ReviewSession` never sleeps and never reads a clock of its own: it is given `now`, a
callable returning seconds (default `time.monotonic`). The GUI polls `status()` on a
timer; tests pass a plain function whose return value they set.

Time is counted per phase while that phase is the current one; going back to a phase
continues its count. `remaining` never goes below zero; time beyond the plan is `overrun`.

`ReviewSession.resume_from` is the inverse of `ReviewSession.protocol`: it rebuilds a
session from a stored protocol (notes, key question, outcome, time per phase) so that an
interrupted review can go on later. A protocol records where the session stood (its
current phase and whether it had ended); for protocols stored before that was recorded
(both None) `resume_point` infers it from the times used (see there).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from counsel_app.errors import UserError
from counsel_app.review.phases import Phase, PhaseModel
from counsel_app.review.protocol import PhaseRecord, ReviewProtocol, RoleEntry

Clock = Callable[[], float]


class SessionStateError(UserError):
    """An action that does not fit the state of the session (e.g. `next` before `start`)."""


@dataclass(frozen=True)
class PhaseStatus:
    """What the guide shows for one phase."""

    index: int
    phase: Phase
    elapsed_seconds: float
    remaining_seconds: float
    overrun_seconds: float
    current: bool

    @property
    def is_overrun(self) -> bool:
        return self.overrun_seconds > 0


class ReviewSession:
    """The state of one session: current phase, time per phase, notes per phase."""

    def __init__(
        self,
        model: PhaseModel,
        *,
        now: Clock = time.monotonic,
        held_on: date | None = None,
        case_reference: str = "",
    ) -> None:
        self.model = model
        self.case_reference = case_reference
        self.held_on = held_on or date.today()
        self._now = now
        self._elapsed = [0.0] * len(model.phases)
        self._notes = [""] * len(model.phases)
        self._index: int | None = None
        self._since: float | None = None  # when the current phase was (re)entered
        self._finished = False
        self.key_question = ""
        self.outcome = ""

    @classmethod
    def resume_from(
        cls,
        protocol: ReviewProtocol,
        model: PhaseModel,
        *,
        now: Clock = time.monotonic,
        current: str | None = None,
        finished: bool | None = None,
        paused: bool = False,
    ) -> ReviewSession:
        """The session of a stored `protocol`, ready to go on (the inverse of `protocol`).

        Notes, key question, outcome and the time used per phase come back as stored; the
        date and the case stay those of the protocol. Where the session goes on is
        `current` (a phase key) and whether it had ended is `finished`; either left None is
        taken from the protocol (`current_phase`, `finished`), and where the protocol does
        not record it either (stored before it did, or a phase the model no longer has)
        inferred with `resume_point`. A session that goes on counts the time of its current
        phase from now (from what that phase had used, never from zero), unless `paused`;
        a finished one does not count at all, its notes can still be changed.
        """
        if protocol.model_key != model.key:
            raise SessionStateError(
                f"Das Protokoll folgt dem Ablauf „{protocol.model_name}“, nicht „{model.name}“."
            )
        known = {phase.key for phase in model.phases}
        lost = [
            r.title for r in protocol.phases if r.key not in known and (r.note or r.elapsed_seconds)
        ]
        if lost:
            raise SessionStateError(
                f"Das Ablaufmodell „{model.name}“ kennt die Phase(n) {', '.join(lost)} des "
                "Protokolls nicht mehr; so lässt sich die Fallberatung nicht fortsetzen."
            )
        session = cls(
            model, now=now, held_on=protocol.held_on, case_reference=protocol.case_reference
        )
        records = {record.key: record for record in protocol.phases}
        for index, phase in enumerate(model.phases):
            record = records.get(phase.key)
            if record is not None:
                session._elapsed[index] = float(max(0, record.elapsed_seconds))
                session._notes[index] = record.note
        session.key_question = protocol.key_question
        session.outcome = protocol.outcome
        if current is None and protocol.current_phase in known:
            current = protocol.current_phase
        if finished is None:
            finished = protocol.finished
        index, ended = resume_point(protocol, model)
        if current is not None:
            index = model.index_of(current)
        if finished is not None:
            ended = finished
        session._index = index
        session._finished = ended
        session._since = None if ended or paused else session._now()
        return session

    # -- state ----------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._index is not None

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def running(self) -> bool:
        return self.started and not self._finished

    @property
    def paused(self) -> bool:
        """The session runs but its clock is stopped (a break); `resume` starts it again."""
        return self.running and self._since is None

    @property
    def current_index(self) -> int | None:
        return self._index

    @property
    def current_phase(self) -> Phase | None:
        return None if self._index is None else self.model.phases[self._index]

    # -- moving ---------------------------------------------------------------------------

    def start(self) -> Phase:
        """Begin with the first phase."""
        if self.started:
            raise SessionStateError("Die Fallberatung läuft schon.")
        return self._enter(0)

    def next_phase(self) -> Phase | None:
        """Go to the next phase; after the last one the session is finished (returns None)."""
        index = self._require_running()
        if index + 1 >= len(self.model.phases):
            self.finish()
            return None
        return self._enter(index + 1)

    def previous_phase(self) -> Phase:
        index = self._require_running()
        if index == 0:
            raise SessionStateError("Die erste Phase hat keine vorherige.")
        return self._enter(index - 1)

    def go_to(self, key: str) -> Phase:
        self._require_running()
        return self._enter(self.model.index_of(key))

    def pause(self) -> None:
        """Stop the clock of the current phase (a break); moving to a phase starts it again."""
        self._require_running()
        if self._since is None:
            raise SessionStateError("Die Zeit ist schon angehalten.")
        self._stop_clock()

    def resume(self) -> None:
        """Start the clock of the current phase again after `pause`."""
        self._require_running()
        if self._since is not None:
            raise SessionStateError("Die Zeit läuft schon.")
        self._since = self._now()

    def finish(self) -> None:
        """Stop the clock; notes can still be edited afterwards."""
        self._require_running()
        self._stop_clock()
        self._finished = True

    def _require_running(self) -> int:
        if self._index is None:
            raise SessionStateError("Die Fallberatung hat noch nicht begonnen.")
        if self._finished:
            raise SessionStateError("Die Fallberatung ist schon beendet.")
        return self._index

    def _stop_clock(self) -> None:
        if self._index is not None and self._since is not None:
            self._elapsed[self._index] += max(0.0, self._now() - self._since)
        self._since = None

    def _enter(self, index: int) -> Phase:
        self._stop_clock()
        self._index = index
        self._since = self._now()
        return self.model.phases[index]

    # -- time -----------------------------------------------------------------------------

    def elapsed(self, key: str | None = None) -> float:
        """Seconds spent in phase `key` (default: the current phase) up to now."""
        index = self._resolve(key)
        value = self._elapsed[index]
        if index == self._index and self._since is not None:
            value += max(0.0, self._now() - self._since)
        return value

    def remaining(self, key: str | None = None) -> float:
        index = self._resolve(key)
        planned = self.model.phases[index].planned_seconds
        return max(0.0, planned - self.elapsed(self.model.phases[index].key))

    def overrun(self, key: str | None = None) -> float:
        index = self._resolve(key)
        planned = self.model.phases[index].planned_seconds
        return max(0.0, self.elapsed(self.model.phases[index].key) - planned)

    def total_elapsed(self) -> float:
        return sum(self.elapsed(phase.key) for phase in self.model.phases)

    def status(self) -> list[PhaseStatus]:
        """Every phase with its times, for the guide's display."""
        result = []
        for index, phase in enumerate(self.model.phases):
            elapsed = self.elapsed(phase.key)
            result.append(
                PhaseStatus(
                    index=index,
                    phase=phase,
                    elapsed_seconds=elapsed,
                    remaining_seconds=max(0.0, phase.planned_seconds - elapsed),
                    overrun_seconds=max(0.0, elapsed - phase.planned_seconds),
                    current=index == self._index and not self._finished,
                )
            )
        return result

    def _resolve(self, key: str | None) -> int:
        if key is not None:
            return self.model.index_of(key)
        if self._index is None:
            raise SessionStateError("Die Fallberatung hat noch nicht begonnen.")
        return self._index

    # -- notes ----------------------------------------------------------------------------

    def set_note(self, text: str, key: str | None = None) -> None:
        """The notes of phase `key` (default: the current phase); replaces what was there."""
        self._notes[self._resolve(key)] = text

    def note(self, key: str) -> str:
        return self._notes[self.model.index_of(key)]

    @property
    def notes(self) -> dict[str, str]:
        return {phase.key: self._notes[i] for i, phase in enumerate(self.model.phases)}

    # -- result ---------------------------------------------------------------------------

    def protocol(
        self,
        role_labels: Mapping[str, str],
        names: Mapping[str, str] | None = None,
    ) -> ReviewProtocol:
        """The protocol as of now. Roles appear by their label; a name only if given."""
        names = names or {}
        roles = tuple(
            RoleEntry(role, role_labels.get(role, role), (names.get(role) or "").strip() or None)
            for role in self.model.roles
        )
        phases = tuple(
            PhaseRecord(
                key=phase.key,
                title=phase.title,
                planned_minutes=phase.minutes,
                elapsed_seconds=round(self.elapsed(phase.key)),
                note=self._notes[index],
            )
            for index, phase in enumerate(self.model.phases)
        )
        return ReviewProtocol(
            model_key=self.model.key,
            model_name=self.model.name,
            case_reference=self.case_reference,
            held_on=self.held_on,
            roles=roles,
            phases=phases,
            key_question=self.key_question,
            outcome=self.outcome,
            current_phase=None if self.current_phase is None else self.current_phase.key,
            finished=self._finished,
        )


def resume_point(protocol: ReviewProtocol, model: PhaseModel) -> tuple[int, bool]:
    """Where the session of `protocol` stood: (index of the current phase, finished).

    The guess for protocols that do not record it (`current_phase`/`finished` None, stored
    before revision 0005); it keeps the time used per phase, not the current phase, so:
    - no phase has time yet: the first phase (the session had just begun);
    - the model's last phase has time: the session had reached its end (finished);
    - otherwise the last phase with time used; if its planned time was used up, the next
      phase (the group had moved on or was about to).
    """
    used = {record.key: record.elapsed_seconds for record in protocol.phases}
    with_time = [i for i, phase in enumerate(model.phases) if used.get(phase.key, 0) > 0]
    if not with_time:
        return 0, False
    last = with_time[-1]
    if last == len(model.phases) - 1:
        return last, True
    phase = model.phases[last]
    if used[phase.key] >= phase.planned_seconds:
        return last + 1, False
    return last, False
