"""Where the data lives and how the database file is opened: the one module that knows paths.

``open_database`` refuses what it must not touch (not a database, damaged, made by a newer
program, read-only) before it writes a single byte, keeps the folder private (0700) and the
file private (0600), sets the pragmas on every connection, copies an older file aside and then
brings the schema to the newest Alembic revision.
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc

from hkpath_desktop.store.backup import backup_beside, read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config

APP_NAME = "HKPath Desktop"
APP_AUTHOR = "HKPath"
DATA_DIR_ENV = "HKPATH_DATA_DIR"
DATABASE_FILE = "hkpath.sqlite3"
BUSY_TIMEOUT_MS = 5000
"""How long a connection waits for another writer (e.g. a second window) before giving up."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_HEAD = "0001"
"""The newest revision in ``MIGRATIONS_DIR`` (a test keeps the two equal). A file already at
this revision opens without importing Alembic, which cost a tenth of a second at start-up."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_POSIX = os.name == "posix"
_IMMEDIATE = "hkpath_immediate"

_READ_ONLY = "{path} cannot be written to; check the permissions of the file and its folder"

log = logging.getLogger(__name__)


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
    """The file or its folder cannot be written to."""


class MigrationError(DatabaseError):
    """Bringing an older file up to date failed; the copy taken before is in ``backup``."""

    def __init__(self, path: Path, message: str, backup: Path | None) -> None:
        super().__init__(path, message)
        self.backup = backup


def resolve_data_dir(explicit: Path | None = None) -> Path:
    """``--data-dir`` first, then ``$HKPATH_DATA_DIR``, then the platform's user data folder."""
    if explicit is not None:
        return explicit.expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE


def backups_dir(data_dir: Path) -> Path:
    """Where copies the user asks for go (migration copies sit beside the database instead)."""
    return data_dir / "backups"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


@dataclass(frozen=True, slots=True)
class _FileState:
    exists: bool
    revision: str | None


def open_database(data_dir: Path, *, migrations: Path = MIGRATIONS_DIR) -> Engine:
    """An engine on ``data_dir``'s database, created or migrated to the newest schema.

    ``migrations`` is the Alembic script folder; only tools and tests pass another one.
    """
    path = database_path(data_dir)
    _prepare_dir(data_dir)
    _start_log(data_dir)
    try:
        state = _inspect(path)
    except DatabaseError as exc:
        log.warning("database refused: %s", type(exc).__name__)
        raise
    if migrations == MIGRATIONS_DIR and state.revision == SCHEMA_HEAD:
        return _open_current(data_dir, path)
    return _migrate(data_dir, path, state, migrations)


def _open_current(data_dir: Path, path: Path) -> Engine:
    """A file at ``SCHEMA_HEAD``: check that it can be written to, as a migration would."""
    _check_writable(data_dir, path)
    engine = _engine(path)
    try:
        with writer(engine).begin():
            pass
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        log.error("database not writable: %s", type(exc).__name__)
        raise _migration_error(path, exc, None) from exc
    _tighten(path)
    log.info("database opened: schema %s", SCHEMA_HEAD)
    return engine


def _migrate(data_dir: Path, path: Path, state: _FileState, migrations: Path) -> Engine:
    """Create the file or bring it to the newest revision in ``migrations``, with a copy."""
    from alembic import command
    from alembic.script import ScriptDirectory

    config = _alembic_config(migrations)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    known = {s.revision for s in script.walk_revisions()}
    if state.revision is not None and state.revision not in known:
        log.warning("database refused: schema %s is newer than %s", state.revision, head)
        raise NewerSchemaError(path, state.revision)
    _check_writable(data_dir, path)
    _create_private_file(path)
    backup = None
    if state.exists and state.revision != head:
        backup = backup_beside(path, f"pre-{head}")
    engine = _engine(path)
    try:
        with writer(engine).begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        log.error("migration to %s failed: %s", head, type(exc).__name__)
        raise _migration_error(path, exc, backup) from exc
    _tighten(path)
    log.info("database opened: schema %s (was %s)", head, state.revision or "new")
    return engine


def _start_log(data_dir: Path) -> None:
    """Whoever opens a data folder logs into it (imported here: applog needs ``log_dir``)."""
    from hkpath_desktop.applog import setup_logging

    setup_logging(data_dir)


def _prepare_dir(data_dir: Path) -> None:
    ours = database_path(data_dir).exists()
    try:
        if not data_dir.exists():
            data_dir.mkdir(mode=0o700, parents=True)
            ours = True
        if _POSIX and ours:  # take group and other access away; never grant any
            data_dir.chmod(stat.S_IMODE(data_dir.stat().st_mode) & 0o700)
    except OSError as exc:
        raise ReadOnlyDatabaseError(
            data_dir, f"cannot create or use the data folder {data_dir}: {exc.strerror}"
        ) from exc
    if not data_dir.is_dir():
        raise DatabaseError(data_dir, f"the data folder {data_dir} is not a folder")


def _inspect(path: Path) -> _FileState:
    """Read-only look at an existing file: its kind, its health and its schema revision."""
    if not path.exists() or path.stat().st_size == 0:
        return _FileState(exists=False, revision=None)
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            raise NotADatabaseError(path, f"{path} is not an HKPath Desktop database")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        with closing(connection) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise CorruptDatabaseError(path, f"{path} is damaged ({check[0][0]})")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            rows = (
                conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if "alembic_version" in tables
                else []
            )
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(path, f"{path} is in use by another program") from exc
        if "readonly" in str(exc):  # a WAL file in a read-only folder: no room for its -shm
            raise ReadOnlyDatabaseError(path, _READ_ONLY.format(path=path)) from exc
        raise CorruptDatabaseError(path, f"{path} is damaged and cannot be read ({exc})") from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, f"{path} is damaged and cannot be read ({exc})") from exc
    return _FileState(exists=True, revision=str(rows[0][0]) if rows else None)


def _check_writable(data_dir: Path, path: Path) -> None:
    if not os.access(data_dir, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReadOnlyDatabaseError(path, _READ_ONLY.format(path=path))


def _create_private_file(path: Path) -> None:
    """Create the file 0600 before SQLite does (SQLite gives its -wal/-shm files the same mode)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten(path: Path) -> None:
    if not _POSIX:
        return
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


def _alembic_config(migrations: Path) -> Config:
    from alembic.config import Config

    config = Config(stdout=io.StringIO())
    config.set_main_option("script_location", str(migrations))
    config.set_main_option("path_separator", "os")
    return config


def _engine(path: Path) -> Engine:
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL in
    # migrations is transactional too (the pysqlite recipe in SQLAlchemy's documentation).
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin.

    A read-then-write transaction that started as a reader can fail at once when another
    window wrote in between; one that starts as a writer waits (busy_timeout) instead.
    Plain reads stay deferred so they never block each other.
    """
    return engine.execution_options(**{_IMMEDIATE: True})


def _on_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _migration_error(path: Path, exc: Exception, backup: Path | None) -> DatabaseError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabaseError(path, f"{path} cannot be written to")
    if "locked" in text or "busy" in text:
        return DatabaseError(path, f"{path} is in use by another program; try again later")
    kept = f"; the copy taken before is {backup}" if backup is not None else ""
    return MigrationError(path, f"could not bring {path} up to date{kept}", backup)
