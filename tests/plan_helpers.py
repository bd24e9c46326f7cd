"""Households for the plan's tests, built as profile JSON so that they pass the reader's checks."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.plan import MemberPlan, PathwayPlan, Plan, build_plan
from hkpath_desktop.core.profile_io import parse_profile
from hkpath_desktop.core.rules import RulePack, load_builtin

ON = date(2026, 12, 7)
ENTRY = "2027-03-01"
RULES: RulePack = load_builtin()

JOB: dict[str, Any] = {
    "kind": "employment",
    "employer": "Acme HK Ltd",
    "start": "2027-04-01",
    "end": None,
    "monthly_salary_hkd": 90000,
    "degree_level": True,
    "market_pay": True,
    "approved": True,
}


def principal(**changes: Any) -> dict[str, Any]:
    """A Japanese graduate of a listed university earning HK$2.6M: TTPS category A."""
    member: dict[str, Any] = {
        "id": "m1",
        "role": "principal",
        "given_name": "Mei",
        "family_name": "Chan",
        "date_of_birth": "1990-01-01",
        "nationality": "JP",
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
        "travel_document_expiry": "2045-01-01",
        "education": [
            {
                "level": "bachelor",
                "institution": "University of Tokyo",
                "country": "JP",
                "awarded_on": "2012-03-25",
                "honorary": False,
                "on_ttps_list": True,
            }
        ],
        "work": [
            {
                "start": "2012-04-01",
                "end": None,
                "full_time": True,
                "self_employed": False,
                "graduate_level": True,
                "senior": True,
            }
        ],
        "income": [{"year_ending": "2026-10-31", "hkd": 2600000, "kind": "employment"}],
        "records": {"criminal": False, "adverse_immigration": False},
        "hk_work": [dict(JOB)],
    }
    member.update(changes)
    return member


def child(born: str = "2015-06-01", **changes: Any) -> dict[str, Any]:
    member: dict[str, Any] = {
        "id": "c1",
        "role": "child",
        "given_name": "Yui",
        "family_name": "Chan",
        "date_of_birth": born,
        "nationality": "JP",
        "unmarried": True,
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
        "travel_document_expiry": "2045-01-01",
    }
    member.update(changes)
    return member


def spouse(**changes: Any) -> dict[str, Any]:
    member: dict[str, Any] = {
        "id": "s1",
        "role": "spouse",
        "given_name": "Ken",
        "family_name": "Sato",
        "date_of_birth": "1989-01-01",
        "nationality": "JP",
        "relationship": "married",
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
        "travel_document_expiry": "2045-01-01",
    }
    member.update(changes)
    return member


def profile(*members: dict[str, Any], pathway: str = "ttps", **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "hkpath.profile",
        "version": 1,
        "as_of": ON.isoformat(),
        "household": {"name": "Plan test", "members": list(members) or [principal()]},
        "plan": {"pathway": pathway, "entry": ENTRY},
    }
    doc.update(top)
    return copy.deepcopy(doc)


def household(doc: dict[str, Any]) -> Household:
    return parse_profile(json.dumps(doc))


def plan_of(doc: dict[str, Any], **kwargs: Any) -> Plan:
    return build_plan(household(doc), RULES, ON, **kwargs)


def only(plan: Plan) -> PathwayPlan:
    assert len(plan.pathways) == 1
    return plan.pathways[0]


def member(plan: Plan, member_id: str = "m1") -> MemberPlan:
    return next(m for m in only(plan).members if m.id == member_id)


def condition(plan: Plan, cid: str, member_id: str = "m1", index: int = 0) -> Any:
    renewal = member(plan, member_id).renewals[index]
    return next(c for c in renewal.conditions if c.id == cid)
