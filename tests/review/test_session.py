"""Phase models from data and the session guide with a clock that the test sets."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from counsel_app.errors import UserError
from counsel_app.resources import resource_path
from counsel_app.review import (
    PhaseModelError,
    ReviewProtocol,
    ReviewSession,
    SessionStateError,
    load_phase_catalogue,
)
from counsel_app.review.phases import parse_phase_catalogue
from tests.support.clocks import ManualClock as Clock


def test_the_two_models_from_data() -> None:
    catalogue = load_phase_catalogue()
    six = catalogue.model("sechs_phasen")
    assert [p.title for p in six.phases] == [
        "Rollen verteilen",
        "Fallbericht",
        "Schlüsselfrage",
        "Methodenwahl",
        "Beratung",
        "Abschluss",
    ]
    assert [catalogue.role_labels[r] for r in six.roles] == [
        "Moderation",
        "Fallgeber/in",
        "Berater/innen",
        "Protokoll",
    ]
    assert all(p.minutes > 0 and p.asks for p in six.phases)
    assert six.total_minutes == sum(p.minutes for p in six.phases) == 45
    assert [p.key for p in six.phases if p.key_question] == ["schluesselfrage"]
    heil = catalogue.model("heilsbronner")
    assert "Heilsbronner" in heil.name and len(heil.phases) == 10
    assert {"hypothesen", "loesungen", "schluesselfrage"} <= {p.key for p in heil.phases}
    with pytest.raises(PhaseModelError, match="gibt es nicht"):
        catalogue.model("balint")


def test_broken_phase_data_is_reported_with_its_place() -> None:
    data = tomllib.loads(resource_path("review", "phases.toml").read_text(encoding="utf-8"))
    data["models"]["sechs_phasen"]["phases"][1]["minutes"] = 0
    with pytest.raises(PhaseModelError, match=r"models\.sechs_phasen\.phases\[1\]\.minutes"):
        parse_phase_catalogue(data)
    data["models"]["sechs_phasen"]["phases"][1]["minutes"] = 10
    data["models"]["sechs_phasen"]["phases"][2]["lead"] = "chef"
    with pytest.raises(PhaseModelError, match="'chef' ist keine Rolle"):
        parse_phase_catalogue(data)


def test_a_trainer_can_add_a_model(tmp_path: Path) -> None:
    path = tmp_path / "phases.toml"
    path.write_text(
        '[roles]\nmoderation = "Moderation"\nfallgeber = "Fallgeber/in"\n'
        '[models.kurz]\nname = "Kurzberatung"\n'
        '[[models.kurz.phases]]\nkey = "bericht"\ntitle = "Bericht"\nminutes = 3\n'
        'lead = "fallgeber"\nasks = ["Was ist los?"]\n',
        encoding="utf-8",
    )
    model = load_phase_catalogue(path).model("kurz")
    assert model.roles == ("moderation", "fallgeber") and model.total_minutes == 3


def test_timer_per_phase_with_overrun_and_going_back() -> None:
    clock = Clock()
    model = load_phase_catalogue().model("sechs_phasen")
    session = ReviewSession(model, now=clock, held_on=date(2026, 11, 21), case_reference="F-1")
    with pytest.raises(SessionStateError):
        session.next_phase()
    assert session.start().key == "rollen"
    clock.advance(120)
    assert session.elapsed() == 120 and session.remaining() == 180 and session.overrun() == 0
    assert session.next_phase() is not None  # Fallbericht, 10 minutes planned
    clock.advance(11 * 60)
    assert session.elapsed("fallbericht") == 660
    assert session.remaining("fallbericht") == 0 and session.overrun("fallbericht") == 60
    status = {s.phase.key: s for s in session.status()}
    assert status["fallbericht"].is_overrun and status["fallbericht"].current
    assert not status["rollen"].current and status["rollen"].elapsed_seconds == 120
    session.next_phase()  # Schlüsselfrage
    clock.advance(30)
    assert session.previous_phase().key == "fallbericht"  # back: its time goes on
    clock.advance(30)
    assert session.elapsed("fallbericht") == 690 and session.elapsed("schluesselfrage") == 30
    session.go_to("abschluss")
    clock.advance(100)
    assert session.next_phase() is None and session.finished
    clock.advance(1000)  # after the end nothing counts any more
    assert session.elapsed("abschluss") == 100
    assert session.total_elapsed() == 120 + 690 + 30 + 100
    with pytest.raises(SessionStateError, match="beendet"):
        session.next_phase()


def test_pause_stops_the_clock_until_resumed_or_the_next_phase() -> None:
    clock = Clock()
    session = ReviewSession(load_phase_catalogue().model("heilsbronner"), now=clock)
    with pytest.raises(SessionStateError):
        session.pause()
    session.start()
    clock.advance(40)
    session.pause()
    assert session.paused and session.running
    clock.advance(500)  # a break: not counted
    assert session.elapsed("leitung") == 40
    with pytest.raises(SessionStateError, match="angehalten"):
        session.pause()
    session.resume()
    assert not session.paused
    with pytest.raises(SessionStateError, match="läuft schon"):
        session.resume()
    clock.advance(20)
    assert session.elapsed("leitung") == 60
    session.pause()
    session.next_phase()  # moving on starts the clock of the new phase
    assert not session.paused
    clock.advance(15)
    assert session.elapsed("fallerzaehlung") == 15 and session.elapsed("leitung") == 60
    session.finish()
    assert not session.paused and session.finished


def test_notes_and_protocol() -> None:
    clock = Clock()
    catalogue = load_phase_catalogue()
    session = ReviewSession(
        catalogue.model("heilsbronner"), now=clock, held_on=date(2026, 11, 21), case_reference="F-2"
    )
    session.start()
    session.set_note("Leitung: Herr B.")
    clock.advance(200)
    session.next_phase()
    session.set_note("Kurzer Bericht.\nZweite Zeile.")
    session.set_note("Nachtrag zur Leitung", key="leitung")
    session.key_question = "Wie gewinnen wir den Kunden für das Praktikum?"
    session.outcome = "Praktikum anbieten, Termin in 2 Wochen."
    protocol = session.protocol(catalogue.role_labels)
    assert protocol.case_reference == "F-2" and protocol.model_key == "heilsbronner"
    assert [r.name for r in protocol.roles] == [None, None, None, None]
    assert protocol.phases[0].note == "Nachtrag zur Leitung"
    assert protocol.phases[0].elapsed_seconds == 200
    assert ReviewProtocol.from_json(protocol.to_json()) == protocol
    text = protocol.to_text()
    assert "Fall: F-2 (pseudonymisiert)" in text and "Datum: 21.11.2026" in text
    assert "Schlüsselfrage: Wie gewinnen wir" in text and "   Zweite Zeile." in text
    assert "Ergebnis: Praktikum anbieten" in text


def _half_done(clock: Clock) -> tuple[ReviewSession, ReviewProtocol]:
    """Six phases: Rollen 2:00, Fallbericht 4:00 (of 10) when the session was interrupted."""
    catalogue = load_phase_catalogue()
    session = ReviewSession(
        catalogue.model("sechs_phasen"), now=clock, held_on=date(2026, 11, 17), case_reference="F-3"
    )
    session.start()
    session.set_note("Moderation: Frau A")
    clock.advance(120)
    session.next_phase()
    session.set_note("Kunde 59, Rücken")
    clock.advance(240)
    session.key_question = "Wie kommt er wieder in Arbeit?"
    protocol = session.protocol(catalogue.role_labels, {"moderation": "Frau A"})
    return session, protocol


def test_resume_from_a_protocol_goes_on_where_the_session_stopped() -> None:
    clock = Clock()
    _old, protocol = _half_done(clock)
    assert protocol.role_names() == {"moderation": "Frau A"}
    model = load_phase_catalogue().model("sechs_phasen")
    clock.advance(7 * 24 * 3600)  # a week later
    session = ReviewSession.resume_from(protocol, model, now=clock)
    assert session.running and not session.paused and not session.finished
    assert session.current_phase is not None and session.current_phase.key == "fallbericht"
    assert session.held_on == date(2026, 11, 17) and session.case_reference == "F-3"
    assert session.key_question == "Wie kommt er wieder in Arbeit?"
    assert session.note("rollen") == "Moderation: Frau A"
    assert session.note("fallbericht") == "Kunde 59, Rücken"
    assert session.elapsed("rollen") == 120 and session.elapsed("fallbericht") == 240
    clock.advance(60)  # the clock goes on from 4:00, not from zero
    assert session.elapsed("fallbericht") == 300 and session.elapsed("rollen") == 120
    session.set_note("Kunde 59, Rücken; Nachtrag")
    session.next_phase()
    clock.advance(30)
    again = session.protocol(load_phase_catalogue().role_labels, protocol.role_names())
    assert [p.elapsed_seconds for p in again.phases][:3] == [120, 300, 30]
    assert again.phases[0].note == "Moderation: Frau A"
    assert again.phases[1].note == "Kunde 59, Rücken; Nachtrag"
    assert again.roles == protocol.roles and again.held_on == protocol.held_on


def test_resume_is_the_inverse_of_protocol() -> None:
    clock = Clock()
    _old, protocol = _half_done(clock)
    model = load_phase_catalogue().model("sechs_phasen")
    session = ReviewSession.resume_from(protocol, model, now=clock, paused=True)
    assert session.paused
    clock.advance(500)  # paused: nothing counts
    labels = load_phase_catalogue().role_labels
    assert session.protocol(labels, protocol.role_names()) == protocol
    session.resume()
    clock.advance(5)
    assert session.elapsed("fallbericht") == 245


def test_resume_point_from_the_times_used() -> None:
    from counsel_app.review import PhaseRecord, resume_point

    model = load_phase_catalogue().model("sechs_phasen")

    def protocol(*seconds: int) -> ReviewProtocol:
        phases = tuple(
            PhaseRecord(p.key, p.title, p.minutes, s)
            for p, s in zip(model.phases, seconds, strict=True)
        )
        return ReviewProtocol("sechs_phasen", model.name, "F-4", date(2026, 11, 1), (), phases)

    assert resume_point(protocol(0, 0, 0, 0, 0, 0), model) == (0, False)  # just begun
    assert resume_point(protocol(100, 200, 0, 0, 0, 0), model) == (1, False)  # in Fallbericht
    # Fallbericht's 10 minutes are used up: the group had moved on to the next phase
    assert resume_point(protocol(100, 700, 0, 0, 0, 0), model) == (2, False)
    assert resume_point(protocol(100, 0, 60, 0, 0, 0), model) == (2, False)  # skipped one
    assert resume_point(protocol(300, 600, 300, 300, 900, 120), model) == (5, True)  # ended


def test_a_finished_protocol_reopens_finished_and_its_clock_stays() -> None:
    clock = Clock()
    old, _protocol = _half_done(clock)
    old.go_to("abschluss")
    clock.advance(90)
    old.finish()
    old.outcome = "Termin in zwei Wochen"
    catalogue = load_phase_catalogue()
    protocol = old.protocol(catalogue.role_labels)
    session = ReviewSession.resume_from(protocol, catalogue.model("sechs_phasen"), now=clock)
    assert session.finished and not session.running
    clock.advance(1000)
    assert session.total_elapsed() == 120 + 240 + 90
    session.set_note("Korrigiert", key="fallbericht")  # notes can still be corrected
    assert session.protocol(catalogue.role_labels).phases[1].note == "Korrigiert"
    with pytest.raises(SessionStateError, match="beendet"):
        session.next_phase()
    # the caller can say where it stood when it knows better than the times
    going_on = ReviewSession.resume_from(
        protocol, catalogue.model("sechs_phasen"), now=clock, finished=False, current="beratung"
    )
    assert going_on.running and going_on.current_index == 4


def test_the_protocol_records_where_the_session_stood() -> None:
    clock = Clock()
    catalogue = load_phase_catalogue()
    fresh = ReviewSession(catalogue.model("sechs_phasen"), now=clock, case_reference="F-5")
    not_begun = fresh.protocol(catalogue.role_labels)
    assert (not_begun.current_phase, not_begun.finished) == (None, False)
    old, protocol = _half_done(clock)
    assert (protocol.current_phase, protocol.finished) == ("fallbericht", False)
    old.go_to("rollen")  # back to an earlier phase
    assert old.protocol(catalogue.role_labels).current_phase == "rollen"
    old.finish()
    ended = old.protocol(catalogue.role_labels)
    assert (ended.current_phase, ended.finished) == ("rollen", True)
    # both go into the JSON and come back; a JSON without them (older) reads as None
    data = ended.to_json()
    assert (data["current_phase"], data["finished"]) == ("rollen", True)
    assert ReviewProtocol.from_json(data) == ended
    del data["current_phase"], data["finished"]
    older = ReviewProtocol.from_json(data)
    assert (older.current_phase, older.finished) == (None, None)
    with pytest.raises(UserError, match="beschädigt"):
        ReviewProtocol.from_json({**ended.to_json(), "finished": "ja"})


def test_resume_uses_the_stored_state_over_the_guess() -> None:
    import dataclasses

    from counsel_app.review import resume_point

    clock = Clock()
    catalogue = load_phase_catalogue()
    model = catalogue.model("sechs_phasen")
    old, _protocol = _half_done(clock)  # Rollen 2:00, Fallbericht 4:00 (of 10)
    old.finish()  # "Beenden" pressed early, in Fallbericht
    protocol = old.protocol(catalogue.role_labels)
    assert resume_point(protocol, model) == (1, False)  # the guess: still running
    session = ReviewSession.resume_from(protocol, model, now=clock)
    assert session.finished and not session.running
    assert session.current_index == 1
    clock.advance(600)
    assert session.total_elapsed() == 120 + 240  # no clock runs
    # stored before the state was recorded: the guess, as before
    unknown = dataclasses.replace(protocol, current_phase=None, finished=None)
    guessed = ReviewSession.resume_from(unknown, model, now=clock)
    assert guessed.running and guessed.current_index == 1

    # went back to Rollen after Fallbericht: the guess says Fallbericht, the protocol Rollen
    back, _ = _half_done(clock)
    back.go_to("rollen")
    clock.advance(30)
    stood = back.protocol(catalogue.role_labels)
    assert resume_point(stood, model) == (1, False)
    again = ReviewSession.resume_from(stood, model, now=clock)
    assert again.running and again.current_phase is not None
    assert again.current_phase.key == "rollen" and again.elapsed() == 150
    assert again.protocol(catalogue.role_labels, stood.role_names()) == stood
    # the caller's arguments still win over what is stored
    told = ReviewSession.resume_from(stood, model, now=clock, current="beratung")
    assert told.current_index == 4
    reopened = ReviewSession.resume_from(protocol, model, now=clock, finished=False)
    assert reopened.running and reopened.current_index == 1
    # a stored phase the model no longer has: the guess for the phase, the stored "finished"
    gone = dataclasses.replace(protocol, current_phase="entfallen")
    fallback = ReviewSession.resume_from(gone, model, now=clock)
    assert fallback.current_index == 1 and fallback.finished


def test_resume_refuses_another_or_changed_model() -> None:
    import dataclasses

    clock = Clock()
    _old, protocol = _half_done(clock)
    catalogue = load_phase_catalogue()
    with pytest.raises(SessionStateError, match="folgt dem Ablauf"):
        ReviewSession.resume_from(protocol, catalogue.model("heilsbronner"), now=clock)
    six = catalogue.model("sechs_phasen")
    shorter = dataclasses.replace(six, phases=six.phases[2:])  # notes would be lost
    with pytest.raises(SessionStateError, match="Rollen verteilen"):
        ReviewSession.resume_from(protocol, shorter, now=clock)
