"""A look at the data file before the window first paints: is it plainly fine, and whose is it.

Start-up shows the window first and opens the store (SQLAlchemy, the rules, the engine) right
after. The peek runs the checks of ``store.db.open_database`` with the standard library only
(the same functions, from ``store.datafile``) and reads the households' names read-only.
Anything not plainly fine (no file yet, a refused file, an older schema that needs a
migration, a file another program holds) gives ``None``: start-up then takes the full path,
with its recovery dialog, before any window shows.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from hkpath_desktop.store.backup import read_only_uri
from hkpath_desktop.store.datafile import (
    BUSY_TIMEOUT_MS,
    SCHEMA_HEAD,
    DatabaseError,
    check_writable,
    database_path,
    inspect,
    prepare_dir,
    resolve_data_dir,
)


class HouseholdName(NamedTuple):
    id: int
    name: str


class StorePeek(NamedTuple):
    """A data file that passed every start-up check, and its households in list order."""

    data_dir: Path
    database_path: Path
    households: tuple[HouseholdName, ...]


def peek_store(data_dir: Path | None) -> StorePeek | None:
    """The peek at ``data_dir`` (default: the platform's), or ``None`` when not plainly fine."""
    folder = resolve_data_dir(data_dir)
    path = database_path(folder)
    try:
        if not path.is_file():
            return None
        prepare_dir(folder)
        state = inspect(path)
        if state.revision != SCHEMA_HEAD:
            return None
        check_writable(folder, path)
        _check_write_lock(path)
        households = _households(path)
    except (DatabaseError, OSError, sqlite3.Error):
        return None
    return StorePeek(folder, path, households)


def _check_write_lock(path: Path) -> None:
    """Take the write lock and let go, as opening the store does (a busy file waits, then fails)."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    with closing(connection) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")


def _households(path: Path) -> tuple[HouseholdName, ...]:
    """The names, in the order of ``Repository.list_households``."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    with closing(connection) as conn:
        rows = conn.execute("SELECT id, name FROM households ORDER BY id").fetchall()
    return tuple(HouseholdName(int(i), str(name)) for i, name in rows)
