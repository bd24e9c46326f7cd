"""The upcoming deadlines of a timeline, one row per event, soonest first."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hkpath_desktop.core.calendar_ics import upcoming
from hkpath_desktop.core.timeline import Event, Timeline
from hkpath_desktop.ui.widgets import timeline_style as style

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    DATE = 0
    UNTIL = 1
    WHO = 2
    WHAT = 3
    DETAILS = 4


class DeadlineModel(QAbstractTableModel):
    """Rows are (member name, event) for events still ahead (an open window counts)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Event]] = []

    def set_timeline(self, timeline: Timeline | None, today: date) -> None:
        self.beginResetModel()
        rows = []
        if timeline is not None:
            for member in timeline.members:
                rows += [(member.name or member.id, e) for e in upcoming(member, today)]
        self.rows = sorted(rows, key=lambda r: (r[1].date, r[0]))
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self.rows[row][1]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.DATE: self.tr("Date"),
            Column.UNTIL: self.tr("Until"),
            Column.WHO: self.tr("Who"),
            Column.WHAT: self.tr("What"),
            Column.DETAILS: self.tr("Details"),
        }[Column(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        name, event = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.DATE: event.date.isoformat(),
                Column.UNTIL: event.until.isoformat() if event.until else "",
                Column.WHO: name,
                Column.WHAT: style.kind_title(event.kind),
                Column.DETAILS: event.label,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.label
        if role == Qt.ItemDataRole.DecorationRole and column == Column.WHAT:
            return style.marker_icon(event.kind)
        return None
