"""Quality Migrant Admission Scheme: the prerequisites in force, then one of two tests.

The General Points Test (questionnaire or points table, by date) lives in ``qmas_points_test``; the
Achievement-based test is passed by a described exceptional achievement, which the
Immigration Department judges. No job offer is needed; extensions need settlement in Hong Kong.
No amount of money is published for the financial requirement, so declared funds are shown but
never fail the applicant on their own.
"""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core import dependants, outlook
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
from hkpath_desktop.core.pathways.qmas_points_test import general_test
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import text

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
        *([language(p, rules, on)] if rules.flag(f"{ID}.language_prerequisite", on) else []),
        checks.degree(ID, p, rules, on),
    ]
    general, (points, out_of) = general_test(household, rules, on)
    test, shown = choose([("general", [general]), ("achievement", [achievement(p, rules, on)])])
    found = (*gate, *shown)
    return conclude(
        ID,
        found,
        rules,
        on,
        lambda can_start: _outlook(household, rules, start, can_start, test),
        category=test,
        points=points,
        points_out_of=out_of,
    )


def self_support(household: Household, rules: RulePack, on: date) -> Check:
    """Declared funds against the financial requirement, which has no official amount.

    Where a consultancy's rule of thumb is in force (until 14 Dec 2025) it is shown as a guide;
    falling short of it, or declaring nothing, is ``unknown``: the Department judges.
    """
    ev = Evidence(rules, on)
    ev.value(f"{ID}.financial_requirement")
    family = bool(dependants.dependants(household, rules, on))
    guide = f"{ID}.support_funds_family_hkd" if family else f"{ID}.support_funds_single_hkd"
    needed = ev.num(guide) if rules.has(guide, on) else None
    funds = household.principal.support_funds_hkd
    who = text("qmas.self_support.with_family") if family else text("qmas.self_support.alone")
    title = text("qmas.self_support.title")
    cid = f"{ID}.self_support"
    if needed is None:
        gap = text("qmas.self_support.no_figure_gap", who=who)
        if funds is None:
            return ev.check(cid, title, Status.UNKNOWN, text("qmas.self_support.unanswered"), gap)
        detail = text("qmas.self_support.no_figure", funds=hkd(funds), who=who)
        return ev.check(cid, title, Status.MET if funds > 0 else Status.UNKNOWN, detail, gap)
    if funds is None:
        gap = text("qmas.self_support.unanswered_gap", needed=hkd(needed), who=who)
        return ev.check(cid, title, Status.UNKNOWN, text("qmas.self_support.unanswered"), gap)
    detail = text("qmas.self_support.detail", funds=hkd(funds), who=who, needed=hkd(needed))
    gap = text("qmas.self_support.gap", needed=hkd(needed))
    return ev.check(cid, title, Status.MET if funds >= needed else Status.UNKNOWN, detail, gap)


def language(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{ID}.language_prerequisite")
    lang = p.languages
    status = Status.UNKNOWN if lang is None else any_of((tri(lang.chinese), tri(lang.english)))
    detail = {
        Status.MET: text("qmas.language.met"),
        Status.NOT_MET: text("qmas.language.not_met"),
        Status.UNKNOWN: text("qmas.language.unanswered"),
    }[status]
    gap = text("qmas.language.gap")
    return ev.check(f"{ID}.language", text("qmas.language.title"), status, detail, gap)


def achievement(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{ID}.name")
    title = text("qmas.achievement.title")
    if p.achievement is None:
        return ev.check(
            f"{ID}.achievement",
            title,
            Status.UNKNOWN,
            text("qmas.achievement.unanswered"),
            text("qmas.achievement.unanswered_gap"),
        )
    if p.achievement is False or not p.achievement.strip():
        return ev.check(
            f"{ID}.achievement",
            title,
            Status.NOT_MET,
            text("qmas.achievement.none"),
            text("qmas.achievement.none_gap"),
        )
    detail = text("qmas.achievement.described", achievement=p.achievement.strip())
    return ev.check(f"{ID}.achievement", title, Status.MET, detail)


def _outlook(
    household: Household, rules: RulePack, start: date, can_start: bool, test: str | None
) -> Outlook:
    ev = Evidence(rules, start)
    eight_years = "renewals.qmas_achievement_initial_stay_months"
    if test == "achievement" and rules.has(eight_years, start):
        pattern: tuple[int, ...] = (ev.num(eight_years),)
        renewal = [
            text("qmas.outlook.achievement", years=pattern[0] // 12),
            outlook.extension_window(rules, start),
        ]
    else:
        pattern = (ev.num(f"{ID}.initial_stay_months"), *ev.nums(f"{ID}.extension_months"))
        renewal = [
            text("qmas.outlook.first_extension"),
            text("qmas.outlook.further_extension"),
            outlook.extension_window(rules, start),
        ]
        top = (
            ev.nums(f"{ID}.top_tier_extension_months")
            if rules.has(f"{ID}.top_tier_extension_months", start)
            else ()
        )
        if top:
            top_income = ev.num(f"{ID}.top_tier_min_income_hkd")
            renewal.append(
                text("qmas.outlook.top_tier", income=hkd(top_income), years=top[0] // 12)
            )
    risks = [text("qmas.outlook.no_job_risk")]
    if not ev.verified:
        risks.append(text("qmas.outlook.unverified_risk"))
    return outlook.build(
        rules=rules,
        household=household,
        start=start,
        eligible_to_start=can_start,
        pattern=pattern,
        renewal=tuple(renewal),
        risks=tuple(risks),
        capital_hkd=0,
        job_offer_needed=False,
    )
