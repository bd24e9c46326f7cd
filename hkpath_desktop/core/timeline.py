"""The seven-year timeline: per person, the stays, what falls due, and when PR can be asked for.

Recorded stays come from the profile; later stays are projected from the rule pack's pattern
for the pathway (``<pathway>.extension_months``), and a dependant follows the sponsor's limits
of stay. Every number comes from the rule pack; this module only arranges dates.

Event kinds (the ``kind`` of the ``hkpath timeline`` contract), see :class:`EventKind`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.facts import Household, Member, Role, Stay, StayPathway, Trip
from hkpath_desktop.core.outlook import earliest_pr
from hkpath_desktop.core.residence import ResidenceLog, residence_log
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.stay_projection import (
    Alternative,
    PlannedStay,
    dependant_stays,
    own_stays,
    top_tier,
)
from hkpath_desktop.core.texts import Text, clauses, text

__all__ = [
    "Alternative",
    "Event",
    "EventKind",
    "MemberTimeline",
    "PlannedStay",
    "Timeline",
    "build_timeline",
    "clock_start",
]


Day = date
"""``date`` under another name, for fields declared after a field called ``date``."""


class EventKind(StrEnum):
    """What an event is about; the values are the contract's ``kind`` strings."""

    EXTENSION_WINDOW = "extension_window"
    """First day on which the extension may be applied for."""
    PORTFOLIO_CHECK = "portfolio_check"
    """New CIES: first day for the portfolio check before an extension."""
    LIMIT_OF_STAY = "limit_of_stay"
    """Last day of a stay (recorded or projected)."""
    CIES_ANNIVERSARY = "cies_anniversary"
    """New CIES: an anniversary of Formal Approval."""
    FULFILLMENT_DUE = "fulfillment_due"
    """New CIES: the CPA Fulfillment document and anniversary statement are due."""
    CHILD_TURNS_ADULT = "child_turns_adult"
    """A child reaches the dependant age limit."""
    TRAVEL_DOCUMENT = "travel_document"
    """A travel document runs out before the limit of stay or soon."""
    SPONSOR_STAY_ENDS = "sponsor_stay_ends"
    """The sponsor's limit of stay ends before the dependant's."""
    PR_ELIGIBLE = "pr_eligible"
    """Seven years of continuous ordinary residence complete."""
    LONG_ABSENCE = "long_absence"
    """An absence longer than the flag period (the PR form asks why)."""


@dataclass(frozen=True, slots=True)
class Event:
    """One dated thing; ``until`` closes a window (extension, portfolio check, Fulfillment).

    ``label`` is a catalogue Text: as a str it is the contract's English; ``say`` it for a view.
    """

    date: date
    kind: EventKind
    label: str
    until: Day | None = None

    def to_contract(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "kind": self.kind.value, "label": self.label}


@dataclass(frozen=True, slots=True)
class MemberTimeline:
    id: str
    name: str
    clock_start: date | None
    pr_eligible_on: date | None
    stays: tuple[PlannedStay, ...]
    events: tuple[Event, ...]
    residence: ResidenceLog
    alternatives: tuple[Alternative, ...] = ()
    """Other projections the facts cannot decide (the top-tier stream); not in the contract."""

    def to_contract(self) -> dict[str, object]:
        return {
            "id": self.id,
            "clock_start": self.clock_start.isoformat() if self.clock_start else None,
            "pr_eligible_on": self.pr_eligible_on.isoformat() if self.pr_eligible_on else None,
            "events": [e.to_contract() for e in self.events],
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    on: date
    rules_version: str
    members: tuple[MemberTimeline, ...]

    def to_contract(self) -> dict[str, object]:
        return {"members": [m.to_contract() for m in self.members]}


def _stays_of(household: Household, member: str) -> list[Stay]:
    return sorted((s for s in household.stays if s.member == member), key=lambda s: s.entry)


def _counted_start(stay: Stay) -> date:
    if stay.pathway is StayPathway.CIES and stay.formal_approval:
        return max(stay.entry, stay.formal_approval)
    return stay.entry


def _run(stays: list[Stay], rules: RulePack, on: date) -> tuple[date | None, Text | None]:
    """Start of the unbroken run of counted stays that ends with the latest, and why it starts
    there when an earlier run was cut short.

    Ordinary residence needs permission to stay: a day between one stay's limit and the next
    stay's entry breaks it. Time on a stay that does not count (a visit) breaks it too, the
    safer reading: the page asks for a settled purpose but does not list visits among what
    is excluded, and the note says so.
    """
    counted = set(rules.strs("timeline.clock_pathways", on))
    start: date | None = None
    note: Text | None = None
    covered: date | None = None
    for stay in sorted(stays, key=lambda s: s.entry):
        if covered is not None and stay.entry > covered + timedelta(days=1):
            if start is not None:
                note = text("timeline.clock.gap", limit=covered, entry=stay.entry)
            start = None
        if stay.pathway.value not in counted:
            if start is not None:
                note = text(
                    "timeline.clock.not_counted", entry=stay.entry, limit=stay.limit_of_stay
                )
            start = None
        elif start is None:
            start = _counted_start(stay)
        covered = stay.limit_of_stay if covered is None else max(covered, stay.limit_of_stay)
    return start, note


def clock_start(stays: list[Stay], rules: RulePack, on: date) -> date | None:
    """First day of the unbroken run of counted stays (visitor time, New CIES before Formal
    Approval and anything before a gap with no permission to stay do not count)."""
    return _run(stays, rules, on)[0]


_TTPS_WINDOW = "renewals.ttps_extension_window_months"


def _stay_events(stays: tuple[PlannedStay, ...], rules: RulePack, on: date) -> list[Event]:
    weeks = rules.int("common.extension_window_weeks", on)
    events: list[Event] = []
    for stay in stays:
        how = _how(stay)
        end = stay.limit
        if stay.pathway is StayPathway.CIES:
            months = rules.int("common.cies_extension_window_months", on)
            opens = stay.limit - relativedelta(months=months)
            label = text("timeline.portfolio_check", months=months, end=end)
            events.append(Event(opens, EventKind.PORTFOLIO_CHECK, label, stay.limit))
            limit = text("timeline.limit_of_stay.cies", how=how)
        elif stay.pathway is StayPathway.TTPS and rules.has(_TTPS_WINDOW, stay.limit):
            # the temporary longer TTPS window, never opening before the measure began
            measure = rules.get(_TTPS_WINDOW, stay.limit)
            months = rules.int(_TTPS_WINDOW, stay.limit)
            opens = max(stay.limit - relativedelta(months=months), measure.effective_from)
            opens = min(opens, stay.limit - timedelta(weeks=weeks))
            label = text("timeline.extension_window_ttps", months=months, end=end)
            events.append(Event(opens, EventKind.EXTENSION_WINDOW, label, stay.limit))
            limit = text("timeline.limit_of_stay", how=how)
        else:
            opens = stay.limit - timedelta(weeks=weeks)
            label = text("timeline.extension_window", weeks=weeks, end=end)
            events.append(Event(opens, EventKind.EXTENSION_WINDOW, label, stay.limit))
            limit = text("timeline.limit_of_stay", how=how)
        if stay is stays[-1] and not stay.projected and stay.limit < on:
            limit = clauses(limit, text("timeline.clock.lapsed"))
        events.append(Event(stay.limit, EventKind.LIMIT_OF_STAY, limit))
    return events


def _how(stay: PlannedStay) -> Text:
    """Where a stay's limit comes from, in a few words."""
    if stay.projected:
        if stay.verified:
            return text("timeline.how.projected")
        return text("timeline.how.projected_unverified")
    if stay.verified:
        return text("timeline.how.recorded")
    return text("timeline.how.recorded_unverified")


def _cies_events(stay: Stay, until: date, rules: RulePack) -> list[Event]:
    """Each anniversary of Formal Approval (counted from it, so 29 Feb does not drift)."""
    if stay.formal_approval is None:
        return []
    due = rules.int("timeline.cies_fulfillment_due_months", stay.formal_approval)
    events: list[Event] = []
    year = 1
    while (anniversary := stay.formal_approval + relativedelta(years=year)) <= until:
        deadline = anniversary + relativedelta(months=due)
        label = text("timeline.cies.anniversary", year=year)
        events.append(Event(anniversary, EventKind.CIES_ANNIVERSARY, label, deadline))
        label = text("timeline.cies.fulfillment_due", year=year, due=due)
        events.append(Event(deadline, EventKind.FULFILLMENT_DUE, label))
        year += 1
    return events


def _child_event(member: Member, limit: date | None, rules: RulePack, on: date) -> list[Event]:
    if member.role is not Role.CHILD or member.date_of_birth is None:
        return []
    age = rules.int("common.dependant_child_age_limit", on)
    adult = member.date_of_birth + relativedelta(years=age)
    name = member.display_name or member.id
    if limit is not None and adult > limit:
        turns = text("timeline.child.turns_after_limit", name=name, age=age, limit=limit)
    else:
        turns = text("timeline.child.turns", name=name, age=age)
    doubt = None
    if not rules.flag("common.dependant_child_after_limit_known", on):
        doubt = text("timeline.child.unverified", age=age)
    return [Event(adult, EventKind.CHILD_TURNS_ADULT, clauses(turns, doubt))]


def _travel_event(member: Member, limit: date | None, rules: RulePack, on: date) -> list[Event]:
    expiry = member.travel_document_expiry
    if expiry is None:
        return []
    months = rules.int("timeline.travel_document_warning_months", on)
    soon = expiry <= on + relativedelta(months=months)
    if limit is not None and expiry < limit:
        when = (
            text("timeline.travel.before_limit_and_soon", limit=limit, months=months)
            if soon
            else text("timeline.travel.before_limit", limit=limit)
        )
    elif soon:
        when = text("timeline.travel.soon", months=months)
    else:
        return []
    return [Event(expiry, EventKind.TRAVEL_DOCUMENT, text("timeline.travel.expires", when=when))]


def _absence_events(
    log: ResidenceLog, trips: tuple[Trip, ...], rules: RulePack, on: date
) -> list[Event]:
    """Absences past the flag period, those taken and those planned (a trip leaving after
    ``on`` with its return date); the period is said unconfirmed when only a secondary
    source gives it."""
    flag = rules.get("timeline.absence_flag_months", on)
    reported = None if flag.verified else flag.citation.reported
    events = []
    for a in log.long_absences:
        back = (
            text("timeline.absence.returned", on=a.returned)
            if a.returned
            else text("timeline.absence.still_away")
        )
        label = text(
            "timeline.absence.long", months=log.flag_months, back=back, days=a.days_outside
        )
        events.append(Event(a.left, EventKind.LONG_ABSENCE, clauses(label, reported)))
    after = relativedelta(months=log.flag_months)
    for t in trips:
        if t.member == log.member and t.left > on and t.returned and t.returned > t.left + after:
            label = text("timeline.absence.planned", months=log.flag_months, back=t.returned)
            events.append(Event(t.left, EventKind.LONG_ABSENCE, clauses(label, reported)))
    return events


def _pr_event(start: date, pr_on: date, gap: Text | None, rules: RulePack) -> Event:
    years = rules.int("common.pr_residence_years", start)
    label = text("timeline.pr_eligible", years=years, start=start)
    return Event(pr_on, EventKind.PR_ELIGIBLE, clauses(label, gap))


def _member_timeline(
    household: Household,
    member: Member,
    stays: tuple[PlannedStay, ...],
    sponsor_limit: date | None,
    alternative: Alternative | None,
    rules: RulePack,
    on: date,
) -> MemberTimeline:
    recorded = _stays_of(household, member.id)
    start, gap = _run(recorded, rules, on)
    pr_on = earliest_pr(rules, start) if start else None
    current = max((s.limit_of_stay for s in recorded), default=None)
    if pr_on is not None and current is not None and current < on and current < pr_on:
        pr_on = None  # the last stay has run out: no later stay is projected, no PR date
    log = residence_log(household.trips, member.id, rules, on)
    events = _stay_events(stays, rules, on)
    horizon = max([s.limit for s in stays] + ([pr_on] if pr_on else []), default=on)
    for stay in recorded:
        if stay.pathway is StayPathway.CIES:
            events += _cies_events(stay, horizon, rules)
    events += _child_event(member, current, rules, on)
    events += _travel_event(member, current, rules, on)
    events += _absence_events(log, household.trips, rules, on)
    if sponsor_limit is not None and current is not None and sponsor_limit < current:
        label = text("timeline.sponsor_stay_ends", limit=current)
        events.append(Event(sponsor_limit, EventKind.SPONSOR_STAY_ENDS, label))
    if start and pr_on:
        events.append(_pr_event(start, pr_on, gap, rules))
    order = list(EventKind)
    events.sort(key=lambda e: (e.date, order.index(e.kind), e.label))
    return MemberTimeline(
        id=member.id,
        name=member.display_name,
        clock_start=start,
        pr_eligible_on=pr_on,
        stays=stays,
        events=tuple(events),
        residence=log,
        alternatives=(alternative,) if alternative else (),
    )


def _sponsor_of(household: Household, member: Member) -> str | None:
    sponsors = [s.sponsor for s in _stays_of(household, member.id) if s.sponsor]
    if sponsors:
        return sponsors[-1]
    return None if member.role is Role.PRINCIPAL else household.principal.id


def build_timeline(household: Household, rules: RulePack, on: date) -> Timeline:
    """Every member's timeline on ``on``; raises TripError for overlapping or reversed trips."""
    planned: dict[str, tuple[PlannedStay, ...]] = {}
    alternatives: dict[str, Alternative | None] = {}
    dependants: list[Member] = []
    for member in household.members:
        recorded = _stays_of(household, member.id)
        if not recorded:
            planned[member.id] = ()
        elif recorded[-1].pathway is StayPathway.DEPENDANT:
            dependants.append(member)
        else:
            planned[member.id] = own_stays(recorded, rules, on)
            alternatives[member.id] = top_tier(recorded, rules, on)
    limits = _recorded_limits(household)
    sponsor_limits: dict[str, date | None] = {}
    for member in dependants:
        sponsor = _sponsor_of(household, member) or ""
        recorded = _stays_of(household, member.id)
        planned[member.id] = dependant_stays(recorded, planned.get(sponsor, ()), on)
        alternatives[member.id] = top_tier(recorded, rules, on, alternatives.get(sponsor))
        sponsor_limits[member.id] = limits.get(sponsor)
    members = tuple(
        _member_timeline(
            household,
            m,
            planned[m.id],
            sponsor_limits.get(m.id),
            alternatives.get(m.id),
            rules,
            on,
        )
        for m in household.members
    )
    return Timeline(on=on, rules_version=rules.version, members=members)


def _recorded_limits(household: Household) -> Mapping[str, date]:
    limits: dict[str, date] = {}
    for stay in household.stays:
        limits[stay.member] = max(limits.get(stay.member, stay.limit_of_stay), stay.limit_of_stay)
    return limits
