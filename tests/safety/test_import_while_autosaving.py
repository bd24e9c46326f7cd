"""A large valid import does not lock the autosave out (issue 21, point 4).

One process imports a 10,000-member profile (just under the 20 MiB file limit) with
``hkpath import`` while another autosaves answers as fast as it can (``autosave_worker.py``,
which reports each answer once it is committed). Every reported answer must be in the file
afterwards, the autosaving process must never have failed, and the imported household must
never be seen with part of its members. A second case keeps the file busy for longer than
SQLite's busy_timeout: the autosave waits and saves instead of failing "database is locked".
"""

from __future__ import annotations

import copy
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path

import pytest
from safety_cases import REPO_ROOT

from hkpath_desktop.core.profile_io import MAX_FILE_BYTES
from hkpath_desktop.store.db import BUSY_TIMEOUT_MS, database_path
from hkpath_desktop.store.repository import Repository

WORKER = Path(__file__).with_name("autosave_worker.py")
FIXTURE = REPO_ROOT / "tests" / "fixtures" / "family.json"
MEMBERS = 10_000
HELD_S = BUSY_TIMEOUT_MS / 1000 + 3
"""The second case holds the write lock this long: longer than one wait of SQLite's."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper forks its writers"),
]


def large_profile(path: Path) -> int:
    """A valid profile of ``MEMBERS`` members, each as full as the fixture's principal."""
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    principal, spouse = document["household"]["members"][:2]
    members = [principal, spouse]
    for n in range(3, MEMBERS + 1):
        child = copy.deepcopy(principal)
        child.pop("job_offer")
        child.update(id=f"m{n}", role="child", given_name=f"Child {n}")
        members.append(child)
    document["household"]["members"] = members
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    size = path.stat().st_size
    assert size <= MAX_FILE_BYTES
    return size


class Autosaver:
    """``autosave_worker.py`` with one writer forked; each line it prints, with when it came."""

    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next_line() == "ready"
        self._send("go 0")
        first = self.next_line()
        assert first.startswith("pid "), first
        self.writer = int(first.split()[1])
        self.saves: list[tuple[float, str]] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line.strip()))

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def next_line(self) -> str:
        return self.lines.get(timeout=60)[1]

    def wait_for_saves(self, count: int) -> None:
        while len(self.saves) < count:
            self._take(self.lines.get(timeout=60))

    def stop(self) -> int:
        """Kill the writer; its wait status (a writer that failed has exited on its own)."""
        os.kill(self.writer, signal.SIGKILL)
        while True:
            stamp, line = self.lines.get(timeout=60)
            if line.startswith(f"dead {self.writer} "):
                assert self.process.stdin is not None
                self.process.stdin.close()
                self.process.wait(timeout=30)
                return int(line.split()[2])
            self._take((stamp, line))

    def _take(self, item: tuple[float, str]) -> None:
        kind = item[1].split()[0]
        assert kind in ("member", "note"), item[1]
        self.saves.append(item)

    def drain(self) -> None:
        while not self.lines.empty():
            self._take(self.lines.get())


def _all_saved(data_dir: Path, saver: Autosaver) -> int:
    """How many reported notes are missing from the file (the members: the last one stored)."""
    notes = {int(line.split()[1]) for _t, line in saver.saves if line.startswith("note ")}
    members = [int(line.split()[1]) for _t, line in saver.saves if line.startswith("member ")]
    with Repository.open(data_dir) as repo:
        household = repo.load(repo.list_households()[0].id)
    stored = {int(n.item[1:]) for n in household.notes if n.item}
    saved = int(household.members[0].given_name.split()[1])
    assert saved >= max(members), f"member saved as {saved}, reported {max(members)}"
    return len(notes - stored)


def _longest_wait(saves: list[tuple[float, str]], start: float, end: float) -> float:
    stamps = [start] + [t for t, _line in saves if start <= t <= end] + [end]
    return max(b - a for a, b in pairwise(stamps))


def test_a_large_import_while_autosaving_loses_no_save(tmp_path: Path, data_dir: Path) -> None:
    profile = tmp_path / "large.json"
    size = large_profile(profile)
    with Repository.open(data_dir) as repo:
        autosaved = repo.create_household("Autosave")
    saver = Autosaver(data_dir)
    seen_part: list[int] = []
    with Repository.open(data_dir) as repo:
        saver.wait_for_saves(20)
        began = time.monotonic()
        command = ["--data-dir", str(data_dir), "import", str(profile)]
        importer = subprocess.Popen(
            [sys.executable, "-m", "hkpath_desktop", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        while importer.poll() is None:
            for household in repo.list_households():
                if household.id != autosaved and household.members != MEMBERS:
                    seen_part.append(household.members)
            saver.drain()
            time.sleep(0.05)
        ended = time.monotonic()
        out, err = importer.communicate(timeout=60)
    saver.wait_for_saves(len(saver.saves) + 20)
    status = saver.stop()
    assert importer.returncode == 0, err
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    during = sum(began <= t <= ended for t, _line in saver.saves)
    lost = _all_saved(data_dir, saver)
    with Repository.open(data_dir) as repo:
        imported = repo.load(int(out.split()[-1]))
    longest = _longest_wait(saver.saves, began, ended)
    print(
        f"\nlarge import while autosaving: {MEMBERS} members, {size / 1e6:.1f} MB, imported in "
        f"{ended - began:.1f} s; {len(saver.saves)} saves acknowledged ({during} during the "
        f"import), {lost} lost, longest wait for a save {longest:.2f} s; the household seen "
        f"half-imported {len(seen_part)} times"
    )
    assert lost == 0
    assert not seen_part
    assert len(imported.members) == MEMBERS


def test_an_autosave_waits_out_a_file_kept_busy(data_dir: Path) -> None:
    with Repository.open(data_dir) as repo:
        repo.create_household("Autosave")
    saver = Autosaver(data_dir)
    saver.wait_for_saves(20)
    blocker = sqlite3.connect(database_path(data_dir), isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        began = time.monotonic()
        time.sleep(HELD_S)
        saver.drain()
        held = len(saver.saves)
        blocker.execute("COMMIT")
        ended = time.monotonic()
    finally:
        blocker.close()
    saver.wait_for_saves(held + 20)
    status = saver.stop()
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the autosave failed while the file was busy (status {status})"
    )
    lost = _all_saved(data_dir, saver)
    print(
        f"\nfile kept busy {ended - began:.1f} s: the autosave waited "
        f"{_longest_wait(saver.saves, began, time.monotonic()):.1f} s and went on, "
        f"{len(saver.saves)} saves acknowledged, {lost} lost"
    )
    assert lost == 0
