"""The residence log: whole days outside, per year and per rolling twelve months, and refusals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.residence import TripError, _year_before, residence_log, validate_trips
from hkpath_desktop.core.rules import RulePack, load_builtin

D = date


@pytest.fixture(scope="module")
def rules() -> RulePack:
    return load_builtin()


def test_days_outside_exclude_the_days_of_leaving_and_returning(rules: RulePack) -> None:
    log = residence_log([Trip("m1", D(2026, 6, 1), D(2026, 6, 15))], "m1", rules, D(2026, 11, 22))
    assert log.absences[0].days_outside == 13
    assert log.days_by_year == ((2026, 13),)
    same_day = residence_log([Trip("m1", D(2026, 6, 1), D(2026, 6, 2))], "m1", rules, D(2026, 7, 1))
    assert same_day.absences[0].days_outside == 0 and same_day.days_by_year == ()


def test_a_trip_still_open_counts_up_to_today(rules: RulePack) -> None:
    log = residence_log([Trip("m1", D(2026, 11, 10))], "m1", rules, D(2026, 11, 22))
    assert log.absences[0].returned is None
    assert log.absences[0].days_outside == 12
    assert log.last_12_months == 12


def test_trips_after_today_are_not_counted(rules: RulePack) -> None:
    log = residence_log([Trip("m1", D(2027, 1, 1), D(2027, 1, 9))], "m1", rules, D(2026, 11, 22))
    assert log.absences == () and log.last_12_months == 0


def test_days_split_by_calendar_year(rules: RulePack) -> None:
    trip = Trip("m1", D(2025, 12, 20), D(2026, 1, 10))
    log = residence_log([trip], "m1", rules, D(2026, 11, 22))
    assert log.days_by_year == ((2025, 11), (2026, 9))


def test_rolling_twelve_months_across_a_year_boundary(rules: RulePack) -> None:
    trips = [
        Trip("m1", D(2025, 12, 10), D(2025, 12, 20)),  # outside 11th-19th
        Trip("m1", D(2026, 3, 1), D(2026, 3, 11)),  # outside 2nd-10th
    ]
    log = residence_log(trips, "m1", rules, D(2026, 12, 15))
    assert log.last_12_months == 4 + 9  # 16th-19th Dec 2025 are inside the window
    day_before = residence_log(trips, "m1", rules, D(2026, 12, 14))
    assert day_before.last_12_months == 5 + 9
    assert (log.busiest_12_months, log.busiest_12_months_end) == (18, D(2026, 3, 10))
    assert log.days_by_year == ((2025, 9), (2026, 9))


def test_rolling_window_ending_on_29_february(rules: RulePack) -> None:
    trips = [Trip("m1", D(2027, 2, 26), D(2027, 3, 2))]  # outside 27 Feb, 28 Feb, 1 Mar 2027
    log = residence_log(trips, "m1", rules, D(2028, 2, 29))
    assert log.last_12_months == 1  # the window starts the day after 28 Feb 2027
    assert residence_log(trips, "m1", rules, D(2028, 3, 1)).last_12_months == 0


def test_absence_over_six_months_is_flagged(rules: RulePack) -> None:
    trips = [
        Trip("m1", D(2024, 1, 31), D(2024, 7, 31)),  # exactly six months (31 Jan + 6 = 31 Jul)
        Trip("m1", D(2025, 1, 31), D(2025, 8, 1)),
        Trip("m1", D(2026, 4, 1)),
    ]
    log = residence_log(trips, "m1", rules, D(2026, 10, 2))
    assert [a.long for a in log.absences] == [False, True, True]
    still_short = residence_log(trips, "m1", rules, D(2026, 10, 1))
    assert still_short.absences[2].long is False


def test_explanation_says_no_day_count_exists_and_what_is_weighed(rules: RulePack) -> None:
    text = " ".join(residence_log([], "m1", rules, D(2026, 11, 22)).explanation)
    assert "No law sets a number of days" in text
    assert "reasons" in text and "6 months" in text
    assert "habitual home" in text and "unverified" not in text
    # ImmD, Meanings of Right of Abode and Other Terms, Ordinary Residence: the circumstances
    # weighed are on the page itself, so they are said as official.


def test_the_six_month_flag_says_who_reports_it(rules: RulePack) -> None:
    """No official page sets six months: the flag is a practitioner's reading, marked so."""
    value = rules.get("timeline.absence_flag_months", D(2026, 11, 22))
    assert value.verified is False
    text = " ".join(residence_log([], "m1", rules, D(2026, 11, 22)).explanation)
    assert "Reported by Hong Kong Visa Geeza, not confirmed by an official page." in text
    assert "practitioner's reading" in text


def test_the_periods_that_are_not_ordinary_residence_are_named(rules: RulePack) -> None:
    # ImmD, Meanings of Right of Abode and Other Terms (revised 31 Jan 2021), Ordinary
    # Residence: "A person will, however, not be treated as ordinarily resident in Hong Kong
    # ... While employed as a domestic helper from outside Hong Kong; ..."
    lines = residence_log([], "m1", rules, D(2026, 11, 22)).explanation
    excluded = next(line for line in lines if "is not ordinary residence" in line)
    for words in ("landing unlawfully", "domestic helper", "Garrison", "court's sentence"):
        assert words in excluded
    assert "immd.gov.hk/eng/services/roa/term.html" in excluded
    assert "非法入境" in excluded.say("zh_HK") and "驻港部队" in excluded.say("zh_CN")


def test_validate_trips_names_reversed_and_overlapping_trips() -> None:
    trips = [
        Trip("m1", D(2026, 1, 1), D(2026, 1, 10)),
        Trip("m1", D(2026, 1, 9), D(2026, 1, 12)),
        Trip("m2", D(2026, 5, 5), D(2026, 5, 1)),
        Trip("m2", D(2026, 6, 1)),
        Trip("m2", D(2026, 7, 1), D(2026, 7, 3)),
    ]
    problems = validate_trips(trips)
    assert problems == [
        "m2: trip leaving 2026-05-05 (2026-05-01) returns before it leaves",
        "m1: trip leaving 2026-01-09 (2026-01-12) overlaps m1: trip leaving 2026-01-01 "
        "(2026-01-10)",
        "m2: trip leaving 2026-07-01 (2026-07-03) overlaps m2: trip leaving 2026-06-01 "
        "(not back yet)",
    ]


def test_back_to_back_trips_and_other_members_are_fine() -> None:
    trips = [
        Trip("m1", D(2026, 1, 1), D(2026, 1, 10)),
        Trip("m1", D(2026, 1, 10), D(2026, 1, 12)),
        Trip("m2", D(2026, 1, 5), D(2026, 1, 8)),
    ]
    assert validate_trips(trips) == []


def test_residence_log_refuses_bad_trips(rules: RulePack) -> None:
    trips = [Trip("m1", D(2026, 1, 1)), Trip("m1", D(2026, 2, 1), D(2026, 2, 3))]
    with pytest.raises(TripError, match="overlaps"):
        residence_log(trips, "m1", rules, D(2026, 11, 22))


def test_a_year_before_is_what_relativedelta_says_on_every_day_of_a_leap_cycle() -> None:
    day = date(2023, 1, 1)
    while day < date(2029, 1, 1):
        assert _year_before(day) == day - relativedelta(years=1), day
        day += timedelta(days=1)
    assert _year_before(date(2028, 2, 29)) == date(2027, 2, 28)
