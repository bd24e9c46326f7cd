"""A file as release 0001 left it is migrated with every answer kept, byte for byte.

``tests/fixtures/release/0001.sqlite3`` and each household's export beside it were made by
``make_release_db.py`` with that release (the family, the demo, a household using every fact
and every "unknown", one just created). Today's program migrates a copy and must export each
household exactly as that release did.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from hkpath_desktop.store.db import SCHEMA_HEAD, database_path
from hkpath_desktop.store.repository import Repository

RELEASE = Path(__file__).resolve().parents[1] / "fixtures" / "release"
EXPORTS = sorted(RELEASE.glob("0001-*.json"))


@pytest.fixture
def migrated(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(RELEASE / "0001.sqlite3", database_path(data_dir))
    Repository.open(data_dir).close()
    return data_dir


def test_the_release_file_is_migrated_to_the_newest_schema(migrated: Path) -> None:
    with closing(sqlite3.connect(database_path(migrated))) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not tables & {"education", "work", "income", "holdings"}
    with Repository.open(migrated) as repo:
        assert [(s.id, s.name, s.members) for s in repo.list_households()] == [
            (1, "Chan family", 4),
            (2, "Chan family", 4),
            (3, "Chan family", 3),
            (4, "Just created", 1),
        ]


@pytest.mark.parametrize("export", EXPORTS, ids=[p.stem for p in EXPORTS])
def test_each_household_exports_as_the_release_exported_it(
    migrated: Path, export: Path, tmp_path: Path
) -> None:
    household_id = export.stem.split("-")[1]
    out = tmp_path / "after.json"
    command = [sys.executable, "-m", "hkpath_desktop", "export", household_id]
    subprocess.run(
        [*command, "--out", str(out), "--data-dir", str(migrated)], check=True, timeout=120
    )
    assert out.read_text(encoding="utf-8") == export.read_text(encoding="utf-8")
