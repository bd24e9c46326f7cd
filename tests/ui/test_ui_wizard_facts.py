"""The interview's questions for support funds, residence abroad, travel document and standing."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import TODAY, next_button, settle
from PySide6.QtCore import Qt

from hkpath_desktop.core.profile_fields import MAX_NAME
from hkpath_desktop.core.profile_io import dump_profile, parse_profile
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.models.compare_model import CompareModel
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui


def _advance_to(wizard, page: PageId, qtbot) -> None:
    while wizard.currentId() != page:
        assert next_button(wizard).isEnabled(), f"stuck on {PageId(wizard.currentId()).name}"
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def _tick(country_list, codes: set[str]) -> None:
    country_list.mode.setCurrentIndex(country_list.mode.findData("some"))
    for row in range(country_list.list.count()):
        item = country_list.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in codes:
            item.setCheckState(Qt.CheckState.Checked)


def test_new_answers_are_stored_shown_and_found_again(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Chan")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Wai")
    _tick(you.abroad, {"CA", "AU"})
    you.document_expiry.setValue(date(2031, 1, 1))
    _advance_to(wizard, PageId.LANGUAGES, qtbot)
    languages = wizard.answer_page(PageId.LANGUAGES)
    languages.talent_list.setValue(True)
    languages.family_in_hk.setValue(False)
    languages.achievement.setCurrentIndex(languages.achievement.findData("yes"))
    assert not next_button(wizard).isEnabled()
    assert languages.achievement_error.isVisible()
    qtbot.keyClicks(languages.achievement_text, "Olympic silver medal")
    assert next_button(wizard).isEnabled()
    _advance_to(wizard, PageId.ASSETS, qtbot)
    assets = wizard.answer_page(PageId.ASSETS)
    assets.support.unknown.setChecked(False)
    qtbot.keyClicks(assets.support.amount, "100000")
    assets.support.currency.setText("USD")
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(assets.support.rate, "7.8")
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    text = wizard.answer_page(PageId.SUMMARY).text.text()
    for shown in ("Australia", "Canada", "2031-01-01", "Olympic silver medal", "780"):
        assert shown in text
    settle(None, wizard.session)
    member = repository.load(household_id).principal
    assert set(member.residence.permanent_residence_abroad or ()) == {"AU", "CA"}
    assert member.travel_document_expiry == date(2031, 1, 1)
    assert (member.talent_list, member.family_in_hk) == (True, False)
    assert member.achievement == "Olympic silver medal"
    assert member.support_funds_hkd == 780_000
    wizard.close()

    again = open_wizard(household_id)
    you = again.answer_page(PageId.YOU)
    assert set(you.abroad.codes() or ()) == {"AU", "CA"}
    assert you.document_expiry.value() == date(2031, 1, 1)
    languages = again.answer_page(PageId.LANGUAGES)
    assert languages.talent_list.value() is True and languages.family_in_hk.value() is False
    assert languages.achievement_text.text() == "Olympic silver medal"
    assert again.answer_page(PageId.ASSETS).support.hkd() == 780_000


def test_none_and_dont_know_keep_their_meaning(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Nones")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Wai")
    you.abroad.mode.setCurrentIndex(you.abroad.mode.findData("none"))
    _advance_to(wizard, PageId.LANGUAGES, qtbot)
    languages = wizard.answer_page(PageId.LANGUAGES)
    languages.achievement.setCurrentIndex(languages.achievement.findData("no"))
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    settle(None, wizard.session)
    member = repository.load(household_id).principal
    assert member.residence.permanent_residence_abroad == ()
    assert member.achievement is False
    assert member.travel_document_expiry is None and member.support_funds_hkd is None
    assert member.talent_list is None and member.family_in_hk is None


def _qmas(model: CompareModel):  # type: ignore[no-untyped-def]
    return next(model.assessment(r) for r in range(5) if model.assessment(r).pathway == "qmas")


def test_compare_follows_support_funds_for_qmas(qtbot, repository, rules) -> None:
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    household_id = repository.create_household("Funds")
    window.reload_households(select=household_id)
    window.edit_action.trigger()
    wizard = window.wizard
    wizard.next()
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    while wizard.currentId() != PageId.ASSETS:
        wizard.next()
    before = _qmas(window.compare.model).criteria
    support = wizard.answer_page(PageId.ASSETS).support
    support.setHkd(2_000_000)
    wizard.next()
    settle(qtbot, wizard.session)
    assert repository.load(household_id).principal.support_funds_hkd == 2_000_000
    assert _qmas(window.compare.model).criteria != before


def test_a_name_typed_in_the_interview_exports_and_imports_back(  # type: ignore[no-untyped-def]
    repository, open_wizard, session, qtbot
) -> None:
    """Issue 21 point 5: 300 characters typed into the family name keep the 200 a profile file
    accepts, so the household exports and imports back (before, such a file was refused)."""
    household_id = repository.create_household("Typing")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Wai")
    you.family_name.setFocus()
    qtbot.keyClicks(you.family_name, "y" * 300)
    assert you.family_name.text() == "y" * MAX_NAME
    _advance_to(wizard, PageId.FAMILY, qtbot)
    settle(qtbot, session)
    stored = repository.load(household_id)
    assert stored.principal.family_name == "y" * MAX_NAME
    assert parse_profile(dump_profile(stored)).principal.family_name == "y" * MAX_NAME
