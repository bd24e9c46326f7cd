"""Opening a file that is already up to date skips Alembic, so SCHEMA_HEAD must be the head."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from hkpath_desktop.store.db import MIGRATIONS_DIR, SCHEMA_HEAD, open_database

_OPEN_AGAIN = """
import sys
from pathlib import Path
from hkpath_desktop.store.db import open_database
open_database(Path(sys.argv[1])).dispose()
print(" ".join(sorted(m for m in ("alembic", "mako") if m in sys.modules)))
"""


def test_schema_head_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def _imported_on_open(data_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_AGAIN, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_an_up_to_date_file_opens_without_alembic(data_dir: Path) -> None:
    assert _imported_on_open(data_dir) == "alembic mako"  # a new file is created by Alembic
    assert _imported_on_open(data_dir) == ""


def test_a_new_file_gets_the_head_revision(data_dir: Path) -> None:
    open_database(data_dir).dispose()
    with closing(sqlite3.connect(data_dir / "hkpath.sqlite3")) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == SCHEMA_HEAD
