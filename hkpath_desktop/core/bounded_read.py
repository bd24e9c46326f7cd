"""Reading a file the user named, without ever hanging or reading without end.

A FIFO blocks on open, ``/dev/zero`` never ends, a ``/proc`` file says it is empty and then
streams: every file argument is opened without blocking, must be a regular file under the
caller's limit, and is read no further than the size it had when it was opened.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class NotARegularFileError(OSError):
    """The path names a device, a pipe or a socket, not a file (a folder: ``IsADirectoryError``)."""


class FileTooLargeError(OSError):
    """The file is larger than the caller's limit; ``size`` says how large."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def open_regular(path: str | Path) -> int:
    """A read-only descriptor on ``path``, refused unless it is a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(f"{path} is not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The whole of a regular file of at most ``limit`` bytes, read up to its size at open."""
    fd = open_regular(path)
    with os.fdopen(fd, "rb", buffering=0) as handle:
        size = os.fstat(fd).st_size
        if size > limit:
            raise FileTooLargeError(size)
        chunks = []
        left = size
        while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
