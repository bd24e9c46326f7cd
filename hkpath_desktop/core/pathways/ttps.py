"""Top Talent Pass Scheme: Categories A (income), B (listed degree + experience), C (recent
listed degree). No job offer is needed to enter, but the first extension needs Hong Kong work."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core import outlook
from hkpath_desktop.core.assessment import Assessment, Outlook, Status
from hkpath_desktop.core.facts import (
    EducationLevel,
    HKStatus,
    Household,
    JobOffer,
    Member,
    StayPathway,
    Work,
)
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import (
    Check,
    Evidence,
    any_of,
    choose,
    conclude,
    guarded,
    hkd,
)
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import sentences, text

ID = "ttps"
_WINDOW = "renewals.ttps_extension_window_months"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    p = household.principal
    gate = [
        checks.nationality(ID, p, rules, on),
        checks.records(ID, p, rules, on),
        *checks.overseas_chinese(ID, p, rules, on),
        *first_grant(household, rules, on),
    ]
    listed = checks.degree(ID, p, rules, on, need_list=True)
    routes = [
        ("A", [income(p, rules, on)]),
        ("B", [listed, experience(p, rules, on, enough=True)]),
        (
            "C",
            [
                listed,
                recent_graduation(p, rules, on),
                experience(p, rules, on, enough=False),
                *local_graduate(p, rules, on),
            ],
        ),
    ]
    category, shown = choose(routes)
    found = (*gate, *shown)
    return conclude(
        ID,
        found,
        rules,
        on,
        lambda can_start: _outlook(household, rules, start, category, can_start),
        category=category,
    )


def first_grant(household: Household, rules: RulePack, on: date) -> tuple[Check, ...]:
    """A first TTPS stay is granted to each person once: a recorded earlier one closes new
    entry; with none recorded there is nothing to check (an empty tuple)."""
    ev = Evidence(rules, on)
    p = household.principal
    title = text("ttps.once.title")
    earlier = [
        s.entry
        for s in household.stays
        if s.member == p.id and s.pathway is StayPathway.TTPS and s.entry <= on
    ]
    if not ev.flag(f"{ID}.initial_stay_once") or not earlier:
        return ()
    detail = text("ttps.once.not_met_detail", entry=min(earlier))
    return (ev.check(f"{ID}.once", title, Status.NOT_MET, detail, text("ttps.once.gap")),)


def local_graduate(p: Member, rules: RulePack, on: date) -> tuple[Check, ...]:
    """Category C is closed to non-local students with a Hong Kong bachelor's degree.

    Whether someone studied here as a non-local student (on a student visa) is known only
    while they still hold student status (or when they are a permanent resident, who studied
    as a local); otherwise both readings stay open (unknown). Nothing to check without a
    Hong Kong bachelor's degree (an empty tuple).
    """
    ev = Evidence(rules, on)
    title = text("ttps.local_graduate.title")
    here = [
        r
        for r in p.education or ()
        if r.level is EducationLevel.BACHELOR and (r.country or "").upper() == "HK"
    ]
    if not ev.flag(f"{ID}.category_c_excludes_local_graduates") or not here:
        return ()
    school = here[0].institution or text("checks.degree.an_institution")
    status = p.residence.hk_status
    if status is HKStatus.STUDENT:
        detail = text("ttps.local_graduate.not_met_detail", institution=school)
        gap = text("ttps.local_graduate.gap")
        return (ev.check(f"{ID}.local_graduate", title, Status.NOT_MET, detail, gap),)
    if status is HKStatus.PERMANENT:
        detail = text("ttps.local_graduate.permanent_detail", institution=school)
        return (ev.check(f"{ID}.local_graduate", title, Status.MET, detail),)
    detail = text("ttps.local_graduate.unknown_detail", institution=school)
    gap = text("ttps.local_graduate.unknown_gap")
    return (ev.check(f"{ID}.local_graduate", title, Status.UNKNOWN, detail, gap),)


def income(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    needed = ev.num(f"{ID}.category_a_min_income_hkd")
    kinds = ev.strs(f"{ID}.income_kinds_counted")
    months = ev.num(f"{ID}.income_window_months")
    total, maybe, described = checks.income(p.income, on, months, kinds)
    status = checks.threshold(total, maybe, needed)
    excluded = any(r.kind is not None and str(r.kind) not in kinds for r in p.income or ())
    detail = sentences(
        text("ttps.income.detail", income=described, needed=hkd(needed)),
        text("ttps.income.investment_excluded") if excluded else None,
    )
    gap = (
        text("ttps.income.unknown_gap", months=months)
        if status is Status.UNKNOWN
        else text("ttps.income.gap", needed=hkd(needed), months=months)
    )
    return ev.check(f"{ID}.income", text("ttps.income.title"), status, detail, gap)


def _full_time_or_own(row: Work) -> bool | None:
    if row.full_time or row.self_employed:
        return True
    if row.full_time is None or row.self_employed is None:
        return None
    return False


def experience(p: Member, rules: RulePack, on: date, *, enough: bool) -> Check:
    """Category B needs the minimum years in the window; Category C needs fewer than that."""
    ev = Evidence(rules, on)
    years = ev.num(f"{ID}.category_b_min_experience_years")
    window = ev.num(f"{ID}.experience_window_years")
    levels = ev.strs(f"{ID}.degree_levels")
    graduated = checks.graduation(p, levels, need_list=True)
    since = checks.window_start(on, window * 12)
    floor, ceiling = checks.experience_days(p.work, on, since, graduated, _full_time_or_own)
    needed = checks.years_in_days(on, years)
    has_enough = checks.at_least(floor, ceiling, needed)
    counted = (
        text("ttps.experience.counted_open", years=checks.as_years(floor), window=window, on=on)
        if ceiling is None or ceiling > floor
        else text("ttps.experience.counted", years=checks.as_years(floor), window=window, on=on)
    )
    if enough:
        detail = text("ttps.experience.detail", counted=counted, years=years)
        gap = text("ttps.experience.gap", years=years, window=window)
        title = text("ttps.experience.title")
        return ev.check(f"{ID}.experience", title, has_enough, detail, gap)
    status = {Status.MET: Status.NOT_MET, Status.NOT_MET: Status.MET}.get(
        has_enough, Status.UNKNOWN
    )
    detail = text("ttps.experience_c.detail", counted=counted, years=years)
    gap = text("ttps.experience_c.gap", years=years)
    return ev.check(f"{ID}.experience_c", text("ttps.experience_c.title"), status, detail, gap)


def recent_graduation(p: Member, rules: RulePack, on: date) -> Check:
    """Counted by calendar year of graduation (the TTPS page, Note 6)."""
    ev = Evidence(rules, on)
    window = ev.num(f"{ID}.category_c_graduation_window_years")
    levels = ev.strs(f"{ID}.degree_levels")
    first_year = on.year - window
    statuses = []
    for row in p.education or ():
        qualifies = checks.degree_status(row, levels, need_list=True)
        if qualifies is Status.NOT_MET:
            continue
        if row.awarded_on is None:
            statuses.append(Status.UNKNOWN)
        elif row.awarded_on.year >= first_year and row.awarded_on <= on:
            statuses.append(qualifies)
    if p.education is None:
        statuses.append(Status.UNKNOWN)
    status = any_of(statuses)
    detail = text("ttps.graduation.detail", first_year=first_year, year=on.year)
    gap = (
        text("ttps.graduation.unknown_gap")
        if status is Status.UNKNOWN
        else text("ttps.graduation.gap", first_year=first_year)
    )
    return ev.check(f"{ID}.graduation", text("ttps.graduation.title"), status, detail, gap)


def _outlook(
    household: Household, rules: RulePack, start: date, category: str | None, can_start: bool
) -> Outlook:
    ev = Evidence(rules, start)
    if category == "A":
        first = ev.num(f"{ID}.category_a_initial_stay_months")
        extensions = ev.nums(f"{ID}.category_a_extension_months")
    else:
        first = ev.num(f"{ID}.initial_stay_months")
        extensions = ev.nums(f"{ID}.extension_months")
    top_income = ev.num(f"{ID}.top_tier_min_income_hkd")
    top = ev.nums(f"{ID}.top_tier_extension_months")
    stay = ev.num("timeline.top_tier_min_years_in_hk")
    window = (
        text("ttps.outlook.extension_window", months=ev.num(_WINDOW))
        if rules.has(_WINDOW, start)
        else outlook.extension_window(rules, start)
    )
    renewal = (
        text("ttps.outlook.first_extension"),
        window,
        text("ttps.outlook.top_tier", stay=stay, income=hkd(top_income), years=top[0] // 12),
    )
    risks: list[str] = []
    offer = household.principal.job_offer
    if not isinstance(offer, JobOffer):
        risks.append(text("ttps.outlook.no_job_risk"))
    if category == "C":
        quota = ev.num(f"{ID}.category_c_annual_quota")
        risks.append(text("ttps.outlook.quota_risk", quota=f"{quota:,}"))
    if not ev.verified:
        risks.append(text("ttps.outlook.unverified_risk"))
    return outlook.build(
        rules=rules,
        household=household,
        start=start,
        eligible_to_start=can_start,
        pattern=(first, *extensions),
        renewal=renewal,
        risks=tuple(risks),
        capital_hkd=0,
        job_offer_needed=False,
    )
