"""The residence log: trips out of Hong Kong, days away, and the absences the PR form asks about.

No law sets a number of days outside Hong Kong that ends ordinary residence,
so this module counts and flags; it never decides. Counting convention (ours, stated to the
user): a day is "outside" when the person spent the whole of it away, i.e. the days strictly
between leaving and returning; the days of departure and return are days in Hong Kong. A trip
still open counts up to and including the day asked about.

Trips must not overlap or run backwards for one person: :func:`validate_trips` names each
offending trip in plain words, and :func:`residence_log` refuses them with :class:`TripError`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, clauses, text

_DAY = timedelta(days=1)


class TripError(ValueError):
    """Trips that overlap or run backwards; the message names each of them."""


@dataclass(frozen=True, slots=True)
class Absence:
    """One trip, as counted on the day asked about."""

    left: date
    returned: date | None
    days_outside: int
    long: bool
    """Longer than the flag period: the PR form asks for its reasons."""


@dataclass(frozen=True, slots=True)
class ResidenceLog:
    """What one member's trips add up to on ``on``."""

    member: str
    on: date
    absences: tuple[Absence, ...]
    days_by_year: tuple[tuple[int, int], ...]
    """(calendar year, whole days outside) for every year with a trip, oldest first."""
    last_12_months: int
    """Whole days outside in the twelve months ending on ``on``."""
    busiest_12_months: int
    busiest_12_months_end: date | None
    """The twelve-month window with the most days outside, by its last day."""
    flag_months: int
    explanation: tuple[Text, ...]
    """Plain sentences: that no day count exists, and what the Immigration Department weighs."""

    @property
    def long_absences(self) -> tuple[Absence, ...]:
        return tuple(a for a in self.absences if a.long)


def describe(trip: Trip) -> Text:
    if trip.returned is None:
        return text("residence.trip.open", member=trip.member, left=trip.left)
    return text(
        "residence.trip.returned", member=trip.member, left=trip.left, returned=trip.returned
    )


def validate_trips(trips: Iterable[Trip]) -> list[Text]:
    """Plain-words problems, one per bad trip: a return before leaving, or an overlap."""
    problems: list[Text] = []
    by_member: dict[str, list[Trip]] = defaultdict(list)
    for trip in trips:
        if trip.returned is not None and trip.returned < trip.left:
            problems.append(text("residence.trip.returns_before_leaving", trip=describe(trip)))
            continue
        by_member[trip.member].append(trip)
    for member in sorted(by_member):
        ordered = sorted(by_member[member], key=lambda t: (t.left, t.returned or date.max))
        for earlier, later in itertools.pairwise(ordered):
            if earlier.returned is None or later.left < earlier.returned:
                problems.append(
                    text(
                        "residence.trip.overlaps", later=describe(later), earlier=describe(earlier)
                    )
                )
    return problems


def _outside_span(trip: Trip, on: date) -> tuple[date, date] | None:
    """First and last whole day outside, up to ``on``; ``None`` when there is none."""
    first = trip.left + _DAY
    last = on if trip.returned is None else min(on, trip.returned - _DAY)
    return (first, last) if first <= last else None


def _days(span: tuple[date, date] | None) -> int:
    return 0 if span is None else (span[1] - span[0]).days + 1


def _year_before(day: date) -> date:
    """The day twelve months before ``day`` (29 Feb steps back to 28 Feb), as
    ``day - relativedelta(years=1)`` gives it; asked once per trip, where ``relativedelta``
    took most of the timeline's time (``benchmarks/run.py``, timeline_trips)."""
    if day.month == 2 and day.day == 29:
        return day.replace(year=day.year - 1, day=28)
    return day.replace(year=day.year - 1)


def _by_year(spans: Sequence[tuple[date, date]]) -> tuple[tuple[int, int], ...]:
    totals: dict[int, int] = defaultdict(int)
    for first, last in spans:
        for year in range(first.year, last.year + 1):
            lo, hi = max(first, date(year, 1, 1)), min(last, date(year, 12, 31))
            totals[year] += (hi - lo).days + 1
    return tuple(sorted(totals.items()))


def _prefix(spans: Sequence[tuple[date, date]], origin: date, end: date) -> list[int]:
    """prefix[i] = days outside from ``origin`` up to the day before ``origin + i``."""
    size = (end - origin).days + 2
    marks = [0] * (size + 1)
    for first, last in spans:
        marks[(first - origin).days] += 1
        marks[(last - origin).days + 1] -= 1
    prefix = [0] * size
    running = away = 0
    for i in range(size - 1):
        running += marks[i]
        away += 1 if running else 0
        prefix[i + 1] = away
    return prefix


def _window(prefix: list[int], origin: date, end: date) -> int:
    """Days outside in the twelve months ending on ``end`` (after the day a year before)."""
    start = max(_year_before(end) + _DAY, origin)
    if start > end:
        return 0
    return prefix[(end - origin).days + 1] - prefix[(start - origin).days]


def _busiest(
    spans: Sequence[tuple[date, date]], prefix: list[int], origin: date
) -> tuple[int, date | None]:
    """The busiest window ends on the last day of some absence; the earliest wins a tie."""
    best, best_end = 0, None
    for _, last in spans:
        count = _window(prefix, origin, last)
        if count > best:
            best, best_end = count, last
    return best, best_end


def explanation(rules: RulePack, on: date) -> tuple[Text, ...]:
    """What the user is told with every count (data from the rule pack, §6.2)."""
    flag = rules.get("timeline.absence_flag_months", on)
    months = rules.int("timeline.absence_flag_months", on)
    factors = rules.get("timeline.residence_factors", on)
    lines = []
    if not rules.flag("timeline.statutory_day_count", on):
        lines.append(text("residence.explanation.no_day_count"))
    reported = flag.citation.reported
    if flag.verified or reported is None:
        lines.append(text("residence.explanation.flag", months=months))
    else:
        lines.append(
            text("residence.explanation.flag_unverified", months=months, reported=reported)
        )
    weighed = clauses(*(_factor(f) for f in rules.strs("timeline.residence_factors", on)))
    if factors.verified:
        lines.append(text("residence.explanation.weighs", factors=weighed))
    else:
        lines.append(text("residence.explanation.weighs_unverified", factors=weighed))
    if rules.has(_EXCLUDED, on):
        periods = clauses(*(_excluded(p) for p in rules.strs(_EXCLUDED, on)))
        source = rules.get(_EXCLUDED, on).source
        lines.append(text("residence.explanation.excluded", periods=periods, source=source))
    return tuple(lines)


_EXCLUDED = "timeline.ordinary_residence_exclusions"


def _excluded(phrase: str) -> str:
    """A period the pack excludes from ordinary residence, in every language when known."""
    known = (
        text("residence.excluded.unlawful_landing"),
        text("residence.excluded.breach"),
        text("residence.excluded.refugee"),
        text("residence.excluded.imported_worker"),
        text("residence.excluded.domestic_helper"),
        text("residence.excluded.consular"),
        text("residence.excluded.garrison"),
        text("residence.excluded.cpg_document"),
        text("residence.excluded.imprisonment"),
    )
    return next((k for k in known if k == phrase), phrase)


def _factor(phrase: str) -> str:
    """A factor of the rule pack in every language when the catalogue has it word for word.

    A factor of an imported pack that the catalogue does not know is said as it is written.
    """
    known = (
        text("residence.factor.absences"),
        text("residence.factor.home"),
        text("residence.factor.employer"),
        text("residence.factor.family"),
    )
    return next((k for k in known if k == phrase), phrase)


def residence_log(trips: Iterable[Trip], member: str, rules: RulePack, on: date) -> ResidenceLog:
    """Count one member's days outside Hong Kong up to ``on``; refuse bad trips."""
    mine = [t for t in trips if t.member == member]
    problems = validate_trips(mine)
    if problems:
        raise TripError(clauses(*problems))
    flag_months = rules.int("timeline.absence_flag_months", on)
    counted = sorted((t for t in mine if t.left <= on), key=lambda t: t.left)
    flag_after = relativedelta(months=flag_months)
    absences: list[Absence] = []
    spans: list[tuple[date, date]] = []
    for trip in counted:
        span = _outside_span(trip, on)
        back = trip.returned if trip.returned is not None and trip.returned <= on else on
        long = back > trip.left + flag_after
        absences.append(Absence(trip.left, trip.returned, _days(span), long))
        if span is not None:
            spans.append(span)
    last_12 = busiest = 0
    busiest_end: date | None = None
    if spans:
        origin = spans[0][0]
        prefix = _prefix(spans, origin, on)
        last_12 = _window(prefix, origin, on)
        busiest, busiest_end = _busiest(spans, prefix, origin)
    return ResidenceLog(
        member=member,
        on=on,
        absences=tuple(absences),
        days_by_year=_by_year(spans),
        last_12_months=last_12,
        busiest_12_months=busiest,
        busiest_12_months_end=busiest_end,
        flag_months=flag_months,
        explanation=explanation(rules, on),
    )
