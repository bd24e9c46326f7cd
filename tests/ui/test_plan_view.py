"""The Plan tab read as a user reads it: each renewal, its status in words, its conditions and
what to do; the what-if panel's changes beside the plan's own statuses; the real window's tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import TODAY
from plan_helpers import ON, child, household, principal, profile
from PySide6.QtWidgets import QTreeWidgetItem

from hkpath_desktop.core.facts import Stay, StayPathway
from hkpath_desktop.core.plan import build_plan
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.main_window.tabs import PLAN
from hkpath_desktop.ui.views.plan_view import AWAY, INCOME, JOB_ENDS, PlanView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, rules: RulePack) -> PlanView:  # type: ignore[no-untyped-def]
    widget = PlanView(rules, lambda: ON)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item.child(i) for i in range(item.childCount())]


def _rows(item: QTreeWidgetItem) -> list[tuple[str, str]]:
    return [(c.text(0), c.text(1)) for c in _children(item)]


def _renewals(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """A member's renewal rows (the rows with a status; notes before them have none)."""
    return [c for c in _children(item) if c.text(1)]


def _member(view: PlanView, row: int = 0) -> QTreeWidgetItem:
    item = view.tree.topLevelItem(row)
    assert item is not None
    return item


def test_nothing_to_show_without_a_household(view: PlanView) -> None:
    assert view.empty.isVisible() and not view.content.isVisible()
    assert "seven-year plan" in view.empty.text()


def test_a_ready_plan_lists_each_renewal_with_its_status_in_words(view: PlanView) -> None:
    view.show_household(household(profile(principal())))
    assert view.content.isVisible()
    assert view.pathway.currentText() == "Top Talent Pass Scheme, entering 2027-03-01: Ready"
    assert not view.pathway.itemIcon(0).isNull()
    mei = _member(view)
    assert mei.text(0) == "Mei Chan (Principal applicant): permanent residence from 2034-03-01"
    assert mei.text(1) == "Ready" and not mei.icon(1).isNull()
    renewals = _children(mei)
    assert [r.text(1) for r in renewals] == ["Ready"] * len(renewals)
    assert renewals[0].text(0).startswith("Renewal at 2030-02-28: apply from 2029-11-28 to 2030-")
    assert "conditions met" in view.headline.text()
    assert view.difference.text() == ""


def test_a_blocked_renewal_says_which_condition_fails_and_what_to_do(view: PlanView) -> None:
    view.show_household(household(profile(principal(hk_work=[]), child())))
    assert view.pathway.currentText().endswith(": Blocked")
    assert "blocked" in view.headline.text()
    mei, yui = _member(view, 0), _member(view, 1)
    assert yui.text(0).startswith("Yui Chan (Child): this plan does not reach")
    first = _children(mei)[1]  # after the note on why permanent residence is not reached
    assert first.text(0) == (
        "Renewal at 2030-02-28: apply from 2029-11-28 to 2030-02-27; next stay 36 months"
    )
    assert first.text(1) == "Blocked" and first.isExpanded()
    rows = _rows(first)
    assert ("No Hong Kong job or business is planned on 2029-11-28.", "Not met") in rows
    assert any(text.startswith("To do: Secure a Hong Kong job") for text, _ in rows)
    job = next(c for c in _children(first) if c.text(1) == "Not met")
    assert job.foreground(1).color() != _children(first)[1].foreground(1).color()
    assert "Top Talent Pass Scheme (revised 1 Jan 2026)" in job.toolTip(0)
    assert _rows(job)[0][0] == job.toolTip(0)  # the source is shown under the condition too
    assert _children(yui)[1].text(0).startswith("Renewal at 2030-02-28")
    assert ("Follows Mei Chan's renewal at 2030-02-28, which is blocked.", "Not met") in _rows(
        _children(yui)[1]
    )


def test_what_if_the_job_ends_shows_the_difference_and_clears(view: PlanView) -> None:
    view.show_household(household(profile(principal())))
    view.kind.setCurrentIndex(view.kind.findData(JOB_ENDS))
    assert not view.amount.isVisible() and not view.until.isVisible()
    assert not view.try_scenario()
    assert view.scenario_error.text() == "Give the date."
    view.first.setValue(date(2028, 6, 30))
    assert view.try_scenario()
    assert view.scenario_list.item(0).text() == "The Hong Kong job ends on 2028-06-30"
    renewal = _renewals(_member(view))[0]
    assert renewal.text(1) == "Blocked (on your plan: Ready)"
    limit = renewal.text(0).split(":")[0].removeprefix("Renewal at ")
    assert f"Mei Chan, renewal at {limit}: Ready → Blocked" in view.difference.text()
    assert view.pathway.currentText().endswith(": Blocked")
    view.clear()
    assert _renewals(_member(view))[0].text(1) == "Ready" and view.difference.text() == ""


def test_what_if_fields_refuse_what_cannot_be_a_scenario(view: PlanView) -> None:
    view.show_household(household(profile(principal())))
    view.kind.setCurrentIndex(view.kind.findData(AWAY))
    assert view.until.isVisible() and not view.amount.isVisible()
    view.first.setValue(date(2029, 11, 1))
    view.until.setValue(date(2029, 10, 1))
    assert not view.try_scenario() and "before the day you leave" in view.scenario_error.text()
    view.until.setValue(date(2030, 3, 1))
    assert view.try_scenario()  # away over the whole window of the first renewal
    assert _renewals(_member(view))[0].text(1) == "Blocked (on your plan: Ready)"
    view.kind.setCurrentIndex(view.kind.findData(INCOME))
    view.amount.setText("two million")
    assert not view.try_scenario() and "whole Hong Kong dollars" in view.scenario_error.text()
    view.amount.setText("2,500,000")
    assert view.try_scenario()
    assert view.scenario_list.item(1).text() == "Income of HK$2,500,000 a year from 2029-11-01"
    assert view.scenario_list.count() == 2


def test_the_window_has_a_plan_tab_that_follows_the_household(  # type: ignore[no-untyped-def]
    qtbot, repository: Repository, rules: RulePack
) -> None:
    household_id = repository.add_household(household(profile(principal())))
    window = MainWindow(repository, rules, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(PLAN)
    assert window.tabs.tabText(PLAN) == "Se&ven-year plan"
    shown = window.plan
    expected = build_plan(repository.load(household_id), rules, TODAY)
    assert shown.plan == expected and shown.pathway.count() == len(expected.pathways)
    stay = Stay("m1", StayPathway.TTPS, date(2026, 1, 5), date(2026, 12, 31))
    with qtbot.waitSignal(window.session.changed):
        window.session.write(household_id, lambda r: r.set_stays(household_id, (stay,)))
    recorded = build_plan(repository.load(household_id), rules, TODAY)
    assert recorded != expected
    qtbot.waitUntil(lambda: shown.plan == recorded)
    first = _renewals(_member(shown))[0]
    limit = recorded.pathways[0].members[0].renewals[0].limit_of_stay
    assert first.text(0).startswith(f"Renewal at {limit.isoformat()}")


def test_the_route_the_household_is_on_is_shown_first(view: PlanView) -> None:
    """A household on a GEP stay sees the GEP plan first, as the Timeline marks its renewals,
    though TTPS is open to it too."""
    h = household(profile(principal()))
    stay = Stay("m1", StayPathway.GEP, date(2025, 1, 5), date(2027, 1, 4))
    h = replace(h, plan=None)
    view.show_household(replace(h, stays=(stay,)))
    assert view.plan is not None and {"ttps", "gep"} <= {p.id for p in view.plan.pathways}
    assert view.pathway.currentData() == "gep"
    view.show_household(h)
    assert view.pathway.currentData() == "gep", "the route chosen stays chosen"
