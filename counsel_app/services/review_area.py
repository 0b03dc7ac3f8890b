"""Review area: bundles out of the own store, bundles into a separate review store, protocols.

The review store is a second SQLCipher database, ``<data dir>/review/review.db``, with the
same schema as the main store. Its key is derived from the main store's key with
HKDF-SHA256 (info ``counsel-app review area v1``): nothing more to keep or lose, opening
it needs the main store unlocked, and the two files never share a key, so one can never
be opened as the other. Cases imported from bundles go only there; the counsellor's own
cases stay only in the main store. Neither list ever shows the other's cases.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from sqlmodel import Session

    from counsel_app.domain import Case
    from counsel_app.exchange import FreeTextHit
    from counsel_app.paths import DataPaths
    from counsel_app.review.bundle import BundleKdf
    from counsel_app.review.protocol import ReviewProtocol
    from counsel_app.services.store import Store
    from counsel_app.storage.database import Database
    from counsel_app.storage.repository import CaseRepository

REVIEW_FOLDER = "review"
REVIEW_DB_NAME = "review.db"
_REVIEW_KEY_INFO = b"counsel-app review area v1"
MAX_REFERENCE_CHARS = 64


def review_database_path(paths: DataPaths) -> Path:
    """Where the review store lives: beside the main store, in its own folder."""
    return paths.root / REVIEW_FOLDER / REVIEW_DB_NAME


def review_key(main_key: bytes) -> bytes:
    """The review store's key, derived from the main store's key (32 bytes)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_REVIEW_KEY_INFO).derive(
        main_key
    )


# --- export --------------------------------------------------------------------------------


class UnconfirmedNameHitsError(UserError):
    """Free text still names the client and the export was not confirmed; nothing written."""

    def __init__(self, hits: list[FreeTextHit]) -> None:
        super().__init__(
            f"{len(hits)} Freitextfeld(er) enthalten noch Wörter aus Name oder Kundennummer; "
            "bitte ändern oder die Ausgabe ausdrücklich bestätigen. Nichts wurde geschrieben."
        )
        self.hits = hits


@dataclass(frozen=True)
class BundleExportResult:
    path: Path
    pseudonym: str
    # free-text fields that contained a word of the client's name or reference (confirmed)
    hits: list[FreeTextHit] = field(default_factory=list)


def bundle_name_hits(store: Store, case_id: int) -> list[FreeTextHit]:
    """Free-text fields of the ORIGINAL case that contain a word of the name or reference."""
    from counsel_app.exchange import name_fragments_in_free_text

    return name_fragments_in_free_text(store.cases.get(case_id))


def export_bundle(
    store: Store,
    case_id: int,
    passphrase: str,
    out: Path,
    *,
    confirm_hits: bool,
    pseudonym: str | None = None,
    kdf: BundleKdf | None = None,
) -> BundleExportResult:
    """Write case `case_id` pseudonymised and encrypted to `out`.

    Refuses (`UnconfirmedNameHitsError`, nothing written) while free text still contains a
    word of the client's name or reference, unless `confirm_hits` is set.
    """
    from counsel_app.exchange import name_fragments_in_free_text
    from counsel_app.review.bundle import new_bundle_pseudonym, write_bundle

    case = store.cases.get(case_id)
    hits = name_fragments_in_free_text(case)
    if hits and not confirm_hits:
        raise UnconfirmedNameHitsError(hits)
    pseudonym = pseudonym or new_bundle_pseudonym()
    write_bundle(case, passphrase, Path(out), kdf=kdf, pseudonym=pseudonym)
    return BundleExportResult(Path(out), pseudonym, hits)


# --- the review store ----------------------------------------------------------------------


@dataclass
class ReviewArea:
    """The open review store: imported cases and protocols. Never the counsellor's cases."""

    db: Database
    cases: CaseRepository
    protocols: ProtocolRepository
    path: Path

    def import_bundle(self, bundle: Path, passphrase: str) -> int:
        """Decrypt `bundle` and add its case here; returns the case id in the review area.

        A wrong passphrase or a broken bundle raises before anything is written. A case
        whose pseudonym is already here is stored as ``Pseudonym (2)``, ``(3)``, ...
        """
        from counsel_app.review.bundle import read_bundle

        case = read_bundle(Path(bundle), passphrase)
        return self.add_case(case)

    def add_case(self, case: Case) -> int:
        import dataclasses

        if not case.client.pseudonymised:
            raise UserError("In den Bereich Fallberatung kommen nur pseudonymisierte Fälle.")
        known = {summary.reference for summary in self.cases.list_summaries()}
        reference = case.client.reference
        number = 2
        while reference in known:
            suffix = f" ({number})"
            reference = case.client.reference[: MAX_REFERENCE_CHARS - len(suffix)] + suffix
            number += 1
        if reference != case.client.reference:
            case = dataclasses.replace(
                case, client=dataclasses.replace(case.client, reference=reference)
            )
        return self.cases.add(case)

    def find_case(self, reference: str) -> int | None:
        """The id of the case with this pseudonym in the review area, or None."""
        for summary in self.cases.list_summaries():
            if summary.reference == reference:
                return summary.id
        return None

    def print_protocol(self, protocol_id: int, out: Path, *, today: date | None = None) -> Path:
        """The protocol with its pseudonymised case (if it is here) as PDF."""
        from counsel_app.printing.protocol import render_protocol_pdf

        protocol = self.protocols.get(protocol_id)
        case_id = self.find_case(protocol.case_reference)
        case = None if case_id is None else self.cases.get(case_id)
        return render_protocol_pdf(protocol, case, Path(out), today=today)

    def export_protocol(self, protocol_id: int, out: Path, *, as_json: bool) -> Path:
        """The protocol as JSON or plain text (UTF-8), written atomically."""
        from counsel_app.fileio import write_atomic

        protocol = self.protocols.get(protocol_id)
        text = (
            json.dumps(protocol.to_json(), ensure_ascii=False, indent=2) + "\n"
            if as_json
            else protocol.to_text()
        )
        return write_atomic(Path(out), text.encode("utf-8"))


@contextmanager
def open_review_area(store: Store) -> Iterator[ReviewArea]:
    """Open (and on first use create) the review store that belongs to the open `store`."""
    from counsel_app.storage.database import Database
    from counsel_app.storage.repository import CaseRepository

    path = review_database_path(store.paths)
    key = review_key(store.key)
    if path.exists():
        db = Database.open(path, key, backup_dir=path.parent / "backups")
    else:
        db = Database.create(path, key)
    try:
        yield ReviewArea(
            db=db,
            cases=CaseRepository(db, actor="review"),
            protocols=ProtocolRepository(db),
            path=path,
        )
    finally:
        db.close()


# --- protocols -----------------------------------------------------------------------------


class ProtocolNotFoundError(UserError):
    def __init__(self, protocol_id: int) -> None:
        super().__init__(f"Protokoll {protocol_id} gibt es im Bereich Fallberatung nicht.")


@dataclass(frozen=True)
class ProtocolSummary:
    id: int
    case_reference: str
    held_on: str  # ISO date
    model_name: str


class ProtocolRepository:
    """Protocols of case reviews in the review store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, protocol: ReviewProtocol) -> int:
        from counsel_app.model.review_tables import ReviewProtocol as Row

        with self.db.session() as session:
            row = Row(**_protocol_values(protocol))
            session.add(row)
            session.flush()
            assert row.id is not None
            _write_phases(session, row.id, protocol)
            return row.id

    def save(self, protocol_id: int, protocol: ReviewProtocol) -> None:
        """Replace the content of a stored protocol (autosave during a session)."""
        from sqlmodel import delete

        from counsel_app.model import utcnow
        from counsel_app.model.review_tables import ReviewProtocol as Row
        from counsel_app.model.review_tables import ReviewProtocolPhase

        with self.db.session() as session:
            row = session.get(Row, protocol_id)
            if row is None:
                raise ProtocolNotFoundError(protocol_id)
            for name, value in _protocol_values(protocol).items():
                setattr(row, name, value)
            row.updated_at = utcnow()
            session.exec(
                delete(ReviewProtocolPhase).where(
                    ReviewProtocolPhase.protocol_id == protocol_id  # type: ignore[arg-type]
                )
            )
            _write_phases(session, protocol_id, protocol)

    def get(self, protocol_id: int) -> ReviewProtocol:
        from sqlmodel import col, select

        from counsel_app.model.review_tables import ReviewProtocol as Row
        from counsel_app.model.review_tables import ReviewProtocolPhase
        from counsel_app.review.protocol import PhaseRecord, ReviewProtocol, RoleEntry

        with self.db.session() as session:
            row = session.get(Row, protocol_id)
            if row is None:
                raise ProtocolNotFoundError(protocol_id)
            phases = session.exec(
                select(ReviewProtocolPhase)
                .where(ReviewProtocolPhase.protocol_id == protocol_id)
                .order_by(col(ReviewProtocolPhase.position))
            ).all()
            roles = json.loads(row.roles)
            return ReviewProtocol(
                id=row.id,
                model_key=row.model_key,
                model_name=row.model_name,
                case_reference=row.case_reference,
                held_on=row.held_on,
                roles=tuple(RoleEntry(r["role"], r["label"], r.get("name")) for r in roles),
                phases=tuple(
                    PhaseRecord(p.key, p.title, p.planned_minutes, p.elapsed_seconds, p.note)
                    for p in phases
                ),
                key_question=row.key_question,
                outcome=row.outcome,
                current_phase=row.current_phase,
                finished=row.finished,
            )

    def list(self) -> list[ProtocolSummary]:
        from sqlmodel import col, select

        from counsel_app.model.review_tables import ReviewProtocol as Row

        with self.db.session() as session:
            rows = session.exec(
                select(Row).order_by(col(Row.held_on).desc(), col(Row.id).desc())
            ).all()
            return [
                ProtocolSummary(
                    id=row.id or 0,
                    case_reference=row.case_reference,
                    held_on=row.held_on.isoformat(),
                    model_name=row.model_name,
                )
                for row in rows
            ]

    def delete(self, protocol_id: int) -> None:
        from counsel_app.model.review_tables import ReviewProtocol as Row

        with self.db.session() as session:
            row = session.get(Row, protocol_id)
            if row is None:
                raise ProtocolNotFoundError(protocol_id)
            session.delete(row)


def _protocol_values(protocol: ReviewProtocol) -> dict[str, Any]:
    roles = [{"role": r.role, "label": r.label, "name": r.name} for r in protocol.roles]
    return {
        "model_key": protocol.model_key,
        "model_name": protocol.model_name,
        "case_reference": protocol.case_reference,
        "held_on": protocol.held_on,
        "roles": json.dumps(roles, ensure_ascii=False),
        "key_question": protocol.key_question,
        "outcome": protocol.outcome,
        "current_phase": protocol.current_phase,
        "finished": protocol.finished,
    }


def _write_phases(session: Session, protocol_id: int, protocol: ReviewProtocol) -> None:
    from counsel_app.model.review_tables import ReviewProtocolPhase

    for position, phase in enumerate(protocol.phases):
        session.add(
            ReviewProtocolPhase(
                protocol_id=protocol_id,
                position=position,
                key=phase.key,
                title=phase.title,
                planned_minutes=phase.planned_minutes,
                elapsed_seconds=phase.elapsed_seconds,
                note=phase.note,
            )
        )
