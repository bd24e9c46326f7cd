"""Build ``tests/fixtures/db/<revision>.sqlite3``: the family fixture in the newest schema.

Run it once when a release adds a migration (``python tests/safety/make_fixture_db.py``)
and keep the files of earlier revisions as they are: each one is a database as an older
release left it on a user's disk, and ``test_fixture_databases`` upgrades every one of them.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.store.db import MIGRATIONS_DIR, database_path
from hkpath_desktop.store.repository import Repository

TESTS = Path(__file__).resolve().parents[1]
FAMILY = TESTS / "fixtures" / "family.json"
OUTPUT = TESTS / "fixtures" / "db"


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def build(target: Path) -> None:
    """Write the family into a fresh database and copy it, compacted, to ``target``."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        with Repository.open(data_dir) as repo:
            repo.add_household(load_profile_file(FAMILY))
        target.unlink(missing_ok=True)
        with closing(sqlite3.connect(database_path(data_dir))) as source:
            source.execute("VACUUM INTO ?", (str(target),))
    with closing(sqlite3.connect(target)) as conn:  # a rollback journal and small pages
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")


def main() -> int:
    OUTPUT.mkdir(exist_ok=True)
    target = OUTPUT / f"{head_revision()}.sqlite3"
    build(target)
    print(f"wrote {target.relative_to(TESTS.parent)} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
