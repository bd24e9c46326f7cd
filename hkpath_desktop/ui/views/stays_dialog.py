"""The household's stays in Hong Kong, with add, edit and delete: what the Timeline counts from.

Every change is a write of the household session (off the UI thread, one transaction, the
revision moved on); the stays are read inside the write, so a stay changed meanwhile is
refused rather than overwritten. The list shows the household again once the write is in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Household, Stay
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.stay_dialog import StayDialog
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.field_error import FieldError


class ChangedMeanwhile(Exception):
    """The stay being edited or deleted is no longer recorded as it was shown."""


def _replaced(stays: tuple[Stay, ...], old: Stay | None, new: Stay | None) -> tuple[Stay, ...]:
    """``stays`` with ``old`` replaced by ``new`` (added when ``old`` is None, removed when
    ``new`` is None)."""
    if old is None:
        return stays if new is None else (*stays, new)
    if old not in stays:
        raise ChangedMeanwhile
    kept = [s for s in stays if s != old]
    if new is not None:
        kept.insert(stays.index(old), new)
    return tuple(kept)


def change_stay(
    repository: Repository, household_id: int, old: Stay | None, new: Stay | None
) -> None:
    """Replace ``old`` by ``new`` among the stays as stored now, in one write (the editor's
    and the interview's way); :class:`ChangedMeanwhile` when ``old`` is no longer stored."""
    current = repository.load(household_id).stays
    repository.set_stays(household_id, _replaced(current, old, new))


class StaysDialog(QDialog):
    """Each member's recorded stays, newest household state after every write."""

    def __init__(
        self, session: HouseholdSession, household_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.household_id = household_id
        self.household: Household = session.load(household_id)
        self.editor: StayDialog | None = None
        self.setWindowTitle(self.tr("Stays in Hong Kong"))
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Route"),
                self.tr("From"),
                self.tr("Limit of stay"),
                self.tr("Dependant of"),
                self.tr("Formal Approval"),
            ]
        )
        self.table.setAccessibleName(self.tr("Stays in Hong Kong"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add stay…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.message = FieldError(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.add_button.clicked.connect(lambda: self.add_stay())
        self.edit_button.clicked.connect(lambda: self.edit_stay())
        self.delete_button.clicked.connect(self.delete_stay)
        self.table.doubleClicked.connect(lambda _index: self.edit_stay())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        session.changed.connect(self._written)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 56, 360)
        self._fill()

    def stays(self) -> tuple[Stay, ...]:
        """The stays as listed, row by row."""
        return self.household.stays

    def selected_stay(self) -> Stay | None:
        rows = self.table.selectionModel().selectedRows()
        return self.household.stays[rows[0].row()] if rows else None

    def _name(self, member: str | None) -> str:
        if member is None:
            return ""
        found = next((m for m in self.household.members if m.id == member), None)
        return (found.display_name or found.id) if found else member

    def _fill(self, select: Stay | None = None) -> None:
        stays = self.household.stays
        self.table.setRowCount(len(stays))
        for row, s in enumerate(stays):
            approval = s.formal_approval.isoformat() if s.formal_approval else ""
            cells = (
                self._name(s.member),
                style.pathway_title(s.pathway),
                s.entry.isoformat(),
                s.limit_of_stay.isoformat(),
                self._name(s.sponsor),
                approval,
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if select in stays:
            self.table.selectRow(stays.index(select))
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.selected_stay() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _written(self, household_id: int, revision: int) -> None:
        if household_id != self.household_id:
            return
        if revision < 0:
            self.reject()
            return
        kept = self.selected_stay()
        self.household = self.session.load(household_id)
        self._fill(kept)

    # -- changing ----------------------------------------------------------------------------

    def add_stay(self, member: str | None = None) -> StayDialog:
        """Open the editor for a new stay (of ``member``, else the selected stay's person)."""
        selected = self.selected_stay()
        return self._open(None, member or (selected.member if selected else None))

    def edit_stay(self) -> StayDialog | None:
        stay = self.selected_stay()
        return None if stay is None else self._open(stay, stay.member)

    def _open(self, stay: Stay | None, member: str | None) -> StayDialog:
        editor = StayDialog(self.household.members, stay, member, self)
        editor.accepted.connect(lambda: self._change(stay, editor.stay()))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.open()
        return editor

    def delete_stay(self) -> None:
        stay = self.selected_stay()
        if stay is None:
            return
        question = (
            self.tr("Delete the %1 stay of %2 from %3 to %4?")
            .replace("%1", style.pathway_title(stay.pathway))
            .replace("%2", self._name(stay.member))
            .replace("%3", stay.entry.isoformat())
            .replace("%4", stay.limit_of_stay.isoformat())
        )
        answer = QMessageBox.question(self, self.tr("Delete stay"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._change(stay, None)

    def _change(self, old: Stay | None, new: Stay | None) -> None:
        household_id = self.household_id

        def write(repository: Repository) -> None:
            change_stay(repository, household_id, old, new)

        def done(_result: None) -> None:
            if new is not None and new in self.household.stays:
                self.table.selectRow(self.household.stays.index(new))

        self.message.show_message(None)
        self.session.write(household_id, write, done, self._refused)

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ChangedMeanwhile):
            text = self.tr("Not saved: the stays changed meanwhile; look again and retry.")
        else:
            text = self.tr("Not saved: %1").replace("%1", str(error))
        self.message.show_message(text)
