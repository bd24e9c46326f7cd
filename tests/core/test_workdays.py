"""Hong Kong working days and the Scheme Rules' period arithmetic (004 §1.23, §8.2, §8.4)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from hkpath_desktop.core.rules import RulePack, load_builtin
from hkpath_desktop.core.workdays import (
    Calendar,
    DeadlineKind,
    Reading,
    deadline,
    library_general_holidays,
)

RULES = load_builtin()

# The 2026 general holidays besides Sundays, as gazetted on 16 May 2025.
GAZETTED_2026 = [
    date(2026, 1, 1),
    date(2026, 2, 17),
    date(2026, 2, 18),
    date(2026, 2, 19),
    date(2026, 4, 3),
    date(2026, 4, 4),
    date(2026, 4, 6),
    date(2026, 4, 7),
    date(2026, 5, 1),
    date(2026, 5, 25),
    date(2026, 6, 19),
    date(2026, 7, 1),
    date(2026, 9, 26),
    date(2026, 10, 1),
    date(2026, 10, 19),
    date(2026, 12, 25),
    date(2026, 12, 26),
]


def calendar(*warning: date) -> Calendar:
    return Calendar.from_rules(RULES, date(2026, 1, 1), frozenset(warning))


def due(kind: str, start: date, completion: date | None = None, *warning: date) -> date:
    return deadline(kind, start, completion, frozenset(warning), rules=RULES).deadline


# --- the calendar ---------------------------------------------------------------------------


def test_calendar_2026_equals_the_gazetted_list() -> None:
    assert list(calendar().general_holidays(2026)) == GAZETTED_2026


def test_holidays_library_agrees_with_the_gazette_for_2026() -> None:
    categories = RULES.strs("workdays.holiday_categories", date(2026, 1, 1))
    assert list(library_general_holidays(2026, categories)) == GAZETTED_2026


def test_statutory_holidays_would_be_the_wrong_list() -> None:
    """The library's 'public' category (Employment Ordinance) lacks Good Friday: not ours."""
    assert date(2026, 4, 3) not in library_general_holidays(2026, ("public",))


def test_a_gazetted_year_overrides_the_library() -> None:
    cal = dataclasses.replace(calendar(), gazetted={2026: frozenset({date(2026, 3, 3)})})
    assert list(cal.general_holidays(2026)) == [date(2026, 3, 3)]
    assert cal.is_working_day(date(2026, 1, 1))
    assert not cal.is_working_day(date(2026, 3, 3))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 1, 10), True),  # an ordinary Saturday
        (date(2026, 1, 11), False),  # Sunday
        (date(2026, 4, 4), False),  # Saturday, day after Good Friday
        (date(2026, 2, 16), True),  # Monday before Lunar New Year
        (date(2026, 2, 17), False),  # Lunar New Year
        (date(2026, 7, 22), True),
    ],
)
def test_working_days(day: date, working: bool) -> None:
    assert calendar().is_working_day(day) is working


def test_a_recorded_warning_day_is_not_a_working_day() -> None:
    assert not calendar(date(2026, 7, 22)).is_working_day(date(2026, 7, 22))


# --- switching periods (§8.2) -----------------------------------------------------------------


def test_fourteen_days_ending_on_an_ordinary_day() -> None:
    assert due("pfa-to-pfa", date(2026, 7, 8)) == date(2026, 7, 22)


def test_end_on_lunar_new_year_moves_past_the_three_days() -> None:
    assert due("pfa-to-pfa", date(2026, 2, 3)) == date(2026, 2, 20)


def test_end_on_good_friday_moves_past_the_easter_run() -> None:
    # 3 Apr Good Friday, 4 Apr holiday Saturday, 5 Apr Sunday, 6 and 7 Apr holidays.
    assert due("pfa-to-pfa", date(2026, 3, 20)) == date(2026, 4, 8)


def test_end_on_a_recorded_gale_day_moves_one_day() -> None:
    assert due("pfa-to-pfa", date(2026, 7, 8), None, date(2026, 7, 22)) == date(2026, 7, 23)


def test_gale_days_in_the_middle_do_not_extend_a_calendar_period() -> None:
    assert due("pfa-to-pfa", date(2026, 7, 8), None, date(2026, 7, 15)) == date(2026, 7, 22)


def test_start_on_saturday_does_not_roll() -> None:
    assert due("pfa-to-re", date(2026, 6, 27)) == date(2026, 8, 27)


def test_start_on_sunday_shows_the_earlier_reading() -> None:
    # Rolling the Sunday contract date to Monday ends Saturday 29 Aug; reading the first day as
    # the first day counted (Monday 29 Jun, a working day) ends Friday 28 Aug, the earlier.
    result = deadline("pfa-to-re", date(2026, 6, 28), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 8, 28),
        date(2026, 8, 29),
    )
    assert result.reading is Reading.COUNTED


def test_start_in_the_easter_run_shows_the_earlier_reading() -> None:
    # Sunday 5 Apr rolled past the 6 and 7 Apr holidays: Wednesday 8 Apr + 14 = 22 Apr. The first
    # day counted (Monday 6 Apr) rolled to Wednesday 8 Apr instead: 7 Apr + 14 = 21 Apr.
    result = deadline("pfa-to-pfa", date(2026, 4, 5), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 4, 21),
        date(2026, 4, 22),
    )


def test_start_on_a_recorded_warning_day_shows_the_earlier_reading() -> None:
    # Rolled to Thursday 9 Jul: 23 Jul; the first day counted, 9 Jul, is a working day: 22 Jul.
    result = deadline(
        "pfa-to-pfa", date(2026, 7, 8), None, frozenset({date(2026, 7, 8)}), rules=RULES
    )
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 7, 22),
        date(2026, 7, 23),
    )


def test_end_on_saturday_stays() -> None:
    assert due("pfa-to-pfa", date(2026, 1, 10)) == date(2026, 1, 24)


def test_month_end_is_clamped() -> None:
    assert due("pfa-to-re", date(2025, 12, 31)) == date(2026, 2, 28)


def test_month_end_in_a_leap_year() -> None:
    assert due("pfa-to-re", date(2027, 12, 31)) == date(2028, 2, 29)


def test_three_months_real_estate_to_real_estate() -> None:
    # Sunday 20 Dec 2026 -> Monday 21 Dec; + 3 months = Sunday 21 Mar 2027 -> Monday 22 Mar.
    # The first day counted, Monday 21 Dec, is a working day: 20 Dec + 3 months = Saturday 20 Mar.
    result = deadline("re-to-re", date(2026, 12, 20), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (
        date(2027, 3, 20),
        date(2027, 3, 22),
    )


def _with_months(pack: RulePack, rule: str, months: int) -> RulePack:
    rules = dict(pack.rules)
    rules[rule] = tuple(dataclasses.replace(v, value=months) for v in rules[rule])
    return dataclasses.replace(pack, rules=rules)


def test_thirty_first_january_plus_one_month_is_end_of_february() -> None:
    """The code holds the shape only: a one-month period from a pack still clamps."""
    pack = _with_months(RULES, "cies_portfolio.switch_pfa_to_re_months", 1)
    result = deadline("pfa-to-re", date(2026, 1, 31), rules=pack)
    assert result.deadline == date(2026, 2, 28)


# --- the two readings of a period's "first day" (§8.2, closing provisions) -------------------
# "the periods mentioned shall be calculated by excluding the first date referred to ... if the
# first and/or last day of any period would otherwise be a Sunday, a public holiday, ... the
# first and/or last day shall instead be the next following Working day": the "first day" may be
# the excluded contract date or the first day counted. The earlier last day is the deadline.


def test_saturday_contract_the_contract_reading_is_earlier() -> None:
    # Saturday 11 Jul is a working day: + 14 = Saturday 25 Jul. The first day counted, Sunday
    # 12 Jul, rolls to Monday 13 Jul: 12 Jul + 14 = Sunday 26 Jul -> Monday 27 Jul.
    result = deadline("pfa-to-pfa", date(2026, 7, 11), rules=RULES)
    assert result.reading is Reading.CONTRACT
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 7, 25),
        date(2026, 7, 27),
    )
    assert "Monday 2026-07-27" in result.explanation
    assert "keep to Saturday 2026-07-25" in result.explanation


def test_sunday_contract_the_counted_reading_is_earlier() -> None:
    # Sunday 12 Jul rolled to Monday: + 14 = Monday 27 Jul; counted from Sunday: Sunday 26 Jul
    # is not a working day either, so it too ends Monday 27 Jul: both readings agree here.
    result = deadline("pfa-to-pfa", date(2026, 7, 12), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (date(2026, 7, 27), None)
    assert "can also be read" not in result.explanation


def test_sunday_contract_months_differ_by_a_day() -> None:
    result = deadline("pfa-to-re", date(2026, 6, 28), rules=RULES)
    assert "first day counted after Sunday 2026-06-28" in result.explanation
    assert "later last day, Saturday 2026-08-29" in result.explanation


def test_holiday_contract_the_counted_reading_is_earlier() -> None:
    # Good Friday 3 Apr rolls to Wednesday 8 Apr: 22 Apr. The first day counted, Saturday 4 Apr
    # (a general holiday), rolls past Sunday and the 6 and 7 Apr holidays to 8 Apr: 7 + 14 = 21 Apr.
    result = deadline("pfa-to-pfa", date(2026, 4, 3), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 4, 21),
        date(2026, 4, 22),
    )


def test_day_before_a_holiday_the_contract_reading_is_earlier() -> None:
    # Thursday 2 Apr is a working day: + 14 = Thursday 16 Apr. The first day counted, Good Friday
    # 3 Apr, rolls to Wednesday 8 Apr: 7 Apr + 14 = Tuesday 21 Apr, five days later.
    result = deadline("pfa-to-pfa", date(2026, 4, 2), rules=RULES)
    assert result.reading is Reading.CONTRACT
    assert (result.deadline, result.other_reading_deadline) == (
        date(2026, 4, 16),
        date(2026, 4, 21),
    )


def test_an_ordinary_weekday_both_readings_agree() -> None:
    # Wednesday 8 Jul and Thursday 9 Jul are both working days: 22 Jul either way.
    result = deadline("pfa-to-pfa", date(2026, 7, 8), rules=RULES)
    assert (result.deadline, result.other_reading_deadline) == (date(2026, 7, 22), None)
    assert "can also be read" not in result.explanation


def test_completion_limit_takes_the_earlier_reading_too() -> None:
    # Completion Sunday 22 Mar: the first day counted, Monday 23 Mar, is a working day, so
    # 22 Mar + 14 = Sunday 5 Apr -> Wednesday 8 Apr; rolled to Monday: 6 Apr is a holiday -> 8 Apr.
    result = deadline("re-to-pfa", date(2026, 3, 2), date(2026, 3, 22), rules=RULES)
    assert result.deadline == date(2026, 4, 8)


def test_notices_count_working_days_with_one_reading() -> None:
    result = deadline("notify", date(2026, 7, 12), rules=RULES)
    assert result.other_reading_deadline is None
    assert "can also be read" not in result.explanation


def test_other_reading_is_said_in_three_languages() -> None:
    result = deadline("pfa-to-pfa", date(2026, 7, 11), rules=RULES)
    assert "2026-07-27" in result.explanation.say("zh_HK")
    assert "較遲" in result.explanation.say("zh_HK")
    assert "较晚" in result.explanation.say("zh_CN")


# --- real estate to financial assets: the earlier of two limits ----------------------------


def test_earlier_of_completion_limit_wins() -> None:
    # Contract 2 Mar -> 2 May (Saturday); completion 10 Mar + 14 days = 24 Mar.
    result = deadline("re-to-pfa", date(2026, 3, 2), date(2026, 3, 10), rules=RULES)
    assert result.deadline == date(2026, 3, 24)
    assert "after completion" in result.explanation


def test_earlier_of_contract_limit_wins() -> None:
    # Contract 2 Mar -> 2 May; completion 25 Apr + 14 days = 9 May, later.
    result = deadline("re-to-pfa", date(2026, 3, 2), date(2026, 4, 25), rules=RULES)
    assert result.deadline == date(2026, 5, 2)
    assert "after the contract" in result.explanation


def test_completion_limit_rolls_on_its_own() -> None:
    # Completion 20 Mar + 14 = Good Friday 3 Apr -> 8 Apr, still before 20 May.
    assert due("re-to-pfa", date(2026, 3, 20), date(2026, 3, 20)) == date(2026, 4, 8)


def test_without_completion_only_the_contract_limit_is_known() -> None:
    result = deadline("re-to-pfa", date(2026, 3, 2), rules=RULES)
    assert result.deadline == date(2026, 5, 2)
    assert "completion date" in result.explanation


# --- seven working days (§6.1(a)(v), §8.4) ---------------------------------------------------


def test_seven_working_days_across_lunar_new_year() -> None:
    # Sat 14 (1), Mon 16 (2), Fri 20 (3), Sat 21 (4), Mon 23 (5), Tue 24 (6), Wed 25 (7).
    assert due("notify", date(2026, 2, 13)) == date(2026, 2, 25)


def test_seven_working_days_from_a_sunday_count_from_monday() -> None:
    assert due("notify", date(2026, 3, 1)) == date(2026, 3, 9)


def test_seven_working_days_skip_a_recorded_warning_day() -> None:
    assert due("notify", date(2026, 3, 1), None, date(2026, 3, 4)) == date(2026, 3, 10)


# --- explanations and bad input -------------------------------------------------------------


def test_explanation_cites_the_rule_and_says_warning_days_are_unverified() -> None:
    result = deadline(
        "pfa-to-pfa", date(2026, 7, 8), None, frozenset({date(2026, 7, 22)}), rules=RULES
    )
    assert result.kind is DeadlineKind.PFA_TO_PFA
    assert "§8.2(ii)" in result.explanation
    assert "unverified" in result.explanation
    assert "2026-07-22" in result.explanation


def test_explanation_flags_years_without_a_gazetted_list() -> None:
    later = deadline("re-to-re", date(2026, 12, 20), rules=RULES).explanation
    within = deadline("re-to-re", date(2026, 2, 2), rules=RULES).explanation
    assert "2027" in later and "not checked against a gazetted list" in later
    assert "gazetted" not in within


@pytest.mark.parametrize(
    ("kind", "start", "completion", "message"),
    [
        ("pfa-to-bonds", date(2026, 1, 5), None, "unknown deadline kind"),
        ("pfa-to-pfa", date(2026, 1, 5), date(2026, 1, 6), "only applies to re-to-pfa"),
        ("re-to-pfa", date(2026, 1, 5), date(2026, 1, 4), "before its contract"),
        ("pfa-to-pfa", date(2024, 2, 29), None, "in force"),
    ],
)
def test_bad_input_is_a_value_error(
    kind: str, start: date, completion: date | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        deadline(kind, start, completion, rules=RULES)


def test_the_launch_day_itself_is_allowed() -> None:
    assert due("pfa-to-pfa", date(2024, 3, 1)) == date(2024, 3, 15)
