"""The glance: the case list and settings read before SQLAlchemy, for a fast first window."""

from __future__ import annotations

import textwrap

import pytest

from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import glance_store, init_store, open_store, unlock_store
from counsel_app.storage.engine import connect_raw
from counsel_app.storage.errors import WrongKeyError
from counsel_app.storage.keys import UnlockedKey
from tests.support.fixtures import FAST_KDF, ContextMaker
from tests.support.processes import run_fresh_python

REVISED = "revised"


@pytest.fixture
def demo_store(make_ctx: ContextMaker) -> ContextMaker:
    """The demo cases; the first one got a new plan version; one setting is set."""
    ctx = make_ctx()
    init_store(ctx, kdf=FAST_KDF)
    with open_store(ctx) as store:
        load_demo_cases(store)
        first = store.cases.list_summaries()[0]
        store.cases.revise(first.id, first.agreed or first.updated_at.date())
        store.cases.set_setting("idle_minutes", "7")
        store.cases.set_setting(REVISED, f"{first.id} {first.plan_version + 1}")
    return make_ctx


def test_glance_reads_what_the_repository_reads(demo_store: ContextMaker) -> None:
    ctx = demo_store()
    glance = glance_store(ctx, unlock_store(ctx))
    assert glance is not None
    with open_store(ctx) as store:
        summaries = store.cases.list_summaries()
        assert glance.summaries == summaries
        assert glance.settings["idle_minutes"] == store.cases.get_setting("idle_minutes") == "7"
    assert len(summaries) >= 14
    case_id, version = glance.settings[REVISED].split()
    revised = next(s for s in glance.summaries if s.id == int(case_id))
    assert revised.plan_version == int(version)  # the current version is listed
    assert any(s.next_step_due for s in summaries) and any(s.review_due for s in summaries)


def test_glance_writes_nothing(demo_store: ContextMaker) -> None:
    ctx = demo_store()
    unlocked = unlock_store(ctx)
    before = ctx.paths.database.read_bytes()
    assert glance_store(ctx, unlocked) is not None
    assert ctx.paths.database.read_bytes() == before


def test_store_of_an_older_schema_gets_no_glance(demo_store: ContextMaker) -> None:
    """It has to be migrated first (after a backup), which only `open_store` does."""
    ctx = demo_store()
    unlocked = unlock_store(ctx)
    conn = connect_raw(ctx.paths.database, unlocked.key)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
    finally:
        conn.close()
    assert glance_store(ctx, unlocked) is None


def test_glance_with_a_wrong_key_fails_closed(demo_store: ContextMaker) -> None:
    ctx = demo_store()
    unlocked = unlock_store(ctx)
    wrong = UnlockedKey(bytes(32), unlocked.source, unlocked.store_id)
    with pytest.raises(WrongKeyError):
        glance_store(ctx, wrong)


def test_glance_does_not_import_sqlalchemy(demo_store: ContextMaker) -> None:
    """In a fresh process: the point of the glance is to list cases without SQLAlchemy."""
    ctx = demo_store()
    key = unlock_store(ctx).key.hex()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from counsel_app.context import AppContext
        from counsel_app.paths import DataPaths
        from counsel_app.services.store import glance_store
        from counsel_app.storage.keyfile import KeySource
        from counsel_app.storage.keys import UnlockedKey

        ctx = AppContext(paths=DataPaths(Path({str(ctx.paths.root)!r})), environ={{}})
        unlocked = UnlockedKey(bytes.fromhex({key!r}), KeySource.KEYRING, "test")
        glance = glance_store(ctx, unlocked)
        heavy = [m for m in ("sqlalchemy", "sqlmodel", "pydantic") if m in sys.modules]
        print(len(glance.summaries), heavy)
        """
    )
    stdout = run_fresh_python(script)
    count, heavy = stdout.split(maxsplit=1)
    assert int(count) >= 14
    assert heavy.strip() == "[]"
