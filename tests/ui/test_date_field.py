"""The date field as a person uses it: typing, typing over, impossible dates, the calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget

from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit

pytestmark = pytest.mark.gui


@pytest.fixture
def field(qtbot) -> OptionalDateEdit:  # type: ignore[no-untyped-def]
    widget = OptionalDateEdit("Date of birth")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_starts_not_answered_rather_than_at_today(field: OptionalDateEdit) -> None:
    assert field.value() is None
    assert field.edit.text() == ""
    assert field.is_valid()


def test_select_all_and_type_gives_exactly_what_was_typed(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    field.setValue(date(2026, 12, 7))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(field.valueChanged):
        qtbot.keyClicks(field.edit, "1991-03-14")
    assert field.value() == date(1991, 3, 14)
    assert field.reading.text() == "14 March 1991"


def test_day_first_as_written_in_hong_kong(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(field.edit, "14/03/1991")
    assert field.value() == date(1991, 3, 14)


def test_an_impossible_date_is_named_and_the_answer_is_kept(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    field.setValue(date(2020, 2, 1))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31/02/2020")
    assert not field.is_valid()
    assert field.error.isVisible()
    assert field.error.text() == "February 2020 has no day 31."
    assert field.value() == date(2020, 2, 1)  # the last date given, not silently changed


def test_half_typed_text_is_explained_on_leaving(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(field.edit, "14/03/19")
    assert not field.error.isVisible()  # still typing
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error.isVisible()
    assert field.error.text() == "Type the year in full (1991, not 91)."
    assert field.value() is None


def test_clearing_the_field_unanswers_it(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    field.setValue(date(1991, 3, 14))
    with qtbot.waitSignal(field.valueChanged):
        field.edit.clear()
    assert field.value() is None and field.is_valid()


def test_a_day_picked_in_the_calendar_is_the_answer(qtbot, field: OptionalDateEdit) -> None:  # type: ignore[no-untyped-def]
    menu = field.picker.menu()
    menu.aboutToShow.emit()
    calendar = menu.findChild(QCalendarWidget)
    assert calendar is not None
    with qtbot.waitSignal(field.valueChanged):
        calendar.clicked.emit(calendar.minimumDate().addYears(91).addDays(72))
    assert field.value() == date(1991, 3, 14)


def test_with_an_unknown_box_checking_it_answers_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = OptionalDateEdit("Day you came back", "Still away")
    qtbot.addWidget(widget)
    widget.setValue(date(2026, 6, 15))
    assert widget.unknown is not None and not widget.unknown.isChecked()
    widget.unknown.setChecked(True)
    assert widget.value() is None
    assert not widget.edit.isEnabled()
    widget.setValue(None)
    assert widget.unknown.isChecked()
