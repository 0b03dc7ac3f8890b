"""The start shows the case list from the glance; the store opens on a thread after the
window has painted, and the overview and workspace follow."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.ui.session import StoreSession, UiContext, open_session
from tests.ui.conftest import TODAY
from tests.ui.helpers import show_main_window

pytestmark = pytest.mark.gui


@pytest.fixture
def background(demo_ctx: AppContext) -> Iterator[StoreSession]:
    session = open_session(demo_ctx, in_background=True)
    yield session
    session.close()


def test_session_lists_cases_before_the_store_is_open(
    demo_ctx: AppContext, background: StoreSession
) -> None:
    rows = background.case_rows()
    assert background.setting("idle_minutes") is None
    assert background.key_source_label == "Schlüsselbund"
    assert not background.ready  # none of these needed the store
    reference = open_session(demo_ctx)
    try:
        assert rows == reference.case_rows()
    finally:
        reference.close()


def test_store_opens_on_a_thread_and_tells_when_ready(background: StoreSession) -> None:
    told: list[str] = []
    done = threading.Event()

    def ready() -> None:
        told.append(threading.current_thread().name)
        done.set()

    background.when_ready(ready)
    background.open_in_background()
    assert done.wait(30)
    assert told == ["store-open"]
    assert background.ready
    assert background.store.cases.list_summaries()
    background.when_ready(lambda: told.append("now"))  # once open: called at once
    assert told[-1] == "now"


def test_first_use_of_the_store_opens_it_if_nobody_started(background: StoreSession) -> None:
    assert background.store.cases.list_summaries()
    assert background.ready
    background.open_in_background()  # no second opening
    assert background.store is background.store


def test_a_failed_opening_is_a_german_message_on_use(background: StoreSession) -> None:
    database = background.paths.database
    database.write_bytes(b"\0" * 4096 + database.read_bytes()[4096:])  # first page destroyed
    background.open_in_background()
    with pytest.raises(UserError) as raised:
        _ = background.store
    assert "Schlüssel" in raised.value.message or "Datenbank" in raised.value.message
    assert background.ready


def test_window_shows_the_list_then_overview_and_workspace_after_opening(
    qtbot: QtBot, demo_ctx: AppContext, background: StoreSession
) -> None:
    ui_ctx = UiContext(app=demo_ctx, session=background, today=lambda: TODAY)
    window = show_main_window(qtbot, ui_ctx)  # painted: the store opens now
    assert window.model.rowCount() == len(background.case_rows())
    qtbot.waitUntil(lambda: background.ready, timeout=30_000)
    qtbot.waitUntil(lambda: window._workspace is not None, timeout=5_000)
    selected = window.selected_case_id()
    assert selected is not None
    case = background.case(selected)
    assert case.client.reference in window.ui.overviewBrowser.toPlainText()
    window.open_selected()
    assert window.workspace_open and window.workspace.case_id == selected
    window.close_workspace()
