"""Page ids: the numbers the store remembers to resume on a page, and the wizard's order.

An id is never renumbered (a stored household resumes on it), so pages added later take new
numbers and ``ORDER`` says where they come.
"""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    YOU = 1
    FAMILY = 2
    EDUCATION = 3
    WORK = 4
    INCOME = 5
    JOB_OFFER = 6
    JOB_DETAILS = 7
    LANGUAGES = 8
    ASSETS = 9
    RECORDS = 10
    SUMMARY = 11
    PLAN = 12
    HK_WORK = 13
    HK_STAY = 14


ORDER: tuple[PageId, ...] = (
    PageId.WELCOME,
    PageId.YOU,
    PageId.FAMILY,
    PageId.EDUCATION,
    PageId.WORK,
    PageId.INCOME,
    PageId.JOB_OFFER,
    PageId.JOB_DETAILS,
    PageId.LANGUAGES,
    PageId.ASSETS,
    PageId.RECORDS,
    PageId.PLAN,
    PageId.HK_WORK,
    PageId.HK_STAY,
    PageId.SUMMARY,
)


def following(page: PageId) -> int:
    """The page after ``page`` in the interview's order; -1 after the last."""
    at = ORDER.index(page)
    return int(ORDER[at + 1]) if at + 1 < len(ORDER) else -1
