"""Properties of the plan: more Hong Kong work never blocks a ready renewal; an absence never
makes a renewal more ready."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from plan_helpers import ON, RULES, child, household, principal, profile

from hkpath_desktop.core.plan import PlanStatus, build_plan

_RANK = {PlanStatus.READY: 0, PlanStatus.AT_RISK: 1, PlanStatus.BLOCKED: 2}
_DAYS = st.integers(min_value=0, max_value=9 * 365)
_BASE = date(2027, 1, 1)


def _day(n: int) -> str:
    return (_BASE + timedelta(days=n)).isoformat()


@st.composite
def work(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(_DAYS)
    length = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=6 * 365)))
    return {
        "kind": draw(st.sampled_from(["employment", "business"])),
        "employer": "Some HK Ltd",
        "start": _day(start),
        "end": None if length is None else _day(start + length),
        "monthly_salary_hkd": draw(st.one_of(st.none(), st.integers(0, 300_000))),
        "degree_level": draw(st.sampled_from([True, False, None])),
        "market_pay": draw(st.sampled_from([True, False, None])),
        "approved": draw(st.sampled_from([True, False, None])),
    }


@st.composite
def trip(draw: st.DrawFn) -> dict[str, Any]:
    left = draw(_DAYS)
    length = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=500)))
    return {
        "member": "m1",
        "left": _day(left),
        "returned": None if length is None else _day(left + length),
    }


_PATHWAYS = st.sampled_from(["ttps", "qmas", "gep", "asmtp", "cies"])


def _statuses(doc: dict[str, Any], pathway: str) -> list[list[PlanStatus]]:
    plan = build_plan(household(doc), RULES, ON, [pathway])
    return [[r.status for r in m.renewals] for m in plan.pathways[0].members]


def _by_limit(doc: dict[str, Any], pathway: str) -> list[dict[date, PlanStatus]]:
    plan = build_plan(household(doc), RULES, ON, [pathway])
    return [{r.limit_of_stay: r.status for r in m.renewals} for m in plan.pathways[0].members]


@settings(max_examples=40, deadline=None)
@given(_PATHWAYS, st.lists(work(), max_size=3), work())
def test_more_hong_kong_work_never_turns_a_ready_renewal_blocked(
    pathway: str, jobs: list[dict[str, Any]], extra: dict[str, Any]
) -> None:
    """Work that ImmD has not refused: a job the user says was not approved may rightly block
    (the safer reading), so it is left out here. Renewals are matched by their limit of stay:
    a shorter contract rightly moves a GEP or ASMTP limit (the stay follows the contract), and
    a renewal at another date is another application."""
    assume(extra["approved"] is not False)
    before = _by_limit(profile(principal(hk_work=jobs), child(), pathway=pathway), pathway)
    after = _by_limit(profile(principal(hk_work=[*jobs, extra]), child(), pathway=pathway), pathway)
    for old, new in zip(before, after, strict=True):
        for limit, status in old.items():
            if status is PlanStatus.READY and limit in new:
                assert new[limit] is not PlanStatus.BLOCKED, limit


@settings(max_examples=40, deadline=None)
@given(_PATHWAYS, st.lists(work(), max_size=2), trip())
def test_an_absence_never_makes_a_renewal_more_ready(
    pathway: str, jobs: list[dict[str, Any]], away: dict[str, Any]
) -> None:
    before = _statuses(profile(principal(hk_work=jobs), pathway=pathway), pathway)
    after = _statuses(profile(principal(hk_work=jobs), pathway=pathway, trips=[away]), pathway)
    for old, new in zip(before, after, strict=True):
        for i, status in enumerate(new):
            assert i < len(old)
            assert _RANK[status] >= _RANK[old[i]]
        if len(new) < len(old):
            assert new and new[-1] is PlanStatus.BLOCKED
