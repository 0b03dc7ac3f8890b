"""Load the plain-language dictionaries off the GUI thread, once per analyser.

The first analysis loads the hyphenation dictionary, word frequencies, word lists and the
quality rubric (about a second). `AnalyserWarmUp` does that on a pool thread; until it has
finished, the GUI thread must not touch the analyser (its lazy loading is not thread-safe),
so the quality updater and the plain-language editor both wait for `ready`.

One warm-up object exists per analyser (`warm_up_for`); they are kept in a weak dictionary
keyed by the analyser, like the text caches of `counsel_app.quality.assess`, so that two
widgets sharing one analyser share one warm-up and nothing outlives the analyser.
"""

from __future__ import annotations

import contextlib
import weakref
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from counsel_app.language import Analyser


class _Signals(QObject):
    done = Signal(object)  # None or the exception


class _WarmUpJob(QRunnable):
    def __init__(self, analyser: Analyser, signals: _Signals) -> None:
        super().__init__()
        self._analyser = analyser
        self._signals = signals

    def run(self) -> None:
        error: Exception | None = None
        try:
            warm_up_now(self._analyser)
        except Exception as err:  # reported to the GUI thread; the widgets go on without it
            error = err
        # RuntimeError: the window closed while loading, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(error)


def warm_up_now(analyser: Analyser) -> None:
    """Load everything the quality check and the editor need (blocking; any thread)."""
    from counsel_app.domain import Case, Client, Plan, PotentialAnalysis
    from counsel_app.quality import assess

    analyser.warm_up()
    day = date(2026, 1, 5)
    tiny = Case(
        client=Client(reference="warm-up"),
        potential_analysis=PotentialAnalysis(date=day),
        plan=Plan(created=day),
    )
    assess(tiny, day, analyser=analyser)  # loads the rubric and the analyser's text cache


class AnalyserWarmUp(QObject):
    """Warms one analyser on a pool thread; `ready` is emitted (in the GUI thread) when done.

    `start()` may be called any number of times; the work runs once. A failure (for example
    a missing dictionary) is kept in `error` and still ends in `ready`: the widgets then call
    the analyser themselves and the error surfaces through the application's error handling.
    """

    ready = Signal()

    def __init__(self, analyser: Analyser, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._analyser: weakref.ref[Analyser] = weakref.ref(analyser)
        self._started = False
        self._ready = False
        self._signals: _Signals | None = None
        self.error: BaseException | None = None

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def started(self) -> bool:
        return self._started

    def start(self, pool: QThreadPool | None = None) -> None:
        analyser = self._analyser()
        if self._started or analyser is None:
            return
        self._started = True
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        (pool or QThreadPool.globalInstance()).start(_WarmUpJob(analyser, self._signals))

    def _finished(self, error: BaseException | None) -> None:
        self.error = error
        self._ready = True
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        self.ready.emit()


_WARM_UPS: weakref.WeakKeyDictionary[Analyser, AnalyserWarmUp] = weakref.WeakKeyDictionary()


def warm_up_for(analyser: Analyser) -> AnalyserWarmUp:
    """The warm-up object of `analyser` (created on first use, not yet started)."""
    warm = _WARM_UPS.get(analyser)
    if warm is None:
        warm = AnalyserWarmUp(analyser)
        _WARM_UPS[analyser] = warm
    return warm
