"""Later stays projected from the rule pack's limit-of-stay patterns, per person.

The regular pattern (``<pathway>.extension_months``) is what the timeline's events follow; a
limit of stay that has passed with nothing recorded after it is not projected forward. The
top-tier stream (one long extension after the first stay, ``<pathway>.top_tier_extension_months``)
depends on an income test at the time of the first extension that the profile cannot settle, so
it is offered as an :class:`Alternative` beside the regular projection, never instead of it.

Every projected limit is counted from the last recorded limit in whole calendar months, so a
limit on 29 February does not drift to the 28th for good after one short year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Stay, StayPathway
from hkpath_desktop.core.rules import RulePack, RuleValue
from hkpath_desktop.core.texts import Text, clauses, text

LEGACY_TOP_TIER = "timeline.legacy_top_tier_extension_months"
LEGACY_TOP_TIER_PATHWAYS = "timeline.legacy_top_tier_pathways"
TOP_TIER_MIN_YEARS = "timeline.top_tier_min_years_in_hk"
TOP_TIER_MIN_YEARS_PATHWAYS = "timeline.top_tier_min_years_pathways"


@dataclass(frozen=True, slots=True)
class PlannedStay:
    """One stay: recorded in the profile, or projected from the rule pack's pattern."""

    pathway: StayPathway
    start: date
    limit: date
    projected: bool
    verified: bool = True


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another projection the facts allow but cannot decide: the stays and what it hinges on."""

    title: str
    condition: str
    """Both are catalogue Texts for the pack's own rules (say them in the user's language)."""
    stays: tuple[PlannedStay, ...]
    verified: bool


def _rule(rules: RulePack, rule_id: str, on: date) -> RuleValue | None:
    return rules.get(rule_id, on) if rules.has(rule_id, on) else None


def _months(found: RuleValue | None) -> tuple[int, ...]:
    if found is None or not isinstance(found.value, tuple):
        return ()
    return tuple(int(m) for m in found.value)


def _project(first: PlannedStay, steps: tuple[int, ...], verified: bool) -> tuple[PlannedStay, ...]:
    out = [first]
    total = 0
    for step in steps:
        total += step
        start = out[-1].limit + timedelta(days=1)
        limit = first.limit + relativedelta(months=total)
        out.append(PlannedStay(first.pathway, start, limit, projected=True, verified=verified))
    return tuple(out)


def _earlier(stays: list[Stay], latest: Stay) -> tuple[PlannedStay, ...]:
    """The recorded stays before the latest: they keep their own limits and events."""
    before = sorted((s for s in stays if s is not latest), key=lambda s: s.entry)
    return tuple(PlannedStay(s.pathway, s.entry, s.limit_of_stay, projected=False) for s in before)


def lapsed(stays: list[Stay], on: date) -> bool:
    """The latest limit of stay has passed by ``on`` (the limit itself is still a day of stay):
    nothing later is recorded, so nothing is projected after it."""
    return max(s.limit_of_stay for s in stays) < on


def own_stays(stays: list[Stay], rules: RulePack, on: date) -> tuple[PlannedStay, ...]:
    """Every recorded stay, then the extensions the regular pattern still allows (none after a
    limit of stay that has already passed)."""
    latest = max(stays, key=lambda s: s.limit_of_stay)
    first = PlannedStay(latest.pathway, latest.entry, latest.limit_of_stay, projected=False)
    if lapsed(stays, on):
        return (*_earlier(stays, latest), first)
    same = [s for s in stays if s.pathway is latest.pathway]
    found = _rule(rules, f"{latest.pathway.value}.extension_months", same[0].entry)
    verified = found.verified if found else True
    projected = _project(first, _months(found)[len(same) - 1 :], verified)
    return (*_earlier(stays, latest), *projected)


def dependant_stays(
    stays: list[Stay], sponsor: tuple[PlannedStay, ...], on: date
) -> tuple[PlannedStay, ...]:
    """A dependant's recorded stays, then the sponsor's later limits of stay (none after the
    dependant's own limit has passed)."""
    latest = max(stays, key=lambda s: s.limit_of_stay)
    out = [PlannedStay(latest.pathway, latest.entry, latest.limit_of_stay, projected=False)]
    for s in () if lapsed(stays, on) else sponsor:
        if s.limit > out[-1].limit:
            start = out[-1].limit + timedelta(days=1)
            out.append(PlannedStay(latest.pathway, start, s.limit, True, s.verified))
    return (*_earlier(stays, latest), *out)


def _top_tier_rule(rules: RulePack, pathway: StayPathway, since: date) -> RuleValue | None:
    found = _rule(rules, f"{pathway.value}.top_tier_extension_months", since)
    if found is not None:
        return found
    legacy = _rule(rules, LEGACY_TOP_TIER_PATHWAYS, since)
    if legacy is not None and isinstance(legacy.value, tuple) and pathway.value in legacy.value:
        return _rule(rules, LEGACY_TOP_TIER, since)
    return None


def _condition(rules: RulePack, pathway: StayPathway, since: date, years: int) -> Text:
    income = _rule(rules, f"{pathway.value}.top_tier_min_income_hkd", since)
    if income is None or not isinstance(income.value, int):
        condition = text("stay_projection.top_tier.condition", years=years)
    elif income.verified:
        amount = f"HK${income.value:,}"
        condition = text("stay_projection.top_tier.condition_income", years=years, income=amount)
    else:
        amount = f"HK${income.value:,}"
        condition = text(
            "stay_projection.top_tier.condition_income_unverified", years=years, income=amount
        )
    stay = _rule(rules, TOP_TIER_MIN_YEARS, since)
    where = _rule(rules, TOP_TIER_MIN_YEARS_PATHWAYS, since)
    applies = where is not None and isinstance(where.value, tuple) and pathway.value in where.value
    more = None
    if applies and stay is not None and isinstance(stay.value, int):
        if stay.verified and where is not None and where.verified:
            more = text("stay_projection.top_tier.official", years=stay.value)
        else:
            more = text("stay_projection.top_tier.min_years", years=stay.value)
    return clauses(condition, more)


def top_tier(
    stays: list[Stay], rules: RulePack, on: date, sponsor: Alternative | None = None
) -> Alternative | None:
    """The top-tier projection for someone still on the first stay of a scheme that has one.

    A dependant gets the sponsor's alternative, following its limits of stay. None once the
    latest limit of stay has passed.
    """
    latest = max(stays, key=lambda s: s.limit_of_stay)
    if lapsed(stays, on):
        return None
    if latest.pathway is StayPathway.DEPENDANT:
        if sponsor is None:
            return None
        projected = dependant_stays([latest], sponsor.stays, on)
        return Alternative(sponsor.title, sponsor.condition, projected, sponsor.verified)
    same = [s for s in stays if s.pathway is latest.pathway]
    found = _top_tier_rule(rules, latest.pathway, same[0].entry)
    steps = _months(found)
    if found is None or not steps or len(same) != 1:
        return None
    first = PlannedStay(latest.pathway, latest.entry, latest.limit_of_stay, projected=False)
    years = sum(steps) // 12
    return Alternative(
        title=text("stay_projection.top_tier.title"),
        condition=_condition(rules, latest.pathway, same[0].entry, years),
        stays=_project(first, steps, found.verified),
        verified=found.verified,
    )
