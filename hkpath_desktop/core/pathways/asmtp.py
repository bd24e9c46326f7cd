"""Admission Scheme for Mainland Talents and Professionals: for Chinese residents of the
Mainland with a Hong Kong job offer; the same tests as the GEP otherwise."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.countries import country
from hkpath_desktop.core.facts import Household, Member
from hkpath_desktop.core.pathways.common import Check, Evidence, all_of, guarded, tri
from hkpath_desktop.core.pathways.employment import assess_employment
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import text

ID = "asmtp"


def assess(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> Assessment:
    return guarded(ID, _assess, household, rules, on, start)


def _assess(household: Household, rules: RulePack, on: date, start: date) -> Assessment:
    return assess_employment(ID, scope(household.principal, rules, on), household, rules, on, start)


def scope(p: Member, rules: RulePack, on: date) -> Check:
    ev = Evidence(rules, on)
    mainland = ev.text(f"{ID}.scope_nationality")
    nat, home = p.nationality, p.residence.country
    status = all_of(
        (
            Status.UNKNOWN if nat is None else tri(nat.upper() == mainland),
            Status.UNKNOWN if home is None else tri(home.upper() == mainland),
        )
    )
    detail = text(
        "asmtp.scope.detail",
        nationality=country(nat) if nat else text("employment.scope.nationality_unknown"),
        home=country(home) if home else text("employment.scope.home_unknown"),
    )
    gap = (
        text("employment.scope.unknown_gap")
        if status is Status.UNKNOWN
        else text("asmtp.scope.gap")
    )
    return ev.check(f"{ID}.scope", text("asmtp.scope.title"), status, detail, gap)
