"""``hkpath --self-test`` / ``--screenshots`` / ``--demo`` run in-process on the test's qapp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from hkpath_desktop.cli import main
from hkpath_desktop.ui import app as app_module
from hkpath_desktop.ui import tour
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

pytestmark = pytest.mark.gui


def _is_blank(path: Path) -> bool:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull(), path
    return _is_blank_image(image)


def _tab_is_empty(path: Path) -> bool:
    """Whether the tab's page (right of the household list, below the tab bar) is one colour."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    page = image.copy(width * 3 // 10, height * 2 // 10, width * 6 // 10, height * 6 // 10)
    return _is_blank_image(page)


def _is_blank_image(image: QImage) -> bool:
    data = bytes(image.constBits())
    return data == data[:4] * (len(data) // 4)


def test_self_test_passes_and_leaves_the_data_dir_alone(data_dir: Path) -> None:
    assert main(["--self-test"]) == 0
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_self_test_fails_with_one_line_when_a_page_breaks(monkeypatch, capsys) -> None:
    def broken(self: InterviewWizard, page_id: int) -> None:
        raise ValueError("page exploded")

    monkeypatch.setattr(InterviewWizard, "store_page", broken)
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("hkpath self-test failed: ValueError") and "page exploded" in err[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_screenshots_one_non_blank_png_per_page_and_tab(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "shots" / "new"
    assert main(["--screenshots", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    wizard = [n for n in names if n.startswith("wizard-")]
    assert len(wizard) == len(PageId)  # the demo household takes the job-details branch
    assert wizard[0] == "wizard-00-welcome.png" and wizard[-1] == "wizard-14-summary.png"
    assert [n for n in names if n.startswith("tab-")] == [
        "tab-checklist.png",
        "tab-compare.png",
        "tab-residence.png",
        "tab-seven-year-plan.png",
        "tab-timeline.png",
    ]
    assert len(names) == len(PageId) + 5
    assert [n for n in names if _is_blank(folder / n)] == []
    tabs = [n for n in names if n.startswith("tab-")]
    assert [n for n in tabs if _tab_is_empty(folder / n)] == []  # each tab drawn, not waiting
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_blank_check_can_fail(tmp_path: Path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    image.save(str(tmp_path / "blank.png"))
    assert _is_blank(tmp_path / "blank.png")
    image.setPixel(1, 1, 0)  # outside the tab's page
    image.save(str(tmp_path / "chrome.png"))
    assert not _is_blank(tmp_path / "chrome.png") and _tab_is_empty(tmp_path / "chrome.png")


def test_demo_is_marked_and_lives_in_a_temporary_folder(data_dir: Path, monkeypatch) -> None:
    seen: dict[str, object] = {}
    # The real hook shows a modal box, which would wait for a click forever.
    monkeypatch.setattr(app_module, "install_error_hook", lambda: None)

    def look_and_quit() -> None:
        try:
            (window,) = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ]
            seen["title"] = window.windowTitle()
            seen["banner"] = [label.text() for label in window.findChildren(QLabel)]
            seen["database"] = window.repository.database_path
            seen["households"] = window.households.count()
        finally:
            QApplication.quit()

    QTimer.singleShot(100, look_and_quit)
    assert main(["--demo"]) == 0
    # A quit asked for after the loop ended stays pending and ends every later event loop at
    # once (qtbot.wait, waitUntil): run one loop to take it.
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()
    assert tour.demo_banner() in str(seen["title"])
    assert f"<b>{tour.demo_banner()}</b>" in seen["banner"]  # type: ignore[operator]
    assert seen["households"] == 1
    database = seen["database"]
    assert isinstance(database, Path) and not database.exists()  # the folder was removed
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_gui_flags_refuse_a_sub_command(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--self-test", "rules", "show"])
    assert exit_info.value.code == 2
    assert "take no sub-command" in capsys.readouterr().err
