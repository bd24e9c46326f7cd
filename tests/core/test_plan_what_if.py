"""What-if scenarios: applied to a copy, compared with the plan, never saved."""

from __future__ import annotations

from datetime import date

import pytest
from plan_helpers import ON, RULES, household, member, only, principal, profile

from hkpath_desktop.core.plan import PlanStatus
from hkpath_desktop.core.what_if import ScenarioError, apply, parse_scenario, plan_with


def run(*scenarios: str, pathway: str = "ttps", **top: object) -> object:
    h = household(profile(principal(), pathway=pathway, **top))
    return plan_with(h, RULES, ON, [parse_scenario(s) for s in scenarios])


def test_job_ends_blocks_a_ready_plan_and_shows_the_baseline() -> None:
    plan = run("job-ends:2029-06-30")
    first = member(plan).renewals[0]
    assert (first.status, first.baseline_status) == (PlanStatus.BLOCKED, PlanStatus.READY)
    assert (only(plan).status, only(plan).baseline_status) == (
        PlanStatus.BLOCKED,
        PlanStatus.READY,
    )
    contract = plan.to_contract()
    assert contract["pathways"][0]["baseline_status"] == "ready"  # type: ignore[index]


def test_away_over_the_whole_window_blocks_the_renewal() -> None:
    plan = run("away:2029-11-01..2030-03-15")
    assert member(plan).renewals[0].status is PlanStatus.BLOCKED
    plan = run("away:2029-11-01..2030-02-27")  # back inside the window
    assert member(plan).renewals[0].status is PlanStatus.READY


def test_income_from_a_date_reaches_the_top_tier() -> None:
    plan = run("income:2000000@2028-04-01")
    first = member(plan).renewals[0]
    assert first.top_tier and first.next_stay_months == 72
    assert not member(run("income:1999999@2028-04-01")).renewals[0].top_tier


def test_portfolio_below_the_minimum_from_a_date() -> None:
    plan = run("portfolio:29999999@2028-01-01", pathway="cies")
    portfolio = next(
        c for c in member(plan).renewals[0].conditions if c.id == "cies.renewal.portfolio"
    )
    assert portfolio.status.value == "not_met"
    plan = run("portfolio:30000000@2028-01-01", pathway="cies")
    portfolio = next(
        c for c in member(plan).renewals[0].conditions if c.id == "cies.renewal.portfolio"
    )
    assert portfolio.status.value == "met"


def test_scenarios_change_a_copy_only() -> None:
    h = household(profile(principal()))
    changed, _ = apply(
        h,
        [parse_scenario("job-ends:2028-01-01"), parse_scenario("away:2028-02-01..2028-03-01")],
        ON,
    )
    assert h.principal.hk_work is not None and h.principal.hk_work[0].end is None
    assert changed.principal.hk_work is not None and changed.principal.hk_work[0].end == date(
        2028, 1, 1
    )
    assert h.trips == () and len(changed.trips) == 1


def test_an_away_scenario_merges_with_the_trips_it_overlaps() -> None:
    trips = [{"member": "m1", "left": "2029-10-01", "returned": "2029-12-01"}]
    h = household(profile(principal(), trips=trips))
    changed, _ = apply(h, [parse_scenario("away:2029-11-15..2030-03-15")], ON)
    assert [(t.left, t.returned) for t in changed.trips] == [(date(2029, 10, 1), date(2030, 3, 15))]


@pytest.mark.parametrize(
    "raw",
    [
        "job-ends",
        "job-ends:2029-02-30",
        "away:2030-01-01",
        "away:2030-02-01..2030-01-01",
        "income:lots",
        "income:-5",
        "portfolio:10@soon",
        "holiday:2030-01-01",
    ],
)
def test_bad_scenarios_are_refused_with_a_reason(raw: str) -> None:
    with pytest.raises(ScenarioError, match=raw.split(":")[0]):
        parse_scenario(raw)
