"""Deleting cases for good and the retention period, on a real encrypted store."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.model import base as model_base
from counsel_app.services import retention
from counsel_app.services.store import Store, init_store, open_store
from counsel_app.storage.repository import CaseNotFoundError
from tests.support.fixtures import ContextMaker
from tests.support.strategies import large_case

CONTENT_TABLES_SKIPPED = {"audit_event", "app_setting", "alembic_version"}


def _row_counts(store: Store) -> dict[str, int]:
    counts = {}
    with store.db.engine.connect() as conn:
        for table in model_base.Base.metadata.sorted_tables:
            if table.name not in CONTENT_TABLES_SKIPPED:
                counts[table.name] = conn.execute(
                    text(f'SELECT count(*) FROM "{table.name}"')
                ).scalar_one()
    return counts


def _set_last_change(store: Store, case_id: int, when: date) -> None:
    with store.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE client SET updated_at = :at WHERE id = :id"),
            {"at": datetime(when.year, when.month, when.day, 12, tzinfo=UTC), "id": case_id},
        )


@pytest.fixture
def ctx(make_ctx: ContextMaker) -> AppContext:
    context: AppContext = make_ctx()
    init_store(context)
    return context


def test_delete_removes_every_row_of_the_case_and_nothing_else(
    ctx: AppContext, make_ctx: ContextMaker, tmp_path
) -> None:
    with open_store(ctx) as store:
        gone = store.cases.add(large_case(reference="K-1"))
        store.cases.revise(gone, date(2026, 12, 1))
        kept = store.cases.add(large_case(reference="K-2"))
        assert retention.delete_cases(store, [gone]) == 1
        after = _row_counts(store)
        with pytest.raises(CaseNotFoundError):
            store.cases.get(gone)
        assert store.cases.get(kept).client.reference == "K-2"
        events = store.cases.audit_events(gone)
        assert events[-1].action == "delete"
    assert not (ctx.paths.root / "store.db-wal").exists() or (
        (ctx.paths.root / "store.db-wal").stat().st_size == 0
    )

    only_kept: AppContext = make_ctx(tmp_path / "other")
    init_store(only_kept)
    with open_store(only_kept) as store:
        store.cases.add(large_case(reference="K-2"))
        assert _row_counts(store) == after


def test_retention_lists_only_cases_older_than_the_period(ctx: AppContext) -> None:
    with open_store(ctx) as store:
        old = store.cases.add(large_case(reference="ALT"))
        edge = store.cases.add(large_case(reference="GRENZE"))
        store.cases.add(large_case(reference="NEU"))
        _set_last_change(store, old, date(2023, 1, 31))
        _set_last_change(store, edge, date(2023, 11, 21))
        summaries = store.cases.list_summaries()
        assert retention.due_for_deletion(summaries, None, date(2026, 11, 21)) == []
        due = retention.due_for_deletion(summaries, 36, date(2026, 11, 21))
    assert [(d.reference, d.last_change, d.due_since) for d in due] == [
        ("ALT", date(2023, 1, 31), date(2026, 1, 31))
    ]


def test_the_period_is_a_validated_setting_of_the_store(ctx: AppContext) -> None:
    with open_store(ctx) as store:
        assert retention.retention_months(store) is None
        retention.set_retention_months(store, 24)
    with open_store(ctx) as store:
        assert retention.retention_months(store) == 24
        for bad in (0, 241, -3):
            with pytest.raises(UserError, match="Aufbewahrungsfrist"):
                retention.set_retention_months(store, bad)
        assert retention.retention_months(store) == 24
        store.cases.set_setting(retention.RETENTION_SETTING, "viele")
        assert retention.retention_months(store) is None  # damaged: nothing becomes due
        retention.set_retention_months(store, None)
        assert store.cases.get_setting(retention.RETENTION_SETTING) is None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
        (date(2024, 2, 29), 12, date(2023, 2, 28)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert retention.months_before(day, months) == expected
    assert retention.months_after(expected, months) <= day
