"""A refused profile is explained in the window's language, the frame and the problem alike."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.ui import i18n
from hkpath_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Language]:
    """Hong Kong Chinese installed with our own .qm, as the user would have it."""
    assert i18n.install_translators(qapp, "zh_HK") == Language.ZH_HK
    yield Language.ZH_HK
    i18n.install_translators(qapp, "en")


def _bad_profile(tmp_path: Path, **member: object) -> Path:
    document = json.loads(FAMILY.read_text(encoding="utf-8"))
    document["household"]["members"][0].update(member)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    return bad


def _import(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.import_action.trigger()
    return warnings


def test_a_bad_profile_is_explained_in_hong_kong_chinese(
    chinese, qtbot, repository, rules, monkeypatch, tmp_path
) -> None:
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.language is chinese
    warnings = _import(window, monkeypatch, _bad_profile(tmp_path, date_of_birth="soon"))
    assert warnings == [
        "沒有匯入任何資料。問題出在 household.members[0].date_of_birth："
        "不是日期（格式須為 YYYY-MM-DD）"
    ]
    assert repository.list_households() == []


def test_the_problem_follows_the_windows_own_language(
    qtbot, repository, rules, monkeypatch, tmp_path
) -> None:
    """A window told to speak Simplified Chinese says the problem so, whatever Qt speaks."""
    window = MainWindow(repository, rules, today=lambda: TODAY, language="zh_CN")
    qtbot.addWidget(window)
    window.show()
    warnings = _import(window, monkeypatch, _bad_profile(tmp_path, income=[{"hkd": -1}]))
    assert len(warnings) == 1
    assert "household.members[0].income[0]" in warnings[0]
    assert "year_ending: 缺少" in warnings[0] and "missing" not in warnings[0]
    assert repository.list_households() == []
