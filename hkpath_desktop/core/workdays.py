"""Hong Kong working days and the New CIES Scheme Rules' period arithmetic.

A working day is any day but a Sunday, a general holiday, or a gale or black rainstorm warning
day (004_3464d0a3d6890e36.txt §1.23). General holidays come from the gazetted list in the rule
pack where a year has one, else from the ``holidays`` library; warning days cannot be computed,
so the user records them. Switching periods (§8.2, Annex A para 3(3)) leave out their first day
and include their last, and a first or last day that is not a working day moves to the next
working day. Notices are due within a count of working days (§6.1(a)(v), §8.4); that count skips
non-working days by itself, so nothing rolls there.

Pure and deterministic: the caller passes the dates, the warning days and the rule pack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

import holidays
from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.rules import RuleNotInForce, RulePack

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NS = "workdays."
_PF = "cies_portfolio."
_RE_TO_PFA_AFTER = "switch_re_to_pfa_days_after_completion"


class DeadlineKind(StrEnum):
    PFA_TO_PFA = "pfa-to-pfa"
    PFA_TO_RE = "pfa-to-re"
    RE_TO_RE = "re-to-re"
    RE_TO_PFA = "re-to-pfa"
    NOTIFY = "notify"


_SWITCHES = {
    DeadlineKind.PFA_TO_PFA: ("switch_pfa_to_pfa_days", "the purchase contract"),
    DeadlineKind.PFA_TO_RE: ("switch_pfa_to_re_months", "completion of the property purchase"),
    DeadlineKind.RE_TO_RE: ("switch_re_to_re_months", "completion of the property purchase"),
    DeadlineKind.RE_TO_PFA: ("switch_re_to_pfa_months", "the purchase contract"),
}
"""Rule and the act that must happen by the deadline, per kind of switch (§8.2)."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """The last day allowed, and how it was counted (the contract of ``hkpath deadline``)."""

    kind: DeadlineKind
    deadline: date
    explanation: str


@lru_cache(maxsize=64)
def library_general_holidays(year: int, categories: tuple[str, ...]) -> Mapping[date, str]:
    """General holidays of ``year`` (Sundays aside) as the ``holidays`` library computes them."""
    found = holidays.country_holidays("HK", years=year, categories=categories, language="en_US")
    return MappingProxyType({d: n for d, n in sorted(found.items()) if d.weekday() != 6})


@dataclass(frozen=True, slots=True)
class Calendar:
    """Which days are working days, for one set of rules and the user's recorded warning days."""

    rest_weekdays: frozenset[int]
    holiday_categories: tuple[str, ...]
    gazetted: Mapping[int, frozenset[date]]
    warning_days: frozenset[date] = frozenset()
    warning_definition: str = ""
    warning_definition_verified: bool = False

    @classmethod
    def from_rules(
        cls, rules: RulePack, on: date, warning_days: frozenset[date] = frozenset()
    ) -> Calendar:
        gazetted: dict[int, set[date]] = {}
        if rules.has(_NS + "gazetted_general_holidays", on):
            for text in rules.strs(_NS + "gazetted_general_holidays", on):
                day = date.fromisoformat(text)
                gazetted.setdefault(day.year, set()).add(day)
        warning = rules.get(_NS + "warning_day_definition", on)
        return cls(
            rest_weekdays=frozenset(
                _WEEKDAYS.index(name) for name in rules.strs(_NS + "rest_weekdays", on)
            ),
            holiday_categories=rules.strs(_NS + "holiday_categories", on),
            gazetted={year: frozenset(days) for year, days in gazetted.items()},
            warning_days=frozenset(warning_days),
            warning_definition=str(warning.value),
            warning_definition_verified=warning.verified,
        )

    def general_holidays(self, year: int) -> Mapping[date, str]:
        """The year's general holidays besides Sundays: the gazetted list if there is one."""
        computed = library_general_holidays(year, self.holiday_categories)
        if year not in self.gazetted:
            return computed
        return {d: computed.get(d, "general holiday") for d in sorted(self.gazetted[year])}

    def why_not_working(self, day: date) -> str | None:
        """Why ``day`` is not a working day, in plain words; ``None`` for a working day."""
        if day.weekday() in self.rest_weekdays:
            return _WEEKDAYS[day.weekday()]
        holiday = self.general_holidays(day.year).get(day)
        if holiday is not None:
            return f"a general holiday ({holiday})"
        if day in self.warning_days:
            return "a warning day you recorded"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.why_not_working(day) is None

    def roll_forward(self, day: date, what: str, steps: list[str]) -> date:
        """``day`` if it is a working day, else the next one; says so in ``steps``."""
        reason = self.why_not_working(day)
        if reason is None:
            return day
        moved = day
        while not self.is_working_day(moved):
            moved += timedelta(days=1)
        steps.append(
            f"{what} {day.isoformat()} is {reason}, so it moves to the next working day, "
            f"{_day(moved)}."
        )
        return moved

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself never counts)."""
        day, counted = start, 0
        while counted < count:
            day += timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
        return day

    def unchecked_years(self, first: date, last: date) -> list[int]:
        """Years from ``first`` to ``last`` whose holidays are computed, not gazetted."""
        return [y for y in range(first.year, last.year + 1) if y not in self.gazetted]


def deadline(
    kind: DeadlineKind | str,
    start: date,
    completion: date | None = None,
    warning_days: frozenset[date] = frozenset(),
    *,
    rules: RulePack,
) -> Deadline:
    """The last day for a New CIES switch or notice that starts on ``start``.

    ``start`` is the date of the sale contract for a switch, or the date of the change for a
    notice; ``completion`` is the completion of a property sale (``re-to-pfa`` only).
    Raises ValueError for an unknown kind, a misplaced ``completion`` or a date before the rules.
    """
    try:
        kind = DeadlineKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in DeadlineKind)
        raise ValueError(f"unknown deadline kind {kind!r} (one of {known})") from None
    if completion is not None and kind is not DeadlineKind.RE_TO_PFA:
        raise ValueError("a sale completion date only applies to re-to-pfa")
    if completion is not None and completion < start:
        raise ValueError("the sale cannot complete before its contract date")
    try:
        calendar = Calendar.from_rules(rules, start, warning_days)
        return _deadline(kind, start, completion, calendar, rules)
    except RuleNotInForce:
        raise ValueError(
            f"no {kind.value} rule is in force on {start.isoformat()} "
            "(the New CIES counts start from its launch)"
        ) from None


def _deadline(
    kind: DeadlineKind,
    start: date,
    completion: date | None,
    cal: Calendar,
    rules: RulePack,
) -> Deadline:
    steps: list[str] = []
    sources: list[str] = []

    def period(first: date, what: str, rule: str, unit: str) -> date:
        value = rules.get(_PF + rule, first)
        sources.append(value.source)
        n = rules.int(_PF + rule, first)
        begin = cal.roll_forward(first, what, steps)
        step = relativedelta(months=n) if unit == "months" else relativedelta(days=n)
        end: date = begin + step
        steps.append(
            f"{n} calendar {unit} after {_day(begin)} (that day itself not counted) is {_day(end)}."
        )
        return cal.roll_forward(end, "That last day", steps)

    if kind is DeadlineKind.NOTIFY:
        value = rules.get(_PF + "notify_working_days", start)
        sources.append(value.source)
        n = rules.int(_PF + "notify_working_days", start)
        due = cal.add_working_days(start, n)
        steps.append(
            f"Tell the New CIES Office in writing within {n} working days of the change on "
            f"{_day(start)}: counting only working days after it, the last one is {_day(due)}."
        )
    else:
        rule, target = _SWITCHES[kind]
        unit = "days" if rule.endswith("_days") else "months"
        due = period(start, "The sale contract date", rule, unit)
        if kind is DeadlineKind.RE_TO_PFA and completion is None:
            steps.append(
                "If the sale completes early, a second limit runs from its completion and the "
                "earlier of the two applies: give the completion date to check it."
            )
        elif kind is DeadlineKind.RE_TO_PFA and completion is not None:
            after = period(completion, "The sale completion date", _RE_TO_PFA_AFTER, "days")
            which = "the one after completion" if after < due else "the one after the contract"
            due = min(due, after)
            steps.append(f"The earlier of the two limits applies ({which}).")
        steps.append(f"Latest date for {target}: {_day(due)}.")
    steps.extend(_caveats(cal, start, due))
    steps.append("Source: " + "; ".join(dict.fromkeys(sources)) + ".")
    return Deadline(kind=kind, deadline=due, explanation=" ".join(steps))


def _caveats(cal: Calendar, first: date, last: date) -> list[str]:
    notes = []
    if cal.warning_days:
        days = ", ".join(d.isoformat() for d in sorted(cal.warning_days))
        status = "" if cal.warning_definition_verified else " (unverified)"
        notes.append(
            f"Warning days you recorded: {days}. A warning day is {cal.warning_definition}{status}."
        )
    unchecked = cal.unchecked_years(first, last)
    if unchecked:
        years = ", ".join(str(y) for y in unchecked)
        notes.append(
            f"General holidays for {years} are computed, not checked against a gazetted list."
        )
    return notes


def _day(d: date) -> str:
    return f"{_WEEKDAYS[d.weekday()]} {d.isoformat()}"
