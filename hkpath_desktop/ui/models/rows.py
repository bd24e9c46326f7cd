"""What the window's read-only tables share: rows swapped in one reset, one header per column,
and a cell asked of the subclass only for a row that exists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
_ROOT = QModelIndex()
_SERVED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
    )
)
"""The roles any table answers; a view asks for more per cell on each paint."""


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table of ``R`` rows and ``columns``; subclasses say ``headers`` and each ``cell``."""

    columns: ClassVar[type[IntEnum]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[R, ...] = ()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, index: int) -> R:
        return self._rows[index]

    def all_rows(self) -> tuple[R, ...]:
        return self._rows

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips().get(column)
        return None

    def headers(self) -> Mapping[Any, str]:
        raise NotImplementedError

    def header_tips(self) -> Mapping[Any, str]:
        return {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], self.columns(index.column()), role)

    def cell(self, row: R, column: IntEnum, role: int) -> object:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError
