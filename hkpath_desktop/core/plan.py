"""The seven-year plan: will each renewal go through, for this household, on its own plan?

For one pathway and a planned entry date, each member's stays run from what is recorded, then
what the rules normally grant, until seven years of residence are complete. At each limit of
stay there is a :class:`Renewal`: its window, what it would grant next (shortened to the end of
the contract on the employment routes; the top-tier stream when its two tests are met), and
each condition of the official page judged on the plan (``hk_work``, planned trips, planned
income, the portfolio), ``met`` / ``not_met`` / ``unknown``, with the facts and the citation.

Pure and deterministic: ``on`` is passed in, nothing reads the clock, nothing is saved. The
conditions are rule data (``renewals.*``); the stay lengths are the schemes' own rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core.assessment import Assessment, Status, Verdict
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import (
    PATHWAY_IDS,
    HKWork,
    Household,
    Member,
    Role,
    Stay,
    StayPathway,
    Trip,
    WorkKind,
)
from hkpath_desktop.core.outlook import earliest_pr
from hkpath_desktop.core.pathways import qmas, ttps
from hkpath_desktop.core.pathways.common import hkd
from hkpath_desktop.core.portfolio import assess_portfolio
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, clauses, listing, sentences, text

_DAY = timedelta(days=1)
_R = "renewals."
_CIES_WINDOW = "common.cies_extension_window_months"
_MAX_RENEWALS = 12
"""Seven years need at most a handful of renewals; this bound only guards against a bad pack."""


class PlanStatus(StrEnum):
    READY = "ready"
    AT_RISK = "at_risk"
    BLOCKED = "blocked"


_RANK = {PlanStatus.READY: 0, PlanStatus.AT_RISK: 1, PlanStatus.BLOCKED: 2}


def apply_by(limit: date) -> date:
    """The last day to lodge an extension: the day before the limit of stay.

    The pages say to apply before the limit of stay expires; whether the last day itself is
    still in time is not said, so the plan shows the earlier day.
    """
    return limit - _DAY


def worst(statuses: Iterable[PlanStatus]) -> PlanStatus:
    """The least ready of ``statuses``; nothing to renew is ready."""
    return max(statuses, key=_RANK.__getitem__, default=PlanStatus.READY)


def status_of(conditions: Iterable[Condition]) -> PlanStatus:
    """Any condition not met blocks the renewal; else any unknown puts it at risk."""
    found = {c.status for c in conditions}
    if Status.NOT_MET in found:
        return PlanStatus.BLOCKED
    return PlanStatus.AT_RISK if Status.UNKNOWN in found else PlanStatus.READY


@dataclass(frozen=True, slots=True)
class Condition:
    """One condition of a renewal: its status, the facts used and what would change it."""

    id: str
    status: Status
    detail: Text
    source: str

    def to_contract(self) -> dict[str, str]:
        return {
            "id": self.id,
            "status": str(self.status),
            "detail": self.detail,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Renewal:
    """An application for extension at one limit of stay."""

    limit_of_stay: date
    window_opens: date
    next_stay_months: int | None
    top_tier: bool
    status: PlanStatus
    conditions: tuple[Condition, ...]
    actions: tuple[Text, ...]
    top_tier_detail: Text | None = None
    switches: tuple[str, ...] = ()
    """For a blocked renewal: pathways whose entry criteria the plan meets on its window."""
    baseline_status: PlanStatus | None = None
    next_limit: date | None = None
    """The limit of stay the renewal would give (not in the contract)."""

    def to_contract(self, baseline: bool) -> dict[str, object]:
        out: dict[str, object] = {
            "limit_of_stay": self.limit_of_stay.isoformat(),
            "window_opens": self.window_opens.isoformat(),
            "next_stay_months": self.next_stay_months,
            "top_tier": self.top_tier,
            "status": str(self.status),
            "conditions": [c.to_contract() for c in self.conditions],
            "actions": [str(a) for a in self.actions],
        }
        if baseline:
            out["baseline_status"] = _opt(self.baseline_status)
        return out


@dataclass(frozen=True, slots=True)
class Leg:
    """One stay of the plan: recorded in the profile, or what the rules would grant."""

    start: date
    limit: date
    recorded: bool


@dataclass(frozen=True, slots=True)
class MemberPlan:
    id: str
    name: str
    role: Role
    status: PlanStatus
    pr_eligible_on: date | None
    pr_note: Text | None
    """Why the permanent-residence date is not the plain seven years, or why there is none."""
    legs: tuple[Leg, ...]
    renewals: tuple[Renewal, ...]

    def to_contract(self, baseline: bool) -> dict[str, object]:
        return {
            "id": self.id,
            "role": self.role.value,
            "status": str(self.status),
            "pr_eligible_on": self.pr_eligible_on.isoformat() if self.pr_eligible_on else None,
            "renewals": [r.to_contract(baseline) for r in self.renewals],
        }


@dataclass(frozen=True, slots=True)
class PathwayPlan:
    id: str
    entry: date
    category: str | None
    status: PlanStatus
    members: tuple[MemberPlan, ...]
    baseline_status: PlanStatus | None = None

    def to_contract(self, baseline: bool) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "entry": self.entry.isoformat(),
            "category": self.category,
            "status": str(self.status),
        }
        if baseline:
            out["baseline_status"] = _opt(self.baseline_status)
        out["members"] = [m.to_contract(baseline) for m in self.members]
        return out


@dataclass(frozen=True, slots=True)
class Plan:
    rules_version: str
    on: date
    pathways: tuple[PathwayPlan, ...]
    scenarios: tuple[str, ...] = ()

    def to_contract(self) -> dict[str, object]:
        """The ``hkpath plan --json`` document (profile-format.md)."""
        baseline = bool(self.scenarios)
        return {
            "rules_version": self.rules_version,
            "on": self.on.isoformat(),
            "pathways": [p.to_contract(baseline) for p in self.pathways],
        }


def _opt(status: PlanStatus | None) -> str | None:
    return None if status is None else str(status)


@dataclass(frozen=True, slots=True)
class PortfolioFrom:
    """A what-if: from ``since`` on, the portfolio counts ``hkd`` toward the minimum."""

    hkd: int
    since: date


@dataclass
class _Context:
    household: Household
    rules: RulePack
    on: date
    portfolio_from: PortfolioFrom | None = None
    assessed: dict[date, tuple[Assessment, ...]] = field(default_factory=dict)
    shared: dict[tuple[str, Leg, int | None], list[_Judged]] = field(default_factory=dict)
    family: dict[tuple[str, date], list[_Judged]] = field(default_factory=dict)
    presence: dict[tuple[str, date, date], tuple[Status, Text, Text]] = field(default_factory=dict)
    windows: dict[tuple[str, date, bool], tuple[date, Text]] = field(default_factory=dict)
    sources: dict[tuple[str, date], Text] = field(default_factory=dict)

    def source(self, rule_id: str, day: date) -> Text:
        """The citation of the rule's value in force on ``day``, made once per value."""
        value = self.rules.get(rule_id, day)
        key = (rule_id, value.effective_from)
        if key not in self.sources:
            self.sources[key] = value.source
        return self.sources[key]

    def assess(self, day: date) -> tuple[Assessment, ...]:
        if day not in self.assessed:
            self.assessed[day] = assess_all(self.household, self.rules, self.on, day)
        return self.assessed[day]


def plan_pathways(household: Household, rules: RulePack, on: date, entry: date) -> list[str]:
    """The pathways to plan when none is named: the profile's route, else every one open
    (not ruled out, and a scheme in force on the entry date)."""
    if household.plan is not None and household.plan.pathway is not None:
        return [household.plan.pathway]
    open_ = {
        a.pathway
        for a in assess_all(household, rules, on, entry)
        if a.verdict is not Verdict.NOT_ELIGIBLE
    }
    return [p for p in PATHWAY_IDS if p in open_ and rules.has(f"{p}.initial_stay_months", entry)]


def followed_pathway(household: Household) -> str | None:
    """The route the household is on: its plan's, else the principal's latest stay's."""
    if household.plan is not None and household.plan.pathway is not None:
        return household.plan.pathway
    own = _stays_of(household, household.principal.id)
    latest = own[-1].pathway.value if own else None
    return latest if latest in PATHWAY_IDS else None


def planned_entry(household: Household, on: date) -> date:
    """The principal's planned entry: the profile's plan, else the evaluation date."""
    if household.plan is not None and household.plan.entry is not None:
        return household.plan.entry
    return on


def build_plan(
    household: Household,
    rules: RulePack,
    on: date,
    pathways: Sequence[str] | None = None,
    entry: date | None = None,
    portfolio_from: PortfolioFrom | None = None,
) -> Plan:
    """The plan for ``pathways`` (default :func:`plan_pathways`), entering on ``entry``."""
    start = entry or planned_entry(household, on)
    chosen = list(pathways) if pathways is not None else plan_pathways(household, rules, on, start)
    ctx = _Context(household, rules, on, portfolio_from)
    plans = tuple(_pathway(ctx, p, start, _category(ctx, p, start)) for p in chosen)
    return Plan(rules.version, on, plans)


def _category(ctx: _Context, pathway: str, entry: date) -> str | None:
    """The route within the scheme, as ``assess`` picks it (TTPS A/B/C, the QMAS test)."""
    if pathway == "ttps":
        return ttps.assess(ctx.household, ctx.rules, ctx.on, entry).category
    if pathway == "qmas":
        return qmas.assess(ctx.household, ctx.rules, ctx.on, entry).category
    return None


def compare(plan: Plan, baseline: Plan, scenarios: Sequence[str]) -> Plan:
    """``plan`` carrying, on each pathway and renewal, the status of ``baseline``."""
    before = {p.id: p for p in baseline.pathways}
    out = []
    for p in plan.pathways:
        base = before.get(p.id)
        members = []
        for m in p.members:
            base_m = next((b for b in base.members if b.id == m.id), None) if base else None
            old = base_m.renewals if base_m else ()
            renewals = tuple(
                _with_baseline(r, old[i].status if i < len(old) else None)
                for i, r in enumerate(m.renewals)
            )
            members.append(_replace_member(m, renewals))
        out.append(
            PathwayPlan(
                p.id,
                p.entry,
                p.category,
                p.status,
                tuple(members),
                base.status if base else None,
            )
        )
    return Plan(plan.rules_version, plan.on, tuple(out), tuple(scenarios))


def _with_baseline(r: Renewal, status: PlanStatus | None) -> Renewal:
    return replace(r, baseline_status=status)


def _replace_member(m: MemberPlan, renewals: tuple[Renewal, ...]) -> MemberPlan:
    return MemberPlan(m.id, m.name, m.role, m.status, m.pr_eligible_on, m.pr_note, m.legs, renewals)


# --- one pathway -------------------------------------------------------------------------


def _pathway(ctx: _Context, pathway: str, entry: date, category: str | None) -> PathwayPlan:
    principal = _principal(ctx, pathway, entry, category)
    members = [principal]
    for member in ctx.household.dependants:
        members.append(_dependant(ctx, member, pathway, principal))
    status = worst(m.status for m in members)
    return PathwayPlan(pathway, entry, category, status, tuple(members))


def _stays_of(h: Household, member: str) -> list[Stay]:
    return sorted((s for s in h.stays if s.member == member), key=lambda s: s.entry)


def _months_between(start: date, end: date) -> int:
    span = relativedelta(end + _DAY, start)
    return span.years * 12 + span.months


def _clock(
    legs: Sequence[Leg], earlier: Sequence[Stay], counted: set[str]
) -> tuple[date, Text | None]:
    """The first day of the unbroken run of stays that ends with ``legs``; a gap restarts it."""
    start = legs[0].start
    note = None
    for n in range(len(earlier) - 1, -1, -1):
        stay = earlier[n]
        if stay.pathway.value not in counted:
            if any(s.pathway.value in counted for s in earlier[:n]):
                note = text(
                    "timeline.clock.not_counted", entry=stay.entry, limit=stay.limit_of_stay
                )
            break
        if stay.limit_of_stay + _DAY < start:
            note = text("plan.pr.gap", limit=stay.limit_of_stay, entry=start)
            break
        start = min(start, stay.entry)
    return start, note


def _principal(ctx: _Context, pathway: str, entry: date, category: str | None) -> MemberPlan:
    h, rules = ctx.household, ctx.rules
    member = h.principal
    recorded = _stays_of(h, member.id)
    on_route = [s for s in recorded if s.pathway.value == pathway]
    if recorded and recorded[-1].pathway.value == pathway:
        since = _scheme_start(on_route)
        current = recorded[-1]
        first = Leg(_counted_start(current), current.limit_of_stay, recorded=True)
        earlier = recorded[:-1]
        granted = len(on_route) - 1
    else:
        since = _first_day(ctx, pathway, entry)
        months = _initial_months(ctx, member, pathway, category, since)
        first = Leg(
            since,
            _capped(
                ctx, member, pathway, since, since + relativedelta(months=months) - _DAY, first=True
            ),
            False,
        )
        earlier = [s for s in recorded if s.limit_of_stay < since]
        granted = 0
    counted = set(rules.strs("timeline.clock_pathways", first.start))
    clock, note = _clock([first], earlier, counted)
    pr_on = earliest_pr(rules, clock)
    reached: date | None = pr_on
    legs = [first]
    renewals: list[Renewal] = []
    while legs[-1].limit < pr_on and len(renewals) < _MAX_RENEWALS:
        leg = legs[-1]
        renewal = _own_renewal(ctx, member, pathway, category, since, leg, granted)
        renewals.append(renewal)
        if renewal.status is PlanStatus.BLOCKED:
            switches = _switches(ctx, pathway, renewal.window_opens)
            renewals[-1] = _with_switches(renewal, switches)
            note = _blocked_note(leg.limit, switches)
            reached = None
            break
        legs.append(_next_leg(renewal))
        granted += 1
    return MemberPlan(
        member.id,
        member.display_name,
        member.role,
        worst(r.status for r in renewals),
        reached,
        note,
        tuple(legs),
        tuple(renewals),
    )


def _scheme_start(on_route: list[Stay]) -> date:
    """When the unbroken run of stays on this scheme began (the top tier counts from it)."""
    start = _counted_start(on_route[-1])
    for stay in reversed(on_route[:-1]):
        if stay.limit_of_stay + _DAY < start:
            break
        start = _counted_start(stay)
    return start


def _counted_start(stay: Stay) -> date:
    if stay.pathway is StayPathway.CIES and stay.formal_approval is not None:
        return max(stay.entry, stay.formal_approval)
    return stay.entry


def _first_day(ctx: _Context, pathway: str, entry: date) -> date:
    """The first day of the first stay: the entry, or for New CIES the Formal Approval.

    The Formal Approval comes after up to the visitor period given on approval-in-principle;
    without a recorded date we take the latest, so the seven years are never shown too early.
    """
    if pathway != "cies":
        return entry
    days = ctx.rules.int("cies.approval_in_principle_stay_days", entry)
    return entry + timedelta(days=days)


def _initial_months(
    ctx: _Context, member: Member, pathway: str, category: str | None, since: date
) -> int:
    rules = ctx.rules
    if pathway == "ttps" and category == "A":
        return rules.int("ttps.category_a_initial_stay_months", since)
    if pathway == "qmas" and category == "achievement":
        return rules.int(_R + "qmas_achievement_initial_stay_months", since)
    return rules.int(f"{pathway}.initial_stay_months", since)


def _capped(
    ctx: _Context, member: Member, pathway: str, start: date, limit: date, *, first: bool = False
) -> date:
    """A stay no longer than the contract (its end, when one is planned), where the page says
    so: GEP and ASMTP for the first stay and each extension, TTPS for extensions only."""
    rule = f"{pathway}_contract_caps_first_stay" if first else f"{pathway}_contract_caps_stay"
    if not (ctx.rules.has(_R + rule, start) and ctx.rules.flag(_R + rule, start)):
        return limit
    work = member.hk_work or ()
    job = _best_job(work, start, _EMPLOYMENT) or _next_job(work, start)
    if job is None or job.end is None:
        return limit
    return min(limit, max(job.end, start))


def _next_leg(renewal: Renewal) -> Leg:
    start = renewal.limit_of_stay + _DAY
    return Leg(start, max(renewal.next_limit or start, start), recorded=False)


def _pattern(
    ctx: _Context, pathway: str, category: str | None, since: date, limit: date
) -> tuple[int, ...]:
    """The extensions the scheme normally grants, as in force when this run of stays began
    (or, for a stay recorded from before the rule's first date, at the limit of stay)."""
    rules = ctx.rules
    since = since if rules.has(f"{pathway}.extension_months", since) else limit
    rule = f"{pathway}.extension_months"
    if (
        pathway == "ttps"
        and category == "A"
        and rules.has("ttps.category_a_extension_months", since)
    ):
        rule = "ttps.category_a_extension_months"
    value = rules.get(rule, since).value
    return tuple(int(m) for m in value) if isinstance(value, tuple) else ()


def _window(ctx: _Context, pathway: str, limit: date, dependant: bool) -> tuple[date, Text]:
    """The first day an extension may be lodged, and the window in words.

    A longer window counts only from the day it came in: before that the four weeks hold.
    """
    key = (pathway, limit, dependant)
    if key not in ctx.windows:
        ctx.windows[key] = _opening(ctx, pathway, limit, dependant)
    return ctx.windows[key]


def _opening(ctx: _Context, pathway: str, limit: date, dependant: bool) -> tuple[date, Text]:
    rules = ctx.rules
    weeks = rules.int("common.extension_window_weeks", limit)
    short = limit - timedelta(weeks=weeks)
    rule = {"ttps": _R + "ttps_extension_window_months", "cies": _CIES_WINDOW}.get(pathway)
    if rule is not None and (pathway == "cies" or not dependant) and rules.has(rule, limit):
        found = rules.get(rule, limit)
        months = int(found.value) if isinstance(found.value, int) else 0
        opens = min(short, max(limit - relativedelta(months=months), found.effective_from))
        if opens < short:
            return opens, text("plan.window.months", months=months)
    return short, text("plan.window.weeks", weeks=weeks)


# --- a principal's renewal -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Judged:
    condition: Condition
    action: Text | None = None


def _cond(
    ctx: _Context, rule: str, day: date, cid: str, status: Status, *detail: str | None
) -> Condition:
    said = [d for d in detail if d]
    one = said[0] if len(said) == 1 and isinstance(said[0], Text) else None
    return Condition(cid, status, one or sentences(*said), ctx.source(_R + rule, day))


def _own_renewal(
    ctx: _Context,
    member: Member,
    pathway: str,
    category: str | None,
    since: date,
    leg: Leg,
    granted: int,
) -> Renewal:
    limit = leg.limit
    opens, window = _window(ctx, pathway, limit, dependant=False)
    judged: list[_Judged] = []
    if limit < ctx.on and leg.recorded:
        judged.append(_lapsed(ctx, pathway, limit))
    judged += _scheme_conditions(ctx, member, pathway, category, since, leg, opens, granted)
    tier, tier_detail, tier_action = _top_tier(ctx, member, pathway, since, opens, limit)
    pattern = _pattern(ctx, pathway, category, since, limit)
    months: int | None = pattern[min(granted, len(pattern) - 1)] if pattern else None
    if tier:
        months = int(_top_tier_months(ctx, pathway, since))
    judged += _everyone(ctx, member, pathway, leg, opens, window, months)
    conditions = tuple(j.condition for j in judged)
    actions = [j.action for j in judged if j.action is not None]
    if tier_action is not None:
        actions.append(tier_action)
    next_limit = None if months is None else limit + relativedelta(months=months)
    if not tier and next_limit is not None and months is not None:
        capped = _capped(ctx, member, pathway, limit + _DAY, next_limit)
        if capped != next_limit:
            next_limit, months = capped, min(months, _months_between(limit + _DAY, capped))
    return Renewal(
        limit,
        opens,
        months,
        tier,
        status_of(conditions),
        conditions,
        tuple(actions),
        tier_detail,
        next_limit=next_limit,
    )


def _lapsed(ctx: _Context, pathway: str, limit: date) -> _Judged:
    detail = text("plan.lapsed.detail", limit=limit)
    return _Judged(_cond(ctx, f"{pathway}_presence", limit, "plan.lapsed", Status.NOT_MET, detail))


def _scheme_conditions(
    ctx: _Context,
    member: Member,
    pathway: str,
    category: str | None,
    since: date,
    leg: Leg,
    opens: date,
    granted: int,
) -> list[_Judged]:
    if pathway == "ttps":
        return [_ttps_work(ctx, member, opens, leg.limit)]
    if pathway == "qmas":
        if category == "achievement":
            return [_self_support(ctx, member, opens)]
        if granted == 0:
            return [_settle(ctx, member, opens)]
        return [_contribute(ctx, member, opens)]
    if pathway in ("gep", "asmtp"):
        return [_approved_job(ctx, member, pathway, opens, leg.limit)]
    if pathway == "cies":
        return _cies(ctx, member, leg, opens)
    return []


def _best_job(work: Iterable[HKWork], day: date, kinds: frozenset[WorkKind]) -> HKWork | None:
    """The work of these kinds held on ``day`` that lasts longest (open-ended first)."""
    active = [w for w in work if w.kind in kinds and w.active_on(day)]
    return max(active, key=lambda w: w.end or date.max, default=None)


def _held_on(work: Iterable[HKWork], day: date, kinds: frozenset[WorkKind]) -> list[HKWork]:
    """Every work of these kinds held on ``day``, the longest first: a renewal is judged on the
    best of them, since any one that meets the condition is enough."""
    active = [w for w in work if w.kind in kinds and w.active_on(day)]
    return sorted(active, key=lambda w: w.end or date.max, reverse=True)


def _ends_by_limit(work: Iterable[HKWork], job: HKWork, limit: date) -> Text | None:
    """The job ends by the limit of stay and no employment follows: nothing to extend for."""
    if job.end is None or job.end > limit:
        return None
    if _best_job(work, limit + _DAY, _EMPLOYMENT) is not None:
        return None
    return text("plan.work.ends_by_limit", employer=job.employer, end=job.end, limit=limit)


def _next_job(work: Iterable[HKWork], day: date) -> HKWork | None:
    """The first employment that starts after ``day`` (the job a first stay is granted for)."""
    later = [w for w in work if w.kind is WorkKind.EMPLOYMENT and w.start > day]
    return min(later, key=lambda w: w.start, default=None)


def _ended_before(work: Iterable[HKWork], day: date) -> Text | None:
    """The last job that ends before ``day``, said as a clause (a contract ending too soon)."""
    ended = [w for w in work if w.end is not None and w.end < day]
    if not ended:
        return None
    last = max(ended, key=lambda w: w.end or date.min)
    return text("plan.work.ended", employer=last.employer, end=last.end or day)


def _work_unknown(ctx: _Context, rule: str, cid: str, opens: date, action: Text) -> _Judged:
    return _Judged(
        _cond(ctx, rule, opens, cid, Status.UNKNOWN, text("plan.work.unanswered")), action
    )


_EMPLOYMENT = frozenset({WorkKind.EMPLOYMENT})
_BUSINESS = frozenset({WorkKind.BUSINESS})
_ANY_WORK = _EMPLOYMENT | _BUSINESS


def _degree_level(value: bool | None) -> Text:
    if value is None:
        return text("plan.work.degree_level.unknown")
    return text("plan.work.degree_level.yes") if value else text("plan.work.degree_level.no")


def _market_pay(value: bool | None) -> Text:
    if value is None:
        return text("plan.work.market_pay.unknown")
    return text("plan.work.market_pay.yes") if value else text("plan.work.market_pay.no")


def _flags(
    *answers: tuple[bool | None, Callable[[bool | None], Text]],
) -> tuple[Status, list[Text]]:
    """All the answers must be yes: one no decides, else one unanswered leaves it open."""
    values = [value for value, _ in answers]
    said = [say(value) for value, say in answers]
    if False in values:
        return Status.NOT_MET, said
    return (Status.UNKNOWN if None in values else Status.MET), said


@cache
def status_word(status: PlanStatus) -> Text:
    """The status in words, in the user's language (a Text is immutable: made once)."""
    if status is PlanStatus.READY:
        return text("plan.status.ready")
    if status is PlanStatus.AT_RISK:
        return text("plan.status.at_risk")
    return text("plan.status.blocked")


_PREFERENCE = {Status.MET: 0, Status.UNKNOWN: 1, Status.NOT_MET: 2}


def _ttps_work(ctx: _Context, member: Member, opens: date, limit: date) -> _Judged:
    cid, rule = "ttps.renewal.employment", "ttps_work"
    action = text("plan.action.ttps_job", day=opens)
    if member.hk_work is None:
        return _work_unknown(ctx, rule, cid, opens, action)
    options: list[tuple[Status, Text]] = []
    for job in _held_on(member.hk_work, opens, _EMPLOYMENT):
        status, said = _flags((job.degree_level, _degree_level), (job.market_pay, _market_pay))
        ends = _ends_by_limit(member.hk_work, job, limit)
        if ends is not None:
            status = Status.NOT_MET
        job_on = text("plan.work.job_on", employer=job.employer, day=opens, how=clauses(*said))
        options.append((status, sentences(job_on, ends)))
    business = _best_job(member.hk_work, opens, _BUSINESS)
    if business is not None:
        options.append(
            (Status.UNKNOWN, text("plan.work.ttps_business", employer=business.employer, day=opens))
        )
    if not options:
        ended = _ended_before(member.hk_work, opens)
        detail = sentences(text("plan.work.none_on", day=opens), ended)
        return _Judged(_cond(ctx, rule, opens, cid, Status.NOT_MET, detail), action)
    status, detail = min(options, key=lambda o: _PREFERENCE[o[0]])
    return _Judged(
        _cond(ctx, rule, opens, cid, status, detail),
        None if status is Status.MET else action,
    )


def _settle(ctx: _Context, member: Member, opens: date) -> _Judged:
    cid, rule = "qmas.renewal.steps_to_settle", "qmas_first_extension_settle"
    action = text("plan.action.qmas_settle", day=opens)
    if member.hk_work is None:
        return _work_unknown(ctx, rule, cid, opens, action)
    work = _best_job(member.hk_work, opens, _ANY_WORK)
    if work is None:
        detail = sentences(
            text("plan.work.none_on", day=opens), _ended_before(member.hk_work, opens)
        )
        return _Judged(_cond(ctx, rule, opens, cid, Status.NOT_MET, detail), action)
    detail = text("plan.work.settle", employer=work.employer, day=opens)
    return _Judged(_cond(ctx, rule, opens, cid, Status.MET, detail))


def _contribute(ctx: _Context, member: Member, opens: date) -> _Judged:
    cid, rule = "qmas.renewal.settled_contributing", "qmas_further_extension_contribute"
    action = text("plan.action.qmas_contribute", day=opens)
    if member.hk_work is None:
        return _work_unknown(ctx, rule, cid, opens, action)
    options: list[tuple[Status, Text]] = []
    for job in _held_on(member.hk_work, opens, _EMPLOYMENT):
        salary = job.monthly_salary_hkd
        status, said = _flags((job.degree_level, _degree_level))
        if salary is None:
            said.append(text("plan.work.salary.unknown"))
            status = Status.UNKNOWN if status is Status.MET else status
        else:
            said.append(text("plan.work.salary", amount=hkd(salary)))
        options.append(
            (status, text("plan.work.job_on", employer=job.employer, day=opens, how=clauses(*said)))
        )
    business = _best_job(member.hk_work, opens, _BUSINESS)
    if business is not None:
        options.append(
            (Status.UNKNOWN, text("plan.work.qmas_business", employer=business.employer, day=opens))
        )
    if not options:
        detail = sentences(
            text("plan.work.none_on", day=opens), _ended_before(member.hk_work, opens)
        )
        return _Judged(_cond(ctx, rule, opens, cid, Status.NOT_MET, detail), action)
    status, detail = min(options, key=lambda o: _PREFERENCE[o[0]])
    return _Judged(
        _cond(ctx, rule, opens, cid, status, detail), None if status is Status.MET else action
    )


def _self_support(ctx: _Context, member: Member, opens: date) -> _Judged:
    cid, rule = "qmas.renewal.self_support", "qmas_achievement_self_support"
    job = _best_job(member.hk_work or (), opens, _EMPLOYMENT)
    if job is not None and job.monthly_salary_hkd:
        detail = text(
            "plan.support.salary", employer=job.employer, amount=hkd(job.monthly_salary_hkd)
        )
        return _Judged(_cond(ctx, rule, opens, cid, Status.MET, detail))
    funds = member.support_funds_hkd
    detail = (
        text("plan.support.funds", amount=hkd(funds)) if funds else text("plan.support.unknown")
    )
    action = text("plan.action.self_support", day=opens)
    return _Judged(_cond(ctx, rule, opens, cid, Status.UNKNOWN, detail), action)


def _approved_job(ctx: _Context, member: Member, pathway: str, opens: date, limit: date) -> _Judged:
    cid, rule = f"{pathway}.renewal.approved_job", f"{pathway}_approved_job"
    action = text("plan.action.approved_job", day=opens)
    if member.hk_work is None:
        return _work_unknown(ctx, rule, cid, opens, action)
    job = _best_job(member.hk_work, opens, _EMPLOYMENT)
    if job is None:
        detail = sentences(
            text("plan.work.none_on", day=opens), _ended_before(member.hk_work, opens)
        )
        return _Judged(_cond(ctx, rule, opens, cid, Status.NOT_MET, detail), action)
    ends = _ends_by_limit(member.hk_work, job, limit)
    if ends is not None:
        return _Judged(_cond(ctx, rule, opens, cid, Status.NOT_MET, ends), action)
    if job.approved is True:
        detail = text("plan.work.approved.yes", employer=job.employer, day=opens)
        return _Judged(_cond(ctx, rule, opens, cid, Status.MET, detail))
    status = Status.NOT_MET if job.approved is False else Status.UNKNOWN
    change = text("plan.action.approval_first", employer=job.employer, day=job.start)
    if job.approved is False:
        detail = text("plan.work.approved.no", employer=job.employer, day=opens)
    else:
        detail = text("plan.work.approved.unknown", employer=job.employer, day=opens)
    return _Judged(_cond(ctx, rule, opens, cid, status, detail), change)


def _cies(ctx: _Context, member: Member, leg: Leg, opens: date) -> list[_Judged]:
    rules = ctx.rules
    minimum = rules.int("cies_portfolio.min_investment_hkd", opens)
    counted: int | None
    disqualified = False
    if ctx.portfolio_from is not None and opens >= ctx.portfolio_from.since:
        counted = ctx.portfolio_from.hkd
    elif ctx.household.cies_portfolio is not None:
        found = assess_portfolio(ctx.household.cies_portfolio, rules, opens)
        counted, disqualified = found.counted_hkd, found.disqualified
    else:
        counted = None
    cid = "cies.renewal.portfolio"
    action = text("plan.action.cies_top_up", day=opens, minimum=hkd(minimum))
    if counted is None:
        status, detail = Status.UNKNOWN, text("plan.cies.portfolio.unknown", day=opens)
    elif disqualified:
        # §6.1(a)(xi): borrowing secured on the investments disqualifies; no top-up cures it
        status, detail = Status.NOT_MET, text("plan.cies.portfolio.secured_borrowing", day=opens)
        action = text("plan.action.cies_release_security", day=opens)
    else:
        status = Status.MET if counted >= minimum else Status.NOT_MET
        detail = text("plan.cies.portfolio", day=opens, counted=hkd(counted), minimum=hkd(minimum))
    out = [
        _Judged(
            _cond(ctx, "cies_portfolio_maintained", opens, cid, status, detail),
            None if status is Status.MET else action,
        )
    ]
    proof = text("plan.cies.proof", opens=opens, limit=leg.limit)
    out.append(
        _Judged(
            _cond(
                ctx, "cies_certifying_proof", opens, "cies.renewal.certifying_proof", status, proof
            ),
            text("plan.action.cies_proof", opens=opens, limit=leg.limit),
        )
    )
    out.append(_fulfillment(ctx, member, leg, opens))
    return out


def _fulfillment(ctx: _Context, member: Member, leg: Leg, opens: date) -> _Judged:
    """Each anniversary of Formal Approval in this stay needs its Fulfillment document."""
    rules = ctx.rules
    approval = _formal_approval(ctx, member)
    due_months = rules.int("timeline.cies_fulfillment_due_months", opens)
    cid, rule = "cies.renewal.fulfillment", "cies_fulfillment"
    dues: list[tuple[int, date]] = []
    year = 1
    while (
        approval is not None and (anniversary := approval + relativedelta(years=year)) <= leg.limit
    ):
        if anniversary >= leg.start:
            dues.append((year, anniversary + relativedelta(months=due_months)))
        year += 1
    if approval is None:
        first = leg.start + relativedelta(years=1)
        detail = text("plan.cies.fulfillment.no_approval", day=first)
        return _Judged(_cond(ctx, rule, opens, cid, Status.UNKNOWN, detail))
    if not dues:
        return _Judged(_cond(ctx, rule, opens, cid, Status.MET, text("plan.cies.fulfillment.none")))
    attached = {d.item for d in ctx.household.documents if d.member == member.id}
    past = [(y, d) for y, d in dues if d < ctx.on]
    missing = [y for y, _ in past if not any("fulfillment" in item for item in attached)]
    days = listing(f"{d.isoformat()}" for _, d in dues)
    if missing:
        detail = text("plan.cies.fulfillment.missing", years=listing(str(y) for y in missing))
        return _Judged(
            _cond(ctx, rule, opens, cid, Status.UNKNOWN, detail),
            text("plan.action.cies_fulfillment", days=days),
        )
    detail = text("plan.cies.fulfillment.due", days=days)
    return _Judged(
        _cond(ctx, rule, opens, cid, Status.MET, detail),
        text("plan.action.cies_fulfillment", days=days),
    )


def _formal_approval(ctx: _Context, member: Member) -> date | None:
    for stay in reversed(_stays_of(ctx.household, member.id)):
        if stay.pathway is StayPathway.CIES and stay.formal_approval is not None:
            return stay.formal_approval
    if any(s.pathway is StayPathway.CIES for s in ctx.household.stays if s.member == member.id):
        return None
    entry = planned_entry(ctx.household, ctx.on)
    return _first_day(ctx, "cies", entry)


def _top_tier_months(ctx: _Context, pathway: str, since: date) -> int:
    value = ctx.rules.get(f"{pathway}.top_tier_extension_months", since).value
    return int(value[0]) if isinstance(value, tuple) and value else 0


def _year_of_assessment_before(day: date) -> date:
    """The last day (31 March) of the Hong Kong year of assessment before the one of ``day``."""
    year = day.year if (day.month, day.day) >= (4, 1) else day.year - 1
    return date(year, 3, 31)


def _top_tier(
    ctx: _Context, member: Member, pathway: str, since: date, opens: date, limit: date
) -> tuple[bool, Text | None, Text | None]:
    """The top-tier stream: two years on the scheme and HK$2M assessable income the year before."""
    rules = ctx.rules
    if not rules.has(f"{pathway}.top_tier_extension_months", since):
        return False, None, None
    years = rules.int("timeline.top_tier_min_years_in_hk", since)
    minimum = rules.int(f"{pathway}.top_tier_min_income_hkd", since)
    months = _top_tier_months(ctx, pathway, since)
    two_years = since + relativedelta(years=years)
    if two_years > limit:
        detail = text("plan.top_tier.too_soon", years=years, day=two_years)
        return False, detail, None
    apply_from = max(opens, two_years)
    year_end = _year_of_assessment_before(apply_from)
    year_start = year_end - relativedelta(years=1) + _DAY
    rows = [
        i.hkd
        for i in member.income or ()
        if i.year_ending is not None
        and year_start <= i.year_ending <= year_end
        and i.kind is not None
        and i.kind.value == "employment"
        and i.hkd is not None
    ]
    income = max(rows, default=None)
    if income is not None and income >= minimum:
        detail = text(
            "plan.top_tier.met", income=hkd(income), year_end=year_end, months=months, years=years
        )
        action = text("plan.action.top_tier", day=apply_from, year_end=year_end)
        return True, detail, action
    if income is None:
        detail = text("plan.top_tier.no_income", year_end=year_end, months=months)
        return False, detail, None
    detail = text(
        "plan.top_tier.not_met",
        income=hkd(income),
        year_end=year_end,
        minimum=hkd(minimum),
        months=months,
    )
    return False, detail, None


def _everyone(
    ctx: _Context,
    member: Member,
    pathway: str,
    leg: Leg,
    opens: date,
    window: Text,
    months: int | None,
) -> list[_Judged]:
    """Presence in the window, a travel document for the stay asked for, long absences.

    The last two do not depend on the scheme: worked out once per member and stay, as the
    schemes' stays often coincide.
    """
    key = (member.id, leg, months)
    if key not in ctx.shared:
        travel = _travel_document(ctx, member, opens, leg.limit, months)
        ctx.shared[key] = [travel, _absences(ctx, member, leg)]
    return [_presence(ctx, member, pathway, opens, leg.limit, window), *ctx.shared[key]]


def _away_spans(trips: Iterable[Trip], member: str, open_until: date) -> list[tuple[date, date]]:
    """Whole days outside Hong Kong (the days of leaving and returning count as in it); a trip
    with no return date counts to ``open_until``."""
    spans = []
    for t in trips:
        if t.member != member:
            continue
        end = max(open_until, t.left) if t.returned is None else t.returned - _DAY
        if t.left + _DAY <= end:
            spans.append((t.left + _DAY, end))
    return sorted(spans)


def _first_day_in(spans: list[tuple[date, date]], start: date, end: date) -> date | None:
    """The first day from ``start`` to ``end`` not inside a span, or ``None``."""
    day = start
    for first, last in spans:
        if last < day:
            continue
        if first > day:
            break
        day = last + _DAY
        if day > end:
            return None
    return day if day <= end else None


def _presence(
    ctx: _Context, member: Member, pathway: str, opens: date, limit: date, window: Text
) -> _Judged:
    """In Hong Kong on some day of the window; worked out once per member and window (the
    schemes differ only in the page cited)."""
    key = (member.id, opens, limit)
    if key not in ctx.presence:
        ctx.presence[key] = _where(ctx, member, opens, limit, window)
    status, detail, action = ctx.presence[key]
    return _Judged(
        _cond(ctx, f"{pathway}_presence", limit, "renewal.presence", status, detail), action
    )


def _where(
    ctx: _Context, member: Member, opens: date, limit: date, window: Text
) -> tuple[Status, Text, Text]:
    trips = ctx.household.trips
    last = apply_by(limit)
    action = text("plan.action.presence", opens=opens, limit=last)
    if _first_day_in(_away_spans(trips, member.id, ctx.on), opens, last) is None:
        detail = text("plan.presence.away", opens=opens, limit=last, window=window)
        return Status.NOT_MET, detail, action
    if _first_day_in(_away_spans(trips, member.id, date.max - _DAY), opens, last) is None:
        detail = text("plan.presence.no_return", opens=opens, limit=last, window=window)
        return Status.UNKNOWN, detail, action
    detail = text("plan.presence.in", opens=opens, limit=last, window=window)
    return Status.MET, detail, action


def _travel_document(
    ctx: _Context, member: Member, opens: date, limit: date, months: int | None
) -> _Judged:
    rule, cid = "travel_document_valid", "renewal.travel_document"
    expiry = member.travel_document_expiry
    until = limit + relativedelta(months=months) if months else limit
    action = text("plan.action.travel_document", day=opens, until=until)
    if expiry is None:
        detail = text("plan.travel.unknown")
        return _Judged(_cond(ctx, rule, limit, cid, Status.UNKNOWN, detail), action)
    if expiry < opens:
        # the profile holds the current document only: a new one is routine, its dates unknown
        detail = text("plan.travel.expired", expiry=expiry, opens=opens)
        return _Judged(_cond(ctx, rule, limit, cid, Status.UNKNOWN, detail), action)
    if expiry < until:
        detail = text("plan.travel.short", expiry=expiry, until=until)
        return _Judged(_cond(ctx, rule, limit, cid, Status.UNKNOWN, detail), action)
    detail = text("plan.travel.ok", expiry=expiry, until=until)
    return _Judged(_cond(ctx, rule, limit, cid, Status.MET, detail))


def _absences(ctx: _Context, member: Member, leg: Leg) -> _Judged:
    """Absences longer than the flag period during the stay: a flag, never a verdict."""
    rules = ctx.rules
    flag = rules.get("timeline.absence_flag_months", leg.limit)
    months = int(flag.value) if isinstance(flag.value, int) else 6
    long = []
    for t in ctx.household.trips:
        if t.member != member.id or t.left > leg.limit:
            continue
        if t.returned is not None and t.returned < leg.start:
            continue
        back = t.returned or ctx.on  # still away: as long as it has lasted so far
        if back > t.left + relativedelta(months=months):  # as the residence log counts
            long.append(t.left)
    cid = "renewal.absences"
    source = flag.source
    if not long:
        detail = text("plan.absence.none", months=months)
        return _Judged(Condition(cid, Status.MET, detail, source))
    detail = sentences(
        text("plan.absence.long", months=months, days=listing(d.isoformat() for d in long)),
        None if flag.verified else text("plan.absence.unverified"),
        None if flag.verified else flag.citation.reported,
    )
    return _Judged(Condition(cid, Status.UNKNOWN, detail, source), text("plan.action.absence"))


# --- blocked: other routes, and the PR date ------------------------------------------------


def _switches(ctx: _Context, pathway: str, day: date) -> tuple[str, ...]:
    found = {a.pathway for a in ctx.assess(day) if a.verdict is Verdict.ELIGIBLE}
    return tuple(p for p in PATHWAY_IDS if p in found and p != pathway)


def _with_switches(r: Renewal, switches: tuple[str, ...]) -> Renewal:
    actions = r.actions
    if switches:
        actions = (
            *actions,
            text("plan.action.switch", pathways=listing(switches), day=r.window_opens),
        )
    return replace(r, actions=actions, switches=switches)


def _blocked_note(limit: date, switches: tuple[str, ...]) -> Text:
    if switches:
        return text("plan.pr.blocked_switch", limit=limit, pathways=listing(switches))
    return text("plan.pr.blocked", limit=limit)


# --- dependants ----------------------------------------------------------------------------


def _dependant(ctx: _Context, member: Member, pathway: str, sponsor: MemberPlan) -> MemberPlan:
    h, rules = ctx.household, ctx.rules
    recorded = _stays_of(h, member.id)
    if not sponsor.legs:
        return MemberPlan(
            member.id, member.display_name, member.role, PlanStatus.READY, None, None, (), ()
        )
    first_sponsor = sponsor.legs[0]
    if recorded and recorded[-1].pathway is StayPathway.DEPENDANT:
        current = recorded[-1]
        first = Leg(current.entry, current.limit_of_stay, True)
        earlier = recorded[:-1]
    else:
        first = Leg(first_sponsor.start, first_sponsor.limit, False)
        earlier = [s for s in recorded if s.limit_of_stay < first.start]
    counted = set(rules.strs("timeline.clock_pathways", first.start))
    clock, note = _clock([first], earlier, counted)
    pr_on: date | None = earliest_pr(rules, clock)
    legs = [first]
    renewals: list[Renewal] = []
    by_limit = {r.limit_of_stay: r for r in sponsor.renewals}
    later = [leg for leg in sponsor.legs if leg.limit > first.limit]
    limits = [first.limit] + [leg.limit for leg in later]
    for i, limit in enumerate(limits):
        if pr_on is None or limit >= pr_on or len(renewals) >= _MAX_RENEWALS:
            break
        leg = legs[-1]
        sponsor_renewal = _sponsor_renewal_for(sponsor, by_limit, leg.start, limit)
        renewal = _dependant_renewal(ctx, member, pathway, sponsor, leg, sponsor_renewal)
        renewals.append(renewal)
        if renewal.status is PlanStatus.BLOCKED:
            pr_on = None
            note = text("plan.pr.blocked", limit=leg.limit)
            break
        if i + 1 < len(limits):
            legs.append(Leg(leg.limit + _DAY, limits[i + 1], False))
    return MemberPlan(
        member.id,
        member.display_name,
        member.role,
        worst(r.status for r in renewals),
        pr_on,
        note,
        tuple(legs),
        tuple(renewals),
    )


def _sponsor_renewal_for(
    sponsor: MemberPlan, by_limit: dict[date, Renewal], start: date, limit: date
) -> Renewal | None:
    """The sponsor's renewal that decides this one: at the same limit, else the sponsor's last
    one before it (the sponsor's stay ends first), else the next one."""
    if limit in by_limit:
        return by_limit[limit]
    earlier = [r for r in sponsor.renewals if start <= r.limit_of_stay < limit]
    if earlier:
        return max(earlier, key=lambda r: r.limit_of_stay)
    later = [r for r in sponsor.renewals if r.limit_of_stay >= limit]
    return min(later, key=lambda r: r.limit_of_stay, default=None)


def _dependant_renewal(
    ctx: _Context,
    member: Member,
    pathway: str,
    sponsor: MemberPlan,
    leg: Leg,
    sponsor_renewal: Renewal | None,
) -> Renewal:
    limit = leg.limit
    opens, window = _window(ctx, pathway, limit, dependant=True)
    judged = [_linked(ctx, member, sponsor, leg, sponsor_renewal)]
    key = (member.id, opens)
    if key not in ctx.family:
        ctx.family[key] = _family_tie(ctx, member, opens)
    judged += ctx.family[key]
    months = sponsor_renewal.next_stay_months if sponsor_renewal else None
    judged += _everyone(ctx, member, pathway, leg, opens, window, months)
    conditions = tuple(j.condition for j in judged)
    return Renewal(
        limit,
        opens,
        months,
        sponsor_renewal.top_tier if sponsor_renewal else False,
        status_of(conditions),
        conditions,
        tuple(j.action for j in judged if j.action is not None),
    )


_LINK = {
    PlanStatus.READY: Status.MET,
    PlanStatus.AT_RISK: Status.UNKNOWN,
    PlanStatus.BLOCKED: Status.NOT_MET,
}


def _linked(
    ctx: _Context, member: Member, sponsor: MemberPlan, leg: Leg, renewal: Renewal | None
) -> _Judged:
    cid, rule = "dependant.renewal.sponsor", "dependant_linked"
    name = sponsor.name or sponsor.id
    first_end = (
        text("plan.dependant.sponsor_first", name=name, limit=renewal.limit_of_stay)
        if (renewal is not None and renewal.limit_of_stay < leg.limit)
        else None
    )
    if renewal is None:
        detail = text("plan.dependant.sponsor_settled", name=name)
        return _Judged(_cond(ctx, rule, leg.limit, cid, Status.UNKNOWN, detail))
    linked = text(
        "plan.dependant.linked",
        name=name,
        limit=renewal.limit_of_stay,
        status=status_word(renewal.status),
    )
    status = _LINK[renewal.status]
    action = None if status is Status.MET else text("plan.action.sponsor", name=name)
    return _Judged(_cond(ctx, rule, leg.limit, cid, status, linked, first_end), action)


def _family_tie(ctx: _Context, member: Member, opens: date) -> list[_Judged]:
    """A spouse's relationship, or a child's age and marriage, on the day the window opens."""
    rules = ctx.rules
    name = member.display_name or member.id
    if member.role is Role.SPOUSE:
        kinds = rules.strs("common.dependant_partner_kinds", opens)
        rel = member.relationship
        status = (
            Status.UNKNOWN
            if rel is None
            else (Status.MET if rel.value in kinds else Status.NOT_MET)
        )
        said = {
            Status.UNKNOWN: text("plan.spouse.unknown", name=name),
            Status.MET: text("plan.spouse.yes", name=name),
            Status.NOT_MET: text("plan.spouse.no", name=name),
        }[status]
        rule = rules.get("common.dependant_partner_kinds", opens)
        return [_Judged(Condition("dependant.renewal.relationship", status, said, rule.source))]
    limit_rule = rules.get("common.dependant_child_age_limit", opens)
    age_limit = int(limit_rule.value) if isinstance(limit_rule.value, int) else 18
    cid = "dependant.renewal.child_age"
    if member.date_of_birth is None:
        detail = text("plan.child.birth_unknown", name=name)
        return [_Judged(Condition(cid, Status.UNKNOWN, detail, limit_rule.source))]
    adult = member.date_of_birth + relativedelta(years=age_limit)
    if member.unmarried is False:
        married = text("plan.child.married", name=name)
        return [_Judged(Condition(cid, Status.NOT_MET, married, limit_rule.source))]
    if adult > opens:
        detail = text("plan.child.under", name=name, age=age_limit, day=adult)
        return [_Judged(Condition(cid, Status.MET, detail, limit_rule.source))]
    after = rules.get("common.dependant_child_after_limit_known", opens)
    if after.value is True:
        detail = text("plan.child.after_confirmed", name=name, age=age_limit, day=adult)
        return [_Judged(Condition(cid, Status.MET, detail, after.source))]
    detail = text("plan.child.turns_adult", name=name, age=age_limit, day=adult)
    action = text("plan.action.child_adult", name=name, day=opens)
    return [_Judged(Condition(cid, Status.UNKNOWN, detail, after.source), action)]
