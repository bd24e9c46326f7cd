"""SIGTERM and SIGHUP (a shutdown, a closed terminal, ``kill``) quit the GUI as its window does.

Python runs a signal handler only when it next runs Python code, and Qt's event loop runs
none while it waits; so the signal also writes a byte to a socket Qt watches
(``signal.set_wakeup_fd`` with a ``QSocketNotifier``, the usual way, as qutebrowser does it),
which wakes the loop. The handler itself only schedules ``on_signal``, which then runs as an
ordinary event: the typed answers are saved and the file is closed as on any quit.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QTimer

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def quit_on_signals(on_signal: Callable[[], None]) -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP call ``on_signal`` from the event loop; afterwards the
    previous handlers are back."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_args: _drain(reader))

    def handler(_number: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, on_signal)

    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {number: signal.signal(number, handler) for number in QUIT_SIGNALS}
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(64):
            pass
    except BlockingIOError:
        pass
