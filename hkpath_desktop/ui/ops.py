"""Writes to the data file off the UI thread, as Anki's ``CollectionOp`` does them.

``write`` runs one change at a time, in order, on a thread of its own; a change reads what it
needs inside the operation, so it never acts on what the UI thread read a moment before.
Its result (or its error) comes back on the UI thread to ``success`` (or ``failure``), unless
``receiver`` is gone by then. ``wait_for_writes`` lets the program finish what was asked
before it closes the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
_log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Reply(QObject):
    """Hands the outcome to the callbacks; a child of the receiver, so gone with it."""

    def __init__(
        self,
        receiver: QObject,
        success: Callable[[Any], None],
        failure: Callable[[Exception], None],
    ) -> None:
        super().__init__(receiver)
        self._success = success
        self._failure = failure

    @Slot(object)
    def done(self, result: object) -> None:
        self.deleteLater()
        self._success(result)

    @Slot(object)
    def failed(self, error: Exception) -> None:
        self.deleteLater()
        self._failure(error)


class _Op(QRunnable):
    def __init__(self, work: Callable[[], Any], reply: _Reply) -> None:
        super().__init__()
        self.signals = _Signals()
        self.signals.done.connect(reply.done)
        self.signals.failed.connect(reply.failed)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, which says what went wrong
            _log.exception("operation failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_writes: QThreadPool | None = None


def _write_pool() -> QThreadPool:
    global _writes
    if _writes is None:
        _writes = QThreadPool()
        _writes.setMaxThreadCount(1)
    return _writes


def write(
    receiver: QObject,
    work: Callable[[], T],
    success: Callable[[T], None],
    failure: Callable[[Exception], None],
) -> None:
    """Run ``work`` after every write asked before it, then ``success`` or ``failure``."""
    _write_pool().start(_Op(work, _Reply(receiver, success, failure)))


def wait_for_writes() -> None:
    """Block until every write asked so far is committed."""
    if _writes is not None:
        _writes.waitForDone()
