"""The due page reads its list on a pool thread: the GUI thread stays free, the newest wins."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from counsel_app.errors import UserError
from counsel_app.followup.due import DueList, german_date
from counsel_app.services.followup import due_list
from counsel_app.ui.followup.due_page import LOADING_TEXT, DuePage
from counsel_app.ui.session import UiContext
from tests.ui.followup.conftest import DUE_DAY

pytestmark = pytest.mark.gui

LOAD_TIMEOUT = 30000
BLOCK_SECONDS = 20  # a load that is never released fails instead of hanging the suite

Load = Callable[[], DueList]


@pytest.fixture
def make_page(qtbot: QtBot, due_ctx: UiContext) -> Iterator[Callable[[Load], DuePage]]:
    """Builds a DuePage over `load`; its jobs end before the store closes."""
    pages: list[DuePage] = []

    def make(load: Load) -> DuePage:
        page = DuePage(load)
        qtbot.addWidget(page)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.tasks.wait()


def test_the_list_is_read_off_the_gui_thread_while_the_page_says_so(
    qtbot: QtBot, due_ctx: UiContext, make_page: Callable[[Load], DuePage]
) -> None:
    store = due_ctx.session.store
    threads: list[threading.Thread] = []
    qthreads: list[QThread] = []
    release = threading.Event()

    def load() -> DueList:
        threads.append(threading.current_thread())
        qthreads.append(QThread.currentThread())
        if not release.wait(BLOCK_SECONDS):
            raise TimeoutError("the test did not release the load")
        return due_list(store, DUE_DAY)

    page = make_page(load)
    page.show()
    page.refresh()  # returns at once: the load waits for `release`, which only we set
    assert page.is_loading()
    assert page.ui.countLabel.text() == LOADING_TEXT
    assert page.visible_items() == []
    qtbot.waitUntil(lambda: bool(threads), timeout=LOAD_TIMEOUT)
    qtbot.wait(20)  # the GUI thread handles events while the load runs
    assert page.is_loading() and page.ui.countLabel.text() == LOADING_TEXT
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        release.set()
    assert not page.is_loading()
    assert threads[0] is not threading.main_thread()
    assert threading.current_thread() is threading.main_thread()
    assert qthreads[0] is not page.thread()
    expected = due_list(store, DUE_DAY)
    assert len(expected) > 0
    assert page.visible_items() == list(expected.items)
    assert page.ui.titleLabel.text() == f"Wiedervorlage zum {german_date(DUE_DAY)}"
    assert page.ui.countLabel.text() == f"{len(expected)} Einträge"


def test_a_refresh_during_a_load_shows_only_the_newest_list(
    qtbot: QtBot, due_ctx: UiContext, make_page: Callable[[Load], DuePage]
) -> None:
    store = due_ctx.session.store
    days = [DUE_DAY - timedelta(days=60), DUE_DAY - timedelta(days=30), DUE_DAY]
    asked: list[date] = []
    started = threading.Event()
    release = threading.Event()
    next_day = iter(days)

    def load() -> DueList:
        day = next(next_day)
        asked.append(day)
        started.set()
        if day == days[0] and not release.wait(BLOCK_SECONDS):
            raise TimeoutError("the test did not release the first load")
        return due_list(store, day)

    page = make_page(load)
    emitted: list[None] = []
    page.loaded.connect(lambda: emitted.append(None))
    page.refresh()
    assert started.wait(BLOCK_SECONDS)  # the first load runs and waits
    page.refresh()  # superseded before it starts: never loads
    page.refresh()  # the newest: loads once the first one ended
    assert page.is_loading()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        release.set()
    page.tasks.wait()
    qtbot.wait(20)  # any result still queued would arrive now
    assert emitted == [None]
    assert not page.is_loading()
    assert asked == [days[0], days[1]]  # the second call of `load` serves the third refresh
    newest = due_list(store, days[1])
    oldest = due_list(store, days[0])
    assert list(newest.items) != list(oldest.items)
    assert page.due is not None and page.due.today == days[1]
    assert page.visible_items() == list(newest.items)
    assert page.ui.titleLabel.text() == f"Wiedervorlage zum {german_date(days[1])}"


def test_a_user_error_is_shown_on_the_page(
    qtbot: QtBot, make_page: Callable[[Load], DuePage]
) -> None:
    def load() -> DueList:
        raise UserError("Die Ablage ist gesperrt.")

    page = make_page(load)
    with qtbot.waitSignal(page.loadFailed, timeout=LOAD_TIMEOUT) as failed:
        page.refresh()
    assert failed.args == ["Die Ablage ist gesperrt."]
    assert not page.is_loading()
    assert page.error == "Die Ablage ist gesperrt."
    assert page.due is None and page.visible_items() == []
    assert page.ui.titleLabel.text() == "Wiedervorlage"
    assert page.ui.countLabel.text() == (
        "Die Wiedervorlage kann nicht gelesen werden: Die Ablage ist gesperrt."
    )


def test_an_unexpected_error_reaches_the_exception_hook_and_keeps_the_list(
    qtbot: QtBot, due_ctx: UiContext, make_page: Callable[[Load], DuePage]
) -> None:
    store = due_ctx.session.store
    broken = threading.Event()

    def load() -> DueList:
        if broken.is_set():
            raise RuntimeError("kaputt")
        return due_list(store, DUE_DAY)

    page = make_page(load)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.refresh()
    shown = page.visible_items()
    count = page.ui.countLabel.text()
    broken.set()
    with qtbot.captureExceptions() as exceptions:
        page.refresh()
        qtbot.waitUntil(lambda: bool(exceptions), timeout=LOAD_TIMEOUT)
    ((kind, value, _tb),) = exceptions
    assert kind is RuntimeError and str(value) == "kaputt"
    assert not page.is_loading() and not page.error
    assert page.visible_items() == shown
    assert page.ui.countLabel.text() == count
