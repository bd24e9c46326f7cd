"""Who is a dependant at all: a child aged 18 or over, or married, is not one.

The ImmD dependants page admits unmarried dependent children under 18 (and a spouse or partner);
a child outside that gets no papers, pays no fees and is not counted in the family's funds.
Everything that lists or counts dependants asks here, so each says the same reason.
"""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.facts import Household, Member, Role
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, text

AGE_LIMIT = "common.dependant_child_age_limit"
UNMARRIED = "common.dependant_child_unmarried"


def why_not(member: Member, rules: RulePack, on: date) -> Text | None:
    """Why ``member`` cannot come as a dependant on ``on``; None if they may or it is unknown."""
    if member.role is not Role.CHILD:
        return None
    name = member.display_name or member.id
    limit = rules.int(AGE_LIMIT, on)
    age = member.age_on(on)
    if age is not None and age >= limit:
        return text("outlook.party.child_too_old", name=name, age=age, limit=limit)
    if member.unmarried is False and rules.flag(UNMARRIED, on):
        return text("outlook.party.child_married", name=name)
    return None


def dependants(household: Household, rules: RulePack, on: date) -> tuple[Member, ...]:
    """The members other than the principal who may come as dependants (or may, unknown)."""
    return tuple(m for m in household.dependants if why_not(m, rules, on) is None)
