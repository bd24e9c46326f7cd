"""Slow work off the UI thread: one callable on QThreadPool, its progress and result as signals.

The callable receives a ``Progress`` it calls with (done, total); raising ``Cancelled`` from it
(``progress.check()`` does, once ``cancel()`` was called) ends the task quietly. Signals are
queued back to the thread that owns the ``Task``'s ``signals`` object, i.e. the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
_log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task to stop it; the task then emits ``cancelled``."""


class Progress:
    """Handed to the work function: report progress, and notice a cancel request."""

    def __init__(self, report: Callable[[int, int], None], stop: threading.Event) -> None:
        self._report = report
        self._stop = stop

    def __call__(self, done: int, total: int) -> None:
        self.check()
        self._report(done, total)

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled


class TaskSignals(QObject):
    """progress(done, total); finished(result); failed(message); cancelled()."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable, Generic[T]):
    """Runs ``work(progress)`` on a pool thread. Keep a reference until a final signal arrives."""

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        progress = Progress(self.signals.progress.emit, self._stop)
        try:
            result = self._work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            _log.exception("background task failed")
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)


def start(task: Task[T], pool: QThreadPool | None = None) -> Task[T]:
    (pool or QThreadPool.globalInstance()).start(task)
    return task
