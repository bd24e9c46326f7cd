"""Hong Kong working days and the New CIES Scheme Rules' period arithmetic.

A working day is any day but a Sunday, a general holiday, or a gale or black rainstorm warning
day (Scheme Rules §1.23). General holidays come from the gazetted list in the rule
pack where a year has one, else from the ``holidays`` library; warning days cannot be computed,
so the user records them. Switching periods (§8.2, Annex A para 3(3)) leave out their first day
and include their last, and a first or last day that is not a working day moves to the next
working day; that "first day" can be read as the excluded date itself or as the first day
counted, so both are counted and the earlier last day is the deadline. Notices are due within a
count of working days (§6.1(a)(v), §8.4); that count skips non-working days by itself, so
nothing rolls there.

Pure and deterministic: the caller passes the dates, the warning days and the rule pack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

import holidays
from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.rules import RuleNotInForce, RulePack
from hkpath_desktop.core.texts import Text, clauses, listing, sentences, text

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


class Reading(StrEnum):
    """Which day §8.2 moves when it says a period's "first day" is not a working day.

    The paragraph leaves out the first date referred to (the contract or completion date) and
    then moves a "first day" that falls on a non-working day: read as that date itself
    (``CONTRACT``) or as the first day counted, the day after it (``COUNTED``). The two give
    different last days; the earlier one is the deadline shown.
    """

    CONTRACT = "contract"
    COUNTED = "counted"


_SWITCHES = {
    DeadlineKind.PFA_TO_PFA: ("switch_pfa_to_pfa_days", False),
    DeadlineKind.PFA_TO_RE: ("switch_pfa_to_re_months", True),
    DeadlineKind.RE_TO_RE: ("switch_re_to_re_months", True),
    DeadlineKind.RE_TO_PFA: ("switch_re_to_pfa_months", False),
}
"""Rule, and whether the act due by the deadline is a property's completion, per switch (§8.2)."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """The last day allowed, and how it was counted (the contract of ``hkpath deadline``)."""

    kind: DeadlineKind
    deadline: date
    explanation: Text
    reading: Reading
    """The reading of §8.2 that gives ``deadline`` (the earlier one where they differ)."""
    other_reading_deadline: date | None = None
    """The later last day the other reading of §8.2 gives; ``None`` when both agree."""


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

    def why_not_working(self, day: date) -> Text | None:
        """Why ``day`` is not a working day, in plain words; ``None`` for a working day."""
        if day.weekday() in self.rest_weekdays:
            return weekday(day)
        holiday = self.general_holidays(day.year).get(day)
        if holiday is not None:
            return text("workdays.reason.holiday", holiday=holiday_name(holiday))
        if day in self.warning_days:
            return text("workdays.reason.warning_day")
        return None

    def is_working_day(self, day: date) -> bool:
        return self.why_not_working(day) is None

    def roll_forward(self, day: date, what: Text, steps: list[Text]) -> date:
        """``day`` if it is a working day, else the next one; says so in ``steps``."""
        reason = self.why_not_working(day)
        if reason is None:
            return day
        moved = day
        while not self.is_working_day(moved):
            moved += timedelta(days=1)
        steps.append(
            text("workdays.step.rolls", what=what, day=day, reason=reason, moved=_day(moved))
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
    if kind is DeadlineKind.NOTIFY or not rules.flag(_NS + "first_day_two_readings", start):
        return _counted(kind, start, completion, cal, rules, Reading.CONTRACT)
    readings = [_counted(kind, start, completion, cal, rules, r) for r in Reading]
    earlier, later = sorted(readings, key=lambda d: d.deadline)
    if later.deadline == earlier.deadline:
        return earlier
    note = text(
        "workdays.step.other_reading",
        other=_reading_words(
            Reading.COUNTED if earlier.reading is Reading.CONTRACT else Reading.CONTRACT
        ),
        later=_day(later.deadline),
        due=_day(earlier.deadline),
        source=rules.get(_NS + "first_day_two_readings", start).source,
    )
    explanation = sentences(earlier.explanation, note)
    return dataclasses.replace(
        earlier, explanation=explanation, other_reading_deadline=later.deadline
    )


def _reading_words(reading: Reading) -> Text:
    if reading is Reading.CONTRACT:
        return text("workdays.reading.contract")
    return text("workdays.reading.counted")


def _counted(
    kind: DeadlineKind,
    start: date,
    completion: date | None,
    cal: Calendar,
    rules: RulePack,
    reading: Reading,
) -> Deadline:
    steps: list[Text] = []
    sources: list[Text] = []

    def period(first: date, what: Text, rule: str, unit: str) -> date:
        value = rules.get(_PF + rule, first)
        sources.append(value.source)
        n = rules.int(_PF + rule, first)
        if reading is Reading.CONTRACT:
            begin = cal.roll_forward(first, what, steps)
        else:
            steps.append(text("workdays.step.counted_reading", day=_day(first)))
            counted = first + timedelta(days=1)
            begin = cal.roll_forward(counted, text("workdays.what.first_counted"), steps)
            begin -= timedelta(days=1)
        if unit == "days":
            end: date = begin + relativedelta(days=n)
            steps.append(text("workdays.step.days", n=n, begin=_day(begin), end=_day(end)))
        else:
            end = begin + relativedelta(months=n)
            steps.append(text("workdays.step.months", n=n, begin=_day(begin), end=_day(end)))
        return cal.roll_forward(end, text("workdays.what.last_day"), steps)

    if kind is DeadlineKind.NOTIFY:
        value = rules.get(_PF + "notify_working_days", start)
        sources.append(value.source)
        n = rules.int(_PF + "notify_working_days", start)
        due = cal.add_working_days(start, n)
        steps.append(text("workdays.step.notify", n=n, start=_day(start), due=_day(due)))
    else:
        rule, completes = _SWITCHES[kind]
        unit = "days" if rule.endswith("_days") else "months"
        due = period(start, text("workdays.what.contract"), rule, unit)
        if kind is DeadlineKind.RE_TO_PFA and completion is None:
            steps.append(text("workdays.step.completion_unknown"))
        elif kind is DeadlineKind.RE_TO_PFA and completion is not None:
            after = period(completion, text("workdays.what.completion"), _RE_TO_PFA_AFTER, "days")
            steps.append(
                text("workdays.step.earlier_completion")
                if after < due
                else text("workdays.step.earlier_contract")
            )
            due = min(due, after)
        if completes:
            steps.append(text("workdays.step.latest_completion", due=_day(due)))
        else:
            steps.append(text("workdays.step.latest_contract", due=_day(due)))
    steps.extend(_caveats(cal, start, due))
    steps.append(text("workdays.step.source", sources=clauses(*dict.fromkeys(sources))))
    return Deadline(kind=kind, deadline=due, explanation=sentences(*steps), reading=reading)


def _caveats(cal: Calendar, first: date, last: date) -> list[Text]:
    notes = []
    if cal.warning_days:
        days = listing(d.isoformat() for d in sorted(cal.warning_days))
        definition = _warning_definition(cal.warning_definition)
        key_args = {"days": days, "definition": definition}
        notes.append(
            text("workdays.caveat.warning_days", **key_args)
            if cal.warning_definition_verified
            else text("workdays.caveat.warning_days_unverified", **key_args)
        )
    unchecked = cal.unchecked_years(first, last)
    if unchecked:
        years = listing(str(y) for y in unchecked)
        notes.append(text("workdays.caveat.computed_holidays", years=years))
    return notes


def _warning_definition(definition: str) -> str:
    """The pack's definition of a warning day, in every language when the catalogue has it."""
    known = text("workdays.warning_definition")
    return known if known == definition else definition


def _day(d: date) -> Text:
    return text("workdays.day", weekday=weekday(d), on=d)


def weekday(d: date) -> Text:
    """The day of the week of ``d`` as a word."""
    match d.weekday():
        case 0:
            return text("workdays.weekday.monday")
        case 1:
            return text("workdays.weekday.tuesday")
        case 2:
            return text("workdays.weekday.wednesday")
        case 3:
            return text("workdays.weekday.thursday")
        case 4:
            return text("workdays.weekday.friday")
        case 5:
            return text("workdays.weekday.saturday")
    return text("workdays.weekday.sunday")


def holiday_name(name: str) -> str:
    """A general holiday's name (as the ``holidays`` library writes it) in every language.

    Holidays sharing a day are named together; a name the catalogue does not know is said as
    it is written, so a newer library never loses a holiday's name.
    """
    parts = name.split("; ")
    if len(parts) > 1:
        return clauses(*(holiday_name(part) for part in parts))
    known = next((t for t in _holiday_names() if t == name), None)
    if known is not None:
        return known
    following = name.removeprefix("The day following ")
    base = holiday_name(following) if following != name else None
    if isinstance(base, Text):
        return text("workdays.holiday.day_following", name=base)
    return name


def _holiday_names() -> tuple[Text, ...]:
    return (
        text("workdays.holiday.unnamed"),
        text("workdays.holiday.new_year"),
        text("workdays.holiday.lunar_new_year"),
        text("workdays.holiday.lunar_new_year_2"),
        text("workdays.holiday.lunar_new_year_3"),
        text("workdays.holiday.lunar_new_year_4"),
        text("workdays.holiday.ching_ming"),
        text("workdays.holiday.good_friday"),
        text("workdays.holiday.day_after_good_friday"),
        text("workdays.holiday.easter_monday"),
        text("workdays.holiday.labour_day"),
        text("workdays.holiday.buddha"),
        text("workdays.holiday.day_after_buddha"),
        text("workdays.holiday.tuen_ng"),
        text("workdays.holiday.establishment_day"),
        text("workdays.holiday.day_after_mid_autumn"),
        text("workdays.holiday.second_day_after_mid_autumn"),
        text("workdays.holiday.national_day"),
        text("workdays.holiday.chung_yeung"),
        text("workdays.holiday.christmas"),
        text("workdays.holiday.christmas_weekday_1"),
        text("workdays.holiday.christmas_weekday_2"),
    )
