"""Fixtures for the GUI tests: real SQLCipher stores in tmp_path, in-memory keyrings."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

import pytest

from counsel_app.context import AppContext
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import init_store, open_store
from counsel_app.ui.session import StoreSession, UiContext, open_session
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE, ContextMaker
from tests.support.keyrings import FailingKeyring
from tests.ui.helpers import show_main_window

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from counsel_app.ui.main_window import MainWindow

DRAFT_REFERENCE = "TR-ENTWURF-1"
# "Today" for the list tests: the demo cases' review dates lie in 2026/2027.
TODAY = date(2027, 3, 1)


@pytest.fixture
def keyring_ctx(make_ctx: ContextMaker) -> AppContext:
    """A context whose keyring works (in memory); no passphrase anywhere."""
    return make_ctx()


@pytest.fixture
def passphrase_ctx(make_ctx: ContextMaker) -> AppContext:
    """A context on a machine without keyring; the store is made with TEST_PASSPHRASE."""
    ctx = make_ctx(keyring=FailingKeyring())
    init_store(make_ctx(keyring=FailingKeyring(), passphrase=TEST_PASSPHRASE), kdf=FAST_KDF)
    return ctx


@pytest.fixture
def demo_ctx(keyring_ctx: AppContext) -> AppContext:
    """A keyring store holding the demo cases plus one draft plan."""
    init_store(keyring_ctx, kdf=FAST_KDF)
    with open_store(keyring_ctx) as store:
        load_demo_cases(store)
        first = store.cases.list_summaries()[0]
        draft = store.cases.get(first.id)
        draft.client = dataclasses.replace(
            draft.client, reference=DRAFT_REFERENCE, display_name="Erika Entwurf"
        )
        draft.plan = dataclasses.replace(draft.plan, agreed=None, version=1)
        store.cases.add(draft)
    return keyring_ctx


@pytest.fixture
def session_factory(demo_ctx: AppContext) -> Iterator[Callable[[], StoreSession]]:
    sessions: list[StoreSession] = []

    def make() -> StoreSession:
        session = open_session(demo_ctx)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def ui_ctx(demo_ctx: AppContext, session_factory: Callable[[], StoreSession]) -> UiContext:
    return UiContext(app=demo_ctx, session=session_factory(), today=lambda: TODAY)


@pytest.fixture
def window(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[MainWindow]:
    """The main window on the demo store; an open case is closed (and saved) afterwards."""
    win = show_main_window(qtbot, ui_ctx)
    yield win
    win.workspace.close_case()
