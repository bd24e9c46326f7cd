"""Reading a data file SQLite cannot open the usual way, while making sure it cannot change.

In WAL mode every reader needs a ``-shm`` file of 32 KiB beside the database; on a full disk
there is no room to make one, so even a read-only open fails. SQLite reads a file without it
when told the file is ``immutable``, which must then be true for as long as it is read:
``hold_still`` makes it true. It takes, on the bytes SQLite locks, the lock a connection
writing the whole file would hold, so that no SQLite connection of any process can start to
read or write the file until it is released; it gives up when a connection has the file open
now, or when the ``-wal`` holds changes (which an immutable reader would not see).

The lock is an open-file-description lock (Linux): unlike a POSIX lock it stays when SQLite,
in the same process, closes its own descriptor of the file. Elsewhere there is no such lock,
and a file is not read this way.

A file on a local file system that is read-only as a whole (its super block, as on a CD or a
disk remounted read-only; not merely one read-only mount of a writable one) cannot change
either, and cannot be locked for writing: it is read as immutable without a lock.
"""

from __future__ import annotations

import errno
import os
import struct
import sys
from pathlib import Path
from types import TracebackType

_PENDING_BYTE = 0x40000000
_LOCK_BYTES = 2 + 510
"""SQLite's lock bytes (``os_unix.c``): the pending and reserved byte, then the shared range."""
_FLOCK = "hhqqi4x"
"""``struct flock`` on Linux: type, whence, start, length, pid (0 for this kind of lock)."""
_SIDE_FILES = ("-wal", "-shm")
_LOCAL_FILE_SYSTEMS = frozenset(
    {"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "vfat", "exfat", "ntfs", "ntfs3"}
    | {"hfsplus", "iso9660", "udf", "squashfs", "erofs", "tmpfs"}
)
"""Where a read-only super block means no one can write: not a network or FUSE file system,
whose server may change the file while this machine cannot."""


class HeldFile:
    """The data file, kept from every SQLite connection until ``release``."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the description drops its lock
            self._fd = None

    def __enter__(self) -> HeldFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def hold_still(path: Path) -> HeldFile | None:
    """Keep ``path`` from changing, or ``None`` when that cannot be made certain.

    While held, the empty ``-wal`` and ``-shm`` a failed open may have left are removed, as
    SQLite removes them when the last connection closes: none is open.
    """
    if sys.platform != "linux":
        return None
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR)  # a lock that keeps writers out needs a writable handle
    except OSError as exc:
        if exc.errno == errno.EROFS and _read_only_file_system(path):
            return _unchanging(path)
        return None
    lock = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, _PENDING_BYTE, _LOCK_BYTES, 0)
    try:
        fcntl.fcntl(fd, fcntl.F_OFD_SETLK, lock)
        if _wal_holds_changes(path):
            raise BlockingIOError("the -wal holds changes")
        for suffix in _SIDE_FILES:
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except OSError:
        os.close(fd)
        return None
    return HeldFile(fd)


def _unchanging(path: Path) -> HeldFile | None:
    """A file on a read-only file system: nothing to lock, nothing can write it."""
    if _wal_holds_changes(path):
        return None
    try:
        return HeldFile(os.open(path, os.O_RDONLY))
    except OSError:
        return None


def _wal_holds_changes(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _read_only_file_system(path: Path) -> bool:
    """Whether ``path`` is on a local file system whose super block is read-only.

    ``/proc/self/mountinfo`` gives, per mount, the device, the file system type and the super
    block's own options after the `` - `` separator; every mount of one device shares them.
    """
    try:
        device = os.stat(path).st_dev
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    wanted = f"{os.major(device)}:{os.minor(device)}"
    for line in lines:
        fields, _, tail = line.partition(" - ")
        parts, rest = fields.split(), tail.split()
        if len(parts) > 2 and len(rest) > 2 and parts[2] == wanted:
            return rest[0] in _LOCAL_FILE_SYSTEMS and "ro" in rest[2].split(",")
    return False


def immutable_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` with no lock and no ``-shm``: only while it is held."""
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"
