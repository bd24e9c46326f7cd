"""File dialogs start in the home folder, then in the folder last used, also after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from hkpath_desktop.ui import file_dialogs

pytestmark = pytest.mark.gui


def _answer_the_dialog(choose: Path | None, seen: list[str]) -> None:
    """When the dialog opens: note the folder it shows, then pick ``choose`` (or cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.directory().absolutePath())
        if choose is None:
            dialog.reject()
        else:
            dialog.selectFile(str(choose))
            dialog.accept()

    QTimer.singleShot(0, act)


def test_the_first_dialog_starts_at_home(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    seen: list[str] = []
    _answer_the_dialog(None, seen)
    assert file_dialogs.open_file(None, "Import profile") is None
    assert seen == [str(home)]


def test_the_next_dialog_starts_where_the_last_file_was_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    papers = tmp_path / "papers"
    papers.mkdir()
    chosen = papers / "family.json"
    chosen.write_text("{}", encoding="utf-8")
    _answer_the_dialog(chosen, [])
    assert file_dialogs.open_file(None, "Import profile") == chosen
    QSettings().sync()
    # A new run reads the same settings file.
    assert QSettings().value(file_dialogs.SETTINGS_KEY) == str(papers)
    seen: list[str] = []
    _answer_the_dialog(None, seen)
    assert file_dialogs.save_file(None, "Export", "report.pdf") is None
    assert seen == [str(papers)]


def test_a_folder_that_is_gone_falls_back_to_home(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOME", str(tmp_path))
    QSettings().setValue(file_dialogs.SETTINGS_KEY, str(tmp_path / "removed"))
    assert file_dialogs.start_folder() == tmp_path


def test_a_cancelled_dialog_changes_nothing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(file_dialogs.SETTINGS_KEY, str(tmp_path))
    _answer_the_dialog(None, [])
    assert file_dialogs.open_files(None, "Attach files") == []
    assert QSettings().value(file_dialogs.SETTINGS_KEY) == str(tmp_path)
