"""Quality Migrant Admission Scheme: five prerequisites, then one of two tests.

The General Points Test (questionnaire or points table, by date) lives in ``qmas_gpt``; the
Achievement-based test is passed by a described exceptional achievement, which the
Immigration Department judges. No job offer is needed; extensions need settlement in Hong Kong.
"""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core import outlook
from hkpath_desktop.core.assessment import Assessment, Outlook, Status
from hkpath_desktop.core.facts import Household, Member
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import (
    Check,
    Evidence,
    any_of,
    choose,
    conclude,
    guarded,
    hkd,
    tri,
)
from hkpath_desktop.core.pathways.qmas_gpt import general_test
from hkpath_desktop.core.rules import RulePack

ID = "qmas"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    p = household.principal
    gate = [
        checks.nationality(ID, p, rules, on),
        checks.min_age(ID, p, rules, on),
        self_support(household, rules, on),
        checks.records(ID, p, rules, on),
        language(p, rules, on),
        checks.degree(ID, p, rules, on),
    ]
    general, points = general_test(household, rules, on)
    test, shown = choose([("general", [general]), ("achievement", [achievement(p, rules, on)])])
    found = (*gate, *shown)
    return conclude(
        ID,
        found,
        rules,
        on,
        lambda can_start: _outlook(household, rules, start, can_start),
        category=test,
        points=points,
    )


def self_support(household: Household, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    family = bool(household.dependants)
    needed = ev.num(
        f"{ID}.support_funds_family_hkd" if family else f"{ID}.support_funds_single_hkd"
    )
    funds = household.principal.support_funds_hkd
    who = "with family" if family else "on your own"
    title = "Can support the household"
    if funds is None:
        return ev.check(
            f"{ID}.self_support",
            title,
            Status.UNKNOWN,
            "Funds not answered.",
            f"Give the funds you could live on ({hkd(needed)} is a common guide {who}).",
        )
    status = tri(funds >= needed)
    detail = f"Funds {hkd(funds)}; a common guide {who} is {hkd(needed)}."
    gap = f"Show funds of about {hkd(needed)} to support the household without public help."
    return ev.check(f"{ID}.self_support", title, status, detail, gap)


def language(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{ID}.min_age")
    lang = p.languages
    status = Status.UNKNOWN if lang is None else any_of((tri(lang.chinese), tri(lang.english)))
    detail = {
        Status.MET: "Good written and spoken Chinese or English.",
        Status.NOT_MET: "Neither good Chinese nor good English.",
        Status.UNKNOWN: "Languages not fully answered.",
    }[status]
    gap = "QMAS needs good written and spoken Chinese (Putonghua or Cantonese) or English."
    return ev.check(f"{ID}.language", "Chinese or English", status, detail, gap)


def achievement(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{ID}.name")
    title = "Achievement-based test"
    if p.achievement is None:
        return ev.check(
            f"{ID}.achievement",
            title,
            Status.UNKNOWN,
            "Exceptional achievement not answered.",
            "Say whether you have an exceptional achievement or award.",
        )
    if p.achievement is False or not p.achievement.strip():
        return ev.check(
            f"{ID}.achievement",
            title,
            Status.NOT_MET,
            "No exceptional achievement declared.",
            "The achievement-based test needs an award such as an Olympic medal "
            "or a national or international prize, or work your peers recognise.",
        )
    detail = f"You describe: {p.achievement.strip()}. The Immigration Department judges whether "
    detail += "it is exceptional."
    return ev.check(f"{ID}.achievement", title, Status.MET, detail)


def _outlook(household: Household, rules: RulePack, start: date, can_start: bool) -> Outlook:
    ev = Evidence(rules, start)
    first = ev.num(f"{ID}.initial_stay_months")
    extensions = ev.nums(f"{ID}.extension_months")
    top = (
        ev.nums(f"{ID}.top_tier_extension_months")
        if rules.has(f"{ID}.top_tier_extension_months", start)
        else ()
    )
    top_income = ev.num(f"{ID}.top_tier_min_income_hkd")
    renewal = [
        "Each extension: show you have settled in Hong Kong, normally through a job or an "
        "established business, and that you actually live here (exact criteria unverified).",
        outlook.extension_window(rules, start),
    ]
    if top:
        renewal.append(
            f"Top-tier: salaries-tax assessable income of {hkd(top_income)} or more "
            f"in the previous year of assessment (unverified) brings one "
            f"{top[0] // 12}-year extension."
        )
    risks = [
        "No job is needed to enter, but without Hong Kong work or business the first "
        "extension can be refused."
    ]
    if not ev.verified:
        risks.append("The length of the first stay and extensions is not confirmed (unverified).")
    return outlook.build(
        rules=rules,
        household=household,
        start=start,
        eligible_to_start=can_start,
        pattern=(first, *extensions),
        renewal=tuple(renewal),
        risks=tuple(risks),
        capital_hkd=0,
        job_offer_needed=False,
    )
