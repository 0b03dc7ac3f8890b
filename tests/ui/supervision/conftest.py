"""Fixtures for the supervision and training windows: a cheap bundle KDF, team folders."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.exchange import pseudonymise, read_case, write_case
from counsel_app.resources import resource_path
from counsel_app.review.bundle import BundleKdf
from counsel_app.services.review_area import ReviewArea, open_review_area
from counsel_app.ui.session import UiContext
from tests.support.clocks import ManualClock

# A cheap scrypt cost for tests; the default (2**17) is what real bundles use.
TEST_BUNDLE_KDF = BundleKdf(n=2**12)
SESSION_PASSPHRASE = "fallberatung-am-dienstag"
CASE_WITH_HITS = "TR-2026-004"  # its free text names "Herr Hagebuttner"
WAIT_MS = 60000


def case_id_of(ui_ctx: UiContext, reference: str) -> Any:
    summaries = ui_ctx.session.store.cases.list_summaries()
    return next(s.id for s in summaries if s.reference == reference)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def wait_idle(qtbot: QtBot, runner: Any) -> None:
    """Wait until a TaskRunner's jobs are done and their results were delivered."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


@pytest.fixture(scope="module")
def team_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The training cases, pseudonymised, as a team would hand them in."""
    folder = tmp_path_factory.mktemp("team")
    for index, path in enumerate(sorted(resource_path("cases").glob("*.json")), start=1):
        write_case(pseudonymise(read_case(path), f"P-{index:02d}"), folder / f"p{index:02d}.json")
    return folder


@pytest.fixture
def review_area(ui_ctx: UiContext) -> Iterator[ReviewArea]:
    with open_review_area(ui_ctx.session.store) as area:
        yield area


@pytest.fixture
def training_case() -> Callable[[str], Any]:
    def load(prefix: str) -> Any:
        folder = Path(resource_path("cases"))
        return read_case(next(folder.glob(f"{prefix}*.json")))

    return load


@pytest.fixture
def clock() -> ManualClock:
    """The time the review windows see; the test moves it by hand."""
    return ManualClock()
