"""The Residence tab on a real database: trips added, edited, deleted and imported by hand."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from conftest import re_rendered, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.trip_csv import read_trips
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.models.trip_import_model import TripImportModel
from hkpath_desktop.ui.models.trips_model import Column, TripsModel
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.residence_view import ResidenceView
from hkpath_desktop.ui.views.trip_dialog import TripDialog
from hkpath_desktop.ui.views.trip_import_dialog import TripImportDialog

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
TODAY = date(2026, 11, 22)
D = date


@pytest.fixture
def household_id(repository: Repository) -> int:
    return repository.add_household(load_profile_file(FAMILY))


@pytest.fixture
def view(qtbot, session: HouseholdSession, rules: RulePack, household_id: int) -> ResidenceView:  # type: ignore[no-untyped-def]
    widget = re_rendered(ResidenceView(session, rules, lambda: TODAY), session)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show_household(household_id)
    widget.show()
    return widget


def _ok(dialog: TripDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _set(dialog: TripDialog, left: date, returned: date | None) -> None:
    dialog.left.setValue(left)
    dialog.returned.setValue(returned)


def test_models_pass_the_model_tester(qtmodeltester, rules: RulePack) -> None:  # type: ignore[no-untyped-def]
    family = load_profile_file(FAMILY)
    model = TripsModel()
    model.set_trips(family.trips)
    qtmodeltester.check(model, force_py=True)
    preview = TripImportModel()
    reading = read_trips("member,left,returned\nm1,2025-01-01,\nm9,x,\n", family.members)
    preview.set_rows(reading.rows, {"m1": "Mei Chan"})
    qtmodeltester.check(preview, force_py=True)


def test_nothing_to_show_without_a_household(
    qtbot, session: HouseholdSession, rules: RulePack
) -> None:  # type: ignore[no-untyped-def]
    widget = ResidenceView(session, rules, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.empty.isVisible() and not widget.body.isVisible()
    assert widget.add_trip() is None and widget.import_csv() is None


def test_shows_the_chosen_members_trips_counts_and_explanation(view: ResidenceView) -> None:
    assert view.member.currentText() == "Mei Chan"
    assert [view.model.trip(r) for r in range(view.model.rowCount())] == [
        Trip("m1", D(2026, 6, 1), D(2026, 6, 15)),
        Trip("m1", D(2026, 11, 10), None),
    ]
    days = view.model.index(1, Column.DAYS).data()
    assert (days, view.model.index(1, Column.RETURNED).data()) == ("12", "Still away")
    assert view.chart.bars() == ((2026, 25),)
    text = view.summary.toPlainText()
    assert "Last twelve months: 25 days outside" in text
    assert "No law sets a number of days" in text
    view.member.setCurrentIndex(view.member.findData("m2"))
    assert view.model.rowCount() == 1 and view.chart.bars() == ((2026, 41),)


def test_add_a_trip_through_the_dialog(
    qtbot, view: ResidenceView, repository: Repository, household_id: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = view.add_trip()
    assert dialog is not None and dialog.isVisible()
    _set(dialog, D(2024, 1, 10), D(2024, 9, 1))
    with qtbot.waitSignal(view.session.changed) as signal:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert signal.args[0] == household_id
    settle(None, view.session)
    assert Trip("m1", D(2024, 1, 10), D(2024, 9, 1)) in repository.load(household_id).trips
    assert view.chart.bars() == ((2024, 234), (2025, 0), (2026, 25))
    assert "Left 2024-01-10, back 2024-09-01: 234 days" in view.summary.toPlainText()
    note = view.model.index(0, Column.NOTE).data()
    assert note == "Over 6 months: the PR form asks why"


def test_the_dialog_refuses_reversed_and_overlapping_trips(view: ResidenceView) -> None:
    dialog = view.add_trip()
    assert dialog is not None
    _set(dialog, D(2025, 3, 10), D(2025, 3, 1))
    assert not _ok(dialog).isEnabled()
    assert dialog.error.isVisible() and "came back before you left" in dialog.error.text()
    _set(dialog, D(2026, 6, 10), D(2026, 6, 20))
    assert not _ok(dialog).isEnabled()
    assert dialog.error.text() == (
        "This trip overlaps the trip that left on 2026-06-01 (back: 2026-06-15)."
    )
    _set(dialog, D(2026, 11, 20), None)
    assert "2026-11-10 (back: still away)" in dialog.error.text()
    _set(dialog, D(2026, 6, 15), D(2026, 6, 20))  # leaves the day the other came back
    assert _ok(dialog).isEnabled() and not dialog.error.isVisible()
    _set(dialog, D(2027, 1, 1), D(2027, 1, 5))  # Mei is still away: any later trip overlaps
    assert not _ok(dialog).isEnabled() and not dialog.hint.isVisible()
    dialog.reject()
    view.member.setCurrentIndex(view.member.findData("m3"))
    planned = view.add_trip()
    assert planned is not None and planned.windowTitle() == "New trip of Yui Sato"
    _set(planned, D(2027, 1, 1), D(2027, 1, 5))
    assert _ok(planned).isEnabled() and planned.hint.isVisible()
    planned.reject()


def test_edit_and_delete_the_selected_trip(  # type: ignore[no-untyped-def]
    qtbot, view: ResidenceView, repository: Repository, household_id: int, monkeypatch
) -> None:
    assert not view.edit_button.isEnabled()
    view.table.selectRow(0)
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()
    dialog = view.edit_trip()
    assert dialog is not None and dialog.trip() == Trip("m1", D(2026, 6, 1), D(2026, 6, 15))
    _set(dialog, D(2026, 6, 1), D(2026, 6, 30))
    with qtbot.waitSignal(view.session.changed):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    settle(None, view.session)
    trips = repository.load(household_id).trips
    assert Trip("m1", D(2026, 6, 1), D(2026, 6, 30)) in trips and len(trips) == 3
    assert view.selected_trip() == Trip("m1", D(2026, 6, 1), D(2026, 6, 30))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    view.delete_trip()
    settle(None, view.session)
    assert len(repository.load(household_id).trips) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.session.changed):
        view.delete_button.click()
    settle(None, view.session)
    assert Trip("m1", D(2026, 6, 1), D(2026, 6, 30)) not in repository.load(household_id).trips
    assert view.model.rowCount() == 1


def test_import_preview_shows_row_errors_then_a_good_file_imports(  # type: ignore[no-untyped-def]
    qtbot, view: ResidenceView, repository: Repository, household_id: int, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "member,left,returned\nMei Chan,2025-01-02,2025-01-09\nm9,2025-13-01,\n", "utf-8"
    )
    dialog = view.import_csv(bad)
    assert isinstance(dialog, TripImportDialog) and dialog.isVisible()
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2
    problem = dialog.model.index(1, 4).data()
    assert problem == (
        "member: 'm9' is not a member of this household; "
        "left: '2025-13-01' is not a day of the calendar"
    )
    assert dialog.model.index(0, 4).data() == "OK"
    assert dialog.summary.text().startswith("Rows with a problem: 1 of 2. Nothing will be")
    assert dialog.file_error.text() == (
        "row 3, column member: 'm9' is not a member of this household\n"
        "row 3, column left: '2025-13-01' is not a day of the calendar"
    )
    dialog.only_problems.setChecked(True)
    assert dialog.model.rowCount() == 1
    good = tmp_path / "good.csv"
    good.write_bytes(b"\xef\xbb\xbfmember;left;returned\r\nMei Chan;2025-01-02;2025-01-09\r\n"
                     b"ken;2025-02-01;2025-02-03\r\n")  # fmt: skip
    dialog.load_file(good)
    assert dialog.import_button.isEnabled() and dialog.summary.text() == (
        "2 trips are ready to import."
    )
    with qtbot.waitSignal(view.session.changed):
        dialog.import_button.click()
    settle(None, view.session)
    trips = repository.load(household_id).trips
    assert trips[-2:] == (
        Trip("m1", D(2025, 1, 2), D(2025, 1, 9)),
        Trip("m2", D(2025, 2, 1), D(2025, 2, 3)),
    )
    assert view.chart.bars() == ((2025, 6), (2026, 25))


def test_import_of_a_missing_file_says_so(view: ResidenceView, tmp_path: Path) -> None:
    dialog = view.import_csv(tmp_path / "absent.csv")
    assert dialog is not None and not dialog.import_button.isEnabled()
    assert "No such file" in dialog.file_error.text()
    dialog.reject()


def test_export_writes_what_import_reads(view: ResidenceView, tmp_path: Path) -> None:
    target = tmp_path / "trips.csv"
    view.write_csv(target)
    family = load_profile_file(FAMILY)
    assert set(read_trips(target.read_bytes(), family.members).trips) == set(family.trips)
    if os.name == "posix":  # a list of someone's travels is for them alone
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
