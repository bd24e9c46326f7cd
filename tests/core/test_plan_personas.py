"""The plan's persona table: each renewal condition on each side of its edge.

Official sentences each case rests on are named in a comment (ImmD pages as revised: TTPS
2026-01-01, QMAS 2025-12-15, GEP 2025-11-27, ASMTP 2025-12-15, New CIES 2025-11-19).
The planned entry is 2027-03-01 unless said; TTPS category A gives a first limit of 2030-02-28.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from plan_helpers import (
    JOB,
    ON,
    RULES,
    child,
    condition,
    household,
    member,
    only,
    plan_of,
    principal,
    profile,
    spouse,
)

from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.plan import PlanStatus, build_plan

FIRST_LIMIT = date(2030, 2, 28)
TTPS_OPENS = date(2029, 11, 28)  # 3 months before (TTPS page, note #, from 2024-11-01)


def job(**changes: Any) -> dict[str, Any]:
    return {**JOB, **changes}


def ttps(*members: dict[str, Any], **top: Any) -> Any:
    return plan_of(profile(*members, pathway="ttps", **top))


# -- TTPS: employed at degree level at market pay, or a business, on the day the window opens --


def test_ttps_degree_level_job_at_market_pay_is_ready() -> None:
    plan = ttps(principal())
    first = member(plan).renewals[0]
    assert (first.limit_of_stay, first.window_opens) == (FIRST_LIMIT, TTPS_OPENS)
    assert first.status is PlanStatus.READY
    assert member(plan).pr_eligible_on == date(2034, 3, 1)
    assert "Be in Hong Kong between 2029-11-28 and 2030-02-27 to apply" in first.actions


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"degree_level": False}, Status.NOT_MET),
        ({"market_pay": False}, Status.NOT_MET),
        ({"degree_level": None}, Status.UNKNOWN),
        ({"market_pay": None}, Status.UNKNOWN),
        ({"start": TTPS_OPENS.isoformat()}, Status.MET),  # employed on the day it opens
        ({"start": "2029-11-29"}, Status.NOT_MET),  # a day late
        ({"end": "2030-03-01"}, Status.MET),  # the contract runs past the limit of stay
        ({"end": "2030-02-28"}, Status.NOT_MET),  # it ends on the limit: nothing to extend for
        ({"end": "2029-11-27"}, Status.NOT_MET),  # it ends the day before the window
    ],
)
def test_ttps_employment_edges(changes: dict[str, Any], status: Status) -> None:
    plan = ttps(principal(hk_work=[job(**changes)]))
    assert condition(plan, "ttps.renewal.employment").status is status


def test_a_contract_that_ends_before_the_renewal_blocks_it_and_says_so() -> None:
    plan = ttps(principal(hk_work=[job(end="2029-06-30")]))
    found = condition(plan, "ttps.renewal.employment")
    assert found.status is Status.NOT_MET
    assert "ends on 2029-06-30" in found.detail
    assert member(plan).renewals[0].status is PlanStatus.BLOCKED
    assert "Secure a Hong Kong job" in member(plan).renewals[0].actions[0]


def test_ttps_business_is_at_risk_never_ready_on_the_plan_alone() -> None:
    business = job(kind="business", employer="Chan Consulting")
    plan = ttps(principal(hk_work=[business]))
    assert condition(plan, "ttps.renewal.employment").status is Status.UNKNOWN


def test_no_hong_kong_work_answered_is_unknown_and_none_is_not_met() -> None:
    assert condition(ttps(principal(hk_work=None)), "ttps.renewal.employment").status is (
        Status.UNKNOWN
    )
    assert condition(ttps(principal(hk_work=[])), "ttps.renewal.employment").status is (
        Status.NOT_MET
    )


def test_ttps_extension_is_cut_to_the_contract_end() -> None:
    # TTPS page: not more than three years, or until the employment contract ends if shorter.
    plan = ttps(principal(hk_work=[job(end="2031-08-31")]))
    first = member(plan).renewals[0]
    assert first.next_stay_months == 18
    assert member(plan).legs[1].limit == date(2031, 8, 31)


def test_ttps_first_stay_is_not_cut_to_a_contract() -> None:
    """TTPS page, Stay: the first stay is 36 months (Category A) on time limitation only; the
    contract caps an extension, not the first stay (a property test found the first stay cut
    to a short job's end, which blocked a renewal that more work should never block)."""
    short = job(end="2027-06-30")
    plan = ttps(principal(hk_work=[short, job(start="2027-07-01", end=None)]))
    assert member(plan).legs[0].limit == FIRST_LIMIT
    assert member(plan).renewals[0].status is PlanStatus.READY


def test_ttps_window_is_four_weeks_before_the_three_month_measure() -> None:
    stays = [
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2023-01-10",
            "limit_of_stay": "2025-01-09",
        }
    ]
    doc = profile(principal(), stays=stays, as_of="2024-06-01")
    plan = build_plan(household(doc), RULES, date(2024, 6, 1))
    assert member(plan).renewals[0].window_opens == date(2024, 11, 1)  # not 2024-10-09
    stays[0]["limit_of_stay"] = "2024-11-20"
    doc = profile(principal(), stays=stays, as_of="2024-06-01")
    plan = build_plan(household(doc), RULES, date(2024, 6, 1))
    assert member(plan).renewals[0].window_opens == date(2024, 10, 23)  # four weeks


# -- top tier: two years on the scheme and HK$2M assessable income the year of assessment before


@pytest.mark.parametrize(("hkd", "tier", "months"), [(2_000_000, True, 72), (1_999_999, False, 36)])
def test_ttps_top_tier_at_its_income_edge(hkd: int, tier: bool, months: int) -> None:
    income = [
        {"year_ending": "2026-10-31", "hkd": 2_600_000, "kind": "employment"},
        {"year_ending": "2029-03-31", "hkd": hkd, "kind": "employment"},
    ]
    plan = ttps(principal(income=income))
    first = member(plan).renewals[0]
    assert (first.top_tier, first.next_stay_months) == (tier, months)
    if tier:
        assert len(member(plan).renewals) == 1  # six years reach past the seven


def test_top_tier_income_from_investment_does_not_count() -> None:
    income = [
        {"year_ending": "2026-10-31", "hkd": 2_600_000, "kind": "employment"},
        {"year_ending": "2029-03-31", "hkd": 3_000_000, "kind": "investment"},
    ]
    assert not member(ttps(principal(income=income))).renewals[0].top_tier


# -- QMAS points test: steps to settle first, then settled and contributing ---------------------


def qmas(*members: dict[str, Any]) -> Any:
    return plan_of(profile(*members, pathway="qmas"))


def test_qmas_first_extension_needs_steps_to_settle() -> None:
    plan = qmas(principal(hk_work=[job(degree_level=False)]))
    assert condition(plan, "qmas.renewal.steps_to_settle").status is Status.MET
    # any work counts for the first; the second asks for graduate, specialist or senior work
    assert condition(plan, "qmas.renewal.settled_contributing", index=1).status is Status.NOT_MET
    assert member(plan).pr_eligible_on is None
    assert member(plan).pr_note is not None


def test_qmas_no_work_blocks_the_first_extension() -> None:
    plan = qmas(principal(hk_work=[]))
    assert condition(plan, "qmas.renewal.steps_to_settle").status is Status.NOT_MET


def test_qmas_pattern_is_three_then_two() -> None:
    renewals = member(qmas(principal())).renewals
    assert [r.next_stay_months for r in renewals] == [36, 24]
    assert condition(qmas(principal()), "qmas.renewal.settled_contributing", index=1).status is (
        Status.MET
    )


def test_qmas_contribution_with_an_unknown_salary_is_unknown() -> None:
    plan = qmas(principal(hk_work=[job(monthly_salary_hkd=None)]))
    assert condition(plan, "qmas.renewal.settled_contributing", index=1).status is Status.UNKNOWN


# -- GEP and ASMTP: still in the approved job ---------------------------------------------------


@pytest.mark.parametrize("pathway", ["gep", "asmtp"])
@pytest.mark.parametrize(
    ("approved", "status"),
    [(True, Status.MET), (False, Status.NOT_MET), (None, Status.UNKNOWN)],
)
def test_employment_routes_need_the_approved_job(
    pathway: str, approved: bool | None, status: Status
) -> None:
    plan = plan_of(profile(principal(hk_work=[job(approved=approved)]), pathway=pathway))
    found = condition(plan, f"{pathway}.renewal.approved_job")
    assert found.status is status
    if approved is not True:
        assert any("approval" in a for a in member(plan).renewals[0].actions)


def test_gep_first_stay_is_the_contract_when_shorter() -> None:
    plan = plan_of(profile(principal(hk_work=[job(end="2028-12-31")]), pathway="gep"))
    assert member(plan).legs[0].limit == date(2028, 12, 31)
    found = condition(plan, "gep.renewal.approved_job")
    assert found.status is Status.NOT_MET and "ends on 2028-12-31" in found.detail
    follow = job(employer="Beta HK Ltd", start="2029-01-01", end=None)
    plan = plan_of(profile(principal(hk_work=[job(end="2028-12-31"), follow]), pathway="gep"))
    assert condition(plan, "gep.renewal.approved_job").status is Status.MET


# -- New CIES: the portfolio on the check date, the certifying proof, the Fulfillment documents -


def holdings(equities: int) -> dict[str, Any]:
    return {
        "holdings": [
            {"kind": "equities", "market_value_hkd": equities},
            {"kind": "cies_ip", "market_value_hkd": 3_000_000},
        ]
    }


def cies(*members: dict[str, Any], portfolio: dict[str, Any] | None = None, **top: Any) -> Any:
    extra = {"cies_portfolio": portfolio} if portfolio is not None else {}
    return plan_of(profile(*members, pathway="cies", **extra, **top))


@pytest.mark.parametrize(
    ("equities", "status"), [(27_000_000, Status.MET), (26_999_999, Status.NOT_MET)]
)
def test_cies_portfolio_at_the_minimum(equities: int, status: Status) -> None:
    plan = cies(principal(), portfolio=holdings(equities))
    assert condition(plan, "cies.renewal.portfolio").status is status
    assert condition(plan, "cies.renewal.certifying_proof").status is status


@pytest.mark.parametrize(("loan", "status"), [(1, Status.NOT_MET), (0, Status.MET)])
def test_cies_borrowing_on_an_investment_blocks_the_renewal(loan: int, status: Status) -> None:
    # Scheme Rules §6.1(a)(xi): no indebtedness "using the Permissible investment assets as
    # collateral ... Otherwise, the Applicant/Entrant will be disqualified": no top-up cures it
    portfolio = holdings(27_000_000)
    portfolio["holdings"][0]["mortgage_hkd"] = loan
    found = condition(cies(principal(), portfolio=portfolio), "cies.renewal.portfolio")
    assert found.status is status
    if loan:
        assert "disqualifies you from the Scheme" in found.detail


def test_cies_without_a_portfolio_is_unknown() -> None:
    assert condition(cies(principal()), "cies.renewal.portfolio").status is Status.UNKNOWN


def test_cies_counts_seven_years_from_formal_approval() -> None:
    # New CIES: entry as a visitor for up to 180 days, then the stay from Formal Approval.
    assert member(cies(principal())).pr_eligible_on == date(2034, 8, 28)
    stays = [
        {
            "member": "m1",
            "pathway": "cies",
            "sponsor": None,
            "entry": "2026-03-01",
            "limit_of_stay": "2028-05-19",
            "formal_approval": "2026-05-20",
        }
    ]
    plan = cies(principal(), portfolio=holdings(27_000_000), stays=stays)
    assert member(plan).pr_eligible_on == date(2033, 5, 20)
    first = member(plan).renewals[0]
    assert first.window_opens == date(2028, 2, 19)  # three months (New CIES page)
    fulfillment = condition(plan, "cies.renewal.fulfillment")
    assert fulfillment.status is Status.MET
    assert "2027-06-20" in fulfillment.detail and "2028-06-20" not in fulfillment.detail


# -- everyone: presence in the window, the travel document, long absences ------------------------


def trip(left: str, returned: str | None, who: str = "m1") -> dict[str, Any]:
    return {"member": who, "left": left, "returned": returned}


@pytest.mark.parametrize(
    ("left", "returned", "status"),
    [
        ("2029-11-27", "2030-03-01", Status.NOT_MET),  # away every day of the window
        ("2029-11-28", "2030-03-01", Status.MET),  # leaves on the first day: in Hong Kong then
        ("2029-11-27", "2030-02-27", Status.MET),  # back on the last day to apply
        ("2029-11-27", "2030-02-28", Status.NOT_MET),  # back on the limit itself: too late
        ("2029-11-27", None, Status.UNKNOWN),  # no return date: when is not known
    ],
)
def test_a_planned_trip_over_the_whole_window(
    left: str, returned: str | None, status: Status
) -> None:
    plan = ttps(principal(), trips=[trip(left, returned)])
    assert condition(plan, "renewal.presence").status is status


def test_two_trips_that_cover_the_window_between_them() -> None:
    trips = [trip("2029-11-01", "2030-01-10"), trip("2030-01-10", "2030-03-05")]
    assert condition(ttps(principal(), trips=trips), "renewal.presence").status is Status.MET
    trips = [trip("2029-11-01", "2030-01-10"), trip("2030-01-11", "2030-03-05")]
    # 2030-01-10 and 2030-01-11 are days of return and departure: in Hong Kong
    assert condition(ttps(principal(), trips=trips), "renewal.presence").status is Status.MET


@pytest.mark.parametrize(
    ("expiry", "status"),
    [
        (None, Status.UNKNOWN),
        ("2029-11-27", Status.UNKNOWN),  # expires before the window: a new one's dates unknown
        ("2029-11-28", Status.UNKNOWN),  # valid to apply, not for the stay asked for
        ("2033-02-27", Status.UNKNOWN),
        ("2033-02-28", Status.MET),  # valid to the end of the next stay
    ],
)
def test_travel_document_for_the_stay_asked_for(expiry: str | None, status: Status) -> None:
    plan = ttps(principal(travel_document_expiry=expiry))
    assert condition(plan, "renewal.travel_document").status is status


def test_a_long_absence_is_a_flag_not_a_verdict() -> None:
    """A planned trip (2028, after today) is flagged as a taken one is; the six months are a
    practitioner's reading (timeline.absence_flag_months, verified = false), said so."""
    plan = ttps(principal(), trips=[trip("2028-01-01", "2028-07-02")])
    found = condition(plan, "renewal.absences")
    assert found.status is Status.UNKNOWN
    assert "Reported by Hong Kong Visa Geeza, not confirmed by an official page." in found.detail
    plan = ttps(principal(), trips=[trip("2028-01-01", "2028-07-01")])
    assert condition(plan, "renewal.absences").status is Status.MET


# -- a gap in stays; the PR date moves with the reason --------------------------------------------


def test_a_gap_in_recorded_stays_restarts_the_seven_years() -> None:
    stays = [
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2023-01-01",
            "limit_of_stay": "2025-12-31",
        },
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2026-03-01",
            "limit_of_stay": "2029-02-28",
        },
    ]
    plan = ttps(principal(), stays=stays)
    assert member(plan).pr_eligible_on == date(2033, 3, 1)
    assert "gap" in (member(plan).pr_note or "")
    stays[1]["entry"] = "2026-01-01"  # the next day: no gap
    plan = ttps(principal(), stays=stays)
    assert member(plan).pr_eligible_on == date(2030, 1, 1)
    assert member(plan).pr_note is None
    stays[1]["entry"] = "2026-01-02"  # one day with no permission to stay: restarts
    plan = ttps(principal(), stays=stays)
    assert member(plan).pr_eligible_on == date(2033, 1, 2)
    assert "gap" in (member(plan).pr_note or "")


def test_a_blocked_renewal_has_no_pr_date_and_says_why() -> None:
    plan = ttps(principal(hk_work=[]))
    m = member(plan)
    assert m.status is PlanStatus.BLOCKED and m.pr_eligible_on is None
    assert "2030-02-28" in (m.pr_note or "")
    assert len(m.renewals) == 1


def test_a_blocked_renewal_lists_only_routes_whose_entry_criteria_are_met() -> None:
    plan = ttps(principal(hk_work=[]))
    renewal = member(plan).renewals[0]
    eligible = {
        a.pathway
        for a in assess_all(
            household(profile(principal(hk_work=[]))), RULES, ON, renewal.window_opens
        )
        if a.verdict is Verdict.ELIGIBLE
    }
    assert set(renewal.switches) == eligible - {"ttps"}


def test_a_stay_that_has_lapsed_is_blocked() -> None:
    stays = [
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2023-01-01",
            "limit_of_stay": "2025-12-31",
        }
    ]
    plan = ttps(principal(), stays=stays)
    assert condition(plan, "plan.lapsed").status is Status.NOT_MET


@pytest.mark.parametrize(
    ("limit", "lapsed"),
    [("2026-12-07", False), ("2026-12-06", True)],  # the limit is today / was yesterday
)
def test_a_limit_passed_yesterday_is_not_renewed_one_today_is(limit: str, lapsed: bool) -> None:
    stays = [
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2024-12-07",
            "limit_of_stay": limit,
        }
    ]
    plan = ttps(principal(), stays=stays)
    found = [c for r in member(plan).renewals for c in r.conditions if c.id == "plan.lapsed"]
    assert bool(found) is lapsed
    if lapsed:
        assert member(plan).pr_eligible_on is None


# -- dependants: linked to the sponsor; a child turning 18; the sponsor's stay ending first --


def test_dependants_follow_the_sponsors_renewals() -> None:
    plan = ttps(principal(hk_work=[]), spouse())
    s = member(plan, "s1")
    assert s.renewals[0].limit_of_stay == FIRST_LIMIT
    assert condition(plan, "dependant.renewal.sponsor", "s1").status is Status.NOT_MET
    assert s.pr_eligible_on is None
    assert only(plan).status is PlanStatus.BLOCKED


@pytest.mark.parametrize(
    ("born", "status"),
    [("2012-02-01", Status.MET), ("2012-01-31", Status.UNKNOWN)],  # window opens 2030-01-31
)
def test_a_child_who_turns_18_before_a_renewal(born: str, status: Status) -> None:
    plan = ttps(principal(), child(born))
    found = condition(plan, "dependant.renewal.child_age", "c1")
    assert found.status is status
    if status is Status.UNKNOWN:
        assert "Confirmed" in found.detail and "Not confirmed" in found.detail


def test_a_married_child_is_not_a_dependant() -> None:
    plan = ttps(principal(), child(unmarried=False))
    assert condition(plan, "dependant.renewal.child_age", "c1").status is Status.NOT_MET


def test_the_sponsors_stay_ending_first_is_named() -> None:
    stays = [
        {
            "member": "m1",
            "pathway": "ttps",
            "sponsor": None,
            "entry": "2026-03-01",
            "limit_of_stay": "2029-02-28",
        },
        {
            "member": "s1",
            "pathway": "dependant",
            "sponsor": "m1",
            "entry": "2026-03-01",
            "limit_of_stay": "2029-06-30",
        },
    ]
    plan = ttps(principal(), spouse(), stays=stays)
    found = condition(plan, "dependant.renewal.sponsor", "s1")
    assert "Mei Chan's stay ends first, on 2029-02-28" in found.detail


# -- statuses roll up ------------------------------------------------------------------------------


def test_member_and_pathway_status_are_the_worst_renewal() -> None:
    plan = ttps(principal(), child("2012-01-31"))
    assert member(plan).status is PlanStatus.READY
    assert member(plan, "c1").status is PlanStatus.AT_RISK
    assert only(plan).status is PlanStatus.AT_RISK


def test_qmas_achievement_test_covers_seven_years_on_entry() -> None:
    plan = plan_of(profile(principal(achievement="Olympic gold medal"), pathway="qmas"))
    m = member(plan)
    if only(plan).category == "achievement":
        assert m.renewals == () and m.legs[0].limit == date(2035, 2, 28)


def test_a_visit_between_two_counted_stays_restarts_the_seven_years_and_says_why() -> None:
    """ImmD, Meanings of Right of Abode and Other Terms, Ordinary Residence: a settled purpose
    is needed, and visits are not among the exclusions listed: the safer reading restarts the
    count, and the note names the other reading."""
    stays = [
        {"member": "m1", "pathway": "ttps", "sponsor": None, "entry": "2023-01-01",
         "limit_of_stay": "2025-12-31"},
        {"member": "m1", "pathway": "other", "sponsor": None, "entry": "2026-01-01",
         "limit_of_stay": "2026-02-28"},
        {"member": "m1", "pathway": "ttps", "sponsor": None, "entry": "2026-03-01",
         "limit_of_stay": "2029-02-28"},
    ]  # fmt: skip
    plan = ttps(principal(), stays=stays)
    assert member(plan).pr_eligible_on == date(2033, 3, 1)
    assert "ask the Immigration Department" in (member(plan).pr_note or "")
