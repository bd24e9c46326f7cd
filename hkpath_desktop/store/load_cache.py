"""The households last read, kept until anything is committed to the database file.

Reading a household through the ORM takes about 7 ms for the demo household and 20-40 ms with
a few hundred files attached; the window reads the same unchanged household again on every
reload and tab refresh (``benchmarks/run.py``, ui_stall). Households are frozen dataclasses,
so one reading can be handed to every caller.

A reading is stale once any connection of this engine commits: the engine's ``commit`` event
(ORM and Core alike) and the check-in of a connection that committed both move a generation
counter on, so a reading that overlapped a commit is not kept. Another process or another
engine on the same file is noticed by the file's and its write-ahead log's size and times.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event

from hkpath_desktop.core.facts import Household

_COMMITTED = "hkpath_committed"
_FileStamp = tuple[int, int, int] | None
_Stamp = tuple[int, _FileStamp, _FileStamp]


class LoadCache:
    """Household readings of one engine's database file, valid while nothing was committed."""

    def __init__(self, engine: Engine, database: Path) -> None:
        self._files = (database, database.with_name(database.name + "-wal"))
        self._generation = 0
        self._lock = threading.Lock()
        self._kept: dict[int, tuple[_Stamp, Household]] = {}
        self._last: dict[int, Household] = {}
        """The last reading of each household, handed out again when a new one equals it,
        so callers can tell "unchanged" by identity (``window_tabs``)."""
        event.listen(engine, "commit", self._on_commit)
        event.listen(engine, "checkin", self._on_checkin)

    def load(self, household_id: int, read: Callable[[int], Household]) -> Household:
        """The household as kept, or ``read(household_id)`` when something was committed."""
        stamp = self._stamp()
        with self._lock:
            kept = self._kept.get(household_id)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        household = read(household_id)
        with self._lock:
            last = self._last.get(household_id)
            if last is not None and last == household:
                household = last  # unchanged (e.g. only the wizard's page moved on)
            self._last[household_id] = household
            if stamp[0] == self._generation:
                self._kept[household_id] = (stamp, household)
        return household

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._kept.clear()

    def _stamp(self) -> _Stamp:
        with self._lock:
            generation = self._generation
        return (generation, _file_stamp(self._files[0]), _file_stamp(self._files[1]))

    def _on_commit(self, connection: Connection) -> None:
        connection.info[_COMMITTED] = True
        self.clear()

    def _on_checkin(self, _dbapi_connection: Any, record: Any) -> None:
        if record is not None and record.info.pop(_COMMITTED, False):
            self.clear()


def _file_stamp(path: Path) -> _FileStamp:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_ino, status.st_mtime_ns, status.st_size)
