"""Start of the desktop application: first window fast, then unlock, then the main window.

Order of events in `launch_gui`:

1. QApplication, German locale and Qt's German standard texts, the exception hook.
2. The first window, before the database libraries are imported: the first-run dialog
   (no database yet), the unlock dialog (the store is protected by a passphrase and none
   is in the environment), or a small start window while the keyring is asked.
3. After that window has painted, the service modules are imported (SQLAlchemy, SQLCipher,
   keyring), then the store is opened and the main window replaces the first window.

The open store lives in one `UiContext` that is handed to the main window and closed when
the event loop ends.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counsel_app.context import AppContext
from counsel_app.errors import UserError
from counsel_app.resources import resource_path
from counsel_app.ui.errors import GuiExceptHook
from counsel_app.ui.import_hook import stop_source_caching

APP_NAME = "counsel-app"
# The id of the .desktop file (packaging/appinfo.py): lets Wayland desktops match the
# window with its menu entry and icon.
DESKTOP_FILE_NAME = "io.github.counsel_app.CounselApp"


class _FirstPaint(QObject):
    """Calls `callback` once, in the next event-loop turn after `widget` first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


class StartWindow(QWidget):
    """A plain start window shown while the keyring is asked and the store opens.

    Not a QSplashScreen: that blocks in show() until the window manager reports the window
    exposed, up to a second on some X servers, which is longer than the whole start.
    """

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setAccessibleName("counsel-app wird gestartet")
        self.setFixedSize(460, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f6f8"))
        painter.setPen(QColor("#b8bec6"))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        font = QFont(self.font())
        font.setPointSize(18)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f3b57"))
        painter.drawText(
            self.rect().adjusted(24, 28, -24, -60), Qt.AlignmentFlag.AlignLeft, APP_NAME
        )
        painter.setFont(self.font())
        painter.setPen(QColor("#333333"))
        painter.drawText(
            self.rect().adjusted(24, 0, -24, -20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            "Die verschlüsselte Ablage wird geöffnet …",
        )
        painter.end()


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, German locale and German Qt standard texts."""
    stop_source_caching()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons") / "counsel-app.svg")))
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_de", folder):
        app.installTranslator(translator)
    return app


class Startup(QObject):
    """Shows the first window, opens the store and hands over to the main window.

    `kdf` (scrypt cost for a new passphrase copy) is only set by tests.
    """

    def __init__(self, ctx: AppContext, *, kdf: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from counsel_app.ui.session import ui_app_context

        self.ctx = ui_app_context(ctx)  # never prompts on the terminal
        self.kdf = kdf
        self.ui_ctx: Any = None
        self.main_window: Any = None
        self.first_window: QWidget | None = None
        self.cancelled = False

    # --- the first window ---

    def start(self) -> None:
        from counsel_app.ui.session import store_state

        state = store_state(self.ctx)
        if not state.exists:
            self._show_first_run()
        elif state.needs_passphrase and self.ctx.passphrase_from_env is None:
            self._show_unlock(passphrase_available=True)
        else:
            self._show_first(StartWindow(), self._open_automatically)

    def _show_first(self, window: QWidget, then: Callable[[], None]) -> None:
        self.first_window = window
        after_first_paint(window, then)
        window.show()

    def _show_first_run(self) -> None:
        from counsel_app.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx, self._create_store)
        dialog.accepted.connect(lambda: self._open_main(dialog.session))
        dialog.rejected.connect(self._cancel)
        self._show_first(dialog, lambda: self._first_run_ready(dialog))

    def _first_run_ready(self, dialog: Any) -> None:
        from counsel_app.ui.session import keyring_seems_usable, preload_services

        preload_services()
        if self.ctx.passphrase_from_env is None and dialog.page() == dialog.PAGE_CREATE:
            dialog.set_ask_passphrase(not keyring_seems_usable(self.ctx))

    def _create_store(self, passphrase: str | None) -> tuple[str, Any]:
        from counsel_app.ui.session import create_store, open_session

        passphrase = passphrase or self.ctx.passphrase_from_env
        recovery_key, _source = create_store(self.ctx, passphrase, kdf=self.kdf)
        return recovery_key, open_session(self.ctx, passphrase=passphrase)

    def _show_unlock(self, *, passphrase_available: bool, reason: str | None = None) -> None:
        from counsel_app.ui.session import preload_services
        from counsel_app.ui.unlock import UnlockDialog

        dialog = UnlockDialog(
            self._attempt_unlock, reason=reason, passphrase_available=passphrase_available
        )
        dialog.accepted.connect(lambda: self._open_main(dialog.session))
        dialog.rejected.connect(self._cancel)
        if self.first_window is None:
            self._show_first(dialog, preload_services)
        else:
            self._replace_first_window(dialog)
            dialog.show()

    def _attempt_unlock(
        self, passphrase: str | None, recovery_key: str | None, new_passphrase: str | None
    ) -> Any:
        from counsel_app.ui.session import open_session

        return open_session(
            self.ctx,
            passphrase=passphrase,
            recovery_key=recovery_key,
            new_passphrase=new_passphrase,
            kdf=self.kdf,
        )

    def _open_automatically(self) -> None:
        """Keyring store (or passphrase in the environment): open without asking."""
        from counsel_app.ui.session import open_session, store_state

        try:
            # The case list is read now; the store opens for work while the window shows it.
            session = open_session(
                self.ctx, passphrase=self.ctx.passphrase_from_env, in_background=True
            )
        except UserError as err:
            state = store_state(self.ctx)
            name = type(err).__name__
            if name in ("KeyUnavailableError", "WrongPassphraseError", "WrongKeyError"):
                self._show_unlock(
                    passphrase_available=state.has_passphrase and name != "WrongKeyError",
                    reason=_unlock_reason(name),
                )
            else:
                self._fail(err.message)
            return
        self._open_main(session)

    # --- hand over ---

    def _replace_first_window(self, window: QWidget) -> None:
        old, self.first_window = self.first_window, window
        if old is not None and old is not window:
            old.close()
            old.deleteLater()

    def _open_main(self, session: Any) -> None:
        from counsel_app.ui.main_window import MainWindow
        from counsel_app.ui.session import UiContext

        if session is None:
            self._fail("Die Ablage konnte nicht geöffnet werden.")
            return
        self.ui_ctx = UiContext(app=self.ctx, session=session)
        self.main_window = MainWindow(self.ui_ctx)
        self.main_window.show()
        self._replace_first_window(self.main_window)
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]

    def _cancel(self) -> None:
        self.cancelled = True
        QApplication.quit()

    def _fail(self, message: str) -> None:
        parent = self.first_window
        QMessageBox.critical(parent, "counsel-app", message)
        QApplication.exit(1)

    def close(self) -> None:
        """Close the store (once); called when the event loop has ended."""
        if self.main_window is not None:
            self.main_window.tasks.wait()
        if self.ui_ctx is not None:
            self.ui_ctx.session.close()
            self.ui_ctx = None


def _unlock_reason(error_name: str) -> str:
    """Why the dialog asks (the dialog adds what to type)."""
    if error_name == "WrongPassphraseError":
        return "Die Passphrase aus der Umgebung (COUNSEL_APP_PASSPHRASE) passt nicht."
    if error_name == "WrongKeyError":
        return "Der gespeicherte Schlüssel passt nicht zur Ablage."
    return (
        "Der Schlüsselbund des Systems gibt den Schlüssel dieser Ablage nicht heraus "
        "(nicht verfügbar, gesperrt oder verändert)."
    )


def close_on_terminate(app: QApplication) -> QTimer:
    """On SIGTERM (logout, shutdown) close the windows as the user would, so edits are saved.

    Python handles signals only between bytecodes; the returned timer wakes the
    interpreter regularly while Qt waits for events. Keep it alive as long as the app runs.
    """
    import signal

    def terminate(_signum: int, _frame: object) -> None:
        app.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)
    return wake


def launch_gui(ctx: AppContext) -> int:
    """Run the desktop application; returns the exit code."""
    from counsel_app.storage.lock import acquire_store_lock

    app = setup_application()
    try:
        # Held while the window is open: a restore or a second window must wait.
        lock = acquire_store_lock(ctx.paths.root)
    except UserError:
        QMessageBox.information(
            None,
            APP_NAME,
            "counsel-app ist mit dieser Datenablage schon geöffnet. Bitte das offene Fenster "
            "benutzen.",
        )
        return 1
    app.setQuitOnLastWindowClosed(False)  # until the main window is up: dialogs hand over
    hook = GuiExceptHook(ctx.paths)
    hook.install()
    startup = Startup(ctx, parent=app)
    close_on_terminate(app)
    try:
        QTimer.singleShot(0, startup.start)
        return app.exec()
    finally:
        startup.close()
        hook.uninstall()
        lock.release()
