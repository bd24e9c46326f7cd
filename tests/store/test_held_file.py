"""``hold_still``: while a file is held no SQLite connection can touch it, which is what makes
reading it as ``immutable`` safe; it refuses when that cannot be made certain."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from hkpath_desktop.store.held_file import hold_still, immutable_uri

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="open-file-description locks")

COUNT = (
    "import sqlite3, sys; "
    "print(sqlite3.connect(sys.argv[1], timeout=0.2).execute({q!r}).fetchall())"
)


def _database(tmp_path: Path) -> Path:
    path = tmp_path / "held.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
    return path


def _other_process(path: Path, query: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", COUNT.format(q=query), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_while_held_no_other_process_reads_or_writes_it(tmp_path: Path) -> None:
    path = _database(tmp_path)
    held = hold_still(path)
    assert held is not None
    with held:
        read = _other_process(path, "SELECT count(*) FROM t")
        wrote = _other_process(path, "INSERT INTO t VALUES (2)")
        with closing(sqlite3.connect(immutable_uri(path), uri=True)) as conn:
            assert conn.execute("SELECT count(*) FROM t").fetchall() == [(1,)]
    assert "database is locked" in read.stderr
    assert "database is locked" in wrote.stderr
    assert _other_process(path, "SELECT count(*) FROM t").stdout == "[(1,)]\n"


def test_a_file_open_elsewhere_is_not_held(tmp_path: Path) -> None:
    path = _database(tmp_path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("SELECT count(*) FROM t").fetchall()
        assert hold_still(path) is None


def test_a_wal_holding_changes_is_not_held(tmp_path: Path) -> None:
    """An immutable reader would not see what only the ``-wal`` holds."""
    path = _database(tmp_path)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"\0" * 32)  # as a crash leaves it: not empty, no connection open
    assert hold_still(path) is None
    assert wal.stat().st_size == 32
