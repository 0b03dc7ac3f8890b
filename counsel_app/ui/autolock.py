"""Lock the window after a time without input, and unlock it again.

`AutoLock` watches keyboard, mouse, wheel and touch input of the whole application (an event
filter on the QApplication) and emits `locked` when there was none for `minutes`.

`lock_window(window, unlock)` hides the case content of a QMainWindow behind a `LockOverlay`
(the central widget is taken out, tool bars and docks are hidden, the window's actions are
disabled, the title no longer names a client) until `unlock(parent)` returns True.
`store_unlocker(ctx)` is that `unlock` for the open store: a passphrase store asks for the
passphrase (or the recovery key) with the usual `UnlockDialog`; a keyring store asks the
system keyring again, exactly as at start-up, and shows the dialog only if that fails.

Wiring in the main window::

    self.autolock = AutoLock(settings_minutes, self)
    self.autolock.locked.connect(
        lambda: lock_window(self, store_unlocker(ui_ctx.app), on_unlocked=self.autolock.resume)
    )
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from counsel_app.context import AppContext

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)

LOCKED_TITLE = "counsel-app – gesperrt"


class AutoLock(QObject):
    """Emits `locked` after `minutes` without keyboard or mouse input (0 = never).

    After `locked` the watch stops until `resume()` (call it once the window is unlocked).
    `pause()` stops the watch, for example while the window is locked by hand.
    `timeout_ms` overrides `minutes` (tests use a few milliseconds).
    """

    locked = Signal()

    def __init__(
        self, minutes: int = 15, parent: QObject | None = None, *, timeout_ms: int | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms if timeout_ms is not None else minutes * 60_000
        self._since = QElapsedTimer()
        self._since.start()
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._arm(self._timeout_ms)

    # --- API ---

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    @property
    def active(self) -> bool:
        """Watching for idleness (not paused, not locked, not switched off)."""
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_ms(minutes * 60_000)

    def set_timeout_ms(self, milliseconds: int) -> None:
        self._timeout_ms = max(0, milliseconds)
        if not self._paused:
            self._since.restart()
            self._arm(self._timeout_ms)

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Watch again, counting from now."""
        self._paused = False
        self._since.restart()
        self._arm(self._timeout_ms)

    def idle_ms(self) -> int:
        return int(self._since.elapsed())

    def uninstall(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- watching ---

    def _arm(self, milliseconds: int) -> None:
        if self._timeout_ms <= 0 or self._paused:
            self._timer.stop()
            return
        self._timer.start(max(1, milliseconds))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Only real input counts: Qt also synthesises mouse moves when widgets appear.
        if event.type() in ACTIVITY_EVENTS and event.spontaneous():
            self._since.restart()  # cheap; the timer re-arms itself when it fires
        return False

    def _check(self) -> None:
        if self._paused or self._timeout_ms <= 0:
            return
        idle = self._since.elapsed()
        if idle < self._timeout_ms:
            self._arm(self._timeout_ms - idle)
            return
        self._paused = True  # until resume()
        self.locked.emit()


# --- the locked window ----------------------------------------------------------------------


class LockOverlay(QWidget):
    """Stands in for the window's content while it is locked."""

    unlockRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAccessibleName("Gesperrt")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#lockOverlay { background-color: #eef1f5; }"
            " QLabel#lockTitle { color: #1f3b57; }"
        )
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(14)
        title = QLabel("counsel-app ist gesperrt", self)
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason_label = QLabel(reason, self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason_label.setMaximumWidth(520)
        self.unlock_button = QPushButton("&Entsperren …", self)
        self.unlock_button.setAccessibleName("Entsperren")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.hide()
        layout.addWidget(title)
        layout.addWidget(self.reason_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message_label, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))


@dataclass
class _Saved:
    central: QWidget | None
    title: str
    focus: QWidget | None
    hidden: list[QWidget] = field(default_factory=list)
    disabled: list[QAction] = field(default_factory=list)
    menu_enabled: bool = True


class WindowLock(QObject):
    """A locked main window; `unlocked` is emitted after the content is back."""

    unlocked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        unlock: Callable[[QWidget], bool],
        reason: str,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._unlock = unlock
        self.overlay = LockOverlay(reason)
        self.overlay.unlockRequested.connect(self.try_unlock)
        self._saved = self._hide_content()

    @property
    def is_locked(self) -> bool:
        return self._saved is not None

    def _hide_content(self) -> _Saved:
        window = self.window
        focus = QApplication.focusWidget()
        saved = _Saved(
            central=window.takeCentralWidget(),
            title=window.windowTitle(),
            focus=focus if focus is not None and window.isAncestorOf(focus) else None,
            menu_enabled=window.menuBar().isEnabled(),
        )
        if saved.central is not None:
            # takeCentralWidget() leaves it without a parent; keep it a (hidden) child so it
            # is destroyed with the window and never outlives the models it shows.
            saved.central.setParent(window)
            saved.central.hide()
        for bar in [*window.findChildren(QToolBar), *window.findChildren(QDockWidget)]:
            if bar.isVisible():
                saved.hidden.append(bar)
                bar.hide()
        for action in window.findChildren(QAction):
            if action.isEnabled():
                saved.disabled.append(action)
                action.setEnabled(False)
        window.menuBar().setEnabled(False)
        window.setCentralWidget(self.overlay)
        window.setWindowTitle(LOCKED_TITLE)
        self.overlay.unlock_button.setFocus()
        return saved

    def try_unlock(self) -> bool:
        """Ask `unlock`; on success show the content again."""
        if self._saved is None:
            return True
        self.overlay.show_message("")
        try:
            ok = self._unlock(self.overlay)
        except Exception as err:  # the unlock function reports its own errors; be safe
            from counsel_app.errors import UserError

            if not isinstance(err, UserError):
                raise
            self.overlay.show_message(err.message)
            return False
        if ok:
            self._restore()
        return bool(ok)

    def _restore(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        window = self.window
        overlay = window.takeCentralWidget()
        if saved.central is not None:
            window.setCentralWidget(saved.central)
            saved.central.show()
        for widget in saved.hidden:
            widget.show()
        for action in saved.disabled:
            action.setEnabled(True)
        window.menuBar().setEnabled(saved.menu_enabled)
        window.setWindowTitle(saved.title)
        if saved.focus is not None:
            saved.focus.setFocus()
        if overlay is not None:
            overlay.deleteLater()
        self.unlocked.emit()
        self.deleteLater()


def lock_window(
    window: QMainWindow,
    unlock: Callable[[QWidget], bool],
    *,
    reason: str | None = None,
    on_unlocked: Callable[[], Any] | None = None,
) -> WindowLock:
    """Hide the window's content until `unlock(parent)` returns True (idempotent).

    Dialogs that are open stay open (hiding a modal dialog would cancel what is typed in it).
    """
    for current in window.findChildren(WindowLock):
        if current.is_locked:
            return current
    lock = WindowLock(
        window,
        unlock,
        reason
        or "Die Falldaten sind ausgeblendet, weil eine Weile nichts eingegeben wurde. "
        "Zum Weiterarbeiten bitte entsperren.",
    )
    if on_unlocked is not None:
        lock.unlocked.connect(on_unlocked)
    return lock


def store_unlocker(ctx: AppContext, *, kdf: Any = None) -> Callable[[QWidget], bool]:
    """`unlock` for `lock_window` over the store of `ctx` (see the module docstring)."""

    def attempt(passphrase: str | None, recovery_key: str | None, new: str | None) -> Any:
        from counsel_app.ui.session import open_session

        session = open_session(
            ctx, passphrase=passphrase, recovery_key=recovery_key, new_passphrase=new, kdf=kdf
        )
        session.close()  # only proves the key; the window keeps its own open store
        return session

    def unlock(parent: QWidget) -> bool:
        from counsel_app.errors import UserError
        from counsel_app.ui.session import store_state
        from counsel_app.ui.unlock import UnlockDialog

        state = store_state(ctx)
        reason = None
        if not state.needs_passphrase:
            try:
                attempt(None, None, None)
            except UserError as err:
                reason = err.message
            else:
                return True
        dialog = UnlockDialog(
            attempt,
            reason=reason or "counsel-app wurde gesperrt.",
            passphrase_available=state.has_passphrase,
            parent=parent,
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    return unlock
