"""General Employment Policy (professionals): for everyone in scope who is not a Chinese
resident of the Mainland, with a Hong Kong job offer the employer sponsors."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.countries import countries, country
from hkpath_desktop.core.facts import Household, Member
from hkpath_desktop.core.pathways.common import Check, Evidence, guarded
from hkpath_desktop.core.pathways.employment import assess_employment
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import sentences, text

ID = "gep"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    return assess_employment(ID, scope(household.principal, rules, on), household, rules, on, start)


def scope(p: Member, rules: RulePack, on: date) -> Check:
    """Chinese nationals count only with residence overseas (the GEP page, Facilitation
    Measures); Macao and Taiwan residents are in scope whatever their nationality."""
    ev = Evidence(rules, on)
    chinese = ev.text("asmtp.scope_nationality")
    regions = ev.strs(f"{ID}.scope_regions")
    years = ev.num("common.overseas_chinese_min_years_abroad")
    title = text("gep.scope.title")
    nat, home = p.nationality, p.residence.country
    said = text(
        "gep.scope.detail",
        nationality=country(nat) if nat else text("employment.scope.nationality_unknown"),
        home=country(home) if home else text("employment.scope.home_unknown"),
    )
    if nat is None or (nat.upper() == chinese and home is None):
        return ev.check(
            f"{ID}.scope", title, Status.UNKNOWN, said, text("employment.scope.unknown_gap")
        )
    if nat.upper() != chinese or (home is not None and home.upper() in regions):
        return ev.check(f"{ID}.scope", title, Status.MET, said)
    not_overseas = ev.strs("common.not_overseas")
    overseas = [
        c for c in p.residence.permanent_residence_abroad or () if c.upper() not in not_overseas
    ]
    if home is not None and home.upper() == chinese and overseas:
        # overseas permanent residence opens the GEP, living on the Mainland points to the
        # ASMTP: the page does not say which wins, so both readings stay open
        both = text("gep.scope.mainland_with_pr_detail", places=countries(overseas))
        gap = text("gep.scope.mainland_with_pr_gap")
        return ev.check(f"{ID}.scope", title, Status.UNKNOWN, sentences(said, both), gap)
    if home is not None and home.upper() == chinese:
        return ev.check(
            f"{ID}.scope",
            title,
            Status.NOT_MET,
            sentences(said, text("gep.scope.mainland_detail")),
            text("gep.scope.mainland_gap"),
        )
    if overseas:
        held = text("gep.scope.permanent_abroad_detail", places=countries(overseas))
        return ev.check(f"{ID}.scope", title, Status.MET, sentences(said, held))
    need = text("gep.scope.abroad_gap", years=years)
    return ev.check(f"{ID}.scope", title, Status.UNKNOWN, sentences(said, need), need)
