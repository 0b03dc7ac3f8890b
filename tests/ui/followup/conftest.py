"""Fixtures of the Nachhaltung GUI tests: the main window over the demo store, a fixed day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.session import UiContext
from counsel_app.ui.workspace.workspace import CaseWorkspace
from tests.ui.helpers import show_main_window

# On this day the training cases have something in every bucket: one item due today
# (TR-2026-004's contact), three this week and many overdue.
DUE_DAY = date(2026, 11, 25)


@pytest.fixture
def due_ctx(ui_ctx: UiContext) -> UiContext:
    return UiContext(app=ui_ctx.app, session=ui_ctx.session, today=lambda: DUE_DAY)


@pytest.fixture
def window(qtbot: QtBot, due_ctx: UiContext) -> Iterator[MainWindow]:
    win = show_main_window(qtbot, due_ctx)
    yield win
    win.workspace.follow_up_page.wait_for_print()
    win.workspace.close_case()


def open_case(window: MainWindow, reference: str) -> CaseWorkspace:
    case_id = window.session.store.cases.resolve(reference)
    window.open_workspace(case_id)
    assert window.workspace.case_id == case_id
    return window.workspace
