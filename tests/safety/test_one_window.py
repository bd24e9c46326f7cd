"""One window per data folder, and no restore while another program has the file open.

Issue 21, point 3: a restore taken while a second window was open lost that window's saves
(54-62 acknowledged saves a run). Now a second start on the same folder explains and leaves,
a killed window's lock is taken over, and a restore refuses while any other process has the
file open. Every process here is real: the first window is ``hkpath`` on its own, offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from safety_cases import REPO_ROOT, good_database, sha256

from hkpath_desktop.store.backups import back_up_now, restore_backup
from hkpath_desktop.store.db import BusyDatabaseError, database_path
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import run_gui
from hkpath_desktop.ui.instance import LOCK_FILE, OtherWindow, sole_window
from hkpath_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WORKER = Path(__file__).with_name("autosave_worker.py")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO_ROOT), "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def first_window(data_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``hkpath --data-dir DATA_DIR`` running on its own, its window open on the file."""
    good_database(data_dir, households=2)
    process = subprocess.Popen(
        [sys.executable, "-m", "hkpath_desktop", "--data-dir", str(data_dir)], env=_env()
    )
    lock = data_dir / LOCK_FILE
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().split("\n")[0] == str(process.pid)):
        assert process.poll() is None, "the first window ended at start-up"
        assert time.monotonic() < deadline, "the first window never took the folder"
        time.sleep(0.05)
    yield process
    process.kill()
    process.wait()


def _answer_the_explanation(seen: list[str]) -> None:
    """Close the "already open" message as soon as it is up, and note what it said."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, poll)


class _WindowWatch:
    """Notes, every 20 ms while ``run_gui`` runs, how many households each open window lists."""

    def __init__(self) -> None:
        self.seen: list[int] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(20)

    def _look(self) -> None:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                self.seen.append(window.households.count())

    def stop(self) -> list[int]:
        self._timer.stop()
        return self.seen


def test_a_second_start_on_the_same_folder_explains_and_leaves(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, first_window: subprocess.Popen[bytes]
) -> None:
    before = sha256(database_path(data_dir))
    seen: list[str] = []
    _answer_the_explanation(seen)
    watch = _WindowWatch()
    assert run_gui(data_dir, quit_after_ms=300) == 0
    assert not watch.stop(), "no second window on the same file"
    assert len(seen) == 1 and f"process {first_window.pid}" in seen[0]
    assert first_window.poll() is None, "the first window is still open"
    assert sha256(database_path(data_dir)) == before
    assert (data_dir / LOCK_FILE).stat().st_mode & 0o777 == 0o600


def test_a_killed_windows_lock_is_taken_over(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, first_window: subprocess.Popen[bytes]
) -> None:
    first_window.send_signal(signal.SIGKILL)
    first_window.wait()
    assert (data_dir / LOCK_FILE).exists(), "a killed process leaves its lock behind"
    watch = _WindowWatch()
    assert run_gui(data_dir, quit_after_ms=300) == 0
    assert set(watch.stop()) == {2}, "the window opened on the file's two households"
    assert not (data_dir / LOCK_FILE).exists(), "the lock goes with the window"


def test_another_folder_is_not_held(data_dir: Path, tmp_path: Path, first_window) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "elsewhere"
    other.mkdir()
    told: list[OtherWindow] = []
    with sole_window(other, explain=told.append) as alone:
        assert alone and not told
    with sole_window(data_dir, explain=told.append) as alone:
        assert not alone
    assert [w.pid for w in told] == [first_window.pid]


def test_a_restore_refuses_while_another_program_saves(data_dir: Path) -> None:
    """A real writer in another process, as a second window's autosave would be."""
    good_database(data_dir, households=1)
    backup = back_up_now(data_dir)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir)],
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None and worker.stdin is not None
    assert worker.stdout.readline().strip() == "ready"
    worker.stdin.write("go 0\n")
    worker.stdin.flush()
    writer = int(worker.stdout.readline().split()[1])
    acknowledged: list[str] = []
    refusals = 0
    try:
        while refusals < 20:
            acknowledged.append(worker.stdout.readline().strip())
            if len(acknowledged) % 10 == 0:
                with pytest.raises(BusyDatabaseError):
                    restore_backup(data_dir, backup)
                refusals += 1
    finally:
        os.kill(writer, signal.SIGKILL)
        worker.stdin.close()
        worker.wait(timeout=30)
    assert not list(data_dir.glob("*.before-restore-*")), "a refused restore sets nothing aside"
    notes = {int(line.split()[1]) for line in acknowledged if line.startswith("note ")}
    with Repository.open(data_dir) as repository:
        (household,) = repository.list_households()
        kept = repository.load(household.id).notes
    stored = {int(n.item[1:]) for n in kept if n.item and n.text == f"answer {n.item[1:]}"}
    assert notes and notes <= stored, f"saved answers lost: {sorted(notes - stored)}"
    print(f"\nrestore while another process saves: {refusals} refused, {len(acknowledged)} saves")
    assert restore_backup(data_dir, backup) is not None, "with the writer gone, it restores"
