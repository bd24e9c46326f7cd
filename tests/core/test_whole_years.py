"""Ages in whole years count as ``relativedelta`` counts them, 29 February included."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import whole_years

BIRTHS = [date(2000, 1, 1) + timedelta(days=i) for i in range(366)]
DAYS = [date(2000, 1, 1) + timedelta(days=i) for i in range(0, 366 * 30, 113)] + [
    date(year, month, day)
    for year in range(2001, 2030)
    for month, day in ((2, 27), (2, 28), (3, 1), (12, 31), (1, 1))
]


def test_every_birthday_of_a_leap_year_against_relativedelta() -> None:
    wrong = [
        (born, on)
        for born in BIRTHS
        for on in DAYS
        if whole_years(born, on) != relativedelta(on, born).years
    ]
    assert wrong == []


def test_a_leap_day_birthday_comes_on_28_february_in_other_years() -> None:
    born = date(2008, 2, 29)
    assert whole_years(born, date(2026, 2, 27)) == 17
    assert whole_years(born, date(2026, 2, 28)) == 18
    assert whole_years(born, date(2028, 2, 28)) == 19
    assert whole_years(born, date(2028, 2, 29)) == 20
    assert whole_years(born, date(2007, 2, 28)) == -1  # before birth: as relativedelta says
