"""Run long work off the GUI thread and report progress back through Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# A job gets a `report(done, total, text)` callable and returns its result. It runs on a
# pool thread: it may call services and `report`, never touch widgets.
Progress = Callable[[int, int, str], None]
Job = Callable[[Progress], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    def __init__(self, job: Job, signals: WorkerSignals) -> None:
        super().__init__()
        self._job = job
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._job(self._signals.progress.emit)
        except Exception as err:  # handed to the GUI thread, shown there as a German message
            self._signals.failed.emit(err)
        else:
            self._signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts jobs on a thread pool and keeps their signal objects alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self._running: set[WorkerSignals] = set()

    def start(
        self,
        job: Job,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        signals = WorkerSignals(self)  # lives in the GUI thread: slots run there
        if on_progress is not None:
            signals.progress.connect(on_progress)
        signals.finished.connect(on_finished)
        signals.failed.connect(on_failed)
        signals.finished.connect(lambda _result: self._forget(signals))
        signals.failed.connect(lambda _err: self._forget(signals))
        self._running.add(signals)
        self.pool.start(_Worker(job, signals))

    def _forget(self, signals: WorkerSignals) -> None:
        self._running.discard(signals)
        signals.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until all jobs ended (used on quit, so no job outlives the open store)."""
        return self.pool.waitForDone(msecs)
