"""Rotating backups of the database file, and putting one back.

A backup is a consistent copy taken with SQLite's online backup API into ``backups_dir``,
named ``hkpath-<UTC timestamp>.sqlite3``. Nothing here ever half-writes a file the user
relies on: copies are made under a temporary name and published with ``os.replace``, and
the file a restore replaces is first copied aside, byte for byte, next to the database.

Callers close their repository (``Repository.close``) before ``restore_backup`` or
``move_aside``. A restore refuses while any other connection, in any process, has the file
open: that program would go on saving into the file set aside, and its saves would be lost.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hkpath_desktop.store.backup import copy_database, name_beside, read_only_uri
from hkpath_desktop.store.datafile import BUSY
from hkpath_desktop.store.db import (
    BusyDatabaseError,
    CorruptDatabaseError,
    backups_dir,
    database_path,
    refused,
)

IN_USE_WAIT_S = 0.5
"""How long a restore waits for a moment's write by another program before it refuses."""

BACKUPS_KEPT = 10
"""How many automatic and manual backups are kept; the oldest beyond this are removed.

With one backup a day at start-up this is the last ten days the program was used, which is
enough to step back over a mistake noticed a week late while keeping the folder small.
"""

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^hkpath-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite3$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime
    """When the copy was taken (UTC), read from the file name."""


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in ``backups_dir(data_dir)``, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, int, Path]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
        found.append((taken, int(match[2] or 0), path))
    found.sort(reverse=True)
    return [Backup(path, taken) for taken, _n, path in found]


def back_up_now(data_dir: Path, *, now: datetime | None = None) -> Path:
    """Copy the database into ``backups_dir``, check the copy, drop the oldest; return it."""
    source = database_path(data_dir)
    if not source.is_file() or source.stat().st_size == 0:
        raise FileNotFoundError(f"there is no database to back up in {data_dir}")
    folder = backups_dir(data_dir)
    folder.mkdir(mode=0o700, exist_ok=True)
    when = now or datetime.now(UTC)
    target = _free_name(folder, when)
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    _copy(source, temp, source)
    try:
        check_database(temp)
        _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    removed = rotate(data_dir)
    log.info("backup taken; %d kept, %d removed", len(list_backups(data_dir)), removed)
    return target


def back_up_daily(data_dir: Path, *, now: datetime | None = None) -> Path | None:
    """The start-up backup: one a day (UTC date), none for an empty or missing database."""
    source = database_path(data_dir)
    if not source.is_file() or source.stat().st_size == 0:
        return None
    when = now or datetime.now(UTC)
    newest = list_backups(data_dir)
    if newest and newest[0].taken_at.date() == when.date():
        return None
    return back_up_now(data_dir, now=when)


def rotate(data_dir: Path, keep: int = BACKUPS_KEPT) -> int:
    """Remove all but the newest ``keep`` backups; return how many were removed."""
    stale = list_backups(data_dir)[keep:]
    for backup in stale:
        backup.path.unlink(missing_ok=True)
    return len(stale)


def check_database(path: Path) -> None:
    """Raise ``CorruptDatabaseError`` unless ``path`` is a sound HKPath database (read-only)."""
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise CorruptDatabaseError(path, f"{path.name} is not an HKPath Desktop database")
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            check = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, f"{path.name} is damaged ({exc})") from exc
    if check != [("ok",)]:
        raise CorruptDatabaseError(path, f"{path.name} is damaged ({check[0][0]})")
    if not {"alembic_version", "households"} <= tables:
        raise CorruptDatabaseError(path, f"{path.name} is not an HKPath Desktop database")


def restore_backup(data_dir: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database; return where the replaced file was copied.

    The backup is checked first and copied under a temporary name; the current file (with
    its ``-wal``) is copied aside; only then does one ``os.replace`` swap the files.
    """
    check_database(backup)
    target = database_path(data_dir)
    temp = target.with_name(f".{target.name}.restore-{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    _copy(backup, temp, target)
    try:
        check_database(temp)
        _fsync(temp)
        with _sole_user(target):
            aside = _copy_aside(target, "before-restore")
        for suffix in _SIDE_FILES:
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    log.info("backup restored; previous file kept aside: %s", aside is not None)
    return aside


@contextmanager
def _sole_user(path: Path) -> Iterator[None]:
    """Hold ``path`` locked for ourselves, or refuse with ``BusyDatabaseError``.

    Every open connection keeps a shared lock on the file, idle or not, so SQLite's exclusive
    locking mode cannot be had while one is open, and no other can open it while we hold it.
    A file SQLite cannot read at all (a damaged one) has no one to lose saves: it goes ahead.
    """
    if not path.exists():
        yield
        return
    connection = sqlite3.connect(path, timeout=IN_USE_WAIT_S)
    with closing(connection):
        try:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise BusyDatabaseError(path, BUSY.format(path=path)) from exc
        except sqlite3.DatabaseError:
            pass
        yield


def move_aside(data_dir: Path, label: str = "damaged") -> Path | None:
    """Rename the database (and its ``-wal``) out of the way, unchanged; return its new name.

    Used to start a new file when the old one cannot be opened: the old bytes stay on disk.
    """
    source = database_path(data_dir)
    if not source.exists():
        return None
    target = name_beside(source, label)
    for suffix in _SIDE_FILES:
        side = source.with_name(source.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    os.replace(source, target)
    _fsync_dir(source.parent)
    log.info("database moved aside (%s)", label)
    return target


def _copy_aside(path: Path, label: str) -> Path | None:
    """A byte-for-byte copy of ``path`` and its ``-wal`` (which SQLite replays when opened)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    target = name_beside(path, label)
    pairs = [(path, target)]
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        pairs.append((wal, target.with_name(target.name + "-wal")))
    for source, copy in pairs:
        os.close(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        shutil.copyfile(source, copy)
        _fsync(copy)
    return target


def _copy(source: Path, target: Path, database: Path) -> None:
    """``copy_database``; a failure (a full disk) is said as what it is, of the database."""
    try:
        copy_database(source, target)
    except sqlite3.Error as exc:
        raise refused(database, exc) from exc


def _free_name(folder: Path, when: datetime) -> Path:
    stamp = when.strftime(_STAMP)
    target = folder / f"hkpath-{stamp}.sqlite3"
    counter = 1
    while target.exists():
        target = folder / f"hkpath-{stamp}-{counter}.sqlite3"
        counter += 1
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs no such step."""
    if os.name != "posix":
        return
    _fsync(folder)
