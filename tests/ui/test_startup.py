"""The start: which window comes first, and the hand-over to the main window."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from counsel_app.context import AppContext
from counsel_app.services.demo import load_demo_cases
from counsel_app.services.store import init_store, open_store
from counsel_app.ui.app import Startup
from counsel_app.ui.errors import GuiExceptHook
from counsel_app.ui.first_run import FirstRunDialog
from counsel_app.ui.main_window import MainWindow
from counsel_app.ui.unlock import UnlockDialog
from tests.support.fixtures import FAST_KDF, TEST_PASSPHRASE, ContextMaker
from tests.support.keyrings import EmptyKeyring
from tests.support.processes import run_fresh_python

pytestmark = pytest.mark.gui


@pytest.fixture
def startups() -> Iterator[list[Startup]]:
    made: list[Startup] = []
    yield made
    for startup in made:
        startup.close()
        for window in (startup.main_window, startup.first_window):
            if window is not None:
                window.close()
                window.deleteLater()


def start(ctx: AppContext, made: list[Startup]) -> Startup:
    startup = Startup(ctx, kdf=FAST_KDF)
    made.append(startup)
    startup.start()
    return startup


def test_first_start_shows_the_first_run_dialog_and_then_the_main_window(
    qtbot: QtBot, keyring_ctx: AppContext, startups: list[Startup]
) -> None:
    startup = start(keyring_ctx, startups)
    dialog = startup.first_window
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.nextButton.click()
    dialog.ui.keptCheck.setChecked(True)
    dialog.ui.nextButton.click()
    dialog.ui.cancelButton.click()  # "Überspringen" of the profile
    qtbot.waitUntil(lambda: isinstance(startup.main_window, MainWindow))
    assert startup.main_window.isVisible()
    assert not dialog.isVisible()
    assert startup.ui_ctx.session is dialog.session


def test_passphrase_store_starts_with_the_unlock_dialog(
    qtbot: QtBot, passphrase_ctx: AppContext, startups: list[Startup]
) -> None:
    startup = start(passphrase_ctx, startups)
    dialog = startup.first_window
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.secretEdit.setText(TEST_PASSPHRASE)
    dialog.ui.openButton.click()
    qtbot.waitUntil(lambda: isinstance(startup.main_window, MainWindow))
    assert "Passphrase" in startup.main_window.storage_label.text()


def test_keyring_store_opens_without_a_question(
    qtbot: QtBot, demo_ctx: AppContext, startups: list[Startup]
) -> None:
    startup = start(demo_ctx, startups)
    assert not isinstance(startup.first_window, UnlockDialog | FirstRunDialog)
    qtbot.waitUntil(lambda: isinstance(startup.main_window, MainWindow))
    assert startup.main_window.model.rowCount() > 0


def test_lost_keyring_entry_asks_for_the_recovery_key(
    qtbot: QtBot, make_ctx: ContextMaker, startups: list[Startup]
) -> None:
    init_store(make_ctx(), kdf=FAST_KDF)  # keyring only, no passphrase copy
    startup = start(make_ctx(keyring=EmptyKeyring()), startups)
    qtbot.waitUntil(lambda: isinstance(startup.first_window, UnlockDialog))
    dialog = startup.first_window
    assert isinstance(dialog, UnlockDialog)
    assert dialog.recovery_mode
    assert not dialog.ui.recoveryToggle.isEnabled()
    assert "Schlüsselbund" in dialog.ui.introLabel.text()


def test_first_window_shows_before_the_database_libraries_load(
    tmp_path: Path, make_ctx: ContextMaker
) -> None:
    """In a fresh process: at the first paint neither SQLAlchemy nor SQLCipher is loaded."""
    init_store(make_ctx(passphrase=TEST_PASSPHRASE, keyring=EmptyKeyring()), kdf=FAST_KDF)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from counsel_app.context import AppContext
        from counsel_app.paths import DataPaths
        from counsel_app.ui import app as gui

        qapp = gui.setup_application()
        paths = DataPaths(Path({str(tmp_path / "data")!r}))
        startup = gui.Startup(AppContext(paths=paths, environ={{}}))
        def at_first_paint():
            heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "sqlcipher3", "reportlab",
                                         "keyring", "counsel_app.language") if m in sys.modules)
            print(type(startup.first_window).__name__, heavy)
            qapp.quit()
        startup.start()
        gui.after_first_paint(startup.first_window, at_first_paint)
        qapp.exec()
        """
    )
    stdout = run_fresh_python(script)
    assert stdout.strip() == "UnlockDialog []"


def test_main_window_lists_the_cases_before_sqlalchemy_loads(make_ctx: ContextMaker) -> None:
    """In a fresh process: the main window paints its list from the glance; SQLAlchemy
    loads only afterwards, on the thread that opens the store."""
    ctx = make_ctx(passphrase=TEST_PASSPHRASE, keyring=EmptyKeyring())
    init_store(ctx, kdf=FAST_KDF)
    with open_store(ctx) as store:
        load_demo_cases(store)
        cases = len(store.cases.list_summaries())
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QEvent, QObject, QTimer
        from counsel_app.context import AppContext
        from counsel_app.paths import DataPaths
        from counsel_app.ui import app as gui

        qapp = gui.setup_application()
        qapp.setQuitOnLastWindowClosed(False)
        paths = DataPaths(Path({str(ctx.paths.root)!r}))
        env = {{"COUNSEL_APP_PASSPHRASE": {TEST_PASSPHRASE!r}}}
        startup = gui.Startup(AppContext(paths=paths, environ=env))

        def loaded():
            return sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)

        class FirstPaint(QObject):
            seen = False

            def eventFilter(self, obj, event):
                if (
                    not self.seen
                    and event.type() == QEvent.Type.Paint
                    and obj is startup.main_window
                ):
                    self.seen = True
                    window = startup.main_window
                    print(window.model.rowCount(), loaded(), window.session.ready, flush=True)
                    QTimer.singleShot(0, wait_until_open)
                return False

        def wait_until_open():
            window = startup.main_window
            if window.session.ready and window._workspace is not None:
                print(loaded(), "TR-" in window.ui.overviewBrowser.toPlainText(), flush=True)
                qapp.quit()
            else:
                QTimer.singleShot(20, wait_until_open)

        watch = FirstPaint()
        qapp.installEventFilter(watch)
        startup.start()
        qapp.exec()
        startup.close()
        """
    )
    stdout = run_fresh_python(script)
    first, opened = stdout.strip().splitlines()
    assert first == f"{cases} [] False"
    assert opened == "['sqlalchemy', 'sqlmodel'] True"


def test_unexpected_error_is_logged_without_client_data(
    tmp_path: Path, make_ctx: ContextMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_ctx()
    shown: list[tuple[str, str | None]] = []
    monkeypatch.setattr(
        GuiExceptHook, "_ask_continue", staticmethod(lambda _p, n, log: shown.append((n, log)))
    )
    hook = GuiExceptHook(ctx.paths)
    try:
        raise RuntimeError("Kundin Erika Mustermann, TR-0815")
    except RuntimeError as err:
        hook(type(err), err, err.__traceback__)
    assert shown and shown[0][0] == "RuntimeError"
    log = ctx.paths.logs / "crash.log"
    assert shown[0][1] == str(log)
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text
    assert "Mustermann" not in text
    assert "TR-0815" not in text
