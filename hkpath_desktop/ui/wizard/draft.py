"""The answers being edited: the household's members, plan and stays as the wizard holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hkpath_desktop.core.facts import Household, HouseholdPlan, Member, Residence, Role, Stay


@dataclass
class Draft:
    """Mutable holder of frozen facts; pages replace them, the wizard stores what changed."""

    principal: Member
    dependants: list[Member] = field(default_factory=list)
    today: date = field(default_factory=date.today)
    plan: HouseholdPlan | None = None
    stays: tuple[Stay, ...] = ()

    @classmethod
    def of(cls, household: Household, today: date) -> Draft:
        return cls(
            principal=household.principal,
            dependants=list(household.dependants),
            today=today,
            plan=household.plan,
            stays=household.stays,
        )

    def members(self) -> tuple[Member, ...]:
        return (self.principal, *self.dependants)

    def new_member(self, role: Role, taken: set[str]) -> Member:
        """An empty dependant with an id neither a member nor ``taken`` uses (``taken`` grows)."""
        used = {m.id for m in self.members()} | taken
        number = 2
        while f"m{number}" in used:
            number += 1
        taken.add(f"m{number}")
        return Member(
            id=f"m{number}",
            role=role,
            given_name="",
            family_name="",
            date_of_birth=None,
            nationality=None,
            residence=Residence(country=None),
        )
