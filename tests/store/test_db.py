"""Opening the database file: paths, pragmas, permissions, refusals, backups before migrating."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from platformdirs import user_data_dir
from sqlalchemy import Engine, text

from hkpath_desktop.store.datafile import refusal
from hkpath_desktop.store.db import (
    SCHEMA_HEAD,
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    ForeignSchemaError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    database_path,
    open_database,
    resolve_data_dir,
)
from hkpath_desktop.store.repository import Repository

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_data_dir_explicit_then_environment_then_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HKPATH_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_data_dir(None) == tmp_path / "from-env"
    monkeypatch.setenv("HKPATH_DATA_DIR", "")
    assert resolve_data_dir(None) == Path(user_data_dir("HKPath Desktop", "HKPath"))


def test_fresh_database_has_its_pragmas_on_every_connection(data_dir: Path) -> None:
    engine = open_database(data_dir)
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == SCHEMA_HEAD
    finally:
        engine.dispose()


@posix_only
def test_fresh_database_is_private(data_dir: Path) -> None:
    repo = Repository.open(data_dir)
    try:
        repo.create_household("Private")  # a write, so that -wal and -shm exist
        assert _mode(data_dir) == 0o700
        side_files = [
            database_path(data_dir).with_name(f"hkpath.sqlite3{s}") for s in ("-wal", "-shm")
        ]
        for path in [database_path(data_dir), *side_files]:
            assert path.exists(), path
            assert _mode(path) == 0o600, path
    finally:
        repo.close()


@posix_only
def test_an_existing_data_dir_keeps_its_mode_and_the_file_is_tightened(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    data_dir.chmod(0o755)
    database_path(data_dir).chmod(0o644)
    open_database(data_dir).dispose()
    assert _mode(data_dir) == 0o755  # the folder is the user's; the file is ours
    assert _mode(database_path(data_dir)) == 0o600


def test_database_at_head_is_not_backed_up_again(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    open_database(data_dir).dispose()
    assert list(data_dir.glob("*.bak")) == []


def _old_file(path: Path) -> None:
    """A file from before the first revision: Alembic's table, stamped at base, and no other."""
    path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.commit()


def test_older_file_is_copied_aside_then_migrated(data_dir: Path) -> None:
    path = database_path(data_dir)
    _old_file(path)
    engine = open_database(data_dir)
    engine.dispose()
    backups = list(data_dir.glob(f"hkpath.sqlite3.pre-{SCHEMA_HEAD}-*.bak"))
    assert len(backups) == 1
    assert _tables(backups[0]) == {"alembic_version"}
    if os.name == "posix":
        assert _mode(backups[0]) == 0o600
    assert {"households", "members"} <= _tables(path)
    with closing(sqlite3.connect(path)) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        assert version == [(SCHEMA_HEAD,)]


def test_an_older_file_with_a_table_of_someone_else_is_refused_untouched(data_dir: Path) -> None:
    """Nothing the program did not make is migrated along (issue 21, point 6)."""
    path = database_path(data_dir)
    _old_file(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE scratch (note TEXT)")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(ForeignSchemaError, match="table scratch"):
        open_database(data_dir)
    assert path.read_bytes() == before
    assert list(data_dir.glob("*.bak")) == []


def test_migrating_prints_nothing(data_dir: Path, capfd: pytest.CaptureFixture[str]) -> None:
    _old_file(database_path(data_dir))
    open_database(data_dir).dispose()
    assert capfd.readouterr() == ("", "")


def _stamp(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()


def test_newer_schema_is_refused_and_left_byte_identical(data_dir: Path) -> None:
    repo = Repository.open(data_dir)
    repo.create_household("From the future")
    repo.close()
    path = database_path(data_dir)
    _stamp(path, "0099")
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version") as caught:
        open_database(data_dir)
    assert caught.value.revision == "0099"
    assert path.read_bytes() == before
    assert list(data_dir.glob("*.bak")) == []


def test_not_a_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"name,amount\nMei,100\n" * 20)
    with pytest.raises(NotADatabaseError, match="not an HKPath Desktop database"):
        open_database(data_dir)
    assert path.read_bytes() == b"name,amount\nMei,100\n" * 20


def test_damaged_database_is_refused_untouched(data_dir: Path) -> None:
    repo = Repository.open(data_dir)
    for n in range(30):
        repo.create_household(f"Household {n}")
    repo.close()
    path = database_path(data_dir)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(data_dir)
    assert path.read_bytes() == bytes(data)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to any file")
def test_read_only_database_is_refused(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    database_path(data_dir).chmod(0o400)
    with pytest.raises(ReadOnlyDatabaseError, match="cannot be written"):
        open_database(data_dir)


def test_the_refusals_are_distinct_database_errors() -> None:
    kinds = {
        NewerSchemaError,
        CorruptDatabaseError,
        NotADatabaseError,
        ReadOnlyDatabaseError,
        DiskFullError,
        BusyDatabaseError,
    }
    assert all(issubclass(k, DatabaseError) for k in kinds)
    assert not any(issubclass(a, b) for a in kinds for b in kinds if a is not b)


def test_engine_is_usable_from_another_thread(data_dir: Path) -> None:
    """The GUI hashes files and builds reports in worker threads that read the store."""
    from concurrent.futures import ThreadPoolExecutor

    engine: Engine = open_database(data_dir)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        with ThreadPoolExecutor(max_workers=1) as pool:
            result = pool.submit(lambda: Repository(engine).list_households()).result()
        assert result == []
    finally:
        engine.dispose()


def test_a_full_file_is_said_to_be_full_not_damaged(tmp_path: Path) -> None:
    """SQLite's own "database or disk is full" (a page limit standing in for the disk)."""
    path = tmp_path / "full.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x BLOB)")
        conn.execute("PRAGMA max_page_count = 3")
        with pytest.raises(sqlite3.OperationalError) as full:
            conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    error = refusal(path, full.value)
    assert isinstance(error, DiskFullError)
    assert "disk it is on is full" in str(error) and "damaged" not in str(error)


@pytest.mark.parametrize(
    ("number", "kind", "words"),
    [
        (errno.ENOSPC, DiskFullError, "is full"),
        (errno.EROFS, ReadOnlyDatabaseError, "read-only disk"),
        (errno.EACCES, ReadOnlyDatabaseError, "permissions"),
        (errno.EIO, DatabaseError, "was not changed"),
    ],
)
def test_a_system_error_is_named_for_what_it_is(
    number: int, kind: type[DatabaseError], words: str
) -> None:
    error = refusal(Path("/data/hkpath.sqlite3"), OSError(number, os.strerror(number)))
    assert type(error) is kind
    assert words in str(error) and "damaged" not in str(error)
