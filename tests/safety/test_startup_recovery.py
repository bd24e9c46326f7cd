"""The whole start-up path (``run_gui``) on a refused data file: the dialog, then the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safety_cases import BAD_FILES, good_database, sha256

from hkpath_desktop.applog import stop_logging
from hkpath_desktop.store.backups import back_up_now
from hkpath_desktop.store.db import database_path, log_dir
from hkpath_desktop.ui.app import run_gui
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.recovery import Choice, RecoveryDialog

pytestmark = pytest.mark.gui


def _click_when_asked(choice: Choice, seen: list[str]) -> None:
    """Answer the recovery dialog as soon as it is up, and note what it said."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.text())
        dialog.choice_buttons[choice].click()

    QTimer.singleShot(0, poll)


def _main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_a_damaged_file_is_restored_from_backup_and_the_window_opens(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    good_database(data_dir, households=3)
    back_up_now(data_dir)
    BAD_FILES["corrupt"][0](data_dir)
    damaged = sha256(database_path(data_dir))
    seen: list[str] = []
    households: list[int] = []

    def count_households() -> None:
        windows = _main_windows()
        if not windows:
            QTimer.singleShot(20, count_households)
            return
        households.append(windows[0].households.count())

    _click_when_asked(Choice.RESTORE, seen)
    QTimer.singleShot(0, count_households)
    assert run_gui(data_dir, quit_after_ms=300) == 0
    assert seen and "damaged" in seen[0]
    assert households == [3]  # the backup's households, not the damaged file's
    assert [sha256(p) for p in data_dir.glob("hkpath.sqlite3.*.bak")] == [damaged]


def test_quitting_at_a_newer_file_ends_with_1_and_changes_nothing(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    BAD_FILES["newer-schema"][0](data_dir)
    before = sha256(database_path(data_dir))
    seen: list[str] = []
    _click_when_asked(Choice.QUIT, seen)
    assert run_gui(data_dir, quit_after_ms=300) == 1
    assert seen and "newer version" in seen[0]
    assert sha256(database_path(data_dir)) == before
    assert not _main_windows()  # no window opened on a file it may not use


def test_the_window_logs_into_its_data_folder(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Logging is set up where the program starts (here the window), not by the store."""
    good_database(data_dir, households=1)
    assert run_gui(data_dir, quit_after_ms=300) == 0
    stop_logging()
    assert "backup taken" in (log_dir(data_dir) / "hkpath.log").read_text(encoding="utf-8")
