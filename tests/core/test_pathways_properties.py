"""Properties over random households: never a crash, never "met" on an unknown, more income
never hurts Category A."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.assessment import Status, Verdict, verdict_of
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import (
    Business,
    Education,
    EducationLevel,
    Household,
    Income,
    IncomeKind,
    JobOffer,
    Languages,
    Member,
    NetAssets,
    Records,
    Relationship,
    Residence,
    Role,
    Sector,
    Work,
)
from hkpath_desktop.core.pathways import ttps
from hkpath_desktop.core.rules import load_builtin

RULES = load_builtin()
DAYS = st.dates(date(1950, 1, 1), date(2032, 12, 31))
ON = st.dates(date(2015, 1, 1), date(2032, 12, 31))
BOOL = st.one_of(st.none(), st.booleans())
MONEY = st.one_of(st.none(), st.integers(0, 100_000_000))
COUNTRY = st.sampled_from(["JP", "CN", "US", "VN", "CU", "KH", "NP", "MO", "TW", "GB"])


def opt(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), strategy)


education = st.builds(
    Education,
    opt(st.sampled_from(EducationLevel)),
    st.just("U"),
    opt(COUNTRY),
    opt(DAYS),
    BOOL,
    BOOL,
    BOOL,
    BOOL,
)
work = st.builds(
    Work, opt(DAYS), opt(DAYS), BOOL, BOOL, BOOL, BOOL, BOOL, BOOL, opt(st.sampled_from(Sector))
)
income = st.builds(Income, opt(DAYS), MONEY, opt(st.sampled_from(IncomeKind)))
offer = st.builds(
    JobOffer, st.just("Acme"), st.just("Post"), MONEY, opt(DAYS), opt(st.integers(1, 120)), BOOL
)
residence = st.builds(
    Residence, opt(COUNTRY), opt(st.lists(COUNTRY, max_size=2).map(tuple)), st.none()
)
principal = st.builds(
    Member,
    id=st.just("m1"),
    role=st.just(Role.PRINCIPAL),
    given_name=st.just("A"),
    family_name=st.just("B"),
    date_of_birth=opt(DAYS),
    nationality=opt(st.one_of(COUNTRY, st.just("stateless"))),
    residence=residence,
    education=opt(st.lists(education, max_size=3).map(tuple)),
    work=opt(st.lists(work, max_size=3).map(tuple)),
    income=opt(st.lists(income, max_size=3).map(tuple)),
    job_offer=st.one_of(st.none(), st.just(False), offer),
    languages=opt(
        st.builds(Languages, BOOL, BOOL, opt(st.lists(st.just("ja"), max_size=2).map(tuple)))
    ),
    talent_list=BOOL,
    family_in_hk=BOOL,
    achievement=st.one_of(st.none(), st.just(False), st.just("Nobel Prize")),
    business=st.one_of(st.none(), st.just(False), st.builds(Business, MONEY, BOOL)),
    net_assets=opt(st.builds(NetAssets, MONEY, opt(DAYS))),
    records=opt(st.builds(Records, BOOL, BOOL)),
    support_funds_hkd=MONEY,
)
dependant = st.builds(
    Member,
    id=st.sampled_from(["m2", "m3", "m4"]),
    role=st.sampled_from([Role.SPOUSE, Role.CHILD]),
    given_name=st.just("C"),
    family_name=st.just("D"),
    date_of_birth=opt(DAYS),
    nationality=opt(COUNTRY),
    residence=residence,
    relationship=opt(st.sampled_from(Relationship)),
    unmarried=BOOL,
    education=opt(st.lists(education, max_size=1).map(tuple)),
)
households = st.builds(
    lambda p, deps: Household("H", (p, *deps)), principal, st.lists(dependant, max_size=3)
)
BLANKABLE = (
    "date_of_birth",
    "nationality",
    "education",
    "work",
    "income",
    "job_offer",
    "languages",
    "talent_list",
    "family_in_hk",
    "achievement",
    "business",
    "net_assets",
    "records",
    "support_funds_hkd",
)


@settings(max_examples=150, deadline=None)
@given(households, ON)
def test_assessing_never_raises_and_keeps_the_verdict_rule(household: Household, on: date) -> None:
    results = assess_all(household, RULES, on)
    assert sorted(a.pathway for a in results) == ["asmtp", "cies", "gep", "qmas", "ttps"]
    for a in results:
        assert a.verdict is verdict_of(a.criteria)
        assert all(c.id.startswith(f"{a.pathway}.") for c in a.criteria)
        assert all(c.source for c in a.criteria)
        assert a.verdict is Verdict.ELIGIBLE or a.gaps
        json.dumps(a.to_contract())


@settings(max_examples=150, deadline=None)
@given(households, ON, st.sets(st.sampled_from(BLANKABLE), min_size=1))
def test_unknown_facts_never_yield_met(household: Household, on: date, blank: set[str]) -> None:
    """Forgetting answers can turn met into unknown, never unknown or not met into met."""
    p = household.principal
    forgotten: dict[str, Any] = dict.fromkeys(blank)
    vague = dataclasses.replace(p, **forgotten)
    less = Household("H", (vague, *household.dependants))
    known = {c.id: c.status for a in assess_all(household, RULES, on) for c in a.criteria}
    for a in assess_all(less, RULES, on):
        for c in a.criteria:
            if c.status is Status.MET and c.id in known:
                assert known[c.id] is Status.MET, (c, blank)


def test_a_household_of_unknowns_meets_nothing() -> None:
    nobody = Member("m1", Role.PRINCIPAL, "A", "B", None, None, Residence(None, None, None))
    for a in assess_all(Household("H", (nobody,)), RULES, date(2026, 11, 22)):
        assert a.verdict is Verdict.INCOMPLETE
        assert all(c.status is not Status.MET for c in a.criteria), a.criteria


TTPS_ON = st.dates(date(2022, 12, 28), date(2030, 12, 31))
RECENT = st.tuples(st.integers(-30, 400), MONEY, opt(st.sampled_from(IncomeKind)))


@settings(max_examples=300, deadline=None)
@given(TTPS_ON, st.lists(RECENT, max_size=4), st.lists(st.integers(0, 3_000_000), min_size=4))
def test_more_income_never_loses_category_a(
    on: date, rows: list[tuple[int, int | None, IncomeKind | None]], extra: list[int]
) -> None:
    def person(bonus: list[int]) -> Member:
        income = tuple(
            Income(on - timedelta(days=days), None if hkd is None else hkd + more, kind)
            for (days, hkd, kind), more in zip(rows, bonus, strict=False)
        )
        return Member("m1", Role.PRINCIPAL, "A", "B", None, "JP", Residence("JP"), income=income)

    before = ttps.income(person([0] * len(extra)), RULES, on).status
    after = ttps.income(person(extra), RULES, on).status
    if before is Status.MET:
        assert after is Status.MET
    if after is Status.NOT_MET:
        assert before is Status.NOT_MET
