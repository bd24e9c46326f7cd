"""Consistent copies of the database file, taken with SQLite's online backup API.

A plain file copy can catch a half-written page or miss what still sits in the ``-wal`` file;
the backup API copies a consistent snapshot even while another connection is open.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` without ever writing to it."""
    return f"{path.resolve().as_uri()}?mode=ro"


def copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` into ``target`` (a new file, created private: 0600).

    The copy is one self-contained file in rollback-journal mode, so checking it read-only
    later leaves no ``-wal`` or ``-shm`` beside it; the database itself is reopened in WAL.
    """
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        with (
            closing(sqlite3.connect(read_only_uri(source), uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def name_beside(path: Path, label: str, now: datetime | None = None) -> Path:
    """A free name ``<name>.<label>-<UTC timestamp>.bak`` in ``path``'s folder."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}.bak")
        counter += 1
    return target


def backup_beside(path: Path, label: str, now: datetime | None = None) -> Path:
    """Copy ``path`` to ``<name>.<label>-<UTC timestamp>.bak`` in the same folder; return it."""
    target = name_beside(path, label, now)
    copy_database(path, target)
    return target
