"""The interview on real widgets and a real SQLite file: validation, branching, autosave."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from conftest import TODAY, next_button, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWizard,
)

from hkpath_desktop.core.checklists import build_checklist
from hkpath_desktop.core.facts import Income, IncomeKind, JobOffer, Role
from hkpath_desktop.store import db
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui


def _advance_to(wizard, page: PageId, qtbot) -> None:
    while wizard.currentId() != page:
        assert next_button(wizard).isEnabled(), f"stuck on {PageId(wizard.currentId()).name}"
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)


def test_walk_the_interview_with_keyboard_and_mouse(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Lee family")
    wizard = open_wizard(household_id)
    assert wizard.currentId() == PageId.WELCOME
    assert "2026" in wizard.answer_page(PageId.WELCOME).rules_text.text()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    you = wizard.answer_page(PageId.YOU)
    you.given_name.clear()
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(you.given_name, "Ka Ming")
    qtbot.keyClicks(you.family_name, "Lee")
    you.nationality.setCode("CA")
    assert next_button(wizard).isEnabled()
    qtbot.keyClick(you.family_name, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.FAMILY
    settle(None, wizard.session)
    stored = repository.load(household_id).principal
    assert (stored.given_name, stored.family_name, stored.nationality) == ("Ka Ming", "Lee", "CA")
    settle(None, wizard.session)
    assert repository.wizard_page(household_id) == PageId.FAMILY
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    assert "Ka Ming Lee" in wizard.answer_page(PageId.SUMMARY).text.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    settle(None, wizard.session)
    assert repository.wizard_page(household_id) == PageId.SUMMARY


def test_a_birth_date_in_the_future_is_refused_inline(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Future"))
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Mei")
    you.birth.setValue(date(2026, 11, 23))
    assert you.birth_error.isVisible()
    assert "future" in you.birth_error.text()
    assert not next_button(wizard).isEnabled()
    you.birth.setValue(TODAY)
    assert not you.birth_error.isVisible()
    assert next_button(wizard).isEnabled()


def test_a_work_period_that_ends_before_it_starts_blocks_next(repository, open_wizard, qtbot):
    wizard = open_wizard(repository.create_household("Work"))
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.WORK, qtbot)
    page = wizard.answer_page(PageId.WORK)
    qtbot.mouseClick(page.any.button(True), Qt.MouseButton.LeftButton)
    card = page.entries.cards()[0]
    card.start.setValue(date(2020, 1, 1))
    card.end.setValue(date(2019, 12, 31))
    assert card.dates_error.isVisible()
    assert card.dates_error.text() == "The end date is before the start date."
    assert not next_button(wizard).isEnabled()
    card.end.setValue(date(2020, 1, 1))
    assert next_button(wizard).isEnabled()


def test_a_work_period_keeps_its_employer_and_job_title(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Employer")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.WORK, qtbot)
    page = wizard.answer_page(PageId.WORK)
    qtbot.mouseClick(page.any.button(True), Qt.MouseButton.LeftButton)
    card = page.entries.cards()[0]
    qtbot.keyClicks(card.employer, "Contoso Ltd")
    qtbot.keyClicks(card.post, "Site engineer")
    card.start.setValue(date(2018, 5, 1))
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    settle(None, wizard.session)
    work = repository.load(household_id).principal.work
    assert work is not None
    assert (work[0].employer, work[0].post) == ("Contoso Ltd", "Site engineer")
    assert "Site engineer · Contoso Ltd" in wizard.answer_page(PageId.SUMMARY).text.text()


def test_where_a_spouse_lives_decides_the_macao_papers(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Spouse abroad")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Tom")
    _advance_to(wizard, PageId.FAMILY, qtbot)
    family = wizard.answer_page(PageId.FAMILY)
    qtbot.keyClick(family.has_spouse, Qt.Key.Key_Space)
    assert family.spouse.isVisible()
    qtbot.keyClicks(family.spouse.given_name, "Ann")
    family.spouse.nationality.setCode("GB")
    family.spouse.country.setCode("GB")
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    settle(None, wizard.session)
    summary = wizard.answer_page(PageId.SUMMARY).text.text()
    assert "Ann · lives in United Kingdom" in summary, summary[summary.find("Family") :][:400]
    household = repository.load(household_id)
    (spouse,) = household.dependants
    assert spouse.residence.country == "GB"
    papers = build_checklist(household, "asmtp", "entry").items
    assert "asmtp.entry.dependant_macao_documents" not in {i.id for i in papers}
    spouse_macao = replace(spouse, residence=replace(spouse.residence, country="MO"))
    moved = replace(household, members=(household.principal, spouse_macao))
    assert "asmtp.entry.dependant_macao_documents" in {
        i.id for i in build_checklist(moved, "asmtp", "entry").items
    }


def test_terms_are_explained_where_they_are_asked(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Terms"))
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.EDUCATION, qtbot)
    education = wizard.answer_page(PageId.EDUCATION)
    qtbot.mouseClick(education.any.button(True), Qt.MouseButton.LeftButton)
    degree = education.entries.cards()[0]
    said = {label.text() for label in degree.findChildren(QLabel) if label.isVisible()}
    assert any(words.startswith("STEM: science, technology") for words in said)
    assert any("internationally renowned" in words for words in said)
    assert "reference list of STEM subjects" in degree.stem.toolTip()
    _advance_to(wizard, PageId.WORK, qtbot)
    work = wizard.answer_page(PageId.WORK)
    qtbot.mouseClick(work.any.button(True), Qt.MouseButton.LeftButton)
    assert "Forbes Global 2000" in work.entries.cards()[0].multinational.accessibleDescription()


def test_negative_income_and_a_child_older_than_you_are_refused(repository, open_wizard, qtbot):
    wizard = open_wizard(repository.create_household("Checks"))
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Mei")
    you.birth.setValue(date(1990, 5, 1))
    _advance_to(wizard, PageId.FAMILY, qtbot)
    family = wizard.answer_page(PageId.FAMILY)
    qtbot.mouseClick(family.child_list.add_button, Qt.MouseButton.LeftButton)
    child = family.child_list.cards()[0]
    child.birth.setValue(date(1990, 4, 30))
    assert "born before you" in child.birth_error.text()
    assert not next_button(wizard).isEnabled()
    child.birth.setValue(date(2020, 4, 30))
    assert next_button(wizard).isEnabled()
    _advance_to(wizard, PageId.INCOME, qtbot)
    income = wizard.answer_page(PageId.INCOME)
    income.any.setValue(True)
    card = income.entries.cards()[0]
    card.amount.unknown.setChecked(False)
    qtbot.keyClicks(card.amount.amount, "-5")
    assert card.amount_error.text() == "An amount cannot be negative."
    assert not next_button(wizard).isEnabled()
    card.amount.amount.setText("5")
    assert next_button(wizard).isEnabled()
    settle(None, wizard.session)
    members = repository.load(wizard.household_id).members
    assert [m.role for m in members].count(Role.CHILD) == 1


def test_closing_half_way_and_reopening_resumes_with_every_answer(
    repository, open_wizard, qtbot
) -> None:
    household_id = repository.create_household("Resume")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Mei")
    you.birth.setValue(date(1984, 5, 2))
    you.country.setCode("JP")
    _advance_to(wizard, PageId.INCOME, qtbot)
    income = wizard.answer_page(PageId.INCOME)
    income.any.setValue(True)
    card = income.entries.cards()[0]
    card.year_ending.setValue(date(2026, 10, 31))
    card.kind.setCurrentIndex(card.kind.findData(IncomeKind.EMPLOYMENT))
    card.amount.setHkd(2_600_000)
    wizard.close()
    settle(None, wizard.session)
    assert repository.wizard_page(household_id) == PageId.INCOME

    again = open_wizard(household_id)
    assert again.currentId() == PageId.INCOME
    assert again.visitedIds()[:2] == [PageId.WELCOME, PageId.YOU]
    page = again.answer_page(PageId.INCOME)
    assert page.any.value() is True
    assert page.entries.cards()[0].item() == Income(
        date(2026, 10, 31), 2_600_000, IncomeKind.EMPLOYMENT
    )
    you_again = again.answer_page(PageId.YOU)
    assert you_again.given_name.text() == "Mei"
    assert you_again.birth.value() == date(1984, 5, 2)
    assert you_again.country.code() == "JP"


def test_no_job_offer_skips_the_details_page(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Offer")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.JOB_OFFER, qtbot)
    offer = wizard.answer_page(PageId.JOB_OFFER)
    offer.choices[0].click()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.LANGUAGES
    settle(None, wizard.session)
    assert repository.load(household_id).principal.job_offer is False
    wizard.back()
    offer.choices[2].click()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.JOB_DETAILS
    details = wizard.answer_page(PageId.JOB_DETAILS)
    qtbot.keyClicks(details.employer, "Acme HK Ltd")
    details.months.setValue(24)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    settle(None, wizard.session)
    stored = repository.load(household_id).principal.job_offer
    assert isinstance(stored, JobOffer)
    assert (stored.employer, stored.contract_months, stored.post) == ("Acme HK Ltd", 24, None)


def test_dont_know_is_stored_as_none(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Unknowns")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    settle(None, wizard.session)
    member = repository.load(household_id).principal
    assert member.date_of_birth is None and member.nationality is None
    assert member.education is None and member.work is None and member.income is None
    assert member.job_offer is None and member.languages is None
    assert member.net_assets is None and member.records is None


def test_summary_links_lead_back_to_the_page(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Links"))
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    summary = wizard.answer_page(PageId.SUMMARY)
    assert f"page:{int(PageId.EDUCATION)}" in summary.text.text()
    summary.text.linkActivated.emit(f"page:{int(PageId.EDUCATION)}")
    assert wizard.currentId() == PageId.EDUCATION


def test_every_control_has_an_accessible_name(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Access")
    wizard = open_wizard(household_id)
    for page_id in PageId:
        page = wizard.answer_page(page_id)
        if page_id in (PageId.EDUCATION, PageId.WORK, PageId.INCOME):
            page.entries.add()
        if page_id == PageId.FAMILY:
            page.child_list.add()
        controls = page.findChildren(QAbstractButton) + page.findChildren(QLineEdit)
        controls += page.findChildren(QComboBox) + page.findChildren(QAbstractSpinBox)
        controls = [
            c
            for c in controls
            if c.parent() is not None and not isinstance(c.parent(), (QComboBox, QAbstractSpinBox))
        ]
        assert controls or page_id in (PageId.WELCOME, PageId.SUMMARY)
        unnamed = [c for c in controls if not c.accessibleName()]
        assert not unnamed, (page_id.name, [type(c).__name__ for c in unnamed])


def test_tab_follows_the_form_on_the_you_page(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Tabs"))
    _advance_to(wizard, PageId.YOU, qtbot)
    wizard.activateWindow()
    you = wizard.answer_page(PageId.YOU)
    you.given_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is you.given_name)
    expected = [you.family_name, you.birth.edit, you.birth.picker, you.nationality]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_pages_are_built_when_first_shown(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Lazy"))
    pages = {page_id: wizard.page(int(page_id)) for page_id in PageId}
    assert [p for p in PageId if pages[p].built] == [PageId.WELCOME]
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert not next_button(wizard).isEnabled()  # the given name is required once built
    assert [p for p in PageId if pages[p].built] == [PageId.WELCOME, PageId.YOU]
    assert wizard.answer_page(PageId.ASSETS).support.accessibleName()
    assert pages[PageId.ASSETS].built


def test_summary_links_follow_by_keyboard(repository, open_wizard, qtbot) -> None:
    wizard = open_wizard(repository.create_household("Keys"))
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.SUMMARY, qtbot)
    summary = wizard.answer_page(PageId.SUMMARY)
    summary.text.setFocus()
    qtbot.keyClick(summary.text, Qt.Key.Key_Tab)
    qtbot.keyClick(summary.text, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.YOU


def test_an_impossible_date_holds_the_page_until_it_is_mended(
    repository, open_wizard, qtbot
) -> None:
    wizard = open_wizard(repository.create_household("Dates"))
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    qtbot.keyClicks(you.given_name, "Ka Ming")
    assert next_button(wizard).isEnabled()
    qtbot.keyClicks(you.birth.edit, "31/02/1991")
    assert not next_button(wizard).isEnabled()
    assert you.birth.error.text() == "February 1991 has no day 31."
    you.birth.edit.selectAll()
    qtbot.keyClicks(you.birth.edit, "28/02/1991")
    assert next_button(wizard).isEnabled()
    assert you.birth.value() == date(1991, 2, 28)


def test_an_answer_on_a_card_is_stored_after_a_pause_in_typing(
    repository, open_wizard, qtbot
) -> None:
    household_id = repository.create_household("Pause")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    qtbot.keyClicks(wizard.answer_page(PageId.YOU).given_name, "Mei")
    _advance_to(wizard, PageId.WORK, qtbot)
    page = wizard.answer_page(PageId.WORK)
    qtbot.mouseClick(page.any.button(True), Qt.MouseButton.LeftButton)
    card = page.entries.cards()[0]
    settle(None, wizard.session)
    with qtbot.waitSignal(wizard.session.changed, timeout=5000):
        qtbot.keyClicks(card.post, "Site engineer")
    settle(None, wizard.session)
    assert wizard.currentId() == PageId.WORK
    work = repository.load(household_id).principal.work
    assert work is not None and work[0].post == "Site engineer"


def test_leaving_a_field_stores_its_answer_at_once(repository, open_wizard, qtbot) -> None:
    household_id = repository.create_household("Tab")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    you = wizard.answer_page(PageId.YOU)
    wizard.activateWindow()
    you.family_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is you.family_name)
    qtbot.keyClicks(you.family_name, "Wong")
    qtbot.keyClick(you.family_name, Qt.Key.Key_Tab)
    settle(None, wizard.session)
    assert repository.load(household_id).principal.family_name == "Wong"


def test_a_file_kept_busy_too_long_is_said_and_the_answer_kept(
    repository, open_wizard, qtbot, monkeypatch, data_dir
) -> None:
    household_id = repository.create_household("Busy")
    wizard = open_wizard(household_id)
    _advance_to(wizard, PageId.YOU, qtbot)
    settle(None, wizard.session)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(db, "WRITE_WAIT_S", 0.5)
    you = wizard.answer_page(PageId.YOU)
    blocker = sqlite3.connect(db.database_path(data_dir), isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        qtbot.keyClicks(you.family_name, "Wong")
        wizard.save_typed()
        qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    finally:
        blocker.close()
    assert "busy" in warnings[0]
    assert you.family_name.text() == "Wong"
    assert repository.load(household_id).principal.family_name == ""
    wizard.save_typed()
    settle(None, wizard.session)
    assert repository.load(household_id).principal.family_name == "Wong"
