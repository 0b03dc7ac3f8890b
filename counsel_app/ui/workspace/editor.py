"""The case being edited: snapshot undo/redo and autosave through the store session.

Every committed edit changes `CaseEditor.case` in place and then calls `commit(key, text)`.
`commit` pushes a `SnapshotCommand` holding a deep copy of the case before and after the
edit onto a `QUndoStack`; successive commits with the same `key` (typing in one field) go
into one command, so one Ctrl+Z undoes a run of typing. Undo and redo put a copy of the
snapshot back as the current case and emit `restored`; the workspace then refills its form.

The editor joins a run of typing itself instead of through Qt's `mergeWith`: PySide6
keeps the Python object of every command that Qt merges and deletes alive, and with it a
copy of the case, one per keystroke for the rest of the session.

Autosave: each commit (and each undo/redo) marks the case dirty and restarts a single-shot
timer (`AUTOSAVE_MS` after the last change); its timeout calls `flush()`, which stores the
case with `StoreSession.save_case` on the current plan version. `flush()` is also called on
page switch, case switch and close, so nothing typed waits longer than the debounce.
"""

from __future__ import annotations

import copy
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from counsel_app.errors import UserError

if TYPE_CHECKING:
    from counsel_app.domain import Case
    from counsel_app.ui.session import StoreSession

AUTOSAVE_MS = 500
UNDO_LIMIT = 100  # steps kept per case: a copy of a large plan is some 100 KB


class SnapshotCommand(QUndoCommand):
    """One edit, or a run of typing in the field `key`, as a before/after pair of snapshots.

    Never merged by Qt (its `id()` stays -1); see the module docstring.
    """

    def __init__(self, editor: CaseEditor, before: Case, after: Case, key: str, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.key = key
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the form already shows the state: push only records it
            self._pushed = True
            return
        self.editor._restore(self.after)

    def undo(self) -> None:
        self.editor._restore(self.before)


class CaseEditor(QObject):
    """Holds the case of the workspace, its undo stack and the autosave timer.

    Signals: `changed` after every edit, undo and redo (the quality panel listens);
    `restored` after undo/redo (the form refills); `saveStateChanged(text)` with the
    status-bar text; `saveFailed(message)`.
    """

    changed = Signal()
    restored = Signal()
    saveStateChanged = Signal(str)  # noqa: N815
    saveFailed = Signal(str)  # noqa: N815

    def __init__(self, session: StoreSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id: Any = None
        self.case: Case | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # each step holds a copy of the case
        self.last_save_ms = 0.0
        self._snapshot: Case | None = None
        self._dirty = False
        self._failed_message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    # --- the case ---

    def load(self, case_id: Any, case: Case) -> None:
        """Start editing `case` (after flushing the previous one); clears undo history."""
        self.flush()
        self.case_id = case_id
        self.case = case
        self._snapshot = copy.deepcopy(case)
        self._dirty = False
        self.undo_stack.clear()
        self.saveStateChanged.emit("")
        self.changed.emit()

    def unload(self) -> None:
        self.flush()
        self.case_id = None
        self.case = None
        self._snapshot = None
        self.undo_stack.clear()

    @property
    def snapshot(self) -> Case | None:
        """The case as of the last commit; a copy that is never changed in place."""
        return self._snapshot

    def commit(self, key: str, text: str) -> None:
        """Record an edit already made on `self.case`. Same `key` in a row: one undo step."""
        if self.case is None or self._snapshot is None:
            return
        after = copy.deepcopy(self.case)
        if after == self._snapshot:
            return
        typing = self._typing_in(key)
        if typing is not None:
            typing.after = after
        else:
            self.undo_stack.push(SnapshotCommand(self, self._snapshot, after, key, text))
        self._snapshot = after
        self._mark_dirty()
        self.changed.emit()

    def _typing_in(self, key: str) -> SnapshotCommand | None:
        """The newest undo step if it records typing in the field `key` and was not undone."""
        stack = self.undo_stack
        count = stack.count()
        if not key or count == 0 or stack.index() != count:
            return None
        command = stack.command(count - 1)
        return command if isinstance(command, SnapshotCommand) and command.key == key else None

    def close_edit_group(self) -> None:
        """End typing coalescing: the next edit of the same field is a new undo step."""
        count = self.undo_stack.count()
        if count:
            command = self.undo_stack.command(count - 1)
            if isinstance(command, SnapshotCommand):
                command.key = ""

    def _restore(self, snapshot: Case) -> None:
        self.case = copy.deepcopy(snapshot)
        self._snapshot = snapshot
        self._mark_dirty()
        self.restored.emit()
        self.changed.emit()

    # --- autosave ---

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._timer.start()
        self.saveStateChanged.emit("Wird gespeichert …")

    def flush(self) -> bool:
        """Store pending edits now; True if nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty or self.case is None:
            return True
        started = time.perf_counter()
        try:
            self.session.save_case(self.case_id, self.case)
        except UserError as err:
            self.saveStateChanged.emit("Nicht gespeichert – wird erneut versucht")
            if err.message != self._failed_message:  # tell once, retry on every change
                self._failed_message = err.message
                self.saveFailed.emit(err.message)
            return False
        self.last_save_ms = (time.perf_counter() - started) * 1000
        self._dirty = False
        self._failed_message = ""
        self.saveStateChanged.emit(f"Gespeichert {datetime.now():%H:%M:%S}")
        return True
