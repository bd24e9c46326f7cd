"""The seven-year timeline: projected stays, every window and deadline, and the PR date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hkpath_desktop.core.facts import (
    Household,
    Member,
    Residence,
    Role,
    Stay,
    StayPathway,
    Trip,
)
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.core.texts import Text
from hkpath_desktop.core.timeline import EventKind, MemberTimeline, build_timeline

ON = date(2026, 11, 22)
P, D = StayPathway, date
ADULT_BORN = D(1990, 1, 1)


@pytest.fixture(scope="module")
def rules() -> RulePack:
    return load_builtin()


def person(
    mid: str,
    role: Role = Role.PRINCIPAL,
    dob: date = ADULT_BORN,
    travel_document_expiry: date | None = None,
    unmarried: bool | None = None,
) -> Member:
    return Member(
        mid,
        role,
        mid.upper(),
        "Test",
        dob,
        "JP",
        Residence("JP"),
        travel_document_expiry=travel_document_expiry,
        unmarried=unmarried,
    )


def timeline_of(
    rules: RulePack,
    stays: list[Stay],
    members: list[Member] | None = None,
    trips: tuple[Trip, ...] = (),
    on: date = ON,
) -> dict[str, MemberTimeline]:
    household = Household("t", tuple(members or [person("m1")]), tuple(stays), trips)
    return {m.id: m for m in build_timeline(household, rules, on).members}


def dates(m: MemberTimeline, kind: EventKind) -> list[date]:
    return [e.date for e in m.events if e.kind is kind]


def test_gep_window_opens_four_weeks_before_the_limit(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.GEP, D(2026, 3, 1), D(2028, 3, 1))])["m1"]
    windows = dates(m1, EventKind.EXTENSION_WINDOW)
    assert windows[0] == D(2028, 2, 2)  # the day of: 28 days before; 1 Feb is the day before
    assert D(2028, 2, 1) not in windows
    assert dates(m1, EventKind.PORTFOLIO_CHECK) == []


# TTPS page, Extension of Stay, note #: "From 1 November 2024, the acceptance period for
# extension of stay applications under the TTPS is temporarily extended from 4 weeks to 3 months"
@pytest.mark.parametrize(
    ("limit", "opens"),
    [
        (D(2028, 3, 1), D(2027, 12, 1)),  # three months before; 30 Nov is the day before
        (D(2028, 5, 31), D(2028, 2, 29)),  # clamped to the month's end
        (D(2024, 12, 15), D(2024, 11, 1)),  # never before the measure began
        (D(2024, 11, 20), D(2024, 10, 23)),  # but never later than the usual four weeks
        (D(2024, 10, 31), D(2024, 10, 3)),  # a limit before the measure: four weeks
    ],
)
def test_ttps_window_opens_three_months_before_the_limit(
    rules: RulePack, limit: date, opens: date
) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.TTPS, D(2022, 12, 28), limit)])["m1"]
    assert dates(m1, EventKind.EXTENSION_WINDOW)[0] == opens


def test_ttps_projects_three_plus_three_after_the_first_stay(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.TTPS, D(2026, 3, 1), D(2028, 3, 1))])["m1"]
    assert [s.limit for s in m1.stays] == [D(2028, 3, 1), D(2031, 3, 1), D(2034, 3, 1)]
    assert [s.projected for s in m1.stays] == [False, True, True]
    assert m1.stays[1].start == D(2028, 3, 2)


def test_qmas_since_2022_projects_three_then_two_and_says_unverified(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.QMAS, D(2024, 1, 10), D(2027, 1, 10))])["m1"]
    assert [s.limit for s in m1.stays] == [D(2027, 1, 10), D(2030, 1, 10), D(2032, 1, 10)]
    labels = [e.label for e in m1.events if e.kind is EventKind.LIMIT_OF_STAY]
    assert "pattern unverified" in labels[1]


def test_recorded_extensions_use_up_the_pattern(rules: RulePack) -> None:
    stays = [
        Stay("m1", P.GEP, D(2023, 1, 10), D(2026, 1, 10)),
        Stay("m1", P.GEP, D(2026, 1, 11), D(2029, 1, 10)),
    ]
    m1 = timeline_of(rules, stays)["m1"]
    assert [s.limit for s in m1.stays] == [D(2026, 1, 10), D(2029, 1, 10), D(2031, 1, 10)]
    assert [s.projected for s in m1.stays] == [False, False, True]
    assert m1.clock_start == D(2023, 1, 10)
    # the earlier stay keeps its own window and limit
    assert D(2026, 1, 10) in dates(m1, EventKind.LIMIT_OF_STAY)
    assert D(2025, 12, 13) in dates(m1, EventKind.EXTENSION_WINDOW)


def test_month_end_limit_on_29_february(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.GEP, D(2026, 2, 28), D(2028, 2, 29))])["m1"]
    assert dates(m1, EventKind.EXTENSION_WINDOW)[0] == D(2028, 2, 1)
    assert m1.stays[1].limit == D(2031, 2, 28)


def test_cies_portfolio_check_three_months_before_at_month_ends(rules: RulePack) -> None:
    stay = Stay("m1", P.CIES, D(2026, 5, 31), D(2028, 5, 31), formal_approval=D(2026, 5, 1))
    m1 = timeline_of(rules, [stay])["m1"]
    checks = dates(m1, EventKind.PORTFOLIO_CHECK)
    assert checks[0] == D(2028, 2, 29)  # 31 May less three months, clamped to the month's end
    assert dates(m1, EventKind.EXTENSION_WINDOW) == []
    limit = next(e for e in m1.events if e.kind is EventKind.LIMIT_OF_STAY)
    assert "before this day" in limit.label
    leap = Stay("m1", P.CIES, D(2026, 2, 28), D(2028, 2, 29), formal_approval=D(2026, 2, 1))
    assert dates(timeline_of(rules, [leap])["m1"], EventKind.PORTFOLIO_CHECK)[0] == D(2027, 11, 29)


def test_cies_anniversaries_and_fulfillment_due_a_month_after(rules: RulePack) -> None:
    stay = Stay("m1", P.CIES, D(2028, 3, 1), D(2030, 3, 1), formal_approval=D(2028, 2, 29))
    m1 = timeline_of(rules, [stay])["m1"]
    anniversaries = dates(m1, EventKind.CIES_ANNIVERSARY)
    assert anniversaries[:2] == [D(2029, 2, 28), D(2030, 2, 28)]
    assert anniversaries[3] == D(2032, 2, 29)  # counted from Formal Approval, no drift
    assert dates(m1, EventKind.FULFILLMENT_DUE)[0] == D(2029, 3, 28)
    assert len(dates(m1, EventKind.FULFILLMENT_DUE)) == len(anniversaries)


def test_visitor_time_before_formal_approval_does_not_count(rules: RulePack) -> None:
    stay = Stay("m1", P.CIES, D(2025, 1, 1), D(2027, 5, 1), formal_approval=D(2025, 5, 1))
    m1 = timeline_of(rules, [stay])["m1"]
    assert m1.clock_start == D(2025, 5, 1)
    assert m1.pr_eligible_on == D(2032, 5, 1)


def test_a_stay_of_unknown_kind_does_not_start_the_clock(rules: RulePack) -> None:
    stays = [
        Stay("m1", P.OTHER, D(2024, 1, 1), D(2024, 3, 1)),
        Stay("m1", P.TTPS, D(2024, 6, 1), D(2026, 6, 1)),
    ]
    m1 = timeline_of(rules, stays, on=D(2024, 6, 1))["m1"]
    assert (m1.clock_start, m1.pr_eligible_on) == (D(2024, 6, 1), D(2031, 6, 1))
    pr = [e for e in m1.events if e.kind is EventKind.PR_ELIGIBLE]
    assert [e.date for e in pr] == [D(2031, 6, 1)]


def test_seven_years_from_an_entry_on_29_february(rules: RulePack) -> None:
    """2031 has no 29 February: the full seven years have certainly passed on 1 March."""
    stay = Stay("m1", P.TTPS, D(2024, 2, 29), D(2026, 2, 28))
    m1 = timeline_of(rules, [stay], on=D(2024, 2, 29))["m1"]
    assert m1.pr_eligible_on == D(2031, 3, 1)
    stay = Stay("m1", P.TTPS, D(2024, 2, 28), D(2026, 2, 27))
    m2 = timeline_of(rules, [stay], on=D(2024, 2, 28))["m1"]
    assert m2.pr_eligible_on == D(2031, 2, 28)


def test_no_stay_means_no_clock(rules: RulePack) -> None:
    m1 = timeline_of(rules, [])["m1"]
    assert (m1.clock_start, m1.pr_eligible_on, m1.stays) == (None, None, ())


def family(rules: RulePack, child_dob: date, sponsor_limit: date) -> dict[str, MemberTimeline]:
    members = [person("m1"), person("m3", Role.CHILD, dob=child_dob, unmarried=True)]
    stays = [
        Stay("m1", P.TTPS, D(2026, 3, 1), sponsor_limit),
        Stay("m3", P.DEPENDANT, D(2026, 3, 1), D(2028, 3, 1), sponsor="m1"),
    ]
    return timeline_of(rules, stays, members)


def test_dependant_follows_the_sponsor(rules: RulePack) -> None:
    t = family(rules, D(2015, 7, 7), D(2028, 3, 1))
    assert [s.limit for s in t["m3"].stays] == [s.limit for s in t["m1"].stays]
    assert dates(t["m3"], EventKind.SPONSOR_STAY_ENDS) == []


def test_sponsor_stay_ending_before_the_dependant_is_flagged(rules: RulePack) -> None:
    t = family(rules, D(2015, 7, 7), D(2028, 2, 29))
    assert dates(t["m3"], EventKind.SPONSOR_STAY_ENDS) == [D(2028, 2, 29)]


def test_child_turning_18_the_day_after_the_limit(rules: RulePack) -> None:
    t = family(rules, D(2010, 3, 2), D(2028, 3, 1))
    event = next(e for e in t["m3"].events if e.kind is EventKind.CHILD_TURNS_ADULT)
    assert event.date == D(2028, 3, 2)
    assert "after the current limit of stay (2028-03-01)" in event.label
    assert "unverified" in event.label
    on_the_day = family(rules, D(2010, 3, 1), D(2028, 3, 1))["m3"]
    same = next(e for e in on_the_day.events if e.kind is EventKind.CHILD_TURNS_ADULT)
    assert same.date == D(2028, 3, 1) and "after the current limit" not in same.label


def test_travel_document_one_day_before_the_limit(rules: RulePack) -> None:
    stay = [Stay("m1", P.TTPS, D(2026, 3, 1), D(2030, 3, 1))]
    early = timeline_of(rules, stay, [person("m1", travel_document_expiry=D(2030, 2, 28))])
    assert dates(early["m1"], EventKind.TRAVEL_DOCUMENT) == [D(2030, 2, 28)]
    same = timeline_of(rules, stay, [person("m1", travel_document_expiry=D(2030, 3, 1))])
    assert dates(same["m1"], EventKind.TRAVEL_DOCUMENT) == []


def test_travel_document_within_six_months_of_today(rules: RulePack) -> None:
    stay = [Stay("m1", P.TTPS, D(2025, 3, 1), D(2027, 1, 1))]
    soon = timeline_of(rules, stay, [person("m1", travel_document_expiry=D(2027, 5, 22))])
    warning = next(e for e in soon["m1"].events if e.kind is EventKind.TRAVEL_DOCUMENT)
    assert "within 6 months" in warning.label and "before the limit" not in warning.label
    later = timeline_of(rules, stay, [person("m1", travel_document_expiry=D(2027, 5, 23))])
    assert dates(later["m1"], EventKind.TRAVEL_DOCUMENT) == []


def test_long_absence_is_an_event(rules: RulePack) -> None:
    stay = [Stay("m1", P.TTPS, D(2025, 1, 1), D(2027, 1, 1))]
    trips = (Trip("m1", D(2025, 2, 1), D(2025, 8, 2)), Trip("m1", D(2026, 1, 1), D(2026, 7, 1)))
    m1 = timeline_of(rules, stay, trips=trips)["m1"]
    assert dates(m1, EventKind.LONG_ABSENCE) == [D(2025, 2, 1)]
    (label,) = [e.label for e in m1.events if e.kind is EventKind.LONG_ABSENCE]
    assert "Reported by Hong Kong Visa Geeza, not confirmed by an official page." in label


@pytest.mark.parametrize(
    ("returned", "flagged"),
    [
        (D(2027, 8, 1), False),  # exactly six months after leaving: not longer
        (D(2027, 8, 2), True),  # a day more: flagged, as a trip already taken would be
        (None, False),  # no return date planned: its length is not known
    ],
)
def test_a_planned_trip_longer_than_the_flag_is_flagged(
    rules: RulePack, returned: date | None, flagged: bool
) -> None:
    """The six months are a practitioner's reading: a flag for planned trips too, unconfirmed."""
    stay = [Stay("m1", P.TTPS, D(2025, 1, 1), D(2028, 1, 1))]
    trips = (Trip("m1", D(2027, 2, 1), returned),)
    m1 = timeline_of(rules, stay, trips=trips)["m1"]
    found = [e for e in m1.events if e.kind is EventKind.LONG_ABSENCE]
    assert bool(found) is flagged
    if found:
        assert found[0].date == D(2027, 2, 1)
        assert "Planned absence longer than 6 months" in found[0].label
        assert "not confirmed by an official page" in found[0].label
        label = found[0].label
        assert isinstance(label, Text)
        assert "計劃離港超過6個月" in label.say(Language.ZH_HK)


def test_overlapping_trips_are_refused(rules: RulePack) -> None:
    trips = (Trip("m1", D(2026, 1, 1), D(2026, 1, 10)), Trip("m1", D(2026, 1, 5), None))
    with pytest.raises(TripError, match="2026-01-05"):
        timeline_of(rules, [], trips=trips)


def test_events_are_sorted_and_map_to_the_contract(rules: RulePack) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.TTPS, D(2026, 3, 1), D(2028, 3, 1))])["m1"]
    assert [e.date for e in m1.events] == sorted(e.date for e in m1.events)
    contract = m1.to_contract()
    assert set(contract) == {"id", "clock_start", "pr_eligible_on", "events"}
    assert contract["events"][0] == {  # type: ignore[index]
        "date": "2027-12-01",
        "kind": "extension_window",
        "label": m1.events[0].label,
    }


def test_ten_thousand_trips_are_each_counted(rules: RulePack) -> None:
    start = D(1940, 1, 1)
    trips = tuple(
        Trip("m1", start + timedelta(days=3 * i), start + timedelta(days=3 * i + 2))
        for i in range(10_000)
    )
    stay = [Stay("m1", P.TTPS, D(1999, 1, 1), D(2027, 1, 1))]
    m1 = timeline_of(rules, stay, trips=trips, on=D(2026, 11, 22))["m1"]
    assert len(m1.residence.absences) == 10_000


# --- seven years of continuous ordinary residence ------------------------------------------
# ImmD, Meanings of Right of Abode and Other Terms, Ordinary Residence: a person is ordinarily
# resident "if he/she remains in Hong Kong legally"; a day with no permission to stay between
# one limit of stay and the next entry breaks the seven years, which then restart.


@pytest.mark.parametrize(
    ("second_entry", "clock"),
    [
        (D(2025, 1, 7), D(2023, 1, 7)),  # the day after the limit: no gap, one run
        (D(2025, 1, 6), D(2023, 1, 7)),  # entered on the limit itself (overlap): one run
        (D(2025, 1, 8), D(2025, 1, 8)),  # one day with no permission to stay: restarts
    ],
)
def test_a_gap_of_one_day_restarts_the_clock(
    rules: RulePack, second_entry: date, clock: date
) -> None:
    stays = [
        Stay("m1", P.GEP, D(2023, 1, 7), D(2025, 1, 6)),
        Stay("m1", P.GEP, second_entry, D(2028, 1, 6)),
    ]
    m1 = timeline_of(rules, stays)["m1"]
    assert m1.clock_start == clock
    assert m1.pr_eligible_on == D(clock.year + 7, clock.month, clock.day)
    (pr,) = [e for e in m1.events if e.kind is EventKind.PR_ELIGIBLE]
    restarted = "no permission to stay between the limit on 2025-01-06" in pr.label
    assert restarted is (clock == second_entry)


def test_earlier_stays_keep_their_events_after_a_gap(rules: RulePack) -> None:
    stays = [
        Stay("m1", P.TTPS, D(2023, 1, 7), D(2025, 1, 6)),
        Stay("m1", P.GEP, D(2025, 6, 1), D(2028, 6, 1)),
    ]
    m1 = timeline_of(rules, stays)["m1"]
    assert m1.clock_start == D(2025, 6, 1)
    assert [s.pathway for s in m1.stays][:2] == [P.TTPS, P.GEP]
    assert D(2025, 1, 6) in dates(m1, EventKind.LIMIT_OF_STAY)
    label = next(e.label for e in m1.events if e.kind is EventKind.PR_ELIGIBLE)
    assert isinstance(label, Text)
    assert "2025-01-06的逗留期限與2025-06-01入境之間沒有逗留許可" in label.say(Language.ZH_HK)


def test_a_stay_that_does_not_count_between_two_stays_restarts_the_clock(
    rules: RulePack,
) -> None:
    stays = [
        Stay("m1", P.TTPS, D(2023, 1, 7), D(2025, 1, 6)),
        Stay("m1", P.OTHER, D(2025, 1, 7), D(2025, 2, 6)),
        Stay("m1", P.GEP, D(2025, 2, 7), D(2028, 2, 7)),
    ]
    m1 = timeline_of(rules, stays)["m1"]
    assert m1.clock_start == D(2025, 2, 7)  # the safer of the two readings
    label = next(e.label for e in m1.events if e.kind is EventKind.PR_ELIGIBLE)
    assert "after the stay from 2025-01-07 to 2025-02-06" in label
    assert "ask the Immigration Department whether the earlier years still count" in label


@pytest.mark.parametrize(
    ("limit", "lapsed"),
    [
        (ON, False),  # the limit is today: still a day of stay, the pattern is projected
        (ON - timedelta(days=1), True),  # passed yesterday, nothing after: not projected
    ],
)
def test_a_limit_passed_with_nothing_after_is_not_projected(
    rules: RulePack, limit: date, lapsed: bool
) -> None:
    m1 = timeline_of(rules, [Stay("m1", P.GEP, D(2024, 11, 22), limit)])["m1"]
    assert m1.clock_start == D(2024, 11, 22)
    assert (len(m1.stays) == 1) is lapsed
    assert (m1.pr_eligible_on is None) is lapsed
    assert (dates(m1, EventKind.PR_ELIGIBLE) == []) is lapsed
    assert (m1.alternatives == ()) is lapsed
    (last,) = [e for e in m1.events if e.kind is EventKind.LIMIT_OF_STAY and e.date == limit]
    assert ("no later stay is recorded" in last.label) is lapsed


def test_seven_years_reached_before_the_limit_passed_are_kept(rules: RulePack) -> None:
    stays = [
        Stay("m1", P.GEP, D(2016, 1, 4), D(2019, 1, 3)),
        Stay("m1", P.GEP, D(2019, 1, 4), D(2024, 1, 3)),
    ]
    m1 = timeline_of(rules, stays)["m1"]
    assert m1.pr_eligible_on == D(2023, 1, 4)


def test_a_dependant_whose_limit_passed_follows_the_sponsor_no_further(rules: RulePack) -> None:
    members = [person("m1"), person("m2", Role.SPOUSE)]
    stays = [
        Stay("m1", P.TTPS, D(2025, 1, 6), D(2027, 1, 6)),
        Stay("m2", P.DEPENDANT, D(2025, 2, 1), D(2026, 11, 21), sponsor="m1"),
    ]
    t = timeline_of(rules, stays, members)
    assert [s.limit for s in t["m2"].stays] == [D(2026, 11, 21)]
    assert t["m2"].pr_eligible_on is None
    assert len(t["m1"].stays) > 1
