"""Phase models from data and the session guide with a clock that the test sets."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from counsel_app.resources import resource_path
from counsel_app.review import (
    PhaseModelError,
    ReviewProtocol,
    ReviewSession,
    SessionStateError,
    load_phase_catalogue,
)
from counsel_app.review.phases import parse_phase_catalogue


class Clock:
    """A real clock abstraction for tests: returns the time the test has set."""

    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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
