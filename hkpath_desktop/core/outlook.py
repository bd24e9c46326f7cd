"""The seven-year outlook's shared parts: who may come along, what it costs, when PR is due.

Pathway modules add what is theirs (stay pattern, renewal conditions, risks); this module
holds what the rules of §0 of the reference say for all of them: dependants, ImmD fees by
date, and the permanent-residence clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

from hkpath_desktop.core import dependants
from hkpath_desktop.core.assessment import Outlook
from hkpath_desktop.core.facts import Household, Member, Role
from hkpath_desktop.core.pathways.common import hkd
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, listing, text


@dataclass(frozen=True)
class Party:
    """Who would come: the people paying fees, and what to tell the user about the others."""

    people: int
    notes: tuple[str, ...]


def dependants_allowed(rules: RulePack, on: date) -> Text:
    kinds = rules.strs("common.dependant_partner_kinds", on)
    limit = rules.int("common.dependant_child_age_limit", on)
    return _dependants_allowed(tuple(kinds), limit)


@cache
def _dependants_allowed(kinds: tuple[str, ...], limit: int) -> Text:
    """Every pathway says the same sentence: built once per rule values (a Text is immutable)."""
    partners = listing(_partner_kind(k) for k in kinds)
    return text("outlook.dependants_allowed", partners=partners, limit=limit)


def _partner_kind(kind: str) -> str:
    """A relationship kind of the rule pack in words; an unknown kind as it is written."""
    match kind:
        case "married":
            return text("outlook.partner.married")
        case "civil_partnership":
            return text("outlook.partner.civil_partnership")
        case "civil_union":
            return text("outlook.partner.civil_union")
    return kind.replace("_", " ")


def party(household: Household, rules: RulePack, on: date) -> Party:
    """Count the principal and each dependant who can come; explain anyone who cannot."""
    limit = rules.int("common.dependant_child_age_limit", on)
    kinds = rules.strs("common.dependant_partner_kinds", on)
    after_known = rules.flag("common.dependant_child_after_limit_known", on)
    excluded_rule = "common.excluded_nationalities_dependants"
    excluded = rules.strs(excluded_rule, on) if rules.has(excluded_rule, on) else ()
    people = 1
    notes: list[str] = []
    for member in household.dependants:
        name = member.display_name or member.id
        if member.nationality is not None and member.nationality.upper() in excluded:
            said = text(
                "outlook.party.nationality_excluded", name=name, nationality=member.nationality
            )
            notes.append(said)
            continue
        if member.role is Role.SPOUSE:
            people += 1
            if member.relationship is None:
                notes.append(text("outlook.party.confirm_relationship", name=name))
            elif str(member.relationship) not in kinds:
                notes.append(text("outlook.party.relationship_not_accepted", name=name))
            continue
        left_out = dependants.why_not(member, rules, on)
        if left_out is not None:
            notes.append(left_out)
            continue
        people += 1
        notes.extend(_turns_adult(member, name, limit, after_known, on))
    return Party(people, tuple(notes))


def _turns_adult(member: Member, name: str, limit: int, known: bool, on: date) -> list[str]:
    if member.date_of_birth is None:
        return [text("outlook.party.birth_unknown", name=name)]
    adult_on = member.date_of_birth + relativedelta(years=limit)
    if adult_on <= on or known:
        return []
    return [text("outlook.party.turns_adult", name=name, limit=limit, on=adult_on)]


def stay_days(start: date, months: int) -> int:
    return (start + relativedelta(months=months) - start).days


def entry_fees(
    rules: RulePack, when: date, people: int, stay_days_granted: int
) -> tuple[int | None, Text]:
    """ImmD fees for one entry application of the whole household, by the date it is lodged."""
    if rules.has("common.fee_application_hkd", when):
        application = rules.int("common.fee_application_hkd", when)
        short_max = rules.int("common.fee_visa_short_max_days", when)
        long = stay_days_granted > short_max
        visa = rules.int("common.fee_visa_long_hkd" if long else "common.fee_visa_short_hkd", when)
        span = (
            text("outlook.fees.over_days", days=short_max)
            if long
            else text("outlook.fees.up_to_days", days=short_max)
        )
        per = application + visa
        breakdown = text(
            "outlook.fees.breakdown",
            people=people,
            application=hkd(application),
            visa=hkd(visa),
            span=span,
            total=hkd(per * people),
        )
        return per * people, breakdown
    if rules.has("common.fee_flat_hkd", when):
        flat = rules.int("common.fee_flat_hkd", when)
        total = hkd(flat * people)
        return flat * people, text("outlook.fees.flat", people=people, fee=hkd(flat), total=total)
    return None, text("outlook.fees.no_rule", on=when)


def earliest_pr(rules: RulePack, start: date) -> date:
    """Seven years of continuous ordinary residence counted from entry on ``start``.

    An entry on 29 February has no anniversary in a common year; we then name 1 March, the
    first day on which the full seven years have certainly passed, rather than 28 February,
    because applying a day early could be refused.
    """
    years = rules.int("common.pr_residence_years", start)
    anniversary = start + relativedelta(years=years)
    if anniversary.day != start.day:
        anniversary += timedelta(days=1)
    return anniversary


def residence_condition(rules: RulePack, on: date) -> Text:
    return _residence_condition(rules.int("common.pr_residence_years", on))


@cache
def _residence_condition(years: int) -> Text:
    return text("outlook.residence_condition", years=years)


def extension_window(rules: RulePack, on: date) -> Text:
    return _extension_window(rules.int("common.extension_window_weeks", on))


@cache
def _extension_window(weeks: int) -> Text:
    return text("outlook.extension_window", weeks=weeks)


def build(
    *,
    rules: RulePack,
    household: Household,
    start: date,
    eligible_to_start: bool,
    pattern: tuple[int, ...],
    renewal: tuple[str, ...],
    risks: tuple[str, ...],
    capital_hkd: int | None,
    job_offer_needed: bool,
    first_stay_days: int | None = None,
) -> Outlook:
    """Assemble an outlook; the PR date is only given for a pathway the household can start."""
    who = party(household, rules, start)
    initial = pattern[0] if pattern else None
    days = (
        first_stay_days
        if first_stay_days is not None
        else (stay_days(start, initial) if initial is not None else 0)
    )
    fees, breakdown = entry_fees(rules, start, who.people, days)
    all_risks = risks + who.notes
    return Outlook(
        stay_pattern_months=pattern,
        renewal_conditions=(*renewal, residence_condition(rules, start)),
        risks=all_risks,
        main_risk=all_risks[0] if all_risks else "",
        earliest_pr_on=earliest_pr(rules, start) if eligible_to_start else None,
        fees_hkd=fees,
        fee_breakdown=breakdown,
        capital_hkd=capital_hkd,
        job_offer_needed=job_offer_needed,
        dependants_allowed=dependants_allowed(rules, start),
        initial_stay_months=initial,
    )
