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
            "Genuine vacancy",
            "a genuine vacancy, and the company's business and financial standing",
        ),
        employer_side(
            scheme,
            "pay",
            rules,
            on,
            "Market-level pay",
            "a pay package (salary, housing, medical, benefits) broadly at the Hong "
            "Kong market level for professionals",
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
    title = "Job offer in Hong Kong"
    if offer is None:
        return ev.check(
            f"{scheme}.job_offer",
            title,
            Status.UNKNOWN,
            "Job offer not answered.",
            "Say whether you have a confirmed job offer in Hong Kong.",
        )
    if offer is False:
        return ev.check(
            f"{scheme}.job_offer",
            title,
            Status.NOT_MET,
            "No job offer yet.",
            "This route needs a confirmed offer from a Hong Kong employer for a "
            "post that matches your qualifications.",
        )
    pay = f", {hkd(offer.monthly_salary_hkd)} a month" if offer.monthly_salary_hkd else ""
    detail = f"Offer: {offer.post or 'a post'} at {offer.employer or 'an employer'}{pay}."
    return ev.check(f"{scheme}.job_offer", title, Status.MET, detail)


def employer_side(scheme: str, key: str, rules: RulePack, on: date, title: str, what: str) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{scheme}.name")
    detail = f"Confirm with your employer: {what}."
    return ev.check(f"{scheme}.{key}", title, Status.UNKNOWN, detail, detail)


def local_recruitment(scheme: str, p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.value(f"{scheme}.name")
    title = "Local recruitment or exemption"
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
            "The post is a Talent List profession: no proof of local recruitment is needed.",
        )
    if limit is not None and yearly is not None and yearly >= limit:
        detail = f"Pay of {hkd(yearly)} a year (12 x monthly salary) is at least {hkd(limit)}: "
        detail += "no proof of local recruitment is needed."
        return ev.check(f"{scheme}.local_recruitment", title, Status.MET, detail)
    detail = "Confirm with your employer that it can show the post cannot readily be filled "
    detail += "locally"
    if limit is not None:
        detail += (
            f" (not needed for a Talent List profession or pay of {hkd(limit)} a year or more)"
        )
    return ev.check(
        f"{scheme}.local_recruitment", title, Status.UNKNOWN, detail + ".", detail + "."
    )


def _outlook(
    scheme: str, household: Household, rules: RulePack, start: date, can_start: bool
) -> Outlook:
    ev = Evidence(rules, start)
    first = ev.num(f"{scheme}.initial_stay_months")
    offer = household.principal.job_offer
    if isinstance(offer, JobOffer) and offer.contract_months is not None:
        first = min(first, offer.contract_months)
    extensions = ev.nums(f"{scheme}.extension_months")
    renewal = [
        "Stay in the approved job: changing employer needs the Director of Immigration's "
        "approval first.",
        "Each extension: still employed on the same terms, with the employer still operating.",
        outlook.extension_window(rules, start),
    ]
    if rules.has(f"{scheme}.top_tier_extension_months", start):
        top = ev.nums(f"{scheme}.top_tier_extension_months")
        income = ev.num(f"{scheme}.top_tier_min_income_hkd")
        renewal.append(
            f"Top-tier: salaries-tax assessable income of {hkd(income)} or more in the "
            f"previous year of assessment (unverified) brings one {top[0] // 12}-year "
            "extension."
        )
    risks = (
        "Your stay is tied to one employer and one job: losing the job ends the basis of "
        "stay unless a new employer is approved.",
    )
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
