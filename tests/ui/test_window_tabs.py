"""The four tabs share one reading of the household per round of refreshes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import TODAY

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


def _counting_loads(repository: Repository) -> list[int]:
    """Record each household read, still reading from the real file."""
    calls: list[int] = []
    real: Callable[[int], Household] = repository.load

    def load(household_id: int) -> Household:
        calls.append(household_id)
        return real(household_id)

    repository.load = load  # type: ignore[method-assign]
    return calls


def _window(qtbot, repository: Repository, rules: RulePack) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    household_id = repository.add_household(load_profile_file(FAMILY))
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(window.tabs.count()):  # every tab built and showing the household
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    return window, household_id


def test_every_tab_catches_up_from_one_reading(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    window, household_id = _window(qtbot, repository, rules)
    calls = _counting_loads(repository)
    window.refresh_views()
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    assert calls == [household_id]


def test_a_change_starts_a_new_reading(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    window, household_id = _window(qtbot, repository, rules)
    calls = _counting_loads(repository)
    repository.rename(household_id, "Renamed")
    window.reload_households()
    qtbot.waitUntil(lambda: not window._tabs.stale, timeout=5000)
    assert calls == [household_id]
    window.tabs.setCurrentIndex(3)
    assert window.residence.household is not None
    assert window.residence.household.name == "Renamed"


def test_hidden_tabs_wait_while_the_interview_is_being_used(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    repository.add_household(load_profile_file(FAMILY))
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.edit_answers()
    assert window.wizard is not None
    built_while_busy = set(window._tabs.views)
    assert len(built_while_busy) < window.tabs.count(), "some tabs are still to be built"
    for _ in range(3):  # clicking Next faster than the idle time keeps the tabs waiting
        window.wizard.next()
        qtbot.wait(100)
        assert set(window._tabs.views) == built_while_busy
    qtbot.waitUntil(lambda: len(window._tabs.views) == window.tabs.count(), timeout=5000)
    window.wizard.close()
