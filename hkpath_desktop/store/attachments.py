"""The user's attached files, looked at but never touched.

An attachment is a record (path, size, mtime, sha256) of a file the user keeps wherever they
like. This module reads such files to fingerprint them and later to tell whether each one is
still there and unchanged. It only ever opens a file read-only: the program must never modify,
move or copy a user's papers. No Qt here, so the worker thread and the CLI can both call it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hkpath_desktop.core.bounded_read import NotARegularFileError, open_regular
from hkpath_desktop.core.facts import DocumentRef

CHUNK = 1 << 20
"""Hash in 1 MiB reads: large enough to be fast, small enough to report progress often."""

_MTIME_TOLERANCE = 1e-6
_MEDIA_ERRNOS = frozenset(
    code
    for code in (
        getattr(errno, name, None)
        for name in ("EIO", "ENXIO", "ENODEV", "ENOMEDIUM", "ESTALE", "EREMOTEIO", "EHOSTDOWN")
    )
    if code is not None
)

BytesRead = Callable[[int], None]
"""Called with the number of bytes read so far (it may raise to stop the work)."""


class FileStatus(StrEnum):
    OK = "ok"
    CHANGED = "changed"
    MISSING = "missing"
    UNREADABLE = "unreadable"


class Problem(StrEnum):
    """Why a file is not OK, as a code the GUI translates; ``FileState.reason`` is English."""

    NONE = "none"
    NOT_FOUND = "not_found"
    FOLDER_GONE = "folder_gone"
    PERMISSION = "permission"
    MEDIA = "media"
    NAME_TOO_LONG = "name_too_long"
    NOT_A_FILE = "not_a_file"
    OTHER = "other"
    SIZE = "size"
    MTIME = "mtime"
    CONTENT = "content"


_REASONS = {
    Problem.NONE: "The file is where it was and unchanged.",
    Problem.NOT_FOUND: "The file is no longer there: it was moved, renamed or deleted.",
    Problem.FOLDER_GONE: (
        "The folder holding the file is not there: a drive may be unplugged or the folder moved."
    ),
    Problem.PERMISSION: "Permission denied: this account may not read the file.",
    Problem.MEDIA: "The drive holding the file cannot be read: it may have been removed.",
    Problem.NAME_TOO_LONG: "The path is too long for the system to open.",
    Problem.NOT_A_FILE: "The path is not an ordinary file (a folder or a device).",
    Problem.OTHER: "The file cannot be read.",
    Problem.SIZE: "The file's size has changed since it was attached.",
    Problem.MTIME: "The file was modified since it was attached.",
    Problem.CONTENT: "The file's content has changed since it was attached.",
}


@dataclass(frozen=True, slots=True)
class FileState:
    """What a re-check found; ``detail`` holds the system's own message, if any."""

    status: FileStatus
    problem: Problem = Problem.NONE
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is FileStatus.OK

    @property
    def reason(self) -> str:
        text = _REASONS[self.problem]
        return f"{text} ({self.detail})" if self.detail else text


class AttachmentError(OSError):
    """A file could not be fingerprinted; ``state`` says why in plain words."""

    def __init__(self, state: FileState) -> None:
        super().__init__(state.reason)
        self.state = state


def hash_file(path: str | Path, progress: BytesRead | None = None) -> str:
    """The file's sha256, read in 1 MiB chunks; ``progress`` gets the bytes read so far."""
    digest, _size = _hash_open(path, progress)
    return digest


def fingerprint(
    member: str, item: str, path: str | Path, progress: BytesRead | None = None
) -> DocumentRef:
    """A record of the file as it is now; AttachmentError if it cannot be read whole."""
    absolute = os.path.abspath(path)
    try:
        before = os.stat(absolute)
        if not stat.S_ISREG(before.st_mode):
            raise AttachmentError(FileState(FileStatus.UNREADABLE, Problem.NOT_A_FILE))
        digest, size = _hash_open(absolute, progress)
        after = os.stat(absolute)
    except OSError as exc:
        if isinstance(exc, AttachmentError):
            raise
        raise AttachmentError(state_for_error(exc, absolute)) from exc
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or (
        size != after.st_size
    ):
        raise AttachmentError(
            FileState(FileStatus.CHANGED, Problem.MTIME, "it changed while it was being read")
        )
    return DocumentRef(
        member=member,
        item=item,
        path=absolute,
        sha256=digest,
        size=after.st_size,
        mtime=after.st_mtime,
    )


def inspect(
    document: DocumentRef, progress: BytesRead | None = None, *, verify_content: bool = True
) -> FileState:
    """Whether the attached file is still there, readable and unchanged.

    Size and modification time are compared first; when they match and a hash was recorded,
    the content is hashed again (unless ``verify_content`` is false).
    """
    path = document.path
    try:
        now = os.stat(path)
        if not stat.S_ISREG(now.st_mode):
            return FileState(FileStatus.UNREADABLE, Problem.NOT_A_FILE)
        if document.size is not None and now.st_size != document.size:
            return FileState(
                FileStatus.CHANGED, Problem.SIZE, f"{document.size} → {now.st_size} bytes"
            )
        if document.mtime is not None and abs(now.st_mtime - document.mtime) > _MTIME_TOLERANCE:
            return FileState(FileStatus.CHANGED, Problem.MTIME)
        if not verify_content or document.sha256 is None:
            _check_readable(path)
            return FileState(FileStatus.OK)
        digest, _size = _hash_open(path, progress)
    except AttachmentError as exc:
        return exc.state
    except OSError as exc:
        return state_for_error(exc, path)
    if digest != document.sha256:
        return FileState(FileStatus.CHANGED, Problem.CONTENT)
    return FileState(FileStatus.OK)


def state_for_error(exc: OSError, path: str) -> FileState:
    """Turn a system error on ``path`` into a status and a plain reason."""
    detail = exc.strerror or ""
    if isinstance(exc, FileNotFoundError):
        parent = os.path.dirname(path)
        try:
            folder_there = os.path.isdir(parent)
        except (OSError, ValueError):
            folder_there = False
        problem = Problem.NOT_FOUND if folder_there else Problem.FOLDER_GONE
        return FileState(FileStatus.MISSING, problem)
    if isinstance(exc, PermissionError):
        return FileState(FileStatus.UNREADABLE, Problem.PERMISSION)
    if exc.errno == errno.ENAMETOOLONG:
        return FileState(FileStatus.UNREADABLE, Problem.NAME_TOO_LONG)
    if isinstance(exc, IsADirectoryError):
        return FileState(FileStatus.UNREADABLE, Problem.NOT_A_FILE)
    if exc.errno in _MEDIA_ERRNOS:
        return FileState(FileStatus.UNREADABLE, Problem.MEDIA, detail)
    return FileState(FileStatus.UNREADABLE, Problem.OTHER, detail)


def _check_readable(path: str) -> None:
    with os.fdopen(_open_file(path), "rb", buffering=0) as f:
        f.read(1)


def _open_file(path: str | Path) -> int:
    """A descriptor on a regular file (a pipe or device is refused, never waited on)."""
    try:
        return open_regular(path)
    except NotARegularFileError:
        raise AttachmentError(FileState(FileStatus.UNREADABLE, Problem.NOT_A_FILE)) from None


def _hash_open(path: str | Path, progress: BytesRead | None) -> tuple[str, int]:
    """The sha256 of the file's first bytes up to the size it had when it was opened."""
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    done = 0
    fd = _open_file(path)
    with os.fdopen(fd, "rb", buffering=0) as f:
        left = os.fstat(fd).st_size
        while left > 0 and (n := f.readinto(view[: min(left, CHUNK)])):
            digest.update(view[:n])
            done += n
            left -= n
            if progress is not None:
                progress(done)
    return digest.hexdigest(), done
