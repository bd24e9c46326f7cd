"""The data file without SQLAlchemy: where it lives, and the checks that decide if it may open.

``store.db`` runs these checks before it opens a file. Only the standard library is imported
here.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from hkpath_desktop.store.backup import read_only_uri

APP_NAME = "HKPath Desktop"
APP_AUTHOR = "HKPath"
DATA_DIR_ENV = "HKPATH_DATA_DIR"
DATABASE_FILE = "hkpath.sqlite3"
BUSY_TIMEOUT_MS = 5000
"""How long a connection waits for another writer (e.g. a second window) before giving up."""
WRITE_WAIT_S = 60.0
"""How long a write waits, in all, for another program's write (a large import) to end: it
asks for the lock again, a little later each time, until then (``store.db.writer``)."""

SCHEMA_HEAD = "0003"
"""The newest revision in ``store.db.MIGRATIONS_DIR`` (a test keeps the two equal). A file
already at this revision opens without importing Alembic, which cost a tenth of a second at
start-up."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
POSIX = os.name == "posix"

READ_ONLY = "{path} cannot be written to; check the permissions of the file and its folder"
NO_ACCESS = "{path} may not be used; check the permissions of the file and its folder"
READ_ONLY_DISK = "{path} is on a read-only disk and cannot be written to; it was not changed"
DISK_FULL = (
    "{path} cannot be used because the disk it is on is full; the file is fine and was not "
    "changed: free some space on that disk, then try again"
)
BUSY = "{path} is in use by another program; close it, then try again"
ROOM_NEEDED = 1024 * 1024
"""Free bytes below which a disk I/O error is taken for a full disk: SQLite's ``-shm`` alone
takes 32 KiB, and each write adds whole pages to the ``-wal``."""


class DatabaseError(Exception):
    """The profile database cannot be used as it is; the message says why in plain words."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADatabaseError(DatabaseError):
    """The file exists but is not an SQLite database at all."""


class CorruptDatabaseError(DatabaseError):
    """The file is an SQLite database, but damaged."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer version of the program; it is left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"{path} was saved by a newer version of HKPath Desktop (schema {revision}); "
            "it was left untouched. Please update the program to open it.",
        )
        self.revision = revision


class ReadOnlyDatabaseError(DatabaseError):
    """The file or its folder cannot be written to (permissions, or a read-only disk)."""


class DiskFullError(DatabaseError):
    """The disk holding the file has no room left; the file itself is fine."""


class BusyDatabaseError(DatabaseError):
    """Another program holds the file locked; it is fine, and may be tried again later."""


class ForeignSchemaError(DatabaseError):
    """The file holds objects the program did not make (a trigger, a view) or lacks some it
    needs; nothing in it is read or run, and it is left untouched."""

    def __init__(self, path: Path, foreign: list[str], missing: list[str]) -> None:
        parts = []
        if foreign:
            parts.append(f"holds what HKPath Desktop did not make ({_some(foreign)})")
        if missing:
            parts.append(f"lacks what HKPath Desktop needs ({_some(missing)})")
        super().__init__(
            path, f"{path} {' and '.join(parts)}; it was left untouched and is not opened"
        )
        self.foreign = foreign
        self.missing = missing


_PART_OF = re.compile(
    r"^(?:column|foreign key) ([^.]+)\.|^(?:index \S+|unique key|key) on ([^(]+)\("
)


def _some(objects: list[str], shown: int = 3) -> str:
    """The first few objects, whole tables first and without the parts of a table listed."""
    tables = {o.removeprefix("table ") for o in objects if o.startswith("table ")}

    def owner(description: str) -> str | None:
        match = _PART_OF.match(description)
        return (match[1] or match[2]) if match else None

    kept = [o for o in objects if owner(o) not in tables]
    kept.sort(key=lambda o: owner(o) is not None)
    more = len(kept) - shown
    return "; ".join(kept[:shown]) + (f"; and {more} more" if more > 0 else "")


class MigrationError(DatabaseError):
    """Bringing an older file up to date failed; the copy taken before is in ``backup``."""

    def __init__(self, path: Path, message: str, backup: Path | None) -> None:
        super().__init__(path, message)
        self.backup = backup


_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


def refusal(path: Path, exc: sqlite3.Error | OSError) -> DatabaseError:
    """The plain name of what went wrong while opening or writing ``path``.

    A full disk, a read-only disk or folder and a file another program holds each get their
    own error; "damaged" is only said when SQLite read the file and found it malformed. When
    it is unclear, the error says the file could not be used and was not changed, because a
    file called damaged is one the user is offered to set aside.
    """
    if isinstance(exc, OSError):
        return _os_refusal(path, exc)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    cannot_write = primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_IOERR)
    if cannot_write and read_only_disk(path):
        return ReadOnlyDatabaseError(path, READ_ONLY_DISK.format(path=path))
    if primary == _SQLITE_FULL or (primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and no_room(path)):
        return DiskFullError(path, DISK_FULL.format(path=path))
    if primary == _SQLITE_READONLY:
        return ReadOnlyDatabaseError(path, READ_ONLY.format(path=path))
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return BusyDatabaseError(path, BUSY.format(path=path))
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return CorruptDatabaseError(path, f"{path} is damaged and cannot be read ({exc})")
    return DatabaseError(path, f"{path} could not be used ({exc}); it was not changed")


def _os_refusal(path: Path, exc: OSError) -> DatabaseError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path, DISK_FULL.format(path=path))
    if exc.errno == errno.EROFS:
        return ReadOnlyDatabaseError(path, READ_ONLY_DISK.format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadOnlyDatabaseError(path, NO_ACCESS.format(path=path))
    return DatabaseError(path, f"{path} could not be used ({exc.strerror}); it was not changed")


def no_room(path: Path) -> bool:
    """Whether the disk holding ``path`` has too little room for SQLite to open it."""
    try:
        return shutil.disk_usage(path.parent).free < ROOM_NEEDED
    except OSError:
        return False


def read_only_disk(path: Path) -> bool:
    """Whether ``path``'s folder is on a disk mounted read-only."""
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return False


def resolve_data_dir(explicit: Path | None = None) -> Path:
    """``--data-dir`` first, then ``$HKPATH_DATA_DIR``, then the platform's user data folder."""
    if explicit is not None:
        return explicit.expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    """Where copies the user asks for go (migration copies sit beside the database instead)."""
    return data_dir / "backups"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


class FileState(NamedTuple):
    exists: bool
    revision: str | None
    schema: frozenset[str] = frozenset()
    """What ``read_schema`` found in the file."""


def prepare_dir(data_dir: Path) -> None:
    """Create the folder private (0700); a folder that already exists keeps its mode.

    The user may have chosen a shared folder on purpose (a sticky 1777 one, say): its mode is
    theirs, and the files the program makes in it are private on their own (0600).
    """
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        error = refusal(data_dir / DATABASE_FILE, exc)
        if type(error) is DatabaseError:
            error = ReadOnlyDatabaseError(
                data_dir, f"cannot create or use the data folder {data_dir}: {exc.strerror}"
            )
        raise error from exc
    if not data_dir.is_dir():
        raise DatabaseError(data_dir, f"the data folder {data_dir} is not a folder")


def inspect(path: Path, uri: str | None = None) -> FileState:
    """Read-only look at an existing file: its kind, its health and its schema revision.

    ``uri`` is how SQLite opens it (default: ``read_only_uri``).
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState(exists=False, revision=None)
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise refusal(path, exc) from exc
    if magic != _SQLITE_MAGIC:
        raise NotADatabaseError(path, f"{path} is not an HKPath Desktop database")
    try:
        connection = sqlite3.connect(
            uri or read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        with closing(connection) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise CorruptDatabaseError(path, f"{path} is damaged ({check[0][0]})")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            schema = read_schema(conn)
            rows = (
                conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if "table alembic_version" in schema and "alembic_version" in tables
                else []
            )
    except sqlite3.Error as exc:
        raise refusal(path, exc) from exc
    return FileState(exists=True, revision=str(rows[0][0]) if rows else None, schema=schema)


def read_schema(conn: sqlite3.Connection) -> frozenset[str]:
    """Every object of the file's schema, one plain description each, read from
    ``sqlite_master`` and the table pragmas only: no view is queried, no trigger can fire.

    Tables (each column with its type, NOT NULL and key), indexes (by name, or by columns for
    the ones SQLite makes for UNIQUE), foreign keys, and any trigger or view. SQLite's own
    tables (``sqlite_sequence``, ``sqlite_stat1``) are not ours or anyone's and are left out.
    """
    found: set[str] = set()
    master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in master:
        if str(name).startswith("sqlite_") and kind == "table":
            continue
        if kind == "table" and not str(sql or "").upper().startswith("CREATE TABLE"):
            found.add(f"virtual table {name}")
        elif kind == "table":
            found.add(f"table {name}")
            found.update(_table_parts(conn, str(name)))
        elif kind != "index":  # an index is described with its table, by ``_table_parts``
            found.add(f"{kind} {name} on {table}")
    return frozenset(found)


def _table_parts(conn: sqlite3.Connection, table: str) -> set[str]:
    parts: set[str] = set()
    for _cid, column, kind, notnull, _default, pk, hidden in conn.execute(
        "SELECT * FROM pragma_table_xinfo(?)", (table,)
    ):
        flags = " NOT NULL" * bool(notnull) + f" key {pk}" * bool(pk) + " generated" * bool(hidden)
        parts.add(f"column {table}.{column} {str(kind).upper()}{flags}")
    for _seq, index, unique, origin, partial in conn.execute(
        "SELECT * FROM pragma_index_list(?)", (table,)
    ):
        columns = ", ".join(
            str(row[2]) for row in conn.execute("SELECT * FROM pragma_index_info(?)", (index,))
        )
        where = " partial" * bool(partial)
        named = origin == "c" or not str(index).startswith("sqlite_autoindex_")
        label = f"index {index}" if named else f"{'unique ' * bool(unique)}key"
        parts.add(f"{label} on {table}({columns}){' unique' * bool(unique and named)}{where}")
    for row in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (table,)):
        parts.add(f"foreign key {table}.{row[3]} -> {row[2]}.{row[4]} on delete {row[6]}")
    return parts


def check_writable(data_dir: Path, path: Path) -> None:
    if not os.access(data_dir, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        message = READ_ONLY_DISK if read_only_disk(path) else READ_ONLY
        raise ReadOnlyDatabaseError(path, message.format(path=path))
