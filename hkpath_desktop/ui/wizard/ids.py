"""Page ids: the wizard's order, and the numbers the store remembers to resume on a page."""

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
