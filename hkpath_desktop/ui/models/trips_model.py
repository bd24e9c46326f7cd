"""One member's trips as a table: when they left, when they came back, the days away."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.residence import Absence
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.models.rows import RowsModel


class Column(IntEnum):
    LEFT = 0
    RETURNED = 1
    DAYS = 2
    NOTE = 3


class TripsModel(RowsModel[Trip]):
    """Read-only; ``set_trips`` swaps the rows (sorted by the day left) in one model reset.

    The counts come from the core's ``Absence`` objects of the same trips; a trip that begins
    after the day asked about has none and shows as planned.
    """

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._absences: dict[tuple[date, date | None], Absence] = {}
        self._flag_months = 0

    def set_trips(
        self, trips: tuple[Trip, ...], absences: tuple[Absence, ...] = (), flag_months: int = 0
    ) -> None:
        self._absences = {(a.left, a.returned): a for a in absences}
        self._flag_months = flag_months
        self.set_rows(sorted(trips, key=lambda t: (t.left, t.returned or date.max)))

    def trip(self, row: int) -> Trip:
        return self.row(row)

    def trips(self) -> tuple[Trip, ...]:
        return self.all_rows()

    def row_of(self, trip: Trip) -> int:
        return self.all_rows().index(trip)

    def headers(self) -> dict[Column, str]:
        return {
            Column.LEFT: self.tr("Left Hong Kong"),
            Column.RETURNED: self.tr("Came back"),
            Column.DAYS: self.tr("Days outside"),
            Column.NOTE: self.tr("Note"),
        }

    def header_tips(self) -> dict[Column, str]:
        return {
            Column.DAYS: self.tr(
                "Whole days outside Hong Kong; the days of leaving and of coming back "
                "count as days in Hong Kong"
            )
        }

    def cell(self, trip: Trip, column: IntEnum, role: int) -> object:
        absence = self._absences.get((trip.left, trip.returned))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(trip, absence, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NOTE:
            if absence is not None and absence.long:
                return theme.colour("incomplete")
            return theme.colour("muted")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, trip: Trip, absence: Absence | None, column: Column) -> str:
        if column == Column.LEFT:
            return trip.left.isoformat()
        if column == Column.RETURNED:
            return trip.returned.isoformat() if trip.returned else self.tr("Still away")
        if column == Column.DAYS:
            return "—" if absence is None else str(absence.days_outside)
        if absence is None:
            return self.tr("Planned: not counted yet")
        if absence.long:
            return self.tr("Over %1 months: the PR form asks why").replace(
                "%1", str(self._flag_months)
            )
        return ""
