"""The interview's plan pages filled as a person fills them: the route and entry, work in Hong
Kong, the stay held now; the summary and the Plan tab then show them."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY, next_button, settle
from PySide6.QtCore import Qt

from hkpath_desktop.core.facts import HKWork, HouseholdPlan, Stay, StayPathway, WorkKind
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.ui.views.plan_view import PlanView
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui


def _advance_to(wizard, page: PageId, qtbot) -> None:
    while wizard.currentId() != page:
        assert next_button(wizard).isEnabled(), f"stuck on {PageId(wizard.currentId()).name}"
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def _type_date(qtbot, field, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_plan_work_and_stay_reach_the_profile_and_the_plan_tab(
    repository, open_wizard, qtbot, rules: RulePack
) -> None:
    household_id = repository.create_household("Chan")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.PLAN, qtbot)
    plan = wizard.answer_page(PageId.PLAN)
    plan.route.setCurrentIndex(plan.route.findData("ttps"))
    _type_date(qtbot, plan.entry, "2027-03-01")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    work = wizard.answer_page(PageId.HK_WORK)
    assert wizard.currentId() == PageId.HK_WORK
    qtbot.mouseClick(work.any.button(True), Qt.MouseButton.LeftButton)
    card = work.entries.cards()[0]
    assert not next_button(wizard).isEnabled()
    assert card.error.text() == "Name the employer or the business."
    qtbot.keyClicks(card.employer, "Harbour Labs")
    assert card.error.text() == "Give the start date (a planned date is fine)."
    _type_date(qtbot, card.start, "2027-03-15")
    _type_date(qtbot, card.end, "2027-03-01")
    assert card.error.text() == "The end date is before the start date."
    card.end.setValue(None)
    card.degree.setValue(True)
    card.market.setValue(True)
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    stay = wizard.answer_page(PageId.HK_STAY)
    assert stay.no.isChecked() and not stay.entry.isEnabled()
    stay.yes.click()
    assert not next_button(wizard).isEnabled()
    _type_date(qtbot, stay.entry, "2026-06-01")
    _type_date(qtbot, stay.limit, "2026-05-01")
    assert "before the entry date" in stay.error.text()
    _type_date(qtbot, stay.limit, "2028-05-31")
    assert next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.SUMMARY
    summary = wizard.answer_page(PageId.SUMMARY).text.text()
    assert "Top Talent Pass Scheme" in summary and "2027-03-01" in summary
    assert "Harbour Labs" in summary and "TTPS from 2026-06-01, limit of stay 2028-05-31" in summary
    settle(None, wizard.session)
    stored = repository.load(household_id)
    assert stored.plan == HouseholdPlan("ttps", date(2027, 3, 1))
    assert stored.principal.hk_work == (
        HKWork(
            WorkKind.EMPLOYMENT,
            "Harbour Labs",
            date(2027, 3, 15),
            degree_level=True,
            market_pay=True,
        ),
    )
    mei = stored.principal.id
    assert stored.stays == (Stay(mei, StayPathway.TTPS, date(2026, 6, 1), date(2028, 5, 31)),)
    view = PlanView(rules, lambda: TODAY)
    qtbot.addWidget(view)
    view.show_household(stored)
    assert view.pathway.count() == 1
    assert view.pathway.currentText().startswith("Top Talent Pass Scheme, entering 2027-03-01")


def test_the_stay_page_edits_the_stay_held_now_and_no_deletes_nothing(
    repository, open_wizard, qtbot
) -> None:
    household_id = repository.create_household("Ho")
    mei = repository.load(household_id).principal.id
    old = Stay(mei, StayPathway.GEP, date(2025, 1, 1), date(2027, 1, 1))
    past = Stay(mei, StayPathway.OTHER, date(2020, 1, 1), date(2021, 1, 1))
    repository.set_stays(household_id, (past, old))
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.HK_STAY, qtbot)
    page = wizard.answer_page(PageId.HK_STAY)
    assert page.yes.isChecked() and page.limit.value() == date(2027, 1, 1)
    _type_date(qtbot, page.limit, "2029-01-01")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    settle(None, wizard.session)
    new = Stay(mei, StayPathway.GEP, date(2025, 1, 1), date(2029, 1, 1))
    assert repository.load(household_id).stays == (past, new)
    wizard.back()
    page.no.click()
    assert page.kept.isVisible() and next_button(wizard).isEnabled()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    settle(None, wizard.session)
    assert repository.load(household_id).stays == (past, new)


def test_no_work_in_hong_kong_is_stored_as_none_for_everyone(repository, open_wizard, qtbot):
    household_id = repository.create_household("Lam")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.HK_WORK, qtbot)
    work = wizard.answer_page(PageId.HK_WORK)
    qtbot.mouseClick(work.any.button(False), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    settle(None, wizard.session)
    assert repository.load(household_id).principal.hk_work == ()
    assert repository.load(household_id).plan is None
