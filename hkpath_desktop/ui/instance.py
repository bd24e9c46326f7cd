"""One window per data folder: a second start on the same folder explains and leaves.

Two windows on one file would each go on saving, and a restore in one would set the other's
saves aside unseen. ``QLockFile`` is Qt's way of saying "this folder is taken": the lock file
names the process that holds it, and Qt takes over a lock whose process has died (a power
cut, a kill), so a crash never locks the user out. The command line takes no lock: its
commands are short, and a restore refuses while they have the file open.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox

LOCK_FILE = "hkpath.lock"


@dataclass(frozen=True, slots=True)
class OtherWindow:
    """The process holding the folder, as its lock file names it."""

    pid: int
    hostname: str


def ask_to_use_it(other: OtherWindow) -> None:
    """Tell the user the folder is open in another window, and which."""
    text = QCoreApplication.translate(
        "Instance",
        "HKPath Desktop is already open on this data folder (process %1). Use that window: "
        "two windows on one file would each save over the other's answers.",
    ).replace("%1", str(other.pid))
    if other.hostname and other.hostname != socket.gethostname():
        text += " " + QCoreApplication.translate(
            "Instance", "It was opened on the computer %1."
        ).replace("%1", other.hostname)
    QMessageBox.information(None, QCoreApplication.translate("Instance", "Already open"), text)


@contextmanager
def sole_window(
    folder: Path, explain: Callable[[OtherWindow], None] = ask_to_use_it
) -> Iterator[bool]:
    """Hold ``folder`` for this process while the block runs; ``False`` (after ``explain``)
    when a live process holds it already.

    A folder where no lock can be written (read-only, missing) is not held: opening the data
    file there says what is wrong in its own words.
    """
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)  # never guess from age: only a dead holder frees the lock
    if not lock.tryLock(0):
        if lock.error() is QLockFile.LockError.LockFailedError:
            pid, hostname, _application = lock.getLockInfo()
            explain(OtherWindow(pid, hostname))
            yield False
            return
        yield True
        return
    try:
        os.chmod(folder / LOCK_FILE, 0o600)
        yield True
    finally:
        lock.unlock()
