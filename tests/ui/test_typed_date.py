"""Reading a typed date: the forms people use are read as meant, the rest refused with why."""

from __future__ import annotations

from datetime import date

import pytest

from hkpath_desktop.ui.widgets.typed_date import Problem, Refusal, read_date


@pytest.mark.parametrize(
    "text",
    [
        "1991-03-14",
        "1991-3-14",
        " 1991/03/14 ",
        "1991.03.14",
        "14/03/1991",
        "14-3-1991",
        "14.03.1991",
        "1991年3月14日",
        "1991 年 03 月 14 日",
        "14 March 1991",
        "14 mar 1991",
        "14th March 1991",
        "March 14, 1991",
        "Mar. 14 1991",
    ],
)
def test_the_usual_forms_give_the_same_day(text: str) -> None:
    assert read_date(text) == date(1991, 3, 14)


def test_an_empty_field_is_not_answered() -> None:
    assert read_date("") is None
    assert read_date("   ") is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2020", Problem.NO_SUCH_DAY),
        ("2020-02-30", Problem.NO_SUCH_DAY),
        ("29/02/2019", Problem.NO_SUCH_DAY),  # 2019 is a common year
        ("03/14/1991", Problem.MONTH),  # month first is not read as a month 14
        ("1991-13-01", Problem.MONTH),
        ("14 Smarch 1991", Problem.MONTH),
        ("14/03/91", Problem.SHORT_YEAR),
        ("2020-W01-1", Problem.FORM),  # a week date is not a day we read
        ("1991", Problem.FORM),
        ("yesterday", Problem.FORM),
        ("1899-12-31", Problem.RANGE),
        ("2101-01-01", Problem.RANGE),
    ],
)
def test_what_is_not_a_date_is_refused_with_its_reason(text: str, problem: Problem) -> None:
    result = read_date(text)
    assert isinstance(result, Refusal)
    assert result.problem is problem


def test_leap_day_and_the_range_edges_are_dates() -> None:
    assert read_date("29/02/2020") == date(2020, 2, 29)
    assert read_date("1900-01-01") == date(1900, 1, 1)
    assert read_date("2100-12-31") == date(2100, 12, 31)


def test_where_the_language_writes_the_year_first_a_day_first_date_is_refused() -> None:
    result = read_date("14/03/1991", day_first=False)
    assert isinstance(result, Refusal) and result.problem is Problem.DAY_FIRST_ONLY
    assert read_date("1991/03/14", day_first=False) == date(1991, 3, 14)
