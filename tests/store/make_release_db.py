"""Build ``tests/fixtures/release/<revision>.sqlite3``: households as a release leaves them.

Run it with the release whose files later migrations must keep (``python
tests/store/make_release_db.py``) and keep what it wrote: the database holds the family
fixture and the demo household (imported with ``hkpath import``, as a user would), a household
that uses every fact and every "unknown" (``store_samples.rich_household``) and one just
created; ``<revision>-<id>.json`` is each one exported by that same release, which
``test_release_database`` compares with what today's program exports after migrating.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS.parent), str(TESTS / "store"), str(TESTS / "safety")]

from make_fixture_db import head_revision  # noqa: E402
from store_samples import rich_household  # noqa: E402

from hkpath_desktop.store.db import database_path  # noqa: E402
from hkpath_desktop.store.repository import Repository  # noqa: E402

PROFILES = (TESTS / "fixtures" / "family.json", TESTS.parent / "resources" / "demo" / "family.json")
OUTPUT = TESTS / "fixtures" / "release"


def _hkpath(*args: str) -> str:
    command = [sys.executable, "-m", "hkpath_desktop", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def build(revision: str) -> list[Path]:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        ids = [_hkpath("import", str(p), "--data-dir", str(data_dir)) for p in PROFILES]
        with Repository.open(data_dir) as repo:
            ids.append(str(repo.add_household(rich_household())))
            ids.append(str(repo.create_household("Just created")))
        written = []
        for household_id in ids:
            out = OUTPUT / f"{revision}-{household_id}.json"
            _hkpath("export", household_id, "--out", str(out), "--data-dir", str(data_dir))
            written.append(out)
        target = OUTPUT / f"{revision}.sqlite3"
        target.unlink(missing_ok=True)
        with closing(sqlite3.connect(database_path(data_dir))) as source:
            source.execute("VACUUM INTO ?", (str(target),))
    with closing(sqlite3.connect(target)) as conn:  # a rollback journal and small pages
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")
    return [target, *written]


def main() -> int:
    OUTPUT.mkdir(exist_ok=True)
    for path in build(head_revision()):
        print(f"wrote {path.relative_to(TESTS.parent)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
