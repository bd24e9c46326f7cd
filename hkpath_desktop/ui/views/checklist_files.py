"""Reading attached files off the UI thread: fingerprint new ones, re-check old ones.

Each job runs in a ``workers.Task`` and only reads files; the results come back as signals to
the UI thread, which alone writes to the repository. Progress is counted in KiB so that even
very large files fit in the worker's integer progress signal.

Signals:
    progress(int, int, str): KiB done, KiB in all, and what is being read.
    attached(object): an :class:`AttachResult` for files the user asked to attach.
    relinked(object): a :class:`RelinkResult`.
    checked(object, int): {(member, item, path): FileState} and the job's generation.
    failed(str): a job stopped on an unexpected error (its message).
    busyChanged(bool): whether any job is running.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

from hkpath_desktop.core.facts import DocumentRef
from hkpath_desktop.store.attachments import AttachmentError, FileState, fingerprint, inspect
from hkpath_desktop.ui.workers import Progress, Task, start

FileKey = tuple[str, str, str]


@dataclass(frozen=True)
class AttachResult:
    household_id: int
    refs: tuple[DocumentRef, ...]
    failures: tuple[tuple[str, FileState], ...]


@dataclass(frozen=True)
class RelinkResult:
    household_id: int
    old: DocumentRef
    new: DocumentRef | None
    failure: FileState | None


class _Meter:
    """Turns bytes read per file into one KiB count over a whole job."""

    def __init__(self, progress: Progress, sizes: Sequence[int]) -> None:
        self._progress = progress
        self._total = max(1, sum(sizes) // 1024)
        self._before = 0

    def file_done(self, size: int) -> None:
        self._before += size
        self._progress(min(self._total, self._before // 1024), self._total)

    def bytes_read(self, done: int) -> None:
        self._progress(min(self._total, (self._before + done) // 1024), self._total)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0


class FileJobs(QObject):
    progress = Signal(int, int, str)
    attached = Signal(object)
    relinked = Signal(object)
    checked = Signal(object, int)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[Task[Any]] = set()
        self._check: Task[Any] | None = None
        self._storing = 0
        self.generation = 0

    def busy(self) -> bool:
        """Whether a file is being read, or what was read is still being stored."""
        return bool(self._tasks) or self._storing > 0

    def storing(self) -> Callable[[], None]:
        """Count a job's result being stored as work going on; call what this returns once
        the write has told its outcome."""
        was_busy = self.busy()
        self._storing += 1
        if not was_busy:
            self.busyChanged.emit(True)

        def stored() -> None:
            self._storing -= 1
            if not self.busy():
                self.busyChanged.emit(False)

        return stored

    def attach(self, household_id: int, member: str, item: str, paths: Sequence[str]) -> None:
        def work(progress: Progress) -> AttachResult:
            meter = _Meter(progress, [_size(p) for p in paths])
            refs, failures = [], []
            for path in paths:
                try:
                    refs.append(fingerprint(member, item, path, meter.bytes_read))
                except AttachmentError as exc:
                    failures.append((path, exc.state))
                meter.file_done(_size(path))
            return AttachResult(household_id, tuple(refs), tuple(failures))

        label = QCoreApplication.translate("FileJobs", "Reading the files to attach…")
        self._run(work, label, self.attached.emit)

    def relink(self, household_id: int, old: DocumentRef, path: str) -> None:
        def work(progress: Progress) -> RelinkResult:
            meter = _Meter(progress, [_size(path)])
            try:
                new = fingerprint(old.member, old.item, path, meter.bytes_read)
            except AttachmentError as exc:
                return RelinkResult(household_id, old, None, exc.state)
            return RelinkResult(household_id, old, new, None)

        label = QCoreApplication.translate("FileJobs", "Reading the new file…")
        self._run(work, label, self.relinked.emit)

    def recheck(self, documents: Iterable[DocumentRef]) -> None:
        """Re-check files; a newer re-check replaces one still running."""
        docs = tuple(documents)
        if self._check is not None:
            self._check.cancel()
        self.generation += 1
        generation = self.generation
        if not docs:
            self.checked.emit({}, generation)
            return

        def work(progress: Progress) -> dict[FileKey, FileState]:
            meter = _Meter(progress, [d.size or 0 for d in docs])
            states = {}
            for doc in docs:
                states[(doc.member, doc.item, doc.path)] = inspect(doc, meter.bytes_read)
                meter.file_done(doc.size or 0)
            return states

        label = QCoreApplication.translate("FileJobs", "Checking the attached files…")
        self._check = self._run(work, label, lambda states: self.checked.emit(states, generation))

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def _run(
        self, work: Callable[[Progress], Any], label: str, done: Callable[[Any], None]
    ) -> Task[Any]:
        task: Task[Any] = Task(work)
        _Relay(self, task, label, done)
        was_busy = self.busy()
        self._tasks.add(task)
        if not was_busy:
            self.busyChanged.emit(True)
        start(task)
        return task

    def _ended(self, task: Task[Any]) -> None:
        self._tasks.discard(task)
        if task is self._check:
            self._check = None
        if not self.busy():
            self.busyChanged.emit(False)


class _Relay(QObject):
    """Carries one task's signals to its ``FileJobs`` on the UI thread.

    It has no parent and stays in ``_RUNNING`` until the task ends, so closing the tab while a
    file is read neither frees a running task nor delivers a result to a deleted widget.
    """

    def __init__(
        self, jobs: FileJobs, task: Task[Any], label: str, done: Callable[[Any], None]
    ) -> None:
        super().__init__()
        self._jobs, self._task, self._label, self._done = jobs, task, label, done
        _RUNNING.add(self)
        signals = task.signals
        signals.progress.connect(self._progress)
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._end)

    def _alive(self) -> bool:
        return shiboken6.isValid(self._jobs)

    def _progress(self, done: int, total: int) -> None:
        if self._alive():
            self._jobs.progress.emit(done, total, self._label)

    def _finished(self, result: object) -> None:
        if self._alive():
            self._done(result)
        self._end()

    def _failed(self, message: str) -> None:
        if self._alive():
            self._jobs.failed.emit(message)
        self._end()

    def _end(self) -> None:
        _RUNNING.discard(self)
        if self._alive():
            self._jobs._ended(self._task)
        self.deleteLater()


_RUNNING: set[_Relay] = set()
