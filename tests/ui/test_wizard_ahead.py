"""Cards are made ahead and reused, and the tabs behind the interview wait until it is idle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import TODAY

from hkpath_desktop.core.facts import Education, EducationLevel
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.window_tabs import COMPARE
from hkpath_desktop.ui.wizard.ids import PageId

pytestmark = pytest.mark.gui
FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
TWO = (
    Education(EducationLevel.BACHELOR, "First University"),
    Education(EducationLevel.MASTER, "Second University"),
)


def test_cards_are_made_one_per_turn_then_reused(repository, open_wizard) -> None:  # type: ignore[no-untyped-def]
    household_id = repository.create_household("Cards")
    wizard = open_wizard(household_id)
    wizard.draft.principal = replace(wizard.draft.principal, education=TWO)
    page = wizard.answer_page(PageId.EDUCATION)
    page.entries.clear()
    assert page.prepare(wizard.draft) is False  # one card made, one to go
    assert len(page.entries.cards()) == 1
    assert page.prepare(wizard.draft) is True
    made = page.entries.cards()
    page.load(wizard.draft)
    assert page.entries.cards() == made  # the same cards, now showing the answers
    assert [card.item() for card in made] == list(TWO)
    wizard.draft.principal = replace(wizard.draft.principal, education=TWO[1:])
    page.load(wizard.draft)
    assert [card.item() for card in page.entries.cards()] == [TWO[1]]
    wizard.draft.principal = replace(wizard.draft.principal, education=())
    page.load(wizard.draft)
    assert page.entries.cards() == [] and page.any.value() is False


def test_the_tabs_wait_while_the_interview_is_being_answered(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    household_id = repository.add_household(load_profile_file(FAMILY))
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.edit_answers()
    assert window.wizard is not None
    qtbot.waitExposed(window.wizard)
    window.household_changed(household_id)
    assert COMPARE in window._tabs.stale  # not re-rendered while the wizard is being used
    qtbot.waitUntil(lambda: COMPARE not in window._tabs.stale, timeout=5000)


def test_an_unchanged_reading_is_not_shown_again(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    household_id = repository.add_household(load_profile_file(FAMILY))
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    shown: list[object] = []
    compare = window.compare
    real = compare.show_household
    compare.show_household = lambda h: (shown.append(h), real(h))  # type: ignore[method-assign]
    window.reload_households()
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    assert shown == []
    repository.rename(household_id, "Renamed")
    window.reload_households()
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    assert [h.name for h in shown] == ["Renamed"]  # type: ignore[attr-defined]
