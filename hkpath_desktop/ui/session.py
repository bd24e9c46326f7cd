"""The open data file as the window and its views see it: reads, writes, and one signal.

Every change goes through ``write``, which runs it off the UI thread (``ops``), one at a time,
and reads the household again inside the same operation; once it is committed,
``changed(household_id, revision)`` tells every view, and a view shows a household again only
when the revision it shows is not the current one, from that reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from hkpath_desktop.core.facts import Household
from hkpath_desktop.store.repository import NotFound, Repository
from hkpath_desktop.ui import ops

T = TypeVar("T")


class HouseholdSession(QObject):
    """Signals:
    changed(int, int): a write to the household (first) was committed; its revision (second),
        -1 once the household is deleted.
    """

    changed = Signal(int, int)

    def __init__(self, repository: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self._revisions: dict[int, int] = {}
        """Each household's revision, as last read from the store."""
        self._read: dict[int, tuple[int, Household]] = {}
        """Each household as its last write read it back, by the revision it read with it."""
        self._pending = 0

    def load(self, household_id: int) -> Household:
        """The household at its current revision (as its last write read it, if any)."""
        kept = self._read.get(household_id)
        if kept is not None and kept[0] == self.revision(household_id):
            return kept[1]
        return self.repository.load(household_id)

    def revision(self, household_id: int) -> int:
        """The household's revision (``Repository.revision``), read once and then kept up to
        date by the writes; -1 for a household that is not there."""
        if household_id not in self._revisions:
            try:
                self._revisions[household_id] = self.repository.revision(household_id)
            except NotFound:
                return -1
        return self._revisions[household_id]

    def forget(self) -> None:
        """Read revisions afresh: the file changed other than through this session (a restore)."""
        self._revisions.clear()
        self._read.clear()

    def write(
        self,
        household_id: int,
        change: Callable[[Repository], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``change`` on the repository off the UI thread, after the writes before it.

        ``change`` reads what it needs itself. On success the revision goes up, ``changed``
        is emitted and ``done`` gets the result; on failure ``failed`` gets the error (nothing
        was saved: each repository write is one transaction).
        """
        self._run(lambda repository: (household_id, change(repository)), done, failed)

    def create(
        self,
        change: Callable[[Repository], int],
        done: Callable[[int], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """``write`` for a change that makes a household; ``change`` returns its id."""
        self._run(lambda repository: (id_ := change(repository), id_), done, failed)

    def _run(
        self,
        change: Callable[[Repository], tuple[int, T]],
        done: Callable[[T], None] | None,
        failed: Callable[[Exception], None] | None,
    ) -> None:
        def work() -> tuple[int, T, tuple[int, Household] | None]:
            household_id, result = change(self.repository)
            return household_id, result, _read_back(self.repository, household_id)

        def success(written: tuple[int, T, tuple[int, Household] | None]) -> None:
            self._pending -= 1
            household_id, result, reading = written
            if reading is None:
                self._revisions.pop(household_id, None)
                self._read.pop(household_id, None)
            else:
                self._revisions[household_id] = reading[0]
                self._read[household_id] = reading
            self.changed.emit(household_id, -1 if reading is None else reading[0])
            if done is not None:
                done(result)

        def failure(error: Exception) -> None:
            self._pending -= 1
            if failed is not None:
                failed(error)

        self._pending += 1
        ops.write(self, work, success, failure)

    def busy(self) -> bool:
        """Whether a write asked for has not told its outcome yet."""
        return self._pending > 0

    def wait(self) -> None:
        """Block until every write asked so far is committed (before closing the file)."""
        ops.wait_for_writes()


def _read_back(repository: Repository, household_id: int) -> tuple[int, Household] | None:
    """The household's revision and the household, as just written; None once it is deleted.

    The revision is read first: a write committed between the two reads makes the pair older
    than the household, never newer, so the next ``changed`` still shows the newest.
    """
    try:
        return repository.revision(household_id), repository.load(household_id)
    except NotFound:
        return None
