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
    return window, household_id


def _show_every_tab(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.tab_settled(index)
    window.tabs.setCurrentIndex(0)


def test_every_tab_shows_the_household_from_one_reading(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    window, household_id = _window(qtbot, repository, rules)
    _show_every_tab(window)
    calls = _counting_loads(repository)
    window.reload_households()
    _show_every_tab(window)
    assert calls == [household_id]


def test_a_hidden_tab_shows_a_change_when_it_is_shown(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    window, household_id = _window(qtbot, repository, rules)
    _show_every_tab(window)
    repository.rename(household_id, "Renamed")
    window.reload_households()
    assert window.tab_settled(0)
    assert not window.tab_settled(3)
    window.tabs.setCurrentIndex(3)
    assert window.tab_settled(3)
    assert window.residence.household is not None
    assert window.residence.household.name == "Renamed"


def test_a_tab_is_built_when_first_shown(qtbot, repository, rules) -> None:  # type: ignore[no-untyped-def]
    window, _household_id = _window(qtbot, repository, rules)
    assert window.tab_settled(0)
    assert not any(window.tab_settled(index) for index in (1, 2, 3))
    window.tabs.setCurrentIndex(2)
    assert window.tab_settled(2)
    assert window.tabs.currentWidget() is window.timeline
