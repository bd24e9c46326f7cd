"""One member's trips as a table: when they left, when they came back, the days away."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.residence import Absence
from hkpath_desktop.ui import theme

_Index = QModelIndex | QPersistentModelIndex


_SERVED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
"""The roles ``data`` answers; a view asks seven per cell each paint, most of them others."""


class Column(IntEnum):
    LEFT = 0
    RETURNED = 1
    DAYS = 2
    NOTE = 3


class TripsModel(QAbstractTableModel):
    """Read-only; ``set_trips`` swaps the rows (sorted by the day left) in one model reset.

    The counts come from the core's ``Absence`` objects of the same trips; a trip that begins
    after the day asked about has none and shows as planned.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._trips: tuple[Trip, ...] = ()
        self._absences: dict[tuple[date, date | None], Absence] = {}
        self._flag_months = 0

    def set_trips(
        self, trips: tuple[Trip, ...], absences: tuple[Absence, ...] = (), flag_months: int = 0
    ) -> None:
        self.beginResetModel()
        self._trips = tuple(sorted(trips, key=lambda t: (t.left, t.returned or date.max)))
        self._absences = {(a.left, a.returned): a for a in absences}
        self._flag_months = flag_months
        self.endResetModel()

    def trip(self, row: int) -> Trip:
        return self._trips[row]

    def trips(self) -> tuple[Trip, ...]:
        return self._trips

    def row_of(self, trip: Trip) -> int:
        return self._trips.index(trip)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._trips)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.DAYS:
            return self.tr(
                "Whole days outside Hong Kong; the days of leaving and of coming back "
                "count as days in Hong Kong"
            )
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.LEFT: self.tr("Left Hong Kong"),
            Column.RETURNED: self.tr("Came back"),
            Column.DAYS: self.tr("Days outside"),
            Column.NOTE: self.tr("Note"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._trips):
            return None
        trip = self._trips[index.row()]
        absence = self._absences.get((trip.left, trip.returned))
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(trip, absence, column)
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
