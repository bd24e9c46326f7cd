"""Rotating backups and restoring one: nothing half-written, nothing thrown away."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hkpath_desktop.store.backups import (
    BACKUPS_KEPT,
    back_up_daily,
    back_up_now,
    list_backups,
    move_aside,
    restore_backup,
)
from hkpath_desktop.store.db import CorruptDatabaseError, backups_dir, database_path
from hkpath_desktop.store.repository import Repository

T0 = datetime(2026, 11, 22, 8, 30, tzinfo=UTC)


def _names(data_dir: Path) -> list[str]:
    with Repository.open(data_dir) as repo:
        return [s.name for s in repo.list_households()]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Repository.open(data_dir) as repo:
        repo.create_household("First")
    return data_dir


def test_back_up_now_copies_a_sound_private_database(filled: Path) -> None:
    with Repository.open(filled) as repo:  # the copy sees what is still in the -wal file
        repo.create_household("Second")
        copy = back_up_now(filled, now=T0)
    assert copy.parent == backups_dir(filled)
    assert copy.name == "hkpath-20261122T083000Z.sqlite3"
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT name FROM households ORDER BY id").fetchall() == [
            ("First",),
            ("Second",),
        ]
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(backups_dir(filled).stat().st_mode) == 0o700
    assert [b.path for b in list_backups(filled)] == [copy]
    assert list_backups(filled)[0].taken_at == T0


def test_two_backups_in_the_same_second_both_survive(filled: Path) -> None:
    first, second = back_up_now(filled, now=T0), back_up_now(filled, now=T0)
    assert first != second
    assert [b.path for b in list_backups(filled)] == [second, first]


def test_rotation_keeps_the_newest(filled: Path) -> None:
    made = [back_up_now(filled, now=T0 + timedelta(days=n)) for n in range(BACKUPS_KEPT + 3)]
    kept = [b.path for b in list_backups(filled)]
    assert kept == list(reversed(made))[:BACKUPS_KEPT]
    assert not any(p.exists() for p in made[:3])


def test_rotation_leaves_other_files_alone(filled: Path) -> None:
    backups_dir(filled).mkdir()
    mine = backups_dir(filled) / "my copy.sqlite3"
    mine.write_bytes(b"keep")
    for n in range(BACKUPS_KEPT + 1):
        back_up_now(filled, now=T0 + timedelta(days=n))
    assert mine.read_bytes() == b"keep"


def test_daily_backup_once_a_day(filled: Path) -> None:
    assert back_up_daily(filled, now=T0) is not None
    assert back_up_daily(filled, now=T0 + timedelta(hours=10)) is None
    assert back_up_daily(filled, now=T0 + timedelta(days=1)) is not None
    assert len(list_backups(filled)) == 2


def test_daily_backup_skips_a_missing_or_empty_file(data_dir: Path) -> None:
    assert back_up_daily(data_dir, now=T0) is None
    data_dir.mkdir()
    database_path(data_dir).touch()
    assert back_up_daily(data_dir, now=T0) is None
    assert list_backups(data_dir) == []


def test_restore_puts_the_backup_back_and_keeps_the_current_file_aside(filled: Path) -> None:
    copy = back_up_now(filled, now=T0)
    with Repository.open(filled) as repo:
        repo.create_household("Added after the backup")
    assert _names(filled) == ["First", "Added after the backup"]

    aside = restore_backup(filled, copy)

    assert _names(filled) == ["First"]
    assert aside is not None and aside.parent == filled
    assert aside.name.startswith("hkpath.sqlite3.before-restore-")
    with closing(sqlite3.connect(aside)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM households ORDER BY id")]
    assert names == ["First", "Added after the backup"]
    assert copy.exists()
    assert [p.name for p in filled.iterdir() if p.suffix == ".tmp"] == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled: Path) -> None:
    copy = back_up_now(filled, now=T0)
    data = bytearray(copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : len(data)] = b"\xa5" * (len(data) - page)
    copy.write_bytes(bytes(data))
    before = _sha(database_path(filled))
    listing = sorted(p.name for p in filled.iterdir())

    with pytest.raises(CorruptDatabaseError, match="damaged"):
        restore_backup(filled, copy)

    assert _sha(database_path(filled)) == before
    assert sorted(p.name for p in filled.iterdir()) == listing
    assert _names(filled) == ["First"]


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 50])
def test_restore_refuses_files_that_are_not_backups(
    filled: Path, tmp_path: Path, content: bytes
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    before = _sha(database_path(filled))
    with pytest.raises(CorruptDatabaseError):
        restore_backup(filled, bogus)
    assert _sha(database_path(filled)) == before


def test_restore_over_a_damaged_file_keeps_its_exact_bytes(filled: Path) -> None:
    copy = back_up_now(filled, now=T0)
    path = database_path(filled)
    path.write_bytes(b"garbage " * 100)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    before = _sha(path)
    aside = restore_backup(filled, copy)
    assert aside is not None and _sha(aside) == before
    assert _names(filled) == ["First"]


def test_move_aside_renames_without_changing_a_byte(filled: Path) -> None:
    path = database_path(filled)
    path.write_bytes(b"not a database " * 10)
    before = _sha(path)
    aside = move_aside(filled)
    assert aside is not None and not path.exists()
    assert aside.name.startswith("hkpath.sqlite3.damaged-")
    assert _sha(aside) == before
    assert _names(filled) == []  # a new, empty file opens
