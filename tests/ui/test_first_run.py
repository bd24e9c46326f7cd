"""A first launch is not a dead end: three ways to begin, and a name is asked until given."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.main_window import MainWindow, actions
from hkpath_desktop.ui.main_window.tabs import CHECKLIST
from hkpath_desktop.ui.views.checklist_view import ChecklistView

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


@pytest.fixture
def window(qtbot, repository: Repository, rules: RulePack) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_an_empty_file_opens_on_the_three_ways_to_begin(window: MainWindow) -> None:
    assert window.first_run.isVisible()
    assert not window.households.isVisible()
    for button in (
        window.first_run.create_button,
        window.first_run.demo_button,
        window.first_run.import_button,
    ):
        assert button.isVisible() and button.isEnabled() and button.text()


def test_the_demo_button_adds_the_sample_family_named_as_a_demo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, repository: Repository
) -> None:
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.households.count() == 1)
    assert window.households.item(0).text().endswith("(demo)")
    assert [h.name for h in repository.list_households()] == [window.households.item(0).text()]
    assert window.households.isVisible() and not window.first_run.isVisible()


def test_import_from_the_welcome(qtbot, monkeypatch, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(FAMILY), ""))
    qtbot.mouseClick(window.first_run.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.households.count() == 1)
    assert not window.first_run.isVisible()


def test_an_empty_name_is_asked_again_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, window: MainWindow, repository: Repository
) -> None:
    prompts: list[str] = []
    answers = iter([("   ", True), ("Lee family", True)])

    def ask(_parent, _title, prompt, _text):  # type: ignore[no-untyped-def]
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(actions, "ask_name", ask)
    monkeypatch.setattr(MainWindow, "edit_answers", lambda self: None)
    qtbot.mouseClick(window.first_run.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.households.count() == 1)
    assert len(prompts) == 2 and prompts[0] != prompts[1]
    assert "needs a name" in prompts[1]
    assert [h.name for h in repository.list_households()] == ["Lee family"]


def test_new_household_is_in_the_household_menu_too(window: MainWindow) -> None:
    menus = {a.menu().title(): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert window.new_action in menus["H&ousehold"].actions()
    assert window.new_action in menus["&File"].actions()
    assert QApplication.instance() is not None


def _checklist_after(qtbot, window: MainWindow) -> ChecklistView:  # type: ignore[no-untyped-def]
    window.households.setCurrentRow(window.households.count() - 1)
    window.tabs.setCurrentIndex(CHECKLIST)
    view = window.checklist
    qtbot.waitUntil(lambda: view.body.isVisible() and not view.files.busy(), timeout=20_000)
    return view


def test_the_demo_opens_without_a_warning_about_its_own_files(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, window: MainWindow
) -> None:
    """The sample family ships no attachments; a real household's missing file is still flagged."""
    qtbot.mouseClick(window.first_run.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.households.count() == 1)
    view = _checklist_after(qtbot, window)
    assert view.status.summary.text() and not view.status.attention.isVisible()
    # The fixture family's attachments point at files that are not on this machine.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(FAMILY), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.households.count() == 2)
    view = _checklist_after(qtbot, window)
    qtbot.waitUntil(lambda: view.status.attention.isVisible(), timeout=20_000)
    assert "Files needing attention: 2" in view.status.attention.text()
