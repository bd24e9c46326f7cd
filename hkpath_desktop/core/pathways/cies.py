"""New Capital Investment Entrant Scheme, eligibility to start now: scope, age, HK$30M net
assets held through the look-back, self-support and records. The portfolio is ``core.portfolio``."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core import outlook
from hkpath_desktop.core.assessment import Assessment, Outlook, Status
from hkpath_desktop.core.countries import countries, country
from hkpath_desktop.core.facts import STATELESS, Household, Member
from hkpath_desktop.core.pathways import checks
from hkpath_desktop.core.pathways.common import Check, Evidence, conclude, guarded, hkd, tri
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import sentences, text

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
    """Foreign nationals; Chinese nationals with PR abroad; Macao and Taiwan residents (§2.1(b)).

    Hong Kong, Macao, Taiwan and the Mainland are not foreign countries, so permanent residence
    there does not bring a Chinese national in under (ii). A Macao or Taiwan resident is one by
    status (an identity card, a household registration), which neither living there nor that
    permanent residence answers: the profile says it by giving Macao or Taiwan as nationality.
    """
    ev = Evidence(rules, on)
    chinese = ev.text(f"{ID}.chinese_nationality")
    regions = ev.strs(f"{ID}.scope_regions")
    not_foreign = {chinese, *ev.strs(f"{ID}.not_foreign_countries")}
    title = text("cies.scope.title")
    nat, home = p.nationality, p.residence.country
    pr_abroad = p.residence.permanent_residence_abroad
    said = text(
        "cies.scope.said",
        nationality=_nationality(nat),
        home=country(home) if home else text("cies.scope.home_unanswered"),
    )

    def check(status: Status, detail: str, gap: str = "") -> Check:
        return ev.check(f"{ID}.scope", title, status, detail, gap)

    if nat is None:
        return check(
            Status.UNKNOWN, text("cies.scope.detail", said=said), text("cies.scope.nationality_gap")
        )
    nat = nat.upper()
    if nat in regions:
        return check(Status.MET, text("cies.scope.macao_taiwan", said=said))
    if nat not in (chinese, STATELESS.upper()):
        return check(Status.MET, text("cies.scope.foreign", said=said))
    stateless = nat == STATELESS.upper()
    held = tuple(c.upper() for c in pr_abroad or ())
    foreign = tuple(c for c in held if c not in not_foreign)
    region_held = tuple(c for c in held if c in regions)
    if foreign:
        detail = sentences(
            text("cies.scope.pr_abroad", said=said, countries=countries(foreign)),
            text("cies.scope.reentry") if stateless else None,
        )
        return check(Status.MET, detail)
    ignored = tuple(c for c in held if c in not_foreign)
    not_counted = text("cies.scope.not_foreign", places=countries(ignored)) if ignored else None
    if pr_abroad is None:
        return check(
            Status.UNKNOWN, text("cies.scope.detail", said=said), text("cies.scope.pr_gap")
        )
    if region_held or (home is not None and home.upper() in regions):
        detail = sentences(text("cies.scope.lives_in_region", said=said), not_counted)
        return check(Status.UNKNOWN, detail, text("cies.scope.region_gap"))
    return check(
        Status.NOT_MET,
        sentences(text("cies.scope.no_pr", said=said), not_counted),
        text("cies.scope.stateless_gap") if stateless else text("cies.scope.chinese_gap"),
    )


def _nationality(nat: str | None) -> str:
    """The answered nationality code as it was given, in words when it is none or unanswered."""
    if nat is None:
        return text("cies.scope.nationality_unanswered")
    return text("cies.scope.stateless") if nat == STATELESS else country(nat)


def net_assets(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    needed = ev.num(f"{ID}.net_asset_min_hkd")
    months = ev.num(f"{ID}.net_asset_lookback_months")
    title = text("cies.net_assets.title", needed=hkd(needed))
    held = p.net_assets
    if held is None or held.hkd is None:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.UNKNOWN,
            text("cies.net_assets.unanswered"),
            text("cies.net_assets.unanswered_gap", needed=hkd(needed)),
        )
    if held.hkd < needed:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.NOT_MET,
            text("cies.net_assets.too_low", held=hkd(held.hkd), needed=hkd(needed)),
            text("cies.net_assets.too_low_gap", needed=hkd(needed)),
        )
    if held.held_since is None:
        return ev.check(
            f"{ID}.net_assets",
            title,
            Status.UNKNOWN,
            text("cies.net_assets.since_unanswered", held=hkd(held.hkd)),
            text("cies.net_assets.since_unanswered_gap", needed=hkd(needed)),
        )
    ready = lookback_met_from(rules, held.held_since, on)
    detail = text(
        "cies.net_assets.detail", held=hkd(held.hkd), since=held.held_since, on=on, months=months
    )
    status = tri(ready is not None and ready <= on)
    gap = (
        text("cies.net_assets.ready_gap", since=held.held_since, months=months, ready=ready)
        if ready
        else text("cies.net_assets.never_gap")
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
    title = text("cies.self_support.title")
    funds = p.support_funds_hkd
    if funds is None:
        return ev.check(
            f"{ID}.self_support",
            title,
            Status.UNKNOWN,
            text("cies.self_support.unanswered"),
            text("cies.self_support.unanswered_gap"),
        )
    return ev.check(
        f"{ID}.self_support",
        title,
        tri(funds > 0),
        text("cies.self_support.detail", funds=hkd(funds)),
        text("cies.self_support.gap"),
    )


def _outlook(household: Household, rules: RulePack, start: date, can_start: bool) -> Outlook:
    ev = Evidence(rules, start)
    capital = ev.num("cies_portfolio.min_investment_hkd")
    visitor_days = ev.num(f"{ID}.approval_in_principle_stay_days")
    window = ev.num("common.cies_extension_window_months")
    renewal = (
        text("cies.outlook.keep_invested", capital=hkd(capital)),
        text("cies.outlook.yearly"),
        text("cies.outlook.extension", months=window),
    )
    risks = (
        text("cies.outlook.locked_risk", capital=hkd(capital)),
        text("cies.outlook.window_risk", days=visitor_days),
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
