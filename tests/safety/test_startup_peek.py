"""The start-up peek refuses, without SQLAlchemy and without writing, every file the store would.

A file the peek passes gets the window before the store is open; anything else goes the full
way, recovery dialog included, before any window. So the peek must never pass a file that
``Repository.open`` refuses, and must leave every file as it found it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from safety_cases import BAD_FILES, good_database, sha256

from hkpath_desktop.store import peek
from hkpath_desktop.store.db import DatabaseError, database_path
from hkpath_desktop.store.peek import peek_store
from hkpath_desktop.store.repository import Repository


def test_a_sound_file_gives_the_names_in_the_order_of_the_repository(data_dir: Path) -> None:
    good_database(data_dir, households=3)
    with Repository.open(data_dir) as repo:
        repo.rename(2, "陳家 Chan family")
        expected = [(s.id, s.name) for s in repo.list_households()]
    before = sha256(database_path(data_dir))
    seen = peek_store(data_dir)
    assert seen is not None
    assert [(h.id, h.name) for h in seen.households] == expected
    assert seen.database_path == database_path(data_dir)
    assert sha256(database_path(data_dir)) == before


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_every_refused_file_is_refused_by_the_peek_too_and_left_untouched(
    data_dir: Path, case: str
) -> None:
    make, refusal = BAD_FILES[case]
    make(data_dir)
    before = sha256(database_path(data_dir))
    assert peek_store(data_dir) is None
    assert sha256(database_path(data_dir)) == before
    with pytest.raises(refusal):
        Repository.open(data_dir).close()


def test_no_file_yet_takes_the_full_way_and_creates_nothing(data_dir: Path) -> None:
    assert peek_store(data_dir) is None
    assert not database_path(data_dir).exists()


def test_a_file_that_needs_a_migration_takes_the_full_way(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    with closing(sqlite3.connect(database_path(data_dir))) as conn:
        conn.execute("CREATE TABLE households (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
    assert peek_store(data_dir) is None


def test_a_file_another_program_is_writing_takes_the_full_way(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good_database(data_dir, households=1)
    monkeypatch.setattr(peek, "BUSY_TIMEOUT_MS", 50)
    with closing(sqlite3.connect(database_path(data_dir), isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        assert peek_store(data_dir) is None
        holder.execute("ROLLBACK")
    assert peek_store(data_dir) is not None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to any file")
def test_a_read_only_file_takes_the_full_way(data_dir: Path) -> None:
    good_database(data_dir, households=1)
    database_path(data_dir).chmod(0o400)
    assert peek_store(data_dir) is None
    with pytest.raises(DatabaseError):
        Repository.open(data_dir).close()
