"""The checklist as a tree: person > stage > document > attached files.

The model is rebuilt from plain core objects (the household and one ``Checklist`` per stage)
plus the latest file re-check; it never reads the database or the disk itself. Progress on the
person and stage rows always counts the whole list, so a filter hides rows, not work to do.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hkpath_desktop.core.checklists import Checklist, ChecklistItem, ItemStatus, Party, Progress
from hkpath_desktop.core.facts import Household
from hkpath_desktop.store.attachments import FileState, FileStatus, Problem
from hkpath_desktop.ui import theme

Index = QModelIndex | QPersistentModelIndex
FileKey = tuple[str, str, str]
"""(member, item, path): one attached file."""

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, NODE_ROLE) gives the row's :class:`Node`."""
_SERVED = frozenset(
    {
        NODE_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)
"""The roles ``data`` answers; a view asks seven per cell each paint, most of them others."""


class Column(IntEnum):
    NAME = 0
    STATUS = 1


class Kind(StrEnum):
    MEMBER = "member"
    STAGE = "stage"
    ITEM = "item"
    FILE = "file"


ATTENTION = "attention"
"""Status filter value: only documents with a file that is missing, changed or unreadable."""


@dataclass(eq=False)
class Node:
    kind: Kind
    parent: int
    row: int
    member: str
    stage: str = ""
    label: str = ""
    progress: Progress | None = None
    item: ChecklistItem | None = None
    path: str = ""
    state: FileState | None = None
    children: list[int] = field(default_factory=list)


def stage_label(stage: str) -> str:
    names = {
        "entry": QCoreApplication.translate("ChecklistModel", "Entry"),
        "extension": QCoreApplication.translate("ChecklistModel", "Extension of stay"),
        "pr": QCoreApplication.translate("ChecklistModel", "Permanent residency"),
        "net_asset_assessment": QCoreApplication.translate(
            "ChecklistModel", "Net asset assessment"
        ),
        "investment_assessment": QCoreApplication.translate(
            "ChecklistModel", "Investment assessment"
        ),
        "annual_maintenance": QCoreApplication.translate("ChecklistModel", "Yearly maintenance"),
        "unconditional_stay": QCoreApplication.translate("ChecklistModel", "Unconditional stay"),
    }
    return names.get(stage, stage.replace("_", " ").capitalize())


def item_status_label(status: ItemStatus) -> str:
    return {
        ItemStatus.MISSING: QCoreApplication.translate("ChecklistModel", "Missing"),
        ItemStatus.ATTACHED: QCoreApplication.translate("ChecklistModel", "Attached"),
        ItemStatus.NOT_APPLICABLE: QCoreApplication.translate("ChecklistModel", "Not applicable"),
        ItemStatus.WAIVED: QCoreApplication.translate("ChecklistModel", "Waived"),
    }[status]


def file_status_label(state: FileState | None) -> str:
    if state is None:
        return QCoreApplication.translate("ChecklistModel", "Not checked yet")
    if state.problem is Problem.FOLDER_GONE:
        return QCoreApplication.translate("ChecklistModel", "Folder or drive missing")
    return {
        FileStatus.OK: QCoreApplication.translate("ChecklistModel", "OK"),
        FileStatus.CHANGED: QCoreApplication.translate("ChecklistModel", "Changed since attached"),
        FileStatus.MISSING: QCoreApplication.translate("ChecklistModel", "Moved or deleted"),
        FileStatus.UNREADABLE: QCoreApplication.translate("ChecklistModel", "Cannot be read"),
    }[state.status]


def file_reason(state: FileState | None) -> str:
    """The plain reason for a file's state, translated."""
    if state is None:
        return QCoreApplication.translate("ChecklistModel", "The file has not been checked yet.")
    reasons = {
        Problem.NONE: QCoreApplication.translate(
            "ChecklistModel", "The file is where it was and unchanged."
        ),
        Problem.NOT_FOUND: QCoreApplication.translate(
            "ChecklistModel", "The file is no longer there: it was moved, renamed or deleted."
        ),
        Problem.FOLDER_GONE: QCoreApplication.translate(
            "ChecklistModel",
            "The folder holding the file is not there: a drive may be unplugged "
            "or the folder moved.",
        ),
        Problem.PERMISSION: QCoreApplication.translate(
            "ChecklistModel", "Permission denied: this account may not read the file."
        ),
        Problem.MEDIA: QCoreApplication.translate(
            "ChecklistModel", "The drive holding the file cannot be read: it may have been removed."
        ),
        Problem.NAME_TOO_LONG: QCoreApplication.translate(
            "ChecklistModel", "The path is too long for the system to open."
        ),
        Problem.NOT_A_FILE: QCoreApplication.translate(
            "ChecklistModel", "The path is not an ordinary file (a folder or a device)."
        ),
        Problem.OTHER: QCoreApplication.translate("ChecklistModel", "The file cannot be read."),
        Problem.SIZE: QCoreApplication.translate(
            "ChecklistModel", "The file's size has changed since it was attached."
        ),
        Problem.MTIME: QCoreApplication.translate(
            "ChecklistModel", "The file was modified since it was attached."
        ),
        Problem.CONTENT: QCoreApplication.translate(
            "ChecklistModel", "The file's content has changed since it was attached."
        ),
    }
    text = reasons[state.problem]
    return f"{text} ({state.detail})" if state.detail else text


def progress_label(progress: Progress) -> str:
    return (
        QCoreApplication.translate("ChecklistModel", "%1 of %2 documents ready")
        .replace("%1", str(progress.done))
        .replace("%2", str(progress.total))
    )


class ChecklistModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._roots: list[int] = []
        self._states: dict[FileKey, FileState] = {}

    # -- content -------------------------------------------------------------------------------

    def set_content(
        self,
        household: Household | None,
        checklists: Iterable[Checklist],
        *,
        text: str = "",
        status: str = "",
    ) -> None:
        """Rebuild from one checklist per stage, showing the items that pass the filter."""
        self.beginResetModel()
        self._nodes, self._roots = [], []
        if household is not None:
            self._build(household, tuple(checklists), text.strip().casefold(), status)
        self.endResetModel()

    def set_file_states(self, states: Mapping[FileKey, FileState]) -> None:
        """Show a re-check's findings without rebuilding the tree.

        One ``dataChanged`` per document whose files changed (its file rows are one block),
        and one for the document itself: a signal per file made the view re-measure its
        status column once per file, which took seconds for a few hundred files.
        """
        self._states = dict(states)
        changed: dict[int, list[int]] = {}
        for nid, node in enumerate(self._nodes):
            if node.kind is Kind.FILE and node.item is not None:
                state = self._states.get((node.member, node.item.id, node.path))
                if state != node.state:
                    node.state = state
                    changed.setdefault(node.parent, []).append(nid)
        last = len(Column) - 1
        for parent, files in changed.items():
            rows = [self._nodes[nid].row for nid in files]
            first, end = files[rows.index(min(rows))], files[rows.index(max(rows))]
            self.dataChanged.emit(
                self.createIndex(min(rows), 0, first), self.createIndex(max(rows), last, end)
            )
            index = self._index_of(parent)
            self.dataChanged.emit(index, index.siblingAtColumn(last))

    def node(self, index: Index) -> Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def find(self, member: str, item_id: str, path: str = "") -> QModelIndex:
        """The row of a document (or of one of its files); invalid if it is not shown."""
        for nid, node in enumerate(self._nodes):
            if node.member != member or node.item is None or node.item.id != item_id:
                continue
            if (node.kind is Kind.FILE and node.path == path) or (
                node.kind is Kind.ITEM and not path
            ):
                return self.createIndex(node.row, 0, nid)
        return QModelIndex()

    def _build(
        self, household: Household, checklists: tuple[Checklist, ...], text: str, status: str
    ) -> None:
        members = dict.fromkeys(item.member for c in checklists for item in c.items)
        for member_id in members:
            member = household.member(member_id)
            role = {
                "principal": QCoreApplication.translate("ChecklistModel", "principal"),
                "spouse": QCoreApplication.translate("ChecklistModel", "spouse"),
                "child": QCoreApplication.translate("ChecklistModel", "child"),
            }
            name = member.display_name or QCoreApplication.translate(
                "ChecklistModel", "(no name yet)"
            )
            items = [item for c in checklists for item in c.for_member(member_id)]
            person = self._add(
                Kind.MEMBER,
                -1,
                member_id,
                label=QCoreApplication.translate("ChecklistModel", "%1 (%2)")
                .replace("%1", name)
                .replace("%2", role.get(member.role.value, member.role.value)),
                progress=Progress.of(items),
            )
            name_hit = bool(text) and text in name.casefold()
            for checklist in checklists:
                mine = checklist.for_member(member_id)
                shown = [i for i in mine if self._passes(i, name_hit, text, status)]
                if not shown:
                    continue
                stage = self._add(
                    Kind.STAGE,
                    person,
                    member_id,
                    stage=checklist.stage,
                    label=stage_label(checklist.stage),
                    progress=Progress.of(mine),
                )
                for item in shown:
                    node = self._add(Kind.ITEM, stage, member_id, stage=checklist.stage, item=item)
                    for path in item.files:
                        self._add(
                            Kind.FILE,
                            node,
                            member_id,
                            stage=checklist.stage,
                            item=item,
                            path=path,
                            state=self._states.get((member_id, item.id, path)),
                        )
            if not self._nodes[person].children:
                self._drop_last_root(person)

    def _drop_last_root(self, person: int) -> None:
        del self._nodes[person:]
        self._roots.pop()

    def _passes(self, item: ChecklistItem, name_hit: bool, text: str, status: str) -> bool:
        if status == ATTENTION:
            if not any(self._attention((item.member, item.id, p)) for p in item.files):
                return False
        elif status and item.status.value != status:
            return False
        if not text or name_hit:
            return True
        haystack = [item.title, item.id, item.note or "", *map(os.path.basename, item.files)]
        return any(text in part.casefold() for part in haystack)

    def _attention(self, key: FileKey) -> bool:
        state = self._states.get(key)
        return state is not None and not state.ok

    def _add(self, kind: Kind, parent: int, member: str, **fields: Any) -> int:
        siblings = self._roots if parent < 0 else self._nodes[parent].children
        nid = len(self._nodes)
        self._nodes.append(Node(kind, parent, len(siblings), member, **fields))
        siblings.append(nid)
        return nid

    def _index_of(self, nid: int) -> QModelIndex:
        return QModelIndex() if nid < 0 else self.createIndex(self._nodes[nid].row, 0, nid)

    # -- QAbstractItemModel --------------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        siblings = self._children(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if not (0 <= row < len(siblings) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        return QModelIndex() if node is None else self._index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def _children(self, parent: Index) -> list[int]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    QCoreApplication.translate("ChecklistModel", "Document"),
                    QCoreApplication.translate("ChecklistModel", "Status"),
                )[section]
                if 0 <= section < 2
                else None
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED:
            return None
        node = self.node(index)
        if node is None:
            return None
        if role == NODE_ROLE:
            return node
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._name(node) if column == Column.NAME else self._status(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return theme.colour(self._colour_role(node))
        return None

    def _name(self, node: Node) -> str:
        if node.kind is Kind.FILE:
            return os.path.basename(node.path) or node.path
        if node.item is not None:
            employer = node.item.party is Party.EMPLOYER
            return node.item.title + (
                QCoreApplication.translate("ChecklistModel", " (from the employer)")
                if employer
                else ""
            )
        return node.label

    def _status(self, node: Node) -> str:
        if node.progress is not None:
            return progress_label(node.progress)
        if node.kind is Kind.FILE:
            return file_status_label(node.state)
        assert node.item is not None
        text = item_status_label(node.item.status)
        if node.item.depends_on:
            text += QCoreApplication.translate("ChecklistModel", " (if it applies)")
        count = len(node.item.files)
        if count > 1:
            text += QCoreApplication.translate("ChecklistModel", " (%1 files)").replace(
                "%1", str(count)
            )
        bad = sum(self._attention((node.member, node.item.id, p)) for p in node.item.files)
        if bad:
            text += QCoreApplication.translate("ChecklistModel", " — files to check: %1").replace(
                "%1", str(bad)
            )
        return text

    def _tooltip(self, node: Node) -> str | None:
        if node.kind is Kind.FILE:
            return f"{node.path}\n{file_reason(node.state)}"
        if node.item is None:
            return None
        parts = [node.item.title, node.item.why]
        if node.item.waived_reason:
            parts.append(
                QCoreApplication.translate("ChecklistModel", "Waived: %1").replace(
                    "%1", node.item.waived_reason
                )
            )
        return "\n".join(parts)

    def _colour_role(self, node: Node) -> str:
        if node.progress is not None:
            return "eligible" if node.progress.complete else "incomplete"
        if node.kind is Kind.FILE:
            if node.state is None:
                return "muted"
            return "eligible" if node.state.ok else "error"
        assert node.item is not None
        if any(self._attention((node.member, node.item.id, p)) for p in node.item.files):
            return "error"
        return {
            ItemStatus.ATTACHED: "eligible",
            ItemStatus.MISSING: "incomplete",
        }.get(node.item.status, "muted")
