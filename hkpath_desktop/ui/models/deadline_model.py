"""The upcoming deadlines of a timeline, one row per event, soonest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPixmap

from hkpath_desktop.core.calendar_ics import upcoming
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import PlanStatus
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.timeline import Event, EventKind, Timeline
from hkpath_desktop.ui.models.rows import RowsModel
from hkpath_desktop.ui.widgets import plan_status
from hkpath_desktop.ui.widgets import timeline_style as style

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class Column(IntEnum):
    DATE = 0
    UNTIL = 1
    WHO = 2
    WHAT = 3
    RENEWAL = 4
    DETAILS = 5


@dataclass(frozen=True)
class _Row:
    event: Event
    cells: tuple[str, ...]
    """The text of each column, said once when the timeline is set."""
    icon: QPixmap
    renewal: PlanStatus | None = None
    """The plan status of the renewal the event belongs to, if it belongs to one."""


class DeadlineModel(RowsModel[_Row]):
    """Rows are (member name, event) for events still ahead (an open window counts).

    Each row's text and icon are made once in ``set_timeline``: the list sizes its columns to
    their contents, which asks every cell several times.
    """

    columns = Column

    def __init__(self, parent: QObject | None = None, language: Language = Language.EN) -> None:
        super().__init__(parent)
        self.language = language

    def set_timeline(
        self, timeline: Timeline | None, today: date, renewals: plan_status.Renewals | None = None
    ) -> None:
        pairs = []
        if timeline is not None:
            for member in timeline.members:
                pairs += [(member, e) for e in upcoming(member, today)]
        pairs.sort(key=lambda r: (r[1].date, r[0].name or r[0].id))
        icons: dict[EventKind, QPixmap] = {}
        titles: dict[EventKind, str] = {}
        rows = []
        for member, event in pairs:
            status = plan_status.of_event(renewals or {}, member.id, event)
            if event.kind not in icons:
                icons[event.kind] = style.marker_icon(event.kind)
                titles[event.kind] = style.kind_title(event.kind)
            cells = (
                event.date.isoformat(),
                event.until.isoformat() if event.until else "",
                member.name or member.id,
                titles[event.kind],
                plan_status.word(status, self.language) if status is not None else "",
                say(event.label, self.language),
            )
            rows.append(_Row(event, cells, icons[event.kind], status))
        self.set_rows(rows)

    def event_at(self, row: int) -> Event:
        return self.row(row).event

    def headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.UNTIL: self.tr("Until"),
            Column.WHO: self.tr("Who"),
            Column.WHAT: self.tr("What"),
            Column.RENEWAL: self.tr("Renewal"),
            Column.DETAILS: self.tr("Details"),
        }

    def cell(self, row: _Row, column: IntEnum, role: int) -> object:
        if role == _DISPLAY:
            return row.cells[column]
        if role == _TOOLTIP:
            return row.cells[Column.DETAILS]
        if role == _DECORATION and column == Column.WHAT:
            return row.icon
        if row.renewal is not None and column == Column.RENEWAL:
            if role == _DECORATION:
                return plan_status.icon(row.renewal)
            if role == _FOREGROUND:
                return plan_status.colour(row.renewal)
        return None
