"""What the Checklist tab does with files: attach, open, show, relink, detach, re-check.

Files are only ever referred to: attaching records a path and a fingerprint, detaching drops
the record, and nothing here writes, moves or copies a user's file. Reading files happens in
``FileJobs`` workers; the results are written through the household session. The actions
work for a ``FileView``, the little of the Checklist tab they need.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction

from hkpath_desktop.core.facts import DocumentRef, Household
from hkpath_desktop.store.attachments import FileState, FileStatus
from hkpath_desktop.ui.models.checklist_model import Kind, Node
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.checklist_files import AttachResult, FileJobs, FileKey, RelinkResult
from hkpath_desktop.ui.views.checklist_status import StatusArea

_OK = FileState(FileStatus.OK)


class FileView(Protocol):
    """The Checklist tab as its file actions see it."""

    session: HouseholdSession
    household_id: int | None
    household: Household | None
    states: dict[FileKey, FileState]
    status: StatusArea
    open_url: Callable[[QUrl], bool]
    choose_files: Callable[[], list[str]]
    choose_new_place: Callable[[str], str]

    def current_node(self) -> Node | None: ...

    def saved(self, household_id: int, select: FileKey) -> None: ...

    def files_checked(self) -> None: ...


class FileActions(QObject):
    def __init__(self, view: FileView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.jobs = FileJobs(self)
        self.attach = self._action(
            self.tr("&Attach files…"),
            self.attach_files,
            self.tr("Attach files to the selected document"),
        )
        self.open = self._action(
            self.tr("O&pen"), self.open_file, self.tr("Open the file in its viewer")
        )
        self.folder = self._action(
            self.tr("&Show in folder"),
            self.show_in_folder,
            self.tr("Open the folder holding the file"),
        )
        self.relink = self._action(
            self.tr("Rel&ink…"),
            self.relink_file,
            self.tr("Point the record at the file's new place"),
        )
        self.detach = self._action(
            self.tr("&Detach"),
            self.detach_file,
            self.tr("Remove the file from the list (it stays on disk)"),
        )
        self.recheck = self._action(
            self.tr("Re-check fi&les"),
            self.recheck_files,
            self.tr("Check every attached file again"),
        )
        self.all = (self.attach, self.open, self.folder, self.relink, self.detach, self.recheck)
        self.jobs.attached.connect(self._attached)
        self.jobs.relinked.connect(self._relinked)
        self.jobs.checked.connect(self._checked)

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.parent())
        action.setIconText(text)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def update(self, node: Node | None) -> None:
        """Enable what makes sense for the selected row."""
        is_file = node is not None and node.kind is Kind.FILE
        self.attach.setEnabled(node is not None and node.item is not None)
        for action in (self.open, self.folder):
            action.setEnabled(bool(self.current_path()))
        self.relink.setEnabled(is_file)
        self.detach.setEnabled(is_file)
        self.recheck.setEnabled(self.view.household is not None)

    # -- the actions ---------------------------------------------------------------------------

    def attach_files(self, paths: list[str] | None = None) -> None:
        """Attach files to the selected document (asks for them when ``paths`` is None)."""
        view = self.view
        node = view.current_node()
        if view.household_id is None or node is None or node.item is None:
            return
        chosen = view.choose_files() if paths is None else paths
        if chosen:
            self.jobs.attach(view.household_id, node.member, node.item.id, list(chosen))

    def open_file(self) -> None:
        path = self.current_path()
        if not path:
            return
        if not os.path.isfile(path):
            self._say(self.tr("“%1” is not there: choose Relink… if it moved.").replace("%1", path))
        elif not self.view.open_url(QUrl.fromLocalFile(path)):
            self._say(self.tr("The system could not open “%1”.").replace("%1", path))

    def show_in_folder(self) -> None:
        path = self.current_path()
        if not path:
            return
        folder = os.path.dirname(path)
        if not os.path.isdir(folder):
            self._say(self.tr("The folder “%1” is not there.").replace("%1", folder))
        elif not self.view.open_url(QUrl.fromLocalFile(folder)):
            self._say(self.tr("The system could not open “%1”.").replace("%1", folder))

    def detach_file(self) -> None:
        view = self.view
        node = view.current_node()
        if view.household_id is None or node is None or node.kind is not Kind.FILE:
            return
        assert node.item is not None
        household_id, member, item, path = view.household_id, node.member, node.item.id, node.path

        def done(_result: None) -> None:
            view.states.pop((member, item, path), None)
            self._say(self.tr("Detached. The file itself was not touched."))
            view.saved(household_id, (member, item, ""))

        view.session.write(
            household_id,
            lambda repository: repository.detach_document(household_id, member, item, path),
            done,
            lambda error: self._say(str(error)),
        )

    def relink_file(self) -> None:
        ref = self.current_ref()
        if ref is None or self.view.household_id is None:
            return
        path = self.view.choose_new_place(ref.path)
        if path:
            self.jobs.relink(self.view.household_id, ref, path)

    def recheck_files(self) -> None:
        if self.view.household is not None:
            self.jobs.recheck(self.view.household.documents)

    def recheck_unchecked(self) -> None:
        """Check files never checked yet (unless a check is already on its way)."""
        household = self.view.household
        if household is None or self.jobs.busy():
            return
        known = self.view.states
        fresh = [d for d in household.documents if (d.member, d.item, d.path) not in known]
        if fresh:
            self.jobs.recheck(fresh)

    # -- results -------------------------------------------------------------------------------

    def _attached(self, result: AttachResult) -> None:
        """Store the fingerprinted files in one transaction: one commit, not one per file."""
        problems = [
            self.tr("“%1”: %2").replace("%1", os.path.basename(p)).replace("%2", s.reason)
            for p, s in result.failures
        ]

        def done(saved: int) -> None:
            stored()
            self._say_attached(saved, problems)
            if saved:
                ref = result.refs[0]
                self.view.saved(result.household_id, (ref.member, ref.item, ""))

        def failed(error: Exception) -> None:
            stored()
            for key in keys:
                self.view.states.pop(key, None)
            self._say_attached(0, [str(error), *problems])

        if not result.refs:
            self._say_attached(0, problems)
            return
        keys = [(ref.member, ref.item, ref.path) for ref in result.refs]
        stored = self.jobs.storing()
        if result.household_id == self.view.household_id:  # just read: the files are there
            self.view.states.update(dict.fromkeys(keys, _OK))
        self.view.session.write(
            result.household_id,
            lambda repository: repository.attach_documents(result.household_id, result.refs),
            done,
            failed,
        )

    def _say_attached(self, saved: int, problems: list[str]) -> None:
        message = self.tr("Files attached: %1.").replace("%1", str(saved))
        if problems:
            message += " " + self.tr("Not attached:") + " " + "; ".join(problems)
        self._say(message)

    def _relinked(self, result: RelinkResult) -> None:
        old, new = result.old, result.new
        if new is None:
            reason = result.failure.reason if result.failure else ""
            self._say(self.tr("Not relinked: %1").replace("%1", reason))
            return

        def done(_result: None) -> None:
            stored()
            self._say(self.tr("Relinked to “%1”.").replace("%1", new.path))
            self.view.saved(result.household_id, (new.member, new.item, new.path))

        def failed(error: Exception) -> None:
            stored()
            self._say(str(error))

        if result.household_id == self.view.household_id:  # just read: the file is there
            self.view.states.pop((old.member, old.item, old.path), None)
            self.view.states[(new.member, new.item, new.path)] = _OK
        stored = self.jobs.storing()

        self.view.session.write(
            result.household_id,
            lambda repository: repository.relink_document(
                result.household_id, old.member, old.item, old.path, new
            ),
            done,
            failed,
        )

    def _checked(self, states: dict[FileKey, FileState], generation: int) -> None:
        household = self.view.household
        if generation != self.jobs.generation or household is None:
            return
        known = {(d.member, d.item, d.path) for d in household.documents}
        merged = {**self.view.states, **states}
        self.view.states = {k: v for k, v in merged.items() if k in known}
        self.view.files_checked()

    # -- helpers -------------------------------------------------------------------------------

    def current_path(self) -> str:
        """The selected file, or the only file of the selected document."""
        node = self.view.current_node()
        if node is None or node.item is None:
            return ""
        if node.kind is Kind.FILE:
            return node.path
        return node.item.files[0] if len(node.item.files) == 1 else ""

    def current_ref(self) -> DocumentRef | None:
        node = self.view.current_node()
        household = self.view.household
        if node is None or node.kind is not Kind.FILE or household is None:
            return None
        assert node.item is not None
        key = (node.member, node.item.id, node.path)
        return next((d for d in household.documents if (d.member, d.item, d.path) == key), None)

    def _say(self, text: str) -> None:
        self.view.status.say(text)
