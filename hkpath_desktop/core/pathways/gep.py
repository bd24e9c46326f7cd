"""General Employment Policy (professionals): for everyone in scope who is not a Chinese
resident of the Mainland, with a Hong Kong job offer the employer sponsors."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.facts import Household, Member
from hkpath_desktop.core.pathways.common import Check, Evidence, guarded
from hkpath_desktop.core.pathways.employment import assess_employment
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import listing, sentences, text

ID = "gep"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    return assess_employment(ID, scope(household.principal, rules, on), household, rules, on, start)


def scope(p: Member, rules: RulePack, on: date) -> Check:
    """Chinese nationals from the Mainland count only with residence abroad (§0.1)."""
    ev = Evidence(rules, on)
    chinese = ev.text("asmtp.scope_nationality")
    regions = ev.strs(f"{ID}.scope_regions")
    years = ev.num("common.overseas_chinese_min_years_abroad")
    title = text("gep.scope.title")
    nat, home = p.nationality, p.residence.country
    said = text(
        "gep.scope.detail",
        nationality=nat or text("employment.scope.nationality_unknown"),
        home=home or text("employment.scope.home_unknown"),
    )
    if nat is None or (nat.upper() == chinese and home is None):
        return ev.check(
            f"{ID}.scope", title, Status.UNKNOWN, said, text("employment.scope.unknown_gap")
        )
    if nat.upper() != chinese or (home is not None and home.upper() in regions):
        return ev.check(f"{ID}.scope", title, Status.MET, said)
    if home is not None and home.upper() == chinese:
        return ev.check(
            f"{ID}.scope",
            title,
            Status.NOT_MET,
            sentences(said, text("gep.scope.mainland_detail")),
            text("gep.scope.mainland_gap"),
        )
    if p.residence.permanent_residence_abroad:
        abroad = listing(p.residence.permanent_residence_abroad)
        held = text("gep.scope.permanent_abroad_detail", places=abroad)
        return ev.check(f"{ID}.scope", title, Status.MET, sentences(said, held))
    need = text("gep.scope.abroad_gap", years=years)
    return ev.check(f"{ID}.scope", title, Status.UNKNOWN, sentences(said, need), need)
