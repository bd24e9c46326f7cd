"""A file another program holds locked is busy, not damaged (issue 21, point 2).

A second process takes SQLite's exclusive lock on the data file and keeps it; ``hkpath list``
and ``hkpath import`` wait for it (``BUSY_TIMEOUT_MS``), then say in one line that the file is
in use and exit 2, and the window would offer only Try again and Quit. The file is
byte-identical, and opens with its households once released.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from safety_cases import good_database, run_hkpath, sha256

from hkpath_desktop.store.db import BusyDatabaseError
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.recovery import Choice, plan_recovery

HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
connection.close()
"""


def test_a_locked_file_is_said_to_be_in_use_and_is_untouched(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    data = tmp_path / "data"
    path = good_database(data, households=3)
    before = sha256(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        results = {
            "list": run_hkpath("list", "--data-dir", str(data)),
            "import": run_hkpath(
                "import", str(fixtures_dir / "family.json"), "--data-dir", str(data)
            ),
        }
        with pytest.raises(BusyDatabaseError) as refused:
            Repository.open(data)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)

    for command, result in results.items():
        assert (result.returncode, result.stdout) == (2, ""), result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert result.stderr.startswith(f"hkpath {command}: ")
        assert "is in use by another program" in result.stderr
        assert "damaged" not in result.stderr
    assert plan_recovery(refused.value, None).choices == (Choice.RETRY, Choice.QUIT)
    assert sha256(path) == before
    listed = run_hkpath("list", "--data-dir", str(data))
    assert [line.split("\t")[1] for line in listed.stdout.splitlines()] == [
        f"Household {n}" for n in range(3)
    ]
