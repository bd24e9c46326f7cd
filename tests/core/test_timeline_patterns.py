"""Projected stay patterns per pathway, the top-tier alternative, windows and date edges."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Household, Member, Residence, Role, Stay, StayPathway
from hkpath_desktop.core.rules import RulePack, RuleValue, load_builtin
from hkpath_desktop.core.timeline import EventKind, MemberTimeline, build_timeline

ON = date(2026, 11, 22)
P, D = StayPathway, date


@pytest.fixture(scope="module")
def rules() -> RulePack:
    return load_builtin()


ADULT = D(1990, 1, 1)


def person(mid: str, role: Role = Role.PRINCIPAL, dob: date = ADULT) -> Member:
    return Member(mid, role, mid.upper(), "Test", dob, "JP", Residence("JP"))


def timeline_of(
    rules: RulePack, stays: list[Stay], members: list[Member] | None = None, on: date = ON
) -> dict[str, MemberTimeline]:
    household = Household("t", tuple(members or [person("m1")]), tuple(stays))
    return {m.id: m for m in build_timeline(household, rules, on).members}


def limits(m: MemberTimeline) -> list[date]:
    return [s.limit for s in m.stays]


@pytest.mark.parametrize(
    ("pathway", "entry", "first_limit", "expected"),
    [
        (P.TTPS, D(2025, 1, 6), D(2027, 1, 6), [D(2027, 1, 6), D(2030, 1, 6), D(2033, 1, 6)]),
        # Category A from 16 Oct 2024: a 36-month first stay, then the same 3 + 3
        (P.TTPS, D(2025, 1, 6), D(2028, 1, 6), [D(2028, 1, 6), D(2031, 1, 6), D(2034, 1, 6)]),
        (P.QMAS, D(2025, 1, 6), D(2028, 1, 6), [D(2028, 1, 6), D(2031, 1, 6), D(2033, 1, 6)]),
        (P.GEP, D(2025, 1, 6), D(2028, 1, 6), [D(2028, 1, 6), D(2031, 1, 6), D(2033, 1, 6)]),
        (P.ASMTP, D(2025, 1, 6), D(2028, 1, 6), [D(2028, 1, 6), D(2031, 1, 6), D(2033, 1, 6)]),
        (P.CIES, D(2025, 1, 6), D(2027, 1, 6), [D(2027, 1, 6), D(2030, 1, 6), D(2033, 1, 6)]),
        # GEP before 28 Dec 2022: 2 + 3 + 3
        (
            P.GEP,
            D(2022, 12, 27),
            D(2024, 12, 27),
            [D(2024, 12, 27), D(2027, 12, 27), D(2030, 12, 27)],
        ),
        (P.OTHER, D(2025, 1, 6), D(2025, 7, 6), [D(2025, 7, 6)]),
    ],
)
def test_regular_pattern_per_pathway(
    rules: RulePack, pathway: StayPathway, entry: date, first_limit: date, expected: list[date]
) -> None:
    stay = Stay("m1", pathway, entry, first_limit)
    # asked on the day of entry: a limit already passed is not projected (see test_timeline)
    assert limits(timeline_of(rules, [stay], on=entry)["m1"]) == expected


@pytest.mark.parametrize(
    ("pathway", "entry", "years", "verified"),
    [
        (P.TTPS, D(2025, 1, 6), 6, True),
        (P.QMAS, D(2025, 1, 6), 5, False),
        (P.GEP, D(2022, 12, 28), 5, True),
        (P.ASMTP, D(2025, 1, 6), 5, True),
        (P.GEP, D(2022, 12, 27), 6, False),  # the day before: the 2 + 6 pattern, unverified
        (P.QMAS, D(2015, 5, 4), 6, False),
    ],
)
def test_top_tier_is_an_alternative_beside_the_regular_pattern(
    rules: RulePack, pathway: StayPathway, entry: date, years: int, verified: bool
) -> None:
    first_limit = D(entry.year + 2, entry.month, entry.day)
    m1 = timeline_of(rules, [Stay("m1", pathway, entry, first_limit)], on=entry)["m1"]
    (alt,) = m1.alternatives
    assert [s.limit for s in alt.stays] == [first_limit, first_limit + relativedelta(years=years)]
    assert alt.stays[1].projected and alt.stays[1].start == first_limit + timedelta(days=1)
    assert alt.verified is verified and alt.stays[1].verified is verified
    assert f"one {years}-year extension" in alt.condition
    assert "HK$2,000,000" in alt.condition
    assert len(m1.stays) > 2  # the events still follow the regular pattern


def test_top_tier_condition_says_what_is_unverified(rules: RulePack) -> None:
    # the TTPS, GEP and ASMTP pages set two years here before the top-tier extension (official)
    ttps = timeline_of(rules, [Stay("m1", P.TTPS, D(2025, 1, 6), D(2027, 1, 6))])["m1"]
    assert "only after at least 2 years in Hong Kong" in ttps.alternatives[0].condition
    assert "unverified" not in ttps.alternatives[0].condition  # TTPS income test is official
    # before 28 Dec 2022 the two years are reported by secondary sources only
    gep_stay = [Stay("m1", P.GEP, D(2020, 1, 6), D(2022, 1, 6))]
    gep = timeline_of(rules, gep_stay, on=D(2021, 1, 6))["m1"]
    assert "at least 2 years in Hong Kong (unverified)" in gep.alternatives[0].condition
    # QMAS: the income figure rests on a secondary source until the page of 15 Dec 2025
    qmas = timeline_of(rules, [Stay("m1", P.QMAS, D(2025, 1, 6), D(2028, 1, 6))])["m1"]
    assert "secondary sources only: unverified" in qmas.alternatives[0].condition
    assert "years in Hong Kong" not in qmas.alternatives[0].condition


def test_no_top_tier_for_new_cies_other_or_after_an_extension(rules: RulePack) -> None:
    cies = Stay("m1", P.CIES, D(2025, 1, 6), D(2027, 1, 6), formal_approval=D(2025, 1, 6))
    assert timeline_of(rules, [cies])["m1"].alternatives == ()
    other = Stay("m1", P.OTHER, D(2025, 1, 6), D(2027, 1, 6))
    assert timeline_of(rules, [other])["m1"].alternatives == ()
    extended = [
        Stay("m1", P.TTPS, D(2023, 1, 6), D(2025, 1, 6)),
        Stay("m1", P.TTPS, D(2025, 1, 7), D(2028, 1, 6)),
    ]
    assert timeline_of(rules, extended)["m1"].alternatives == ()


def test_dependant_follows_the_sponsors_top_tier_alternative(rules: RulePack) -> None:
    members = [person("m1"), person("m2", Role.SPOUSE)]
    stays = [
        Stay("m1", P.TTPS, D(2025, 1, 6), D(2027, 1, 6)),
        Stay("m2", P.DEPENDANT, D(2025, 2, 1), D(2027, 1, 6), sponsor="m1"),
    ]
    t = timeline_of(rules, stays, members)
    assert [s.limit for s in t["m2"].alternatives[0].stays] == [D(2027, 1, 6), D(2033, 1, 6)]
    assert limits(t["m2"]) == limits(t["m1"])
    assert t["m2"].alternatives[0].stays[1].pathway is P.DEPENDANT


def test_projections_count_from_the_recorded_limit_so_29_february_comes_back(
    rules: RulePack,
) -> None:
    """With a 2 + 2 pattern, 29 Feb 2024 gives 28 Feb 2026 and then 29 Feb 2028 again."""
    twice = RuleValue("ttps.extension_months", (24, 24), D(2022, 12, 28), None, "test", ON, True)
    pack = dataclasses.replace(rules, rules={**rules.rules, "ttps.extension_months": (twice,)})
    stay = Stay("m1", P.TTPS, D(2023, 2, 28), D(2024, 2, 29))
    m1 = timeline_of(pack, [stay], on=D(2023, 2, 28))["m1"]
    assert limits(m1) == [D(2024, 2, 29), D(2026, 2, 28), D(2028, 2, 29)]
    assert [s.start for s in m1.stays[1:]] == [D(2024, 3, 1), D(2026, 3, 1)]


def test_window_on_the_first_of_march_in_a_leap_year(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.GEP, D(2026, 3, 1), D(2028, 3, 28))])["m1"]
    window = next(e for e in m1.events if e.kind is EventKind.EXTENSION_WINDOW)
    assert (window.date, window.until) == (D(2028, 2, 29), D(2028, 3, 28))
    after = timeline_of(rules, [Stay("m1", P.GEP, D(2026, 3, 1), D(2027, 3, 28))])["m1"]
    assert next(e for e in after.events if e.kind is EventKind.EXTENSION_WINDOW).date == D(
        2027, 2, 28
    )


def test_cies_windows_close_on_the_limit_and_anniversaries_on_the_due_date(
    rules: RulePack,
) -> None:
    stay = Stay("m1", P.CIES, D(2026, 1, 31), D(2028, 1, 31), formal_approval=D(2026, 1, 31))
    m1 = timeline_of(rules, [stay])["m1"]
    check = next(e for e in m1.events if e.kind is EventKind.PORTFOLIO_CHECK)
    assert (check.date, check.until) == (D(2027, 10, 31), D(2028, 1, 31))
    first = next(e for e in m1.events if e.kind is EventKind.CIES_ANNIVERSARY)
    assert (first.date, first.until) == (D(2027, 1, 31), D(2027, 2, 28))  # one month, clamped
    assert first.label.startswith("Anniversary 1 of New CIES Formal Approval")
    due = [e.date for e in m1.events if e.kind is EventKind.FULFILLMENT_DUE]
    assert due[:2] == [D(2027, 2, 28), D(2028, 2, 29)]


def test_child_born_on_29_february_is_flagged_on_28_february() -> None:
    """The earlier day for a warning: the birthday does not exist in 2026."""
    rules = load_builtin()
    members = [person("m1"), person("m3", Role.CHILD, dob=D(2008, 2, 29))]
    stays = [
        Stay("m1", P.TTPS, D(2025, 3, 1), D(2027, 3, 1)),
        Stay("m3", P.DEPENDANT, D(2025, 3, 1), D(2027, 3, 1), sponsor="m1"),
    ]
    child = timeline_of(rules, stays, members)["m3"]
    event = next(e for e in child.events if e.kind is EventKind.CHILD_TURNS_ADULT)
    assert event.date == D(2026, 2, 28)
    assert "turns 18" in event.label and "after the current limit" not in event.label


def test_contract_holds_neither_windows_nor_alternatives(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.TTPS, D(2025, 1, 6), D(2027, 1, 6))])["m1"]
    assert m1.alternatives
    contract = m1.to_contract()
    assert list(contract) == ["id", "clock_start", "pr_eligible_on", "events"]
    assert all(list(e) == ["date", "kind", "label"] for e in contract["events"])  # type: ignore[attr-defined]
