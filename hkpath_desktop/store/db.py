"""How the database file is opened (where it lives and what is refused: ``store.datafile``).

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
import time
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import NullPool

from hkpath_desktop.store.backup import backup_beside, read_only_uri
from hkpath_desktop.store.datafile import (
    APP_AUTHOR,
    APP_NAME,
    BUSY_TIMEOUT_MS,
    DATA_DIR_ENV,
    DATABASE_FILE,
    POSIX,
    SCHEMA_HEAD,
    WRITE_WAIT_S,
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    FileState,
    ForeignSchemaError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    backups_dir,
    check_writable,
    database_path,
    inspect,
    log_dir,
    prepare_dir,
    read_schema,
    refusal,
    resolve_data_dir,
)
from hkpath_desktop.store.held_file import HeldFile, hold_still, immutable_uri

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "APP_AUTHOR",
    "APP_NAME",
    "BUSY_TIMEOUT_MS",
    "DATABASE_FILE",
    "DATA_DIR_ENV",
    "MIGRATIONS_DIR",
    "SCHEMA_HEAD",
    "BusyDatabaseError",
    "CorruptDatabaseError",
    "DatabaseError",
    "DiskFullError",
    "ForeignSchemaError",
    "MigrationError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "backups_dir",
    "database_path",
    "log_dir",
    "open_database",
    "open_read_only",
    "refused",
    "resolve_data_dir",
    "writer",
]
"""The paths, checks and refusals live in ``store.datafile`` (no SQLAlchemy); the names stay
importable from here, where every caller has always found them."""

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_IMMEDIATE = "hkpath_immediate"
_ALEMBIC_TABLE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)
"""The table Alembic keeps its revision in, as Alembic creates it."""

log = logging.getLogger(__name__)


def open_database(data_dir: Path, *, migrations: Path = MIGRATIONS_DIR) -> Engine:
    """An engine on ``data_dir``'s database, created or migrated to the newest schema.

    ``migrations`` is the Alembic script folder; only tools and tests pass another one.
    """
    path = database_path(data_dir)
    prepare_dir(data_dir)
    state = _inspect(path)
    if migrations == MIGRATIONS_DIR and state.revision == SCHEMA_HEAD:
        _check_schema(path, state, head_schema())
        return _open_current(data_dir, path)
    return _migrate(data_dir, path, state, migrations)


def open_read_only(data_dir: Path) -> tuple[Engine, HeldFile | None]:
    """An engine that only reads ``data_dir``'s database, for commands that change nothing.

    SQLite opens the file with ``mode=ro``: not a byte of it is written. When even that fails
    for want of room or of a writable disk (a WAL reader makes a ``-shm`` beside the file),
    the file is read as ``immutable`` while ``hold_still`` keeps every writer out, which is
    what makes immutable true (``store.held_file``); the ``HeldFile`` is released after the
    engine. A file not made yet, or at an older revision, is opened by ``open_database``: it
    must be made or brought up to date before it can be read.
    """
    path = database_path(data_dir)
    if not data_dir.is_dir() or not path.exists():
        return open_database(data_dir), None
    try:
        state, uri, held = _read_only_state(path)
    except DatabaseError as exc:
        log.warning("database refused: %s", type(exc).__name__)
        raise
    try:
        if state.revision == SCHEMA_HEAD:
            _check_schema(path, state, head_schema())
    except BaseException:
        if held is not None:
            held.release()
        raise
    if state.revision != SCHEMA_HEAD:
        if held is not None:
            held.release()
        return open_database(data_dir), None
    log.info("database opened read-only%s", " (held, immutable)" * (held is not None))
    return _read_only_engine(uri), held


def _read_only_state(path: Path) -> tuple[FileState, str, HeldFile | None]:
    """The file's state, with the URI it was read with: ``mode=ro``, else immutable, held."""
    try:
        return inspect(path), read_only_uri(path), None
    except (DiskFullError, ReadOnlyDatabaseError):
        held = hold_still(path)
        if held is None:
            raise
    try:
        uri = immutable_uri(path)
        return inspect(path, uri), uri, held
    except BaseException:
        held.release()
        raise


def _inspect(path: Path, uri: str | None = None) -> FileState:
    try:
        return inspect(path, uri)
    except DatabaseError as exc:
        log.warning("database refused: %s", type(exc).__name__)
        raise


def _check_schema(path: Path, state: FileState, expected: frozenset[str]) -> None:
    """Refuse a file whose schema is not, object by object, the one its revision makes.

    A trigger or a view of someone else's runs inside our reads and writes (one deleted every
    member on a page turn, one hung every read), so neither is ever let through.
    """
    if not state.exists or state.schema == expected:
        return
    foreign = sorted(state.schema - expected)
    missing = sorted(expected - state.schema)
    log.warning("database refused: %d foreign, %d missing objects", len(foreign), len(missing))
    raise ForeignSchemaError(path, foreign, missing)


@cache
def head_schema() -> frozenset[str]:
    """The schema of a file at ``SCHEMA_HEAD``: the models' tables and Alembic's own."""
    from hkpath_desktop.store.models import Base

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            connection.exec_driver_sql(_ALEMBIC_TABLE)
            return _schema_of(connection)
    finally:
        engine.dispose()


def _revision_schema(migrations: Path, state: FileState) -> frozenset[str]:
    """The schema the migrations in ``migrations`` make up to the file's revision, in memory.

    A file at no revision may hold Alembic's table, empty, and nothing else.
    """
    revision = state.revision
    if revision is None:
        if "table alembic_version" not in state.schema:
            return frozenset()
        with closing(sqlite3.connect(":memory:")) as memory:
            memory.execute(_ALEMBIC_TABLE)
            return read_schema(memory)
    from alembic import command

    config = _alembic_config(migrations)
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            return _schema_of(connection)
    finally:
        engine.dispose()


def _schema_of(connection: Connection) -> frozenset[str]:
    raw = connection.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    return read_schema(raw)


def _open_current(data_dir: Path, path: Path) -> Engine:
    """A file at ``SCHEMA_HEAD``: check that it can be written to, as a migration would."""
    check_writable(data_dir, path)
    engine = _engine(path)
    try:
        with writer(engine).begin():
            pass
    except (sa_exc.DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        error = refused(path, exc)
        log.error("database not writable: %s", type(error).__name__)
        raise error from exc
    _tighten(path)
    log.info("database opened: schema %s", SCHEMA_HEAD)
    return engine


def _migrate(data_dir: Path, path: Path, state: FileState, migrations: Path) -> Engine:
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
    _check_schema(path, state, _revision_schema(migrations, state))
    check_writable(data_dir, path)
    try:
        _create_private_file(path)
        stale = state.exists and state.revision != head
        backup = backup_beside(path, f"pre-{head}") if stale else None
    except (OSError, sqlite3.Error) as exc:
        error = refusal(path, exc)
        log.error("database not prepared: %s", type(error).__name__)
        raise error from exc
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


def _create_private_file(path: Path) -> None:
    """Create the file 0600 before SQLite does (SQLite gives its -wal/-shm files the same mode)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten(path: Path) -> None:
    if not POSIX:
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


def _read_only_engine(uri: str) -> Engine:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "connect", _on_connect_read_only)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    with closing(dbapi_connection.cursor()) as cursor:
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


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
    window wrote in between; one that starts as a writer waits instead: busy_timeout at a
    time, asking again a little later each time, up to ``WRITE_WAIT_S`` in all, then
    ``BusyDatabaseError``. Nothing of the transaction has run while it waits, so waiting
    never half-writes. Plain reads stay deferred so they never block each other.
    """
    return engine.execution_options(**{_IMMEDIATE: True})


def _on_begin(connection: Connection) -> None:
    if not connection.get_execution_options().get(_IMMEDIATE, False):
        connection.exec_driver_sql("BEGIN")
        return
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    deadline = time.monotonic() + WRITE_WAIT_S
    pause = 0.05
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            busy = refusal(Path(str(connection.engine.url.database)), exc)
            if not isinstance(busy, BusyDatabaseError):
                raise
            if time.monotonic() + pause >= deadline:
                raise busy from exc
        log.info("data file busy; asking again in %.2f s", pause)
        time.sleep(pause)
        pause = min(pause * 2, 2.0)


def refused(path: Path, exc: Exception) -> DatabaseError:
    """``refusal`` for an error SQLAlchemy wrapped."""
    return refusal(path, _sqlite_error(exc))


def _sqlite_error(exc: Exception) -> sqlite3.Error | OSError:
    """The driver's own error inside SQLAlchemy's wrapper, which carries SQLite's code."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    return orig if isinstance(orig, sqlite3.Error | OSError) else sqlite3.Error(str(orig))


def _migration_error(path: Path, exc: Exception, backup: Path | None) -> DatabaseError:
    """A full disk, a read-only one or a busy file is said as such; anything else during an
    upgrade is a failed migration, with the copy taken before."""
    error = refused(path, exc)
    if isinstance(error, DiskFullError | ReadOnlyDatabaseError | BusyDatabaseError):
        return error
    kept = f"; the copy taken before is {backup}" if backup is not None else ""
    return MigrationError(path, f"could not bring {path} up to date{kept}", backup)
