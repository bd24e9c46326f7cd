"""The rows of a trips CSV as read, each with its problems: the import preview's table."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.texts import clauses, say
from hkpath_desktop.core.trip_csv import CsvRow
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.models.rows import RowsModel


class Column(IntEnum):
    ROW = 0
    MEMBER = 1
    LEFT = 2
    RETURNED = 3
    PROBLEM = 4


class TripImportModel(RowsModel[CsvRow]):
    """Read-only; rows with a problem are drawn in the error colour, said in ``language``."""

    columns = Column

    def __init__(self, parent: QObject | None = None, language: Language = Language.EN) -> None:
        super().__init__(parent)
        self.language = language
        self._names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[CsvRow], names: dict[str, str] | None = None) -> None:
        """``names`` maps member ids to display names, to show whom a row was matched to."""
        self._names = names or {}
        super().set_rows(rows)

    def headers(self) -> dict[Column, str]:
        return {
            Column.ROW: self.tr("Row"),
            Column.MEMBER: self.tr("Member"),
            Column.LEFT: self.tr("Left"),
            Column.RETURNED: self.tr("Came back"),
            Column.PROBLEM: self.tr("Problem"),
        }

    def cell(self, row: CsvRow, column: IntEnum, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and row.errors:
            return theme.colour("error")
        return None

    def _text(self, row: CsvRow, column: Column) -> str:
        if column == Column.ROW:
            return str(row.row)
        if column == Column.MEMBER:
            if row.trip is not None and row.trip.member in self._names:
                return self._names[row.trip.member]
            return row.cells[0]
        if column == Column.LEFT:
            return row.cells[1]
        if column == Column.RETURNED:
            return row.cells[2] or self.tr("Still away")
        problems = [self._problem(e.column, say(e.message, self.language)) for e in row.errors]
        return say(clauses(*problems), self.language) or self.tr("OK")

    def _problem(self, column: str | None, message: str) -> str:
        if not column:
            return message
        return self.tr("%1: %2").replace("%1", column).replace("%2", message)
