"""Bad database files, made for real: each case writes one into a data folder.

A zero-byte file is not among the refusals: SQLite reads it as a valid, empty database and
it holds nothing to lose, so the program treats it like a missing file and creates the
schema in it (tested on its own).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from hkpath_desktop.store.db import (
    CorruptDatabaseError,
    DatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    database_path,
)
from hkpath_desktop.store.repository import Repository

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_hkpath(*argv: str, prefix: Sequence[str] = ()) -> subprocess.CompletedProcess[str]:
    """``hkpath ARGV`` as its own process (a hang fails after a minute, not forever)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "hkpath_desktop", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
        check=False,
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def good_database(data_dir: Path, households: int = 40) -> Path:
    """A closed, checkpointed database with some households (no ``-wal`` left)."""
    with Repository.open(data_dir) as repo:
        for n in range(households):
            repo.create_household(f"Household {n}")
    return database_path(data_dir)


def _corrupt(data_dir: Path) -> None:
    path = good_database(data_dir)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


def _truncated(data_dir: Path) -> None:
    path = good_database(data_dir)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _not_sqlite(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    database_path(data_dir).write_bytes(b"name,date of birth\nMei Chan,1984-05-02\n" * 50)


def _newer_schema(data_dir: Path) -> None:
    path = good_database(data_dir)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()


BAD_FILES: dict[str, tuple[Callable[[Path], None], type[DatabaseError]]] = {
    "corrupt": (_corrupt, CorruptDatabaseError),
    "truncated": (_truncated, CorruptDatabaseError),
    "not-sqlite": (_not_sqlite, NotADatabaseError),
    "newer-schema": (_newer_schema, NewerSchemaError),
}
"""name -> (how to make it in a data folder, the refusal ``open_database`` must raise)."""
