"""What-if scenarios for the plan: a change to a copy of the household, never saved.

``job-ends:DATE``: the principal's Hong Kong work ends on DATE (later work is dropped).
``away:DATE..DATE``: the principal is away from Hong Kong over those days (a planned trip).
``income:HKD[@DATE]``: the principal's assessable employment income is HKD a year, for every
year of assessment ending on or after DATE (default: the evaluation date).
``portfolio:HKD[@DATE]``: the New CIES portfolio counts HKD from DATE on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Household, Income, IncomeKind, Member, Trip
from hkpath_desktop.core.plan import Plan, PortfolioFrom, build_plan, compare
from hkpath_desktop.core.profile_fields import iso_day
from hkpath_desktop.core.rules import RulePack

KINDS = ("job-ends", "away", "income", "portfolio")
_INCOME_YEARS = 12
"""Years of assessment the income scenario fills in: past any seven-year plan."""


class ScenarioError(ValueError):
    """A scenario that cannot be read; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Scenario:
    text: str
    kind: str
    start: date | None = None
    end: date | None = None
    hkd: int | None = None


def _day(value: str, scenario: str) -> date:
    try:
        return iso_day(value)
    except ValueError:
        raise ScenarioError(f"{scenario!r}: {value!r} is not a date (YYYY-MM-DD)") from None


def _amount(value: str, scenario: str) -> int:
    digits = value.replace(",", "").replace("_", "")
    if not digits.isdigit() or not digits.isascii():
        raise ScenarioError(f"{scenario!r}: {value!r} is not a whole amount in HK$")
    return int(digits)


def parse_scenario(raw: str) -> Scenario:
    """One ``KIND:VALUE`` scenario, or :class:`ScenarioError` naming what is wrong."""
    kind, sep, value = raw.partition(":")
    if not sep or kind not in KINDS:
        raise ScenarioError(f"{raw!r}: a scenario is one of {', '.join(k + ':…' for k in KINDS)}")
    if kind == "job-ends":
        return Scenario(raw, kind, start=_day(value, raw))
    if kind == "away":
        first, dots, last = value.partition("..")
        if not dots:
            raise ScenarioError(f"{raw!r}: write away:DATE..DATE")
        start, end = _day(first, raw), _day(last, raw)
        if end < start:
            raise ScenarioError(f"{raw!r}: the last day is before the first")
        return Scenario(raw, kind, start=start, end=end)
    amount, at, since = value.partition("@")
    return Scenario(raw, kind, start=_day(since, raw) if at else None, hkd=_amount(amount, raw))


def apply(
    household: Household, scenarios: Sequence[Scenario], on: date
) -> tuple[Household, PortfolioFrom | None]:
    """A copy of ``household`` with the scenarios applied, and a portfolio figure if one is set."""
    portfolio: PortfolioFrom | None = None
    for s in scenarios:
        if s.kind == "portfolio":
            portfolio = PortfolioFrom(s.hkd or 0, s.start or on)
        else:
            household = _apply_one(household, s, on)
    return household, portfolio


def _apply_one(household: Household, s: Scenario, on: date) -> Household:
    principal = household.principal
    if s.kind == "away":
        assert s.start is not None and s.end is not None
        return replace(household, trips=_away(household.trips, principal.id, s.start, s.end))
    if s.kind == "job-ends":
        assert s.start is not None
        changed = _job_ends(principal, s.start)
    else:
        changed = _income(principal, s.hkd or 0, s.start or on)
    members = tuple(changed if m.id == principal.id else m for m in household.members)
    return replace(household, members=members)


def _job_ends(m: Member, day: date) -> Member:
    if m.hk_work is None:
        return m
    kept = tuple(
        replace(w, end=day) if w.end is None or w.end > day else w
        for w in m.hk_work
        if w.start <= day
    )
    return replace(m, hk_work=kept)


def _income(m: Member, hkd: int, since: date) -> Member:
    """Employment income of ``hkd`` for each year of assessment (to 31 March) from ``since``."""
    first = date(since.year if (since.month, since.day) <= (3, 31) else since.year + 1, 3, 31)
    kept = tuple(i for i in m.income or () if i.year_ending is None or i.year_ending < since)
    added = tuple(
        Income(first + relativedelta(years=n), hkd, IncomeKind.EMPLOYMENT)
        for n in range(_INCOME_YEARS)
    )
    return replace(m, income=kept + added)


def _away(trips: tuple[Trip, ...], member: str, left: date, returned: date) -> tuple[Trip, ...]:
    """The trips with one more, merged with any of the member's trips it overlaps."""
    others: list[Trip] = []
    for t in trips:
        end = t.returned or date.max
        if t.member == member and t.left <= returned and end >= left:
            left = min(left, t.left)
            returned = max(returned, end)
        else:
            others.append(t)
    new = Trip(member, left, None if returned == date.max else returned)
    return (*others, new)


def plan_with(
    household: Household,
    rules: RulePack,
    on: date,
    scenarios: Sequence[Scenario],
    pathways: Sequence[str] | None = None,
    entry: date | None = None,
) -> Plan:
    """The plan with the scenarios, each status beside the plan's own (``baseline_status``)."""
    baseline = build_plan(household, rules, on, pathways, entry)
    if not scenarios:
        return baseline
    changed, portfolio = apply(household, scenarios, on)
    chosen = [p.id for p in baseline.pathways]
    start = entry or (baseline.pathways[0].entry if baseline.pathways else None)
    plan = build_plan(changed, rules, on, chosen, start, portfolio)
    return compare(plan, baseline, [s.text for s in scenarios])
