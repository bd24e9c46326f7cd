"""Stays added, edited and deleted from the Timeline tab of the real window, on a real file."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from conftest import TODAY, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hkpath_desktop.core.facts import Stay, StayPathway
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.main_window.tabs import TIMELINE
from hkpath_desktop.ui.views.stay_dialog import StayDialog

pytestmark = pytest.mark.gui
FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
D = date


def _ok(dialog: StayDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def window(qtbot, repository: Repository, rules: RulePack) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on the family of the fixtures, with no stay recorded yet."""
    family = dataclasses.replace(load_profile_file(FAMILY), stays=())
    repository.add_household(family)
    shown = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.tabs.setCurrentIndex(TIMELINE)
    return shown


def _accept(qtbot, window: MainWindow, dialog: StayDialog) -> None:  # type: ignore[no-untyped-def]
    before = window.session.revision(window.current_household() or 0)
    with qtbot.waitSignal(window.session.changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    settle(None, window.session)
    assert window.session.revision(window.current_household() or 0) == before + 1


def test_add_edit_and_delete_a_stay_from_the_empty_timeline(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, repository: Repository, monkeypatch
) -> None:
    household_id = window.current_household()
    assert household_id is not None
    timeline = window.timeline
    assert timeline.timeline is None and timeline.empty.isVisible()
    assert "No stays yet" in timeline.empty.text()
    assert timeline.add_stay_button.isVisible()
    qtbot.mouseClick(timeline.add_stay_button, Qt.MouseButton.LeftButton)
    stays = timeline.stays_dialog
    assert stays is not None and stays.isVisible()
    editor = stays.editor
    assert editor is not None and editor.windowTitle() == "New stay"
    assert editor.member.currentText() == "Mei Chan"
    editor.route.setCurrentIndex(editor.route.findData(StayPathway.GEP))
    editor.entry.setValue(D(2026, 1, 10))
    editor.limit.setValue(D(2028, 1, 9))
    _accept(qtbot, window, editor)
    added = Stay("m1", StayPathway.GEP, D(2026, 1, 10), D(2028, 1, 9))
    assert repository.load(household_id).stays == (added,)
    # the Timeline draws the stay; its empty state is gone
    assert timeline.timeline is not None and not timeline.add_stay_button.isVisible()
    assert stays.stays() == (added,) and stays.table.item(0, 1).text() == "GEP"

    stays.table.selectRow(0)
    edit = stays.edit_stay()
    assert edit is not None and edit.windowTitle() == "Edit stay"
    edit.limit.setValue(D(2029, 1, 9))
    _accept(qtbot, window, edit)
    extended = dataclasses.replace(added, limit_of_stay=D(2029, 1, 9))
    assert repository.load(household_id).stays == (extended,)
    assert stays.table.item(0, 3).text() == "2029-01-09"

    stays.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.session.changed):
        qtbot.mouseClick(stays.delete_button, Qt.MouseButton.LeftButton)
    settle(None, window.session)
    assert repository.load(household_id).stays == ()
    assert stays.table.rowCount() == 0 and not stays.edit_button.isEnabled()
    assert timeline.timeline is None and timeline.add_stay_button.isVisible()


def test_a_dependants_stay_names_its_sponsor_and_cies_its_formal_approval(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, repository: Repository
) -> None:
    household_id = window.current_household()
    assert household_id is not None
    stays = window.timeline.edit_stays()
    assert stays is not None
    child = stays.add_stay("m3")
    assert child.route.currentData() == StayPathway.DEPENDANT  # a dependant's default route
    assert child.sponsor.isVisibleTo(child) and not child.approval.isVisibleTo(child)
    child.entry.setValue(D(2026, 3, 1))
    child.limit.setValue(D(2026, 2, 1))
    assert not _ok(child).isEnabled()
    assert "before the entry date" in child.error.text()
    child.limit.setValue(D(2028, 3, 1))
    child.sponsor.setCurrentIndex(child.sponsor.findData("m1"))
    assert child.sponsor.findData("m3") == -1  # nobody sponsors themselves
    _accept(qtbot, window, child)
    investor = stays.add_stay("m1")
    investor.route.setCurrentIndex(investor.route.findData(StayPathway.CIES))
    assert investor.approval.isVisibleTo(investor) and not investor.sponsor.isVisibleTo(investor)
    investor.entry.setValue(D(2026, 1, 1))
    investor.limit.setValue(D(2028, 1, 1))
    investor.approval.setValue(D(2028, 6, 1))
    assert "after the limit of stay" in investor.error.text() and not _ok(investor).isEnabled()
    investor.approval.setValue(D(2026, 6, 1))
    _accept(qtbot, window, investor)
    assert repository.load(household_id).stays == (
        Stay("m3", StayPathway.DEPENDANT, D(2026, 3, 1), D(2028, 3, 1), sponsor="m1"),
        Stay("m1", StayPathway.CIES, D(2026, 1, 1), D(2028, 1, 1), formal_approval=D(2026, 6, 1)),
    )


def test_a_stay_changed_meanwhile_is_not_overwritten(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, repository: Repository
) -> None:
    household_id = window.current_household()
    assert household_id is not None
    stay = Stay("m1", StayPathway.TTPS, D(2026, 1, 1), D(2028, 1, 1))
    window.session.write(household_id, lambda r: r.set_stays(household_id, (stay,)))
    settle(None, window.session)
    stays = window.timeline.edit_stays()
    assert stays is not None
    stays.table.selectRow(0)
    edit = stays.edit_stay()
    assert edit is not None
    repository.set_stays(household_id, ())  # another window removed it
    edit.limit.setValue(D(2029, 1, 1))
    qtbot.mouseClick(_ok(edit), Qt.MouseButton.LeftButton)
    settle(None, window.session)
    assert repository.load(household_id).stays == ()
    assert "changed meanwhile" in stays.message.text()
