"""What a person types in a date field, read the way they meant it or refused with the reason.

A date field takes the ISO form (1991-03-14) in every language and the order people use where
they live: day first in English and Hong Kong Chinese (14/03/1991, as Hong Kong and Britain
write it), the Chinese forms 1991年3月14日 and 1991/3/14, and an English month name
(14 March 1991, March 14, 1991). Nothing is guessed: a two-digit year, a week date
(2020-W01-1) or a month over 12 is refused rather than read another way, and an impossible
day (31/02/2020) is named, never moved to the nearest real one. Pure Python, so the reading
is tested without Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_SEP = r"\s*[-/.]\s*"
_YEAR_FIRST = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_DAY_FIRST = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\s*(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_NAME_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


class Problem(Enum):
    """Why typed text is not a date; the field says each in the window's language."""

    FORM = "form"  # not a form we read
    SHORT_YEAR = "short_year"  # a two-digit year: 91 could be 1991 or 2091
    DAY_FIRST_ONLY = "day_first_only"  # 14/03/1991 where the language writes year first
    MONTH = "month"  # a month number over 12 or a month name we do not know
    NO_SUCH_DAY = "no_such_day"  # 31 February, 29 February of a common year
    RANGE = "range"  # before 1900 or after 2100


@dataclass(frozen=True)
class Refusal:
    """Typed text that is not a date: the problem and the numbers it found, for the message."""

    problem: Problem
    year: int = 0
    month: int = 0
    day: int = 0


def read_date(text: str, day_first: bool = True) -> date | Refusal | None:
    """The date ``text`` says; ``None`` for an empty field; a ``Refusal`` saying why not.

    ``day_first`` is False where the language writes numeric dates year first only
    (Simplified Chinese): 14/03/1991 is then refused with its reason rather than read.
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        return None
    for pattern in (_YEAR_FIRST, _CHINESE):
        match = pattern.fullmatch(cleaned)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return _checked(year, month, day)
    match = _DAY_FIRST.fullmatch(cleaned)
    if match:
        day, month, year = (int(part) for part in match.groups())
        if not day_first:
            return Refusal(Problem.DAY_FIRST_ONLY, year, month, day)
        return _checked(year, month, day)
    match = _DAY_MONTH_NAME.fullmatch(cleaned)
    if match:
        return _named(match.group(2), int(match.group(1)), int(match.group(3)))
    match = _MONTH_NAME_DAY.fullmatch(cleaned)
    if match:
        return _named(match.group(1), int(match.group(2)), int(match.group(3)))
    if re.fullmatch(rf"\d{{1,2}}{_SEP}\d{{1,2}}{_SEP}\d{{2}}", cleaned):
        return Refusal(Problem.SHORT_YEAR)
    return Refusal(Problem.FORM)


def _named(month_name: str, day: int, year: int) -> date | Refusal:
    month = _MONTHS.get(month_name)
    if month is None:
        return Refusal(Problem.MONTH)
    return _checked(year, month, day)


def _checked(year: int, month: int, day: int) -> date | Refusal:
    if not 1 <= month <= 12:
        return Refusal(Problem.MONTH, year, month, day)
    if not EARLIEST.year <= year <= LATEST.year:
        return Refusal(Problem.RANGE, year, month, day)
    try:
        return date(year, month, day)
    except ValueError:
        return Refusal(Problem.NO_SUCH_DAY, year, month, day)
