"""File > Back up now and File > Restore from backup, on a real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.store.backups import list_backups
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.app import APPLICATION, ORGANIZATION
from hkpath_desktop.ui.main_window import MainWindow, backup_menu

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    repo = Repository.open(data_dir)
    repo.create_household("Before the backup")
    main = MainWindow(repo, load_builtin())
    qtbot.addWidget(main)
    yield main
    repo.close()


def _answer_next_box(button: QMessageBox.StandardButton) -> list[str]:
    """Press ``button`` on the next message box that opens; collect its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def _names(window: MainWindow) -> list[str]:
    return [window.households.item(i).text() for i in range(window.households.count())]


def test_back_up_now_then_restore_from_it(window: MainWindow) -> None:
    seen = _answer_next_box(QMessageBox.StandardButton.Ok)
    window.backup_action.trigger()
    backups = list_backups(window.repository.data_dir)
    assert len(backups) == 1
    assert str(backups[0].path) in seen[0]

    window.repository.create_household("After the backup")
    window.reload_households()
    assert len(_names(window)) == 2

    _answer_next_box(QMessageBox.StandardButton.Yes)
    assert backup_menu.restore_chosen(window, backups[0]) == backups[0]
    assert len(_names(window)) == 1
    assert [s.name for s in window.repository.list_households()] == ["Before the backup"]
    kept = list(window.repository.data_dir.glob("hkpath.sqlite3.before-restore-*.bak"))
    assert len(kept) == 1


def test_restore_answered_no_changes_nothing(window: MainWindow) -> None:
    _answer_next_box(QMessageBox.StandardButton.Ok)
    window.backup_action.trigger()
    window.repository.create_household("After the backup")
    _answer_next_box(QMessageBox.StandardButton.No)
    assert backup_menu.restore_chosen(window, list_backups(window.repository.data_dir)[0]) is None
    assert len(window.repository.list_households()) == 2


def test_restore_with_no_backup_says_so(window: MainWindow) -> None:
    seen = _answer_next_box(QMessageBox.StandardButton.Ok)
    window.restore_action.trigger()
    assert seen == ["There is no backup yet."]
