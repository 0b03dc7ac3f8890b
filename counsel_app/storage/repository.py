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
from counsel_app.model.tables import StepResult as StepResultRow
from counsel_app.storage.errors import (
    CaseNotFoundError,
    DuplicateReferenceError,
    StorageError,
    StoreCorruptError,
)
from counsel_app.storage.summaries import CaseSummary, read_case_summaries

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
_STORE_ID_SETTING = "store_id"
_IN_CHUNK = 500  # ids per "IN (...)" when loading many cases at once


class InvalidReviewError(StorageError):
    """A review names a goal or step the plan does not have, or an impossible value."""


@dataclass(frozen=True)
class PlanVersionInfo:
    version: int
    status: m.PlanStatus
    created: date
    agreed: date | None
    review_due: date | None
    previous_version: int | None
    created_at: datetime
    change_note: str | None = None
    # JSON list written by the service that made the version (see followup.compare)
    change_record: str | None = None


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
        "change_note": plan.change_note,
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
    _write_reviews(conn, version_id, plan.reviews, 0)


def _write_reviews(
    conn: Connection, version_id: int, reviews: Sequence[d.Review], first_position: int
) -> None:
    """Insert reviews with their GAS ratings and step results, from `first_position` on."""
    from sqlalchemy import insert

    ratings: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for i, review in enumerate(reviews, start=first_position):
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
        results.extend(
            {
                "review_id": review_id,
                "position": j,
                "step_key": step_key,
                "status": outcome.status.value,
                "reason": outcome.reason,
            }
            for j, (step_key, outcome) in enumerate(review.step_results.items())
        )
    if ratings:
        conn.execute(insert(m.GoalRating), ratings)
    if results:
        conn.execute(insert(StepResultRow), results)


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
        with self.db.session() as session:
            old = self._version_row(session, case_id, None)
            client = session.get(m.Client, case_id)
            if client is None:
                raise CaseNotFoundError(str(case_id))
            case = self._read_case(session, client, old)
            case.plan.created = created
            case.plan.agreed = None
            case.plan.change_note = None
            new_number = self._insert_next_version(session, case_id, old, case, None)
        return new_number

    def add_version(
        self,
        case_id: int,
        case: d.Case,
        *,
        change_record: str | None = None,
        review: d.Review | None = None,
    ) -> int:
        """Fortschreibung with new content: store `case` as the next plan version.

        The client data of `case` is not written (only the plan, analysis and counsellor);
        `case.plan.change_note` and `change_record` (opaque JSON text) describe what changed.
        `review`, if given, is first recorded on the current version (as `record_review`),
        in the same transaction. The previous version is then marked superseded; its content
        is not touched again. Returns the new version number.
        """
        with self.db.session() as session:
            old = self._version_row(session, case_id, None)
            if review is not None:
                self._record_review(session, case_id, old, review)
            return self._insert_next_version(session, case_id, old, case, change_record)

    def _insert_next_version(
        self,
        session: Session,
        case_id: int,
        old: m.PlanVersion,
        case: d.Case,
        change_record: str | None,
    ) -> int:
        from sqlalchemy import insert, update
        from sqlmodel import col

        assert old.id is not None
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
                status=_status_for(case.plan).value,
                created_at=m.utcnow(),
                change_record=change_record,
                **_version_values(case),
            )
        )
        new_id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else 0
        _write_content(conn, new_id, case)
        self._audit(conn, m.EntityType.PLAN_VERSION, old.id, m.AuditAction.UPDATE, case_id)
        self._audit(conn, m.EntityType.PLAN_VERSION, new_id, m.AuditAction.REVISE, case_id)
        return new_number

    def record_review(self, case_id: int, review: d.Review) -> None:
        """Add a review to the current plan version and set its steps' status from it.

        Every rated goal and every step with a result must exist in the current version;
        levels are −2..+2 and a step result is not "open". One transaction.
        """
        with self.db.session() as session:
            row = self._version_row(session, case_id, None)
            self._record_review(session, case_id, row, review)

    def _record_review(
        self, session: Session, case_id: int, row: m.PlanVersion, review: d.Review
    ) -> None:
        from sqlalchemy import update
        from sqlmodel import col, func, select

        vid = row.id
        assert vid is not None
        goal_keys = set(
            session.exec(select(m.Goal.key).where(col(m.Goal.plan_version_id) == vid)).all()
        )
        step_keys = set(
            session.exec(select(m.Step.key).where(col(m.Step.plan_version_id) == vid)).all()
        )
        _check_review(review, goal_keys, step_keys)
        count = session.exec(
            select(func.count()).select_from(m.Review).where(col(m.Review.plan_version_id) == vid)
        ).one()
        conn = session.connection()
        _write_reviews(conn, vid, [review], int(count))
        for step_key, outcome in review.step_results.items():
            conn.execute(
                update(m.Step)
                .where(col(m.Step.plan_version_id) == vid, col(m.Step.key) == step_key)
                .values(status=outcome.status.value)
            )
        self._audit(conn, m.EntityType.PLAN_VERSION, vid, m.AuditAction.UPDATE, case_id)

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

    def current_cases(self) -> list[tuple[int, d.Case]]:
        """Every case with its current plan version, ordered by reference.

        Loads in a fixed number of queries per table (ids in chunks), not one round per
        case: this is what the due list and other caseload views use.
        """
        from sqlalchemy import and_, func, select
        from sqlmodel import col

        pv, cl = m.PlanVersion, m.Client
        current = (
            select(col(pv.client_id), func.max(col(pv.version)).label("version"))
            .group_by(col(pv.client_id))
            .subquery()
        )
        query = (
            select(cl, pv)
            .join(current, current.c.client_id == col(cl.id))
            .join(pv, and_(col(pv.client_id) == col(cl.id), col(pv.version) == current.c.version))
            .order_by(col(cl.reference), col(cl.id))
        )
        with self.db.session() as session:
            pairs = [(client, row) for client, row in session.execute(query).all()]
            cases = self._read_cases(session, pairs)
        return [(client.id or 0, case) for (client, _), case in zip(pairs, cases, strict=True)]

    def _read_case(self, session: Session, client: m.Client, row: m.PlanVersion) -> d.Case:
        return self._read_cases(session, [(client, row)])[0]

    def _read_cases(
        self, session: Session, pairs: Sequence[tuple[m.Client, m.PlanVersion]]
    ) -> list[d.Case]:
        """The cases of (client, plan version) rows, each table read once per id chunk."""
        version_ids = [row.id for _, row in pairs if row.id is not None]
        analyses = {
            a.plan_version_id: a
            for a in _rows_in(session, m.PotentialAnalysis, "plan_version_id", version_ids)
        }
        analysis_ids = [a.id for a in analyses.values() if a.id is not None]
        strengths = _grouped(_rows_in(session, m.Strength, "analysis_id", analysis_ids))
        obstacles = _grouped(_rows_in(session, m.Obstacle, "analysis_id", analysis_ids))
        goals = _grouped(_rows_in(session, m.Goal, "plan_version_id", version_ids))
        steps = _grouped(_rows_in(session, m.Step, "plan_version_id", version_ids))
        follow_ups = _grouped(_rows_in(session, m.FollowUp, "plan_version_id", version_ids))
        review_rows = _rows_in(session, m.Review, "plan_version_id", version_ids)
        reviews = _grouped(review_rows)
        review_ids = [r.id for r in review_rows if r.id is not None]
        ratings = _grouped(_rows_in(session, m.GoalRating, "review_id", review_ids))
        results = _grouped(_rows_in(session, StepResultRow, "review_id", review_ids))
        cases = []
        for client, row in pairs:
            vid = row.id or 0
            analysis = analyses.get(vid)
            if analysis is None:
                raise StoreCorruptError(self.db.path, "Potenzialanalyse fehlt")
            aid = analysis.id or 0
            cases.append(
                _case_from_rows(
                    client,
                    row,
                    d.PotentialAnalysis(
                        date=analysis.date,
                        strengths=[
                            d.Strength(id=s.key, text=s.text) for s in strengths.get(aid, [])
                        ],
                        obstacles=[_obstacle_from_row(o) for o in obstacles.get(aid, [])],
                        client_view=analysis.client_view,
                    ),
                    d.Plan(
                        created=row.created,
                        version=row.version,
                        agreed=row.agreed,
                        review_due=row.review_due,
                        goals=[_goal_from_row(g) for g in goals.get(vid, [])],
                        steps=[_step_from_row(s) for s in steps.get(vid, [])],
                        follow_ups=[
                            d.FollowUp(
                                date=f.date, kind=d.FollowUpKind(f.kind), done=f.done, note=f.note
                            )
                            for f in follow_ups.get(vid, [])
                        ],
                        reviews=[
                            _review_from_rows(
                                r, ratings.get(r.id or 0, []), results.get(r.id or 0, [])
                            )
                            for r in reviews.get(vid, [])
                        ],
                        change_note=row.change_note,
                    ),
                )
            )
        return cases

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
        with self.db.session() as session:
            return read_case_summaries(_dbapi(session))

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
                    change_note=r.change_note,
                    change_record=r.change_record,
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

    def store_id(self) -> str:
        """A random id of this store, made on first use (for stable calendar UIDs)."""
        import uuid

        with self.db.session() as session:
            row = session.get(m.AppSetting, _STORE_ID_SETTING)
            if row is None:
                row = m.AppSetting(key=_STORE_ID_SETTING, value=uuid.uuid4().hex)
                session.add(row)
            return row.value

    # -- the local user ----------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        """A value of the store's own settings (`app_setting`); None if not set."""
        with self.db.session() as session:
            row = session.get(m.AppSetting, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str | None) -> None:
        """Set or (with None) remove one of the store's settings."""
        with self.db.session() as session:
            row = session.get(m.AppSetting, key)
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(m.AppSetting(key=key, value=value))
            else:
                row.value = value
                session.add(row)

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


def _check_review(review: d.Review, goal_keys: set[str], step_keys: set[str]) -> None:
    for goal_key, level in review.goal_ratings.items():
        if goal_key not in goal_keys:
            raise InvalidReviewError(
                f"Die Überprüfung bewertet ein Ziel „{goal_key}“, das der Plan nicht hat."
            )
        if isinstance(level, bool) or level not in d.GAS_LEVELS:
            raise InvalidReviewError(
                f"GAS-Stufe für Ziel {goal_key} muss zwischen −2 und +2 liegen."
            )
    for step_key, outcome in review.step_results.items():
        if step_key not in step_keys:
            raise InvalidReviewError(
                f"Die Überprüfung nennt einen Schritt „{step_key}“, den der Plan nicht hat."
            )
        if outcome.status is d.StepStatus.OPEN:
            raise InvalidReviewError(
                f"Für Schritt {step_key} bitte erledigt, teilweise, nicht erledigt "
                "oder entfallen angeben."
            )


def _rows_in(session: Session, table: type[m.Base], column: str, ids: Sequence[int]) -> list[Any]:
    """Rows of `table` whose `column` is in `ids`, ordered by that column and `position`.

    Plain result rows (attribute access by column name), not ORM objects: building ORM
    objects dominated the time of loading many cases at once.
    """
    from sqlalchemy import Table, select

    sa_table = getattr(table, "__table__")  # noqa: B009 - SQLModel does not type __table__
    assert isinstance(sa_table, Table)
    key = sa_table.c[column]
    order = [key] + [sa_table.c[name] for name in ("position",) if name in sa_table.c]
    conn = session.connection()
    rows: list[Any] = []
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        rows.extend(conn.execute(select(sa_table).where(key.in_(chunk)).order_by(*order)).all())
    return rows


def _grouped(rows: Sequence[Any]) -> dict[int, list[Any]]:
    """Rows grouped by their parent id (the first of plan_version_id, analysis_id, review_id)."""
    groups: dict[int, list[Any]] = {}
    for row in rows:
        parent = next(
            getattr(row, name)
            for name in ("plan_version_id", "analysis_id", "review_id")
            if hasattr(row, name)
        )
        groups.setdefault(parent, []).append(row)
    return groups


def _case_from_rows(
    client: m.Client, row: m.PlanVersion, analysis: d.PotentialAnalysis, plan: d.Plan
) -> d.Case:
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
        potential_analysis=analysis,
        plan=plan,
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


def _obstacle_from_row(row: m.Obstacle) -> d.Obstacle:
    return d.Obstacle(
        id=row.key,
        category=d.ObstacleCategory(row.category),
        text=row.text,
        deferred_reason=row.deferred_reason,
    )


def _review_from_rows(
    row: m.Review, ratings: Sequence[m.GoalRating], results: Sequence[StepResultRow]
) -> d.Review:
    return d.Review(
        date=row.date,
        goal_ratings={r.goal_key: r.level for r in ratings},
        note=row.note,
        step_results={
            r.step_key: d.StepResult(status=d.StepStatus(r.status), reason=r.reason)
            for r in results
        },
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


def _dbapi(session: Session) -> Any:
    """The raw SQLCipher connection under the session's transaction (for plain SQL)."""
    return session.connection().connection.dbapi_connection
