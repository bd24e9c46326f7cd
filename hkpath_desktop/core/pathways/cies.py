"""New Capital Investment Entrant Scheme, eligibility to start now: scope, age, HK$30M net
assets held through the look-back, self-support and records. The portfolio is ``core.portfolio``."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core import outlook
from hkpath_desktop.core.assessment import Assessment, Outlook, Status
from hkpath_desktop.core.facts import STATELESS, Household, Member
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import Check, Evidence, conclude, guarded, hkd, tri
from hkpath_desktop.core.rules import RulePack

ID = "cies"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    p = household.principal
    found = (
        scope(p, rules, on),
        checks.nationality(ID, p, rules, on),
        checks.min_age(ID, p, rules, on),
        net_assets(p, rules, on),
        self_support(p, rules, on),
        checks.records(ID, p, rules, on),
    )
    return conclude(
        ID, found, rules, on, lambda can_start: _outlook(household, rules, start, can_start)
    )


def scope(p: Member, rules: RulePack, on: date) -> Check:
    """Foreign nationals; Chinese nationals with PR abroad; Macao and Taiwan residents (§2.1(b))."""
    ev = Evidence(rules, on)
    chinese = ev.text(f"{ID}.chinese_nationality")
    regions = ev.strs(f"{ID}.scope_regions")
    title = "Within the scheme's scope"
    nat, home = p.nationality, p.residence.country
    pr_abroad = p.residence.permanent_residence_abroad
    said = f"Nationality {nat or 'not answered'}, living in {home or 'a place not answered'}"
    if nat is None:
        return ev.check(
            f"{ID}.scope", title, Status.UNKNOWN, said + ".", "Give the principal's nationality."
        )
    nat = nat.upper()
    if nat in regions or (nat == chinese and home is not None and home.upper() in regions):
        return ev.check(f"{ID}.scope", title, Status.MET, said + ": a Macao or Taiwan resident.")
    if nat not in (chinese, STATELESS.upper()):
        return ev.check(f"{ID}.scope", title, Status.MET, said + ": a foreign national.")
    who = "Stateless persons" if nat == STATELESS.upper() else "Chinese nationals"
    if pr_abroad is None:
        return ev.check(
            f"{ID}.scope",
            title,
            Status.UNKNOWN,
            said + ".",
            "Say whether you hold permanent residence in another country.",
        )
    if pr_abroad:
        detail = f"{said}; permanent residence in {', '.join(pr_abroad)}."
        if who.startswith("Stateless"):
            detail += " Proven re-entry rights there are also needed."
        return ev.check(f"{ID}.scope", title, Status.MET, detail)
    return ev.check(
        f"{ID}.scope",
        title,
        Status.NOT_MET,
        f"{said}; no permanent residence abroad.",
        f"{who} qualify only with permanent residence in a foreign country.",
    )


def net_assets(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    needed = ev.num(f"{ID}.net_asset_min_hkd")
    months = ev.num(f"{ID}.net_asset_lookback_months")
    title = f"Net assets of {hkd(needed)}"
    held = p.net_assets
    if held is None or held.hkd is None:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.UNKNOWN,
            "Net assets not answered.",
            f"Give your net assets (the scheme needs {hkd(needed)}).",
        )
    if held.hkd < needed:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.NOT_MET,
            f"Net assets {hkd(held.hkd)}; the scheme needs {hkd(needed)}.",
            f"Net assets must reach {hkd(needed)} and be held for the look-back "
            "period before applying.",
        )
    if held.held_since is None:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.UNKNOWN,
            f"Net assets {hkd(held.hkd)}; since when is not answered.",
            f"Give the date since which you have held {hkd(needed)}.",
        )
    ready = lookback_met_from(rules, held.held_since, on)
    detail = f"Net assets {hkd(held.hkd)} held since {held.held_since.isoformat()}; applying on "
    detail += f"{on.isoformat()} they must have been held for the {months} months before."
    status = tri(ready is not None and ready <= on)
    gap = (
        f"Net assets held since {held.held_since.isoformat()}: the {months}-month test is "
        f"met from {ready.isoformat()}."
        if ready
        else "The net assets must be held throughout the look-back period before applying."
    )
    return ev.check(f"{ID}.net_assets", title, status, detail, gap)


def lookback_met_from(rules: RulePack, since: date, on: date) -> date | None:
    """The first day from ``on`` on which assets held since ``since`` pass the look-back in force.

    The look-back is the one in force on the day of applying, so a shorter period that starts
    later (six months from 1 Mar 2025) can bring the date forward.
    """
    best: date | None = None
    for value in rules.history(f"{ID}.net_asset_lookback_months"):
        if not isinstance(value.value, int) or (value.effective_to and value.effective_to < on):
            continue
        day = max(on, value.effective_from, since + relativedelta(months=value.value))
        if value.effective_to is None or day <= value.effective_to:
            best = day if best is None else min(best, day)
    return best


def self_support(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    ev.flag(f"{ID}.self_support_required")
    title = "Can support the household"
    funds = p.support_funds_hkd
    if funds is None:
        return ev.check(
            f"{ID}.self_support",
            title,
            Status.UNKNOWN,
            "Funds not answered.",
            "Give the funds you would live on besides the scheme investment.",
        )
    detail = (
        f"You report {hkd(funds)} to live on besides the scheme investment; no figure "
        "is published, the New CIES Office judges it."
    )
    return ev.check(
        f"{ID}.self_support",
        title,
        tri(funds > 0),
        detail,
        "You must support the household without returns from the scheme "
        "investment, Hong Kong work or public assistance.",
    )


def _outlook(household: Household, rules: RulePack, start: date, can_start: bool) -> Outlook:
    ev = Evidence(rules, start)
    capital = ev.num("cies_portfolio.min_investment_hkd")
    visitor_days = ev.num(f"{ID}.approval_in_principle_stay_days")
    window = ev.num("common.cies_extension_window_months")
    renewal = (
        f"Keep {hkd(capital)} invested in permissible assets the whole time; a fall in value "
        "needs no top-up, but nothing may be withdrawn beyond what the rules allow.",
        "Every year: a CPA's fulfilment document and the anniversary statement within one "
        "month after each anniversary of Formal Approval.",
        f"Each extension: a portfolio check at the New CIES Office no earlier than {window} "
        "months before the stay ends, then the extension at the Immigration Department.",
    )
    risks = (
        f"{hkd(capital)} stays locked in Hong Kong investments for seven years; their value "
        "can fall and is not guaranteed.",
        f"The investment must be made within the window: {visitor_days} days after "
        "approval-in-principle at the latest, or the application starts again.",
    )
    return outlook.build(
        rules=rules,
        household=household,
        start=start,
        eligible_to_start=can_start,
        pattern=(ev.num(f"{ID}.initial_stay_months"), *ev.nums(f"{ID}.extension_months")),
        renewal=renewal,
        risks=risks,
        capital_hkd=capital,
        job_offer_needed=False,
        first_stay_days=visitor_days,
    )
