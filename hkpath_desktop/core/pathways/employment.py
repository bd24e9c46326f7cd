"""What ASMTP and GEP share: a job offer, a degree, and conditions only the employer can prove.

The employer's side (a genuine vacancy, market-level pay, proof of local recruitment) is
unknown to the applicant, so it is listed as "confirm with your employer" and never counted
as met, except where a published exemption applies (Talent List, a high salary).
"""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core import outlook
from hkpath_desktop.core.assessment import Assessment, Outlook, Status
from hkpath_desktop.core.facts import Household, JobOffer, Member
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import Check, Evidence, conclude, hkd
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, text

MONTHS_PER_YEAR = 12


def assess_employment(
    scheme: str, scope: Check, household: Household, rules: RulePack, on: date, start: date
) -> Assessment:
    p = household.principal
    found = (
        scope,
        checks.nationality(scheme, p, rules, on),
        checks.records(scheme, p, rules, on),
        job_offer(scheme, p, rules, on),
        checks.degree(scheme, p, rules, on),
        employer_side(
            scheme,
            "vacancy",
            rules,
            on,
            text("employment.vacancy.title"),
            text("employment.vacancy.detail"),
        ),
        employer_side(
            scheme,
            "pay",
            rules,
            on,
            text("employment.pay.title"),
            text("employment.pay.detail"),
        ),
        local_recruitment(scheme, p, rules, on),
    )
    return conclude(
        scheme,
        found,
        rules,
        on,
        lambda can_start: _outlook(scheme, household, rules, start, can_start),
    )


def job_offer(scheme: str, p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{scheme}.name")
    offer = p.job_offer
    title = text("employment.job_offer.title")
    if offer is None:
        return ev.check(
            f"{scheme}.job_offer",
            title,
            Status.UNKNOWN,
            text("employment.job_offer.unknown_detail"),
            text("employment.job_offer.unknown_gap"),
        )
    if offer is False:
        return ev.check(
            f"{scheme}.job_offer",
            title,
            Status.NOT_MET,
            text("employment.job_offer.none_detail"),
            text("employment.job_offer.none_gap"),
        )
    post = offer.post or text("employment.job_offer.a_post")
    employer = offer.employer or text("employment.job_offer.an_employer")
    detail = (
        text(
            "employment.job_offer.paid_detail",
            post=post,
            employer=employer,
            pay=hkd(offer.monthly_salary_hkd),
        )
        if offer.monthly_salary_hkd
        else text("employment.job_offer.detail", post=post, employer=employer)
    )
    return ev.check(f"{scheme}.job_offer", title, Status.MET, detail)


def employer_side(
    scheme: str, key: str, rules: RulePack, on: date, title: Text, what: Text
) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{scheme}.name")
    detail = text("employment.employer_side.detail", what=what)
    return ev.check(f"{scheme}.{key}", title, Status.UNKNOWN, detail, detail)


def local_recruitment(scheme: str, p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{scheme}.name")
    title = text("employment.local_recruitment.title")
    rule = f"{scheme}.local_recruitment_exempt_salary_hkd"
    limit = ev.num(rule) if rules.has(rule, on) else None
    offer = p.job_offer
    yearly = (
        offer.monthly_salary_hkd * MONTHS_PER_YEAR
        if isinstance(offer, JobOffer) and offer.monthly_salary_hkd is not None
        else None
    )
    if limit is not None and p.talent_list:
        return ev.check(
            f"{scheme}.local_recruitment",
            title,
            Status.MET,
            text("employment.local_recruitment.talent_list_detail"),
        )
    if limit is not None and yearly is not None and yearly >= limit:
        detail = text(
            "employment.local_recruitment.high_pay_detail",
            pay=hkd(yearly),
            months=MONTHS_PER_YEAR,
            limit=hkd(limit),
        )
        return ev.check(f"{scheme}.local_recruitment", title, Status.MET, detail)
    detail = (
        text("employment.local_recruitment.unknown_detail")
        if limit is None
        else text("employment.local_recruitment.exempt_detail", limit=hkd(limit))
    )
    return ev.check(f"{scheme}.local_recruitment", title, Status.UNKNOWN, detail, detail)


def _outlook(
    scheme: str, household: Household, rules: RulePack, start: date, can_start: bool
) -> Outlook:
    offer = household.principal.job_offer
    if isinstance(offer, JobOffer) and offer.start is not None and offer.start > start:
        start = offer.start  # the stay is granted for the job: the seven years start with it
    ev = Evidence(rules, start)
    first = ev.num(f"{scheme}.initial_stay_months")
    if isinstance(offer, JobOffer) and offer.contract_months is not None:
        first = min(first, offer.contract_months)
    extensions = ev.nums(f"{scheme}.extension_months")
    renewal = [
        text("employment.outlook.same_job"),
        text("employment.outlook.each_extension"),
        outlook.extension_window(rules, start),
    ]
    if rules.has(f"{scheme}.top_tier_extension_months", start):
        top = ev.nums(f"{scheme}.top_tier_extension_months")
        income = ev.num(f"{scheme}.top_tier_min_income_hkd")
        renewal.append(text("employment.outlook.top_tier", income=hkd(income), years=top[0] // 12))
    risks = (text("employment.outlook.one_employer_risk"),)
    return outlook.build(
        rules=rules,
        household=household,
        start=start,
        eligible_to_start=can_start,
        pattern=(first, *extensions),
        renewal=tuple(renewal),
        risks=risks,
        capital_hkd=0,
        job_offer_needed=True,
    )
