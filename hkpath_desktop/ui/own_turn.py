"""Work deferred to an event-loop turn of its own, behind what is already waiting.

Timers that come due while the loop is held (a page being shown and painted) all run in the
same pass, the next click's handler among them, and hold the window as one; a 0 ms single shot
is worse, a posted event handled before the timers already due (``benchmarks/run.py``,
ui_stall). Deferred work therefore waits in one queue run by one timer: one piece per pass (or
a few, if each ends at once), a few milliseconds after the last, and a turn later if the timer
finds it came late, since lateness means the loop was busy and what waited should go first.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QObject, QTimer

OWN_TURN_MS = 5
"""Long enough that the loop goes round (paints, input, timers due) before the work runs."""
LATE_S = 0.004
"""Work that runs this much after it was due found the loop busy: it waits one more turn."""
MOST_WAITS = 2
"""A loop busy every turn still gets the work done, this many turns late: waiting longer left
the interview's next page unbuilt when a quick click on Next came."""
QUICK_S = 0.002
"""Pieces that end sooner leave time for the next in the same pass (most only check a flag)."""
SLICE_S = 0.008
"""How long one turn of sliced work (``in_slices``) may go on: the loop paints in between."""


class _Queue:
    """Deferred work, first in first out, one piece per event-loop pass."""

    def __init__(self) -> None:
        self.waiting: deque[tuple[QObject, Callable[[], None]]] = deque()
        self.due = 0.0
        self.waits = 0
        self.timer: QTimer | None = None

    def add(self, receiver: QObject, work: Callable[[], None]) -> None:
        self.waiting.append((receiver, work))
        if self.timer is None or not shiboken6.isValid(self.timer):
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._run)
        if not self.timer.isActive():
            self._arm()

    def _arm(self) -> None:
        assert self.timer is not None
        self.due = time.perf_counter() + OWN_TURN_MS / 1000
        self.timer.start(OWN_TURN_MS)

    def _run(self) -> None:
        if time.perf_counter() - self.due > LATE_S and self.waits < MOST_WAITS:
            self.waits += 1
            self._arm()
            return
        self.waits = 0
        started = time.perf_counter()
        try:
            while self.waiting and time.perf_counter() - started < QUICK_S:
                receiver, work = self.waiting.popleft()
                if shiboken6.isValid(receiver):
                    work()
        finally:
            if self.waiting:
                self._arm()


_QUEUE = _Queue()


def in_own_turn(receiver: QObject, work: Callable[[], None]) -> None:
    """Run ``work`` in a later event-loop turn, after what was put off before it; it shares the
    turn only with pieces that end at once. Not at all once ``receiver`` is gone."""
    _QUEUE.add(receiver, work)


def in_slices(receiver: QObject, steps: Iterator[object], then: Callable[[], None]) -> None:
    """Run ``steps`` in later turns, as many per turn as fit in ``SLICE_S``, then ``then`` in a
    turn of its own. Closing ``steps`` (a generator) ends the steps early; ``then`` still runs,
    so it should check that its work is still wanted."""

    def run_slice() -> None:
        started = time.perf_counter()
        for _step in steps:
            if time.perf_counter() - started >= SLICE_S:
                in_own_turn(receiver, run_slice)
                return
        in_own_turn(receiver, then)

    in_own_turn(receiver, run_slice)
