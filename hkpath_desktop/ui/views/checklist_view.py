"""The Checklist tab: each person's papers per stage, their files, notes and progress.

Files are only ever referred to: attaching records a path and a fingerprint, detaching drops
the record, and nothing here writes, moves or copies a user's file. Reading files (to attach,
relink or re-check them) happens in a worker thread; every change is a write of the household
session, which the window shows again once it is committed.

Signals:
    reportRequested(): the user asked for the checklist as a PDF ("Export PDF…").
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.checklists import Checklist, ChecklistError, Progress, build_checklist
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.attachments import FileState
from hkpath_desktop.store.repository import NotFound
from hkpath_desktop.ui import file_dialogs, theme
from hkpath_desktop.ui.models.checklist_model import ChecklistModel, Column, Kind, Node
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.checklist_actions import FileActions
from hkpath_desktop.ui.views.checklist_controls import ChecklistControls
from hkpath_desktop.ui.views.checklist_detail import ItemDetail
from hkpath_desktop.ui.views.checklist_files import FileKey
from hkpath_desktop.ui.views.checklist_status import StatusArea
from hkpath_desktop.ui.widgets.file_drop import DropFilter

_SIZED_ROWS = 60
"""Rows the status column is measured on: those in sight first, then from the top."""


class ChecklistView(QWidget):
    reportRequested = Signal()

    def __init__(
        self,
        session: HouseholdSession,
        rules: RulePack,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rules = rules
        self.today = today
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        """Opens a file: URL in the system's viewer or file manager; tests replace it."""
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.choose_new_place: Callable[[str], str] = self._ask_new_place
        self.language = Language.EN
        """The language of the catalogue's titles and reasons; set it with the GUI's."""
        self.household_id: int | None = None
        self.household: Household | None = None
        self.states: dict[FileKey, FileState] = {}
        self._collapsed: set[tuple[str, str]] = set()
        self._shown: list[Checklist] = []
        self.model = ChecklistModel(self)
        self.file_actions = FileActions(self, self)
        self.files = self.file_actions.jobs
        self._build()
        self.show_household(None)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.empty = QLabel(self.tr("Choose or create a household to see its documents."), self)
        theme.style_label(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.controls = ChecklistControls(self)
        self.export_button = QPushButton(self.tr("E&xport PDF…"), self)
        self.export_button.clicked.connect(self.reportRequested)
        self.status = StatusArea(self)
        self.status.cancel.clicked.connect(self.files.cancel)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Documents by person and stage"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree_drop = DropFilter(self.tree.viewport(), self._takes_files_at)
        self.tree_drop.filesDropped.connect(self._dropped_on_tree)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Sized once per rebuild (``_rebuild``), from the rows in sight and a few more: sizing
        # to contents at every layout and data change read every row's status each time.
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(_SIZED_ROWS)
        self.detail = ItemDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.addActions(list(self.file_actions.all))
        buttons = QHBoxLayout()
        for action in self.file_actions.all:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.body = QWidget(self)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.controls)
        inner.addWidget(self.status)
        inner.addWidget(splitter, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.controls.listChanged.connect(self._rebuild)
        self.controls.filterChanged.connect(self._rebuild)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.collapsed.connect(lambda i: self._collapsed.add(self._group_key(i)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(self._group_key(i)))
        self.detail.noteEdited.connect(self._save_note)
        self.detail.filesDropped.connect(self.attach_files)
        self.files.progress.connect(self.status.show_progress)
        self.files.busyChanged.connect(self.status.set_busy)
        self.files.failed.connect(self.status.say)

    # -- public API --------------------------------------------------------------------------

    def show_household(self, household_id: int | None, household: Household | None = None) -> None:
        """Show a household's checklists, then re-check its files in the background.

        ``household`` is the household as the caller has just read it, which saves reading it
        again (with many files attached, a read is a good part of the re-rendering).
        """
        self.detail.flush()
        changed = household_id != self.household_id
        self.household_id = household_id
        self.household = None
        if household_id is not None:
            try:
                self.household = household or self.session.load(household_id)
            except NotFound:
                self.household_id = None
        if self.household is None:
            self.household_id = None
            self.states = {}
            self.files.recheck(())
            self.model.set_content(None, ())
            self._show_body(False)
            return
        self._show_body(True)
        assessments = assess_all(self.household, self.rules, self.today())
        self.controls.blockSignals(True)
        self.controls.set_assessments(assessments, keep=not changed)
        self.controls.blockSignals(False)
        if changed:
            self.states = {}
            self._collapsed.clear()
        self._rebuild()
        if changed:
            self.recheck_files()
        else:
            self.file_actions.recheck_unchecked()

    def current_selection(self) -> tuple[str, tuple[str, ...]]:
        """The route and the stages the tab shows, for the PDF export."""
        return self.controls.selected_pathway(), self.controls.selected_stages()

    def current_category(self) -> str | None:
        """The TTPS category the lists are built for (None: not decided, or not TTPS)."""
        return self.controls.selected_category()

    def current_node(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def checklists(self) -> list[Checklist]:
        """One checklist per shown stage, for the route and category chosen."""
        if self.household is None:
            return []
        pathway = self.controls.selected_pathway()
        category = self.controls.selected_category()
        return [
            build_checklist(
                self.household,
                pathway,
                stage,
                category=category,
                language=self.language,
                on=self.today(),
                rules=self.rules,
            )
            for stage in self.controls.selected_stages()
        ]

    def attach_files(self, paths: list[str] | None = None) -> None:
        """Attach files to the selected document (asks for them when ``paths`` is None)."""
        self.file_actions.attach_files(paths)

    def recheck_files(self) -> None:
        """Re-check every attached file of the household in the background."""
        self.file_actions.recheck_files()

    def files_checked(self) -> None:
        """A re-check came back: show what it found."""
        self.model.set_file_states(self.states)
        self._refresh_summary()
        self._current_changed(self.tree.currentIndex(), QModelIndex())

    def saved(self, household_id: int, select: FileKey) -> None:
        """A change was committed (and shown): select ``select`` if the household is shown."""
        if household_id == self.household_id:
            self._select(select)

    def _save_note(self, member: str, item: str, text: str) -> None:
        household_id = self.household_id
        stored = self._stored_note(member, item)
        if household_id is None or stored == text or not (stored.strip() or text.strip()):
            return
        self.session.write(
            household_id,
            lambda repository: repository.set_note(household_id, member, item, text),
            failed=lambda error: self.status.say(str(error)),
        )

    def _stored_note(self, member: str, item: str) -> str:
        """The note as last read (a flush of an unchanged note writes nothing)."""
        notes = self.household.notes if self.household is not None else ()
        return next((n.text for n in notes if (n.member, n.item) == (member, item)), "")

    # -- rendering ---------------------------------------------------------------------------

    def _select(self, select: FileKey | None) -> None:
        """Make ``select`` (or, if it is gone, its document) the current row, and show it."""
        index = QModelIndex()
        if select is not None:
            index = self.model.find(*select)
            if not index.isValid():
                index = self.model.find(select[0], select[1])
        quiet = self.tree.currentIndex() == index  # no currentChanged will show it
        self.tree.setCurrentIndex(index)
        if quiet:
            self._current_changed(index, QModelIndex())

    def _rebuild(self, select: FileKey | None = None) -> None:
        current = self.current_node()
        if select is None and current is not None and current.item is not None:
            select = (current.member, current.item.id, current.path)
        try:
            checklists = self.checklists()
        except ChecklistError as exc:
            self.status.say(str(exc))
            checklists = []
        self.model.set_file_states(self.states)
        self.model.set_content(
            self.household,
            checklists,
            text=self.controls.text_filter(),
            status=self.controls.status_filter(),
        )
        self._expand()
        self._select(select)
        self.tree.resizeColumnToContents(Column.STATUS)
        self._shown = checklists
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        if self.household is None:
            return
        items = [item for c in self._shown for item in c.items]
        people = []
        for member in self.household.members:
            mine = [i for i in items if i.member == member.id]
            if mine:
                done = Progress.of(mine)
                people.append((member.display_name or member.id, done))
        total = Progress.of(items)
        bad = sum(1 for state in self.states.values() if not state.ok)
        self.status.show_summary(total, people, bad)

    def _expand(self) -> None:
        """Open every row except the people and stages the user folded away."""
        for row in range(self.model.rowCount()):
            person = self.model.index(row, 0)
            self.tree.setExpanded(person, self._group_key(person) not in self._collapsed)
            for stage_row in range(self.model.rowCount(person)):
                stage = self.model.index(stage_row, 0, person)
                self.tree.setExpanded(stage, self._group_key(stage) not in self._collapsed)
                for item_row in range(self.model.rowCount(stage)):
                    self.tree.setExpanded(self.model.index(item_row, 0, stage), True)

    def _group_key(self, index: QModelIndex) -> tuple[str, str]:
        node = self.model.node(index)
        if node is None or node.kind not in (Kind.MEMBER, Kind.STAGE):
            return ("", "")
        return (node.member, node.stage)

    def _show_body(self, visible: bool) -> None:
        self.empty.setVisible(not visible)
        self.body.setVisible(visible)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(current)
        self.detail.set_node(node)
        self.file_actions.update(node)

    def _takes_files_at(self, pos: QPoint) -> bool:
        node = self.model.node(self.tree.indexAt(pos))
        return node is not None and node.item is not None

    def _dropped_on_tree(self, paths: list[str], pos: QPoint) -> None:
        self.tree.setCurrentIndex(self.tree.indexAt(pos).siblingAtColumn(Column.NAME))
        self.attach_files(paths)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions(list(self.file_actions.all))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _ask_files(self) -> list[str]:
        return [str(path) for path in file_dialogs.open_files(self, self.tr("Attach files"))]

    def _ask_new_place(self, old_path: str) -> str:
        title = self.tr("Where is “%1” now?").replace("%1", os.path.basename(old_path))
        path = file_dialogs.open_file(self, title, start=Path(old_path).parent)
        return "" if path is None else str(path)
