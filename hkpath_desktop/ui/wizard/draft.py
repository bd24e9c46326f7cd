"""The answers being edited: the household's members as the wizard currently holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hkpath_desktop.core.facts import Household, Member, Residence, Role


@dataclass
class Draft:
    """Mutable holder of frozen members; pages replace members, the wizard stores them."""

    principal: Member
    dependants: list[Member] = field(default_factory=list)
    today: date = field(default_factory=date.today)

    @classmethod
    def of(cls, household: Household, today: date) -> Draft:
        return cls(
            principal=household.principal, dependants=list(household.dependants), today=today
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
