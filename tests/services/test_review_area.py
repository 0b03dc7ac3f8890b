"""Review area: bundle export with name checks, import into the separate review store,
protocols stored there; the counsellor's cases and the review cases never mix."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from counsel_app.context import AppContext
from counsel_app.exchange import name_fragments_in_free_text, read_case
from counsel_app.resources import resource_path
from counsel_app.review import ReviewSession, load_phase_catalogue
from counsel_app.review.bundle import BundleKdf, WrongBundlePassphraseError
from counsel_app.services.review_area import (
    UnconfirmedNameHitsError,
    export_bundle,
    open_review_area,
    review_database_path,
    review_key,
)
from counsel_app.services.store import init_store, open_store
from counsel_app.storage.errors import WrongKeyError
from tests.support.canary import canary_case, files_containing, new_canary
from tests.support.clocks import ManualClock
from tests.support.fixtures import ContextMaker

FAST = BundleKdf(n=2**10)
PASSPHRASE = "Fallberatung-2026"
CASE_FILE = "fall-04-langzeitarbeitslos-59-lager.json"


@pytest.fixture
def ctx(make_ctx: ContextMaker) -> AppContext:
    context = make_ctx()
    init_store(context)
    return context


def test_export_refuses_with_name_hits_until_confirmed(ctx: AppContext, tmp_path: Path) -> None:
    canary = new_canary("R")
    case = canary_case("K-1000", canary)
    out = tmp_path / "fall.bundle"
    with open_store(ctx) as store:
        case_id = store.cases.add(case)
        with pytest.raises(UnconfirmedNameHitsError) as err:
            export_bundle(store, case_id, PASSPHRASE, out, confirm_hits=False, kdf=FAST)
        assert not out.exists()
        expected = name_fragments_in_free_text(case)
        assert err.value.hits == expected and expected
        assert {hit.word for hit in expected} == {canary.split("Ä")[0] + "Ä" + canary.split("Ä")[1]}
        result = export_bundle(store, case_id, PASSPHRASE, out, confirm_hits=True, kdf=FAST)
    assert out.exists() and result.hits == expected
    assert result.pseudonym.startswith("Fall-")


def test_clean_case_exports_without_confirmation(ctx: AppContext, tmp_path: Path) -> None:
    case = canary_case("K-3000", new_canary("C"))
    case.client = dataclasses.replace(case.client, display_name="Erika Kanarienvogel")
    assert name_fragments_in_free_text(case) == []
    out = tmp_path / "fall.bundle"
    with open_store(ctx) as store:
        case_id = store.cases.add(case)
        result = export_bundle(
            store, case_id, PASSPHRASE, out, confirm_hits=False, pseudonym="Fall-X1", kdf=FAST
        )
    assert result.hits == [] and result.pseudonym == "Fall-X1"


def test_review_area_and_own_store_never_mix(ctx: AppContext, tmp_path: Path) -> None:
    own = read_case(resource_path("cases", CASE_FILE))
    other = read_case(resource_path("cases", "fall-10-marktnah-fachlagerist.json"))
    bundle = tmp_path / "fall.bundle"
    with open_store(ctx) as store:
        own_id = store.cases.add(own)
        other_id = store.cases.add(other)
        export_bundle(
            store, other_id, PASSPHRASE, bundle, confirm_hits=True, pseudonym="Fall-R1", kdf=FAST
        )
        store.cases.delete(other_id)  # the colleague's case is not in this store any more
        with open_review_area(store) as area:
            review_id = area.import_bundle(bundle, PASSPHRASE)
            again = area.import_bundle(bundle, PASSPHRASE)
            review_refs = [s.reference for s in area.cases.list_summaries()]
            imported = area.cases.get(review_id)
        own_refs = [s.reference for s in store.cases.list_summaries()]
        assert store.cases.get(own_id) == own
    assert review_refs == ["Fall-R1", "Fall-R1 (2)"] and again != review_id
    assert own_refs == [own.client.reference]
    assert imported.client.pseudonymised and imported.client.display_name is None
    assert imported.plan == other.plan
    # separate files, separate keys: the review store does not open with the main key
    path = review_database_path(ctx.paths)
    assert path.is_file() and path != ctx.paths.database
    with open_store(ctx) as store:
        assert review_key(store.key) != store.key
        from counsel_app.storage.database import Database

        with pytest.raises(WrongKeyError):
            Database.open(path, store.key)


def test_wrong_passphrase_imports_nothing(ctx: AppContext, tmp_path: Path) -> None:
    case = read_case(resource_path("cases", CASE_FILE))
    bundle = tmp_path / "fall.bundle"
    with open_store(ctx) as store:
        case_id = store.cases.add(case)
        export_bundle(store, case_id, PASSPHRASE, bundle, confirm_hits=True, kdf=FAST)
        with open_review_area(store) as area:
            with pytest.raises(WrongBundlePassphraseError):
                area.import_bundle(bundle, "nicht-die-passphrase")
            assert area.cases.list_summaries() == []


def test_review_store_is_encrypted_on_disk(ctx: AppContext, tmp_path: Path) -> None:
    canary = new_canary("E")
    case = canary_case("K-2000", canary)
    bundle = tmp_path / "out" / "fall.bundle"
    bundle.parent.mkdir()
    with open_store(ctx) as store:
        case_id = store.cases.add(case)
        export_bundle(store, case_id, PASSPHRASE, bundle, confirm_hits=True, kdf=FAST)
        with open_review_area(store) as area:
            area.import_bundle(bundle, PASSPHRASE)
            area.db.checkpoint()
    assert files_containing(review_database_path(ctx.paths).parent, [canary]) == []
    assert files_containing(bundle.parent, [canary]) == []


def _fake_clock() -> tuple[ManualClock, ReviewSession]:
    clock = ManualClock(1000.0)
    catalogue = load_phase_catalogue()
    session = ReviewSession(
        catalogue.model("sechs_phasen"),
        now=clock,
        held_on=date(2026, 11, 21),
        case_reference="Fall-R1",
    )
    return clock, session


def test_protocol_round_trip_in_the_review_store(ctx: AppContext) -> None:
    clock, session = _fake_clock()
    catalogue = load_phase_catalogue()
    session.start()
    clock.advance(240)
    session.set_note("Moderation: A; Protokoll: B")
    session.next_phase()
    clock.advance(700)
    session.set_note("Kunde 59, Rücken; Plan seit Juni ohne Überprüfung.")
    session.next_phase()
    session.key_question = "Wie kommt die Überprüfung wieder in Gang?"
    session.outcome = "Termin zur Überprüfung innerhalb von 2 Wochen."
    protocol = session.protocol(catalogue.role_labels, names={"moderation": "Frau A."})
    with open_store(ctx) as store, open_review_area(store) as area:
        protocol_id = area.protocols.add(protocol)
        stored = area.protocols.get(protocol_id)
        assert stored == protocol and stored.id == protocol_id
        assert (stored.current_phase, stored.finished) == ("schluesselfrage", False)
        assert [p.elapsed_seconds for p in stored.phases][:3] == [240, 700, 0]
        assert stored.phases[1].overrun_seconds == 100
        assert [r.name for r in stored.roles] == ["Frau A.", None, None, None]
        assert [r.label for r in stored.roles] == [
            "Moderation",
            "Fallgeber/in",
            "Berater/innen",
            "Protokoll",
        ]
        changed = dataclasses.replace(
            protocol, outcome="Anders entschieden.", current_phase="rollen", finished=True
        )
        area.protocols.save(protocol_id, changed)
        assert area.protocols.get(protocol_id) == changed
        saved = area.protocols.get(protocol_id)
        assert (saved.current_phase, saved.finished) == ("rollen", True)
        # a protocol without the state (as stored before it was recorded) keeps None
        unknown = dataclasses.replace(protocol, current_phase=None, finished=None)
        area.protocols.save(protocol_id, unknown)
        kept = area.protocols.get(protocol_id)
        assert (kept.current_phase, kept.finished) == (None, None)
        assert [p.case_reference for p in area.protocols.list()] == ["Fall-R1"]
        area.protocols.delete(protocol_id)
        assert area.protocols.list() == []
    with open_store(ctx) as store:
        from sqlmodel import select

        from counsel_app.model.review_tables import ReviewProtocol

        with store.db.session() as db_session:
            assert db_session.exec(select(ReviewProtocol)).all() == []


def test_a_resumed_protocol_is_saved_in_place(ctx: AppContext) -> None:
    clock, session = _fake_clock()
    catalogue = load_phase_catalogue()
    session.start()
    clock.advance(240)
    session.set_note("Moderation: A")
    session.next_phase()
    clock.advance(100)
    with open_store(ctx) as store, open_review_area(store) as area:
        protocol_id = area.protocols.add(
            session.protocol(catalogue.role_labels, {"moderation": "A"})
        )
        stored = area.protocols.get(protocol_id)
        again = ReviewSession.resume_from(stored, catalogue.model(stored.model_key), now=clock)
        assert (stored.current_phase, stored.finished) == ("fallbericht", False)
        assert again.current_index == 1 and again.elapsed() == 100
        clock.advance(50)
        again.set_note("Bericht")
        area.protocols.save(protocol_id, again.protocol(catalogue.role_labels, stored.role_names()))
        assert [p.id for p in area.protocols.list()] == [protocol_id]
        saved = area.protocols.get(protocol_id)
        assert [p.note for p in saved.phases][:2] == ["Moderation: A", "Bericht"]
        assert [p.elapsed_seconds for p in saved.phases][:2] == [240, 150]
        assert saved.role_names() == {"moderation": "A"}
