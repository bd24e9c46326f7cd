"""Work deferred to an event-loop turn of its own, behind what is already waiting.

A 0 ms single shot is a posted event Qt handles before the timers already due; a 1 ms one that
comes due while the loop is held (a page being shown and painted) runs in the same pass as
every other timer due, such as the next click's handler, and the two hold the window as one
(``benchmarks/run.py``, ui_stall).
Deferred work therefore waits a few milliseconds, and once more if it finds it came late:
lateness means the loop was busy, and whatever was waiting should go first.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

OWN_TURN_MS = 5
"""Long enough that the loop goes round (paints, input, timers due) before the work runs."""
LATE_S = 0.010
"""Work that runs this much after it was due found the loop busy: it waits one more turn."""


def in_own_turn(receiver: QObject, work: Callable[[], None]) -> None:
    """Run ``work`` in a later event-loop turn of its own (not at all once ``receiver`` is gone)."""
    due = time.perf_counter() + OWN_TURN_MS / 1000

    def run() -> None:
        if time.perf_counter() - due > LATE_S:
            QTimer.singleShot(OWN_TURN_MS, receiver, work)
        else:
            work()

    QTimer.singleShot(OWN_TURN_MS, receiver, run)
