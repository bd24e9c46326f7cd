"""The assessment layer: the verdict rule, ranking, the contract, the outlook, and speed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from hkpath_desktop.core.assessment import Criterion, Status, Verdict, verdict_of
from hkpath_desktop.core.comparison import ASSESSORS, assess_all, assessment_report
from hkpath_desktop.core.facts import (
    PATHWAY_IDS,
    Education,
    EducationLevel,
    Household,
    HouseholdPlan,
    Income,
    IncomeKind,
    JobOffer,
    Member,
    NetAssets,
    Records,
    Relationship,
    Residence,
    Role,
    Work,
)
from hkpath_desktop.core.pathways import cies
from hkpath_desktop.core.pathways.checks import _covered_days, years_in_days
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import load_builtin

RULES = load_builtin()
ON = date(2026, 11, 22)
FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"


def crit(status: Status) -> Criterion:
    return Criterion("x.y", "t", status, "d", "s", True)


def test_verdict_rule() -> None:
    met, no, unknown = crit(Status.MET), crit(Status.NOT_MET), crit(Status.UNKNOWN)
    assert verdict_of((met, met)) is Verdict.ELIGIBLE
    assert verdict_of((met, unknown)) is Verdict.INCOMPLETE
    assert verdict_of((unknown, no, met)) is Verdict.NOT_ELIGIBLE
    assert verdict_of(()) is Verdict.INCOMPLETE


def principal(**changes: object) -> Member:
    base = Member(
        "m1",
        Role.PRINCIPAL,
        "Mei",
        "Chan",
        date(1990, 6, 15),
        "JP",
        Residence("JP"),
        education=(Education(EducationLevel.BACHELOR, "U", "JP", date(2012, 3, 25), False, True),),
        work=(Work(date(2012, 4, 1), None, True, False, True),),
        income=(Income(date(2026, 10, 31), 3_000_000, IncomeKind.EMPLOYMENT),),
        job_offer=False,
        records=Records(False, False),
        support_funds_hkd=500_000,
        net_assets=NetAssets(40_000_000, date(2020, 1, 1)),
    )
    return Member(**{**{f: getattr(base, f) for f in base.__slots__}, **changes})


def six_member_household() -> Household:
    spouse = Member(
        "m2",
        Role.SPOUSE,
        "Ken",
        "Chan",
        date(1989, 1, 1),
        "JP",
        Residence("JP"),
        relationship=Relationship.MARRIED,
    )
    kids = tuple(
        Member(
            f"m{i}",
            Role.CHILD,
            "Kid",
            "Chan",
            date(2010 + i, 1, 1),
            "JP",
            Residence("JP"),
            unmarried=True,
        )
        for i in range(3, 7)
    )
    return Household("Six", (principal(), spouse, *kids))


def test_ranking_puts_eligible_first_then_fewer_risks() -> None:
    results = assess_all(six_member_household(), RULES, ON)
    verdicts = [a.verdict for a in results]
    order = {Verdict.ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.NOT_ELIGIBLE: 2}
    assert verdicts == sorted(verdicts, key=order.__getitem__)
    eligible = [a for a in results if a.verdict is Verdict.ELIGIBLE]
    assert [len(a.outlook.risks) for a in eligible] == sorted(
        len(a.outlook.risks) for a in eligible
    )
    assert {a.pathway for a in results[-2:]} == {"asmtp", "gep"}


def test_report_is_the_contract() -> None:
    household = load_profile_file(FIXTURE)
    report = assessment_report(household, RULES, ON)
    assert set(report) == {"rules_version", "on", "pathways"}
    assert report["rules_version"] == RULES.version and report["on"] == "2026-11-22"
    pathways = report["pathways"]
    assert isinstance(pathways, list)
    assert sorted(p["id"] for p in pathways) == ["asmtp", "cies", "gep", "qmas", "ttps"]
    for p in pathways:
        assert set(p) == {"id", "verdict", "category", "points", "criteria", "gaps"}
        assert p["verdict"] in {"eligible", "not_eligible", "incomplete"}
        for c in p["criteria"]:
            assert set(c) == {"id", "status", "detail", "source"}
    json.dumps(report)


def test_unverified_rules_are_flagged_in_plain_words() -> None:
    qmas = next(a for a in assess_all(six_member_household(), RULES, ON) if a.pathway == "qmas")
    points = next(c for c in qmas.criteria if c.id == "qmas.general_points")
    assert points.verified is False
    assert "Unverified" in points.detail
    age = next(c for c in qmas.criteria if c.id == "qmas.age")
    assert age.verified is True and "Unverified" not in age.detail


def test_outlook_for_a_family_on_ttps() -> None:
    ttps = next(a for a in assess_all(six_member_household(), RULES, ON) if a.pathway == "ttps")
    o = ttps.outlook
    assert ttps.category == "A"
    assert o.initial_stay_months == 36 and o.stay_pattern_months[0] == 36
    assert o.earliest_pr_on == date(2033, 11, 22)
    assert o.fees_hkd == 6 * (600 + 1300)
    assert o.capital_hkd == 0 and o.job_offer_needed is False
    assert o.main_risk == o.risks[0]
    assert "under 18" in o.dependants_allowed
    assert any("turns 18" in r for r in o.risks)


def test_start_date_moves_the_pr_date_and_fees() -> None:
    household = Household("One", (principal(),))
    later = assess_all(household, RULES, date(2025, 1, 10), start=date(2025, 3, 1))
    ttps = next(a for a in later if a.pathway == "ttps")
    assert ttps.outlook.earliest_pr_on == date(2032, 3, 1)
    assert ttps.outlook.fees_hkd == 1900


def test_not_eligible_pathways_have_no_pr_date() -> None:
    asmtp = next(a for a in assess_all(six_member_household(), RULES, ON) if a.pathway == "asmtp")
    assert asmtp.verdict is Verdict.NOT_ELIGIBLE and asmtp.outlook.earliest_pr_on is None


def test_cies_outlook_needs_capital() -> None:
    a = cies.assess(Household("One", (principal(),)), RULES, ON)
    assert a.verdict is Verdict.ELIGIBLE
    assert a.outlook.capital_hkd == 30_000_000 and a.outlook.stay_pattern_months == (24, 36, 36)


def test_employment_routes_cap_the_first_stay_at_the_contract() -> None:
    offer = JobOffer("Acme", "Engineer", 60_000, date(2027, 1, 1), 18, False)
    results = assess_all(Household("One", (principal(job_offer=offer),)), RULES, ON)
    gep = next(a for a in results if a.pathway == "gep")
    assert gep.outlook.initial_stay_months == 18 and gep.outlook.job_offer_needed


def test_lookback_switch_brings_the_date_forward() -> None:
    assert cies.lookback_met_from(RULES, date(2024, 9, 1), date(2025, 1, 1)) == date(2025, 3, 1)
    assert cies.lookback_met_from(RULES, date(2022, 1, 1), date(2024, 6, 1)) == date(2024, 6, 1)
    assert cies.lookback_met_from(RULES, date(2026, 6, 1), ON) == date(2026, 12, 1)


def test_covered_days_merges_overlaps() -> None:
    a, b, c = date(2020, 1, 1), date(2020, 1, 10), date(2020, 1, 5)
    assert _covered_days([(a, b)]) == 10
    assert _covered_days([(a, b), (c, date(2020, 1, 20))]) == 20
    assert _covered_days([(b, a)]) == 0
    assert years_in_days(ON, 3) == (ON - date(2023, 11, 22)).days + 1


def test_assessment_is_deterministic() -> None:
    household = six_member_household()
    assert assess_all(household, RULES, ON) == assess_all(household, RULES, ON)


def _pr_dates(household: Household, on: date) -> dict[str, date | None]:
    return {a.pathway: a.outlook.earliest_pr_on for a in assess_all(household, RULES, on)}


def test_the_earliest_pr_date_follows_the_planned_entry_and_the_job_start() -> None:
    """Seven years of residence count from arrival (ImmD, Right of Abode: seven continuous
    years of ordinary residence), so the date moves with the entry the household plans and,
    for the employment routes, with the job the stay is granted for."""
    family = load_profile_file(FIXTURE)
    on = date(2026, 11, 22)
    offer = family.principal.job_offer
    assert offer is not None and offer.start == date(2027, 1, 15)
    today = _pr_dates(family, on)
    assert today["ttps"] == date(2033, 11, 22)
    assert today["gep"] == date(2034, 1, 15), "from the job's start, not from today"
    later = replace(family, plan=HouseholdPlan(entry=date(2027, 6, 1)))
    planned = _pr_dates(later, on)
    assert planned["ttps"] == date(2034, 6, 1)
    assert planned["gep"] == date(2034, 6, 1), "a planned entry after the job start counts"
    earlier = replace(family, plan=HouseholdPlan(entry=date(2026, 1, 1)))
    assert _pr_dates(earlier, on)["ttps"] == date(2033, 11, 22), "never before today"


def test_the_registry_has_one_assessor_per_pathway_in_the_contracts_order() -> None:
    assert tuple(ASSESSORS) == tuple(PATHWAY_IDS)
