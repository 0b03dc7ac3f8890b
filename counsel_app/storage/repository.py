"""CaseRepository: domain `Case` <-> tables, with plan versions and an audit trail.

The current plan version of a case is the one with the highest version number. `save`
replaces the content of that version in one transaction (this is what autosave calls);
`revise` starts a new version (Fortschreibung) as a copy and marks the previous one
superseded, leaving its content untouched. Every change writes audit rows that name the
actor, time, entity and action, never any content.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from counsel_app import domain as d
from counsel_app import model as m
from counsel_app.storage.errors import (
    CaseNotFoundError,
    DuplicateReferenceError,
    StoreCorruptError,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    from counsel_app.storage.database import Database

GAS_COLUMNS: dict[int, str] = {
    -2: "gas_minus2",
    -1: "gas_minus1",
    0: "gas_zero",
    1: "gas_plus1",
    2: "gas_plus2",
}
_COUNSELLOR_PROFILE_ID = 1


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list (current plan version)."""

    id: int
    reference: str
    display_name: str | None
    profile: d.Profile | None
    pseudonymised: bool
    plan_version: int
    plan_status: m.PlanStatus
    agreed: date | None
    review_due: date | None
    next_step_due: date | None
    updated_at: datetime


@dataclass(frozen=True)
class PlanVersionInfo:
    version: int
    status: m.PlanStatus
    created: date
    agreed: date | None
    review_due: date | None
    previous_version: int | None
    created_at: datetime


@dataclass(frozen=True)
class AuditEventInfo:
    id: int
    at: datetime
    actor: str
    entity_type: str
    entity_id: int | None
    case_id: int | None
    action: str


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _parse_list(text: str) -> list[str]:
    value = json.loads(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("addresses must be a JSON list of strings")
    return value


def _status_for(plan: d.Plan) -> m.PlanStatus:
    return m.PlanStatus.AGREED if plan.agreed is not None else m.PlanStatus.DRAFT


def _client_values(client: d.Client) -> dict[str, Any]:
    return {
        "reference": client.reference,
        "display_name": client.display_name,
        "salutation": client.salutation,
        "pseudonymised": client.pseudonymised,
        "language": client.language,
        "reading_level": client.reading_level.value,
        "profile": client.profile.value if client.profile is not None else None,
    }


def _version_values(case: d.Case) -> dict[str, Any]:
    plan, counsellor = case.plan, case.counsellor
    return {
        "created": plan.created,
        "agreed": plan.agreed,
        "review_due": plan.review_due,
        "has_counsellor": counsellor is not None,
        "counsellor_name": counsellor.name if counsellor else None,
        "counsellor_office": counsellor.office if counsellor else None,
        "counsellor_phone": counsellor.phone if counsellor else None,
        "counsellor_email": counsellor.email if counsellor else None,
    }


def _goal_values(version_id: int, position: int, goal: d.Goal) -> dict[str, Any]:
    values: dict[str, Any] = {
        "plan_version_id": version_id,
        "position": position,
        "key": goal.id,
        "kind": goal.kind.value,
        "text": goal.text,
        "client_words": goal.client_words,
        "target_date": goal.target_date,
        "addresses": _json_list(goal.addresses),
        "has_gas": goal.gas is not None,
    }
    values.update(dict.fromkeys(GAS_COLUMNS.values()))
    for level, outcome in (goal.gas or {}).items():
        column = GAS_COLUMNS.get(level)
        if column is None:
            raise ValueError(f"GAS level {level!r} outside -2..2 in goal {goal.id!r}")
        values[column] = outcome
    return values


def _step_values(version_id: int, position: int, step: d.Step) -> dict[str, Any]:
    return {
        "plan_version_id": version_id,
        "position": position,
        "key": step.id,
        "goal_key": step.goal,
        "actor": step.actor.value,
        "text": step.text,
        "plain_text": step.plain_text,
        "due": step.due,
        "frequency": step.frequency,
        "success_criterion": step.success_criterion,
        "status": step.status.value,
        "addresses": _json_list(step.addresses),
    }


def _write_content(conn: Connection, version_id: int, case: d.Case) -> None:
    """Insert analysis, goals, steps, follow-ups and reviews of one version (bulk inserts)."""
    from sqlalchemy import insert

    pa = case.potential_analysis
    result = conn.execute(
        insert(m.PotentialAnalysis).values(
            plan_version_id=version_id, date=pa.date, client_view=pa.client_view
        )
    )
    analysis_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
    if pa.strengths:
        conn.execute(
            insert(m.Strength),
            [
                {"analysis_id": analysis_id, "position": i, "key": s.id, "text": s.text}
                for i, s in enumerate(pa.strengths)
            ],
        )
    if pa.obstacles:
        conn.execute(
            insert(m.Obstacle),
            [
                {
                    "analysis_id": analysis_id,
                    "position": i,
                    "key": o.id,
                    "category": o.category.value,
                    "text": o.text,
                    "deferred_reason": o.deferred_reason,
                }
                for i, o in enumerate(pa.obstacles)
            ],
        )
    plan = case.plan
    if plan.goals:
        conn.execute(
            insert(m.Goal), [_goal_values(version_id, i, g) for i, g in enumerate(plan.goals)]
        )
    if plan.steps:
        conn.execute(
            insert(m.Step), [_step_values(version_id, i, s) for i, s in enumerate(plan.steps)]
        )
    if plan.follow_ups:
        conn.execute(
            insert(m.FollowUp),
            [
                {
                    "plan_version_id": version_id,
                    "position": i,
                    "date": f.date,
                    "kind": f.kind.value,
                    "done": f.done,
                    "note": f.note,
                }
                for i, f in enumerate(plan.follow_ups)
            ],
        )
    ratings: list[dict[str, Any]] = []
    for i, review in enumerate(plan.reviews):
        result = conn.execute(
            insert(m.Review).values(
                plan_version_id=version_id, position=i, date=review.date, note=review.note
            )
        )
        review_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        ratings.extend(
            {"review_id": review_id, "position": j, "goal_key": goal_key, "level": level}
            for j, (goal_key, level) in enumerate(review.goal_ratings.items())
        )
    if ratings:
        conn.execute(insert(m.GoalRating), ratings)


def _delete_content(conn: Connection, version_id: int) -> None:
    """Remove the content rows of one version (strengths, obstacles, ratings by cascade)."""
    from sqlalchemy import delete
    from sqlmodel import col

    conn.execute(
        delete(m.PotentialAnalysis).where(col(m.PotentialAnalysis.plan_version_id) == version_id)
    )
    conn.execute(delete(m.Goal).where(col(m.Goal.plan_version_id) == version_id))
    conn.execute(delete(m.Step).where(col(m.Step.plan_version_id) == version_id))
    conn.execute(delete(m.FollowUp).where(col(m.FollowUp.plan_version_id) == version_id))
    conn.execute(delete(m.Review).where(col(m.Review.plan_version_id) == version_id))


class CaseRepository:
    """Cases in the store. `actor` is recorded in the audit trail for every change."""

    def __init__(self, db: Database, actor: str = "local") -> None:
        self.db = db
        self.actor = actor

    # -- audit -------------------------------------------------------------------------

    def _audit(
        self,
        conn: Connection,
        entity_type: m.EntityType,
        entity_id: int | None,
        action: m.AuditAction,
        case_id: int | None,
    ) -> None:
        from sqlalchemy import insert

        conn.execute(
            insert(m.AuditEvent).values(
                at=m.utcnow(),
                actor=self.actor,
                entity_type=entity_type.value,
                entity_id=entity_id,
                case_id=case_id,
                action=action.value,
            )
        )

    # -- lookups -----------------------------------------------------------------------

    @staticmethod
    def _version_row(session: Session, case_id: int, version: int | None) -> m.PlanVersion:
        """The plan version `version` of a case, or its current (highest) one."""
        from sqlmodel import col, select

        query = select(m.PlanVersion).where(col(m.PlanVersion.client_id) == case_id)
        if version is None:
            query = query.order_by(col(m.PlanVersion.version).desc()).limit(1)
        else:
            query = query.where(col(m.PlanVersion.version) == version)
        row = session.exec(query).first()
        if row is None:
            ref = str(case_id) if version is None else f"{case_id}, Version {version}"
            raise CaseNotFoundError(ref)
        return row

    @staticmethod
    def _check_reference_free(session: Session, reference: str, case_id: int | None) -> None:
        from sqlmodel import col, select

        query = select(m.Client.id).where(col(m.Client.reference) == reference)
        if case_id is not None:
            query = query.where(col(m.Client.id) != case_id)
        if session.exec(query).first() is not None:
            raise DuplicateReferenceError(reference)

    # -- write -------------------------------------------------------------------------

    def add(self, case: d.Case) -> int:
        """Store a new case (its plan as the first version); returns the new case id."""
        from sqlalchemy import insert

        with self.db.session() as session:
            self._check_reference_free(session, case.client.reference, None)
            conn = session.connection()
            now = m.utcnow()
            result = conn.execute(
                insert(m.Client).values(
                    **_client_values(case.client), created_at=now, updated_at=now
                )
            )
            case_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
            result = conn.execute(
                insert(m.PlanVersion).values(
                    client_id=case_id,
                    version=case.plan.version,
                    previous_version_id=None,
                    status=_status_for(case.plan).value,
                    created_at=now,
                    **_version_values(case),
                )
            )
            version_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
            _write_content(conn, version_id, case)
            self._audit(conn, m.EntityType.CLIENT, case_id, m.AuditAction.CREATE, case_id)
            self._audit(conn, m.EntityType.PLAN_VERSION, version_id, m.AuditAction.CREATE, case_id)
        return case_id

    def save(self, case_id: int, case: d.Case) -> None:
        """Replace client data and the content of the current plan version (one transaction).

        The version number is the repository's: `case.plan.version` is not written.
        """
        from sqlalchemy import update
        from sqlmodel import col

        with self.db.session() as session:
            self._check_reference_free(session, case.client.reference, case_id)
            row = self._version_row(session, case_id, None)
            version_id = row.id
            assert version_id is not None
            conn = session.connection()
            conn.execute(
                update(m.Client)
                .where(col(m.Client.id) == case_id)
                .values(**_client_values(case.client), updated_at=m.utcnow())
            )
            conn.execute(
                update(m.PlanVersion)
                .where(col(m.PlanVersion.id) == version_id)
                .values(status=_status_for(case.plan).value, **_version_values(case))
            )
            _delete_content(conn, version_id)
            _write_content(conn, version_id, case)
            self._audit(conn, m.EntityType.PLAN_VERSION, version_id, m.AuditAction.UPDATE, case_id)

    def delete(self, case_id: int) -> None:
        """Remove a case with every plan version and all content (cascade)."""
        from sqlalchemy import delete
        from sqlmodel import col

        with self.db.session() as session:
            conn = session.connection()
            result = conn.execute(delete(m.Client).where(col(m.Client.id) == case_id))
            if result.rowcount == 0:
                raise CaseNotFoundError(str(case_id))
            self._audit(conn, m.EntityType.CLIENT, case_id, m.AuditAction.DELETE, case_id)

    def revise(self, case_id: int, created: date) -> int:
        """Fortschreibung: a new draft version copied from the current one; returns its number.

        The copy gets `created`, no `agreed` date and status draft; everything else
        (analysis, goals, steps, follow-ups, reviews, review_due, counsellor) is copied. The
        previous version is marked superseded and its content is not touched.
        """
        from sqlalchemy import insert, update
        from sqlmodel import col

        with self.db.session() as session:
            old = self._version_row(session, case_id, None)
            assert old.id is not None
            client = session.get(m.Client, case_id)
            if client is None:
                raise CaseNotFoundError(str(case_id))
            case = self._read_case(session, client, old)
            case.plan.created = created
            case.plan.agreed = None
            conn = session.connection()
            new_number = old.version + 1
            conn.execute(
                update(m.PlanVersion)
                .where(col(m.PlanVersion.id) == old.id)
                .values(status=m.PlanStatus.SUPERSEDED.value)
            )
            result = conn.execute(
                insert(m.PlanVersion).values(
                    client_id=case_id,
                    version=new_number,
                    previous_version_id=old.id,
                    status=m.PlanStatus.DRAFT.value,
                    created_at=m.utcnow(),
                    **_version_values(case),
                )
            )
            new_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
            _write_content(conn, new_id, case)
            self._audit(conn, m.EntityType.PLAN_VERSION, old.id, m.AuditAction.UPDATE, case_id)
            self._audit(conn, m.EntityType.PLAN_VERSION, new_id, m.AuditAction.REVISE, case_id)
        return new_number

    # -- read --------------------------------------------------------------------------

    def get(self, case_id: int) -> d.Case:
        """The case with its current plan version."""
        return self.get_version(case_id, None)

    def get_version(self, case_id: int, version: int | None) -> d.Case:
        """The case with plan version `version` (None: the current one)."""
        with self.db.session() as session:
            client = session.get(m.Client, case_id)
            if client is None:
                raise CaseNotFoundError(str(case_id))
            row = self._version_row(session, case_id, version)
            return self._read_case(session, client, row)

    def _read_case(self, session: Session, client: m.Client, row: m.PlanVersion) -> d.Case:
        from sqlmodel import col, select

        vid = row.id
        analysis = session.exec(
            select(m.PotentialAnalysis).where(col(m.PotentialAnalysis.plan_version_id) == vid)
        ).first()
        if analysis is None:
            raise StoreCorruptError(self.db.path, "Potenzialanalyse fehlt")
        strengths = session.exec(
            select(m.Strength)
            .where(col(m.Strength.analysis_id) == analysis.id)
            .order_by(col(m.Strength.position))
        ).all()
        obstacles = session.exec(
            select(m.Obstacle)
            .where(col(m.Obstacle.analysis_id) == analysis.id)
            .order_by(col(m.Obstacle.position))
        ).all()
        goals = session.exec(
            select(m.Goal).where(col(m.Goal.plan_version_id) == vid).order_by(col(m.Goal.position))
        ).all()
        steps = session.exec(
            select(m.Step).where(col(m.Step.plan_version_id) == vid).order_by(col(m.Step.position))
        ).all()
        follow_ups = session.exec(
            select(m.FollowUp)
            .where(col(m.FollowUp.plan_version_id) == vid)
            .order_by(col(m.FollowUp.position))
        ).all()
        reviews = session.exec(
            select(m.Review)
            .where(col(m.Review.plan_version_id) == vid)
            .order_by(col(m.Review.position))
        ).all()
        ratings: dict[int, dict[str, int]] = {r.id: {} for r in reviews if r.id is not None}
        if ratings:
            for rating in session.exec(
                select(m.GoalRating)
                .where(col(m.GoalRating.review_id).in_(list(ratings)))
                .order_by(col(m.GoalRating.review_id), col(m.GoalRating.position))
            ).all():
                ratings[rating.review_id][rating.goal_key] = rating.level
        return d.Case(
            client=d.Client(
                reference=client.reference,
                display_name=client.display_name,
                salutation=client.salutation,
                pseudonymised=client.pseudonymised,
                language=client.language,
                reading_level=d.ReadingLevel(client.reading_level),
                profile=d.Profile(client.profile) if client.profile is not None else None,
            ),
            potential_analysis=d.PotentialAnalysis(
                date=analysis.date,
                strengths=[d.Strength(id=s.key, text=s.text) for s in strengths],
                obstacles=[
                    d.Obstacle(
                        id=o.key,
                        category=d.ObstacleCategory(o.category),
                        text=o.text,
                        deferred_reason=o.deferred_reason,
                    )
                    for o in obstacles
                ],
                client_view=analysis.client_view,
            ),
            plan=d.Plan(
                created=row.created,
                version=row.version,
                agreed=row.agreed,
                review_due=row.review_due,
                goals=[_goal_from_row(g) for g in goals],
                steps=[_step_from_row(s) for s in steps],
                follow_ups=[
                    d.FollowUp(date=f.date, kind=d.FollowUpKind(f.kind), done=f.done, note=f.note)
                    for f in follow_ups
                ],
                reviews=[
                    d.Review(
                        date=r.date,
                        goal_ratings=ratings.get(r.id, {}) if r.id is not None else {},
                        note=r.note,
                    )
                    for r in reviews
                ],
            ),
            counsellor=(
                d.Counsellor(
                    name=row.counsellor_name,
                    office=row.counsellor_office,
                    phone=row.counsellor_phone,
                    email=row.counsellor_email,
                )
                if row.has_counsellor
                else None
            ),
        )

    def resolve(self, text: str) -> int:
        """A case id from what a user typed: an id in digits, else an exact client reference."""
        from sqlmodel import col, select

        wanted = text.strip()
        with self.db.session() as session:
            if wanted.isascii() and wanted.isdigit():
                found = session.exec(
                    select(m.Client.id).where(col(m.Client.id) == int(wanted))
                ).first()
                if found is not None:
                    return found
            if wanted:
                found = session.exec(
                    select(m.Client.id).where(col(m.Client.reference) == wanted)
                ).first()
                if found is not None:
                    return found
        raise CaseNotFoundError(text)

    def list_summaries(self) -> list[CaseSummary]:
        """Every case with its current plan version, ordered by reference."""
        from sqlalchemy import and_, func, select
        from sqlmodel import col

        pv, st, cl = m.PlanVersion, m.Step, m.Client
        current = (
            select(col(pv.client_id), func.max(col(pv.version)).label("version"))
            .group_by(col(pv.client_id))
            .subquery()
        )
        next_due = (
            select(col(st.plan_version_id), func.min(col(st.due)).label("next_due"))
            .where(col(st.status) == d.StepStatus.OPEN.value, col(st.due).is_not(None))
            .group_by(col(st.plan_version_id))
            .subquery()
        )
        query = (
            select(
                col(cl.id),
                col(cl.reference),
                col(cl.display_name),
                col(cl.profile),
                col(cl.pseudonymised),
                col(cl.updated_at),
                col(pv.version),
                col(pv.status),
                col(pv.agreed),
                col(pv.review_due),
                next_due.c.next_due,
            )
            .join(current, current.c.client_id == col(cl.id))
            .join(
                pv,
                and_(col(pv.client_id) == col(cl.id), col(pv.version) == current.c.version),
            )
            .outerjoin(next_due, next_due.c.plan_version_id == col(pv.id))
            .order_by(col(cl.reference), col(cl.id))
        )
        with self.db.session() as session:
            rows = session.connection().execute(query).all()
        return [
            CaseSummary(
                id=r.id,
                reference=r.reference,
                display_name=r.display_name,
                profile=d.Profile(r.profile) if r.profile is not None else None,
                pseudonymised=r.pseudonymised,
                plan_version=r.version,
                plan_status=m.PlanStatus(r.status),
                agreed=r.agreed,
                review_due=r.review_due,
                next_step_due=r.next_due,
                updated_at=r.updated_at,
            )
            for r in rows
        ]

    def versions(self, case_id: int) -> list[PlanVersionInfo]:
        """All plan versions of a case, oldest first."""
        from sqlmodel import col, select

        with self.db.session() as session:
            if session.get(m.Client, case_id) is None:
                raise CaseNotFoundError(str(case_id))
            rows = session.exec(
                select(m.PlanVersion)
                .where(col(m.PlanVersion.client_id) == case_id)
                .order_by(col(m.PlanVersion.version))
            ).all()
            numbers = {r.id: r.version for r in rows}
            return [
                PlanVersionInfo(
                    version=r.version,
                    status=m.PlanStatus(r.status),
                    created=r.created,
                    agreed=r.agreed,
                    review_due=r.review_due,
                    previous_version=numbers.get(r.previous_version_id),
                    created_at=r.created_at,
                )
                for r in rows
            ]

    def audit_events(self, case_id: int | None = None) -> list[AuditEventInfo]:
        """Audit rows in the order written, all or those of one case."""
        from sqlmodel import col, select

        query = select(m.AuditEvent).order_by(col(m.AuditEvent.id))
        if case_id is not None:
            query = query.where(col(m.AuditEvent.case_id) == case_id)
        with self.db.session() as session:
            return [
                AuditEventInfo(
                    id=e.id or 0,
                    at=e.at,
                    actor=e.actor,
                    entity_type=e.entity_type,
                    entity_id=e.entity_id,
                    case_id=e.case_id,
                    action=e.action,
                )
                for e in session.exec(query).all()
            ]

    # -- the local user ----------------------------------------------------------------

    def get_counsellor_profile(self) -> d.Counsellor:
        """The local user's contact data (empty fields if never set)."""
        with self.db.session() as session:
            row = session.get(m.CounsellorProfile, _COUNSELLOR_PROFILE_ID)
            if row is None:
                return d.Counsellor()
            return d.Counsellor(name=row.name, office=row.office, phone=row.phone, email=row.email)

    def set_counsellor_profile(self, counsellor: d.Counsellor) -> None:
        with self.db.session() as session:
            row = session.get(m.CounsellorProfile, _COUNSELLOR_PROFILE_ID)
            action = m.AuditAction.UPDATE
            if row is None:
                row = m.CounsellorProfile(id=_COUNSELLOR_PROFILE_ID)
                action = m.AuditAction.CREATE
            row.name = counsellor.name
            row.office = counsellor.office
            row.phone = counsellor.phone
            row.email = counsellor.email
            session.add(row)
            session.flush()
            self._audit(
                session.connection(),
                m.EntityType.COUNSELLOR_PROFILE,
                _COUNSELLOR_PROFILE_ID,
                action,
                None,
            )


def _goal_from_row(row: m.Goal) -> d.Goal:
    gas: dict[int, str] | None = None
    if row.has_gas:
        gas = {}
        for level, column in GAS_COLUMNS.items():
            outcome = getattr(row, column)
            if outcome is not None:
                gas[level] = outcome
    return d.Goal(
        id=row.key,
        kind=d.GoalKind(row.kind),
        text=row.text,
        client_words=row.client_words,
        target_date=row.target_date,
        addresses=_parse_list(row.addresses),
        gas=gas,
    )


def _step_from_row(row: m.Step) -> d.Step:
    return d.Step(
        id=row.key,
        goal=row.goal_key,
        actor=d.Actor(row.actor),
        text=row.text,
        plain_text=row.plain_text,
        due=row.due,
        frequency=row.frequency,
        success_criterion=row.success_criterion,
        status=d.StepStatus(row.status),
        addresses=_parse_list(row.addresses),
    )
