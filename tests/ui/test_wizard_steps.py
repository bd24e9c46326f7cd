"""The interview says where the user is, and the Summary shows what was entered."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import next_button
from PySide6.QtCore import Qt

from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.offer import DETAILS, NONE

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


def _next(wizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def test_the_side_panel_counts_the_steps(repository, open_wizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(repository.create_household("Steps"))
    assert wizard.currentId() == PageId.WELCOME
    text = wizard.steps.text()
    assert "Step 1 of " in text and "<b>▶ Welcome</b>" in text
    _next(wizard, qtbot)
    assert "Step 2 of " in wizard.steps.text()
    assert "✓ Welcome" in wizard.steps.text()
    assert "<b>▶ About you</b>" in wizard.steps.text()


def test_an_answer_that_skips_a_page_takes_it_out_of_the_count(
    repository, open_wizard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(repository.add_household(load_profile_file(FAMILY)))
    while wizard.currentId() != PageId.JOB_OFFER:
        _next(wizard, qtbot)
    offer = wizard.answer_page(PageId.JOB_OFFER)
    offer.choices[DETAILS].setChecked(True)
    with_details = wizard.steps.text()
    offer.choices[NONE].setChecked(True)
    without = wizard.steps.text()
    assert "The job offer" in with_details and "The job offer" not in without
    total = int(with_details.split(" of ")[1].split("<")[0])
    assert f"of {total - 1}<" in without


def test_the_summary_lists_each_qualification_and_work_period(
    repository, open_wizard, qtbot
) -> None:  # type: ignore[no-untyped-def]
    household = load_profile_file(FAMILY)
    wizard = open_wizard(repository.add_household(household))
    while wizard.currentId() != PageId.SUMMARY:
        _next(wizard, qtbot)
    html = wizard.answer_page(PageId.SUMMARY).text.text()
    principal = household.members[0]
    assert principal.education and principal.work
    for item in principal.education:
        assert item.institution is not None and item.institution in html
    assert "Qualifications" not in html and "Work periods" not in html
    first = principal.work[0]
    assert first.start is not None and first.start.isoformat() in html


def test_one_month_is_not_one_months(repository, open_wizard) -> None:  # type: ignore[no-untyped-def]
    wizard = open_wizard(repository.create_household("Months"))
    details = wizard.answer_page(PageId.JOB_DETAILS)
    details.months.setValue(1)
    assert details.months.text() == "1 month"
    details.months.setValue(24)
    assert details.months.text() == "24 months"
