"""Verdicts that explain themselves: the five pathways assessed, ranked and outlooked.

Every pathway module (``core/pathways/*.py``) returns an :class:`Assessment` built from
:class:`Criterion` objects; the GUI, the CLI and the PDFs render those objects and never
re-derive a reason. The verdict follows one rule everywhere (:func:`verdict_of`): any criterion
not met makes the pathway not eligible, else any unknown one makes it incomplete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    INCOMPLETE = "incomplete"


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Criterion:
    """One requirement: whether it is met, the facts used, and the rule's citation."""

    id: str
    title: str
    status: Status
    detail: str
    source: str
    verified: bool

    def to_contract(self) -> dict[str, str]:
        return {
            "id": self.id,
            "status": str(self.status),
            "detail": self.detail,
            "source": self.source,
        }


@dataclass(frozen=True)
class Outlook:
    """What holding the pathway for seven years looks like, from the day it starts."""

    stay_pattern_months: tuple[int, ...]
    renewal_conditions: tuple[str, ...]
    risks: tuple[str, ...]
    main_risk: str
    earliest_pr_on: date | None
    fees_hkd: int | None
    fee_breakdown: str
    capital_hkd: int | None
    job_offer_needed: bool
    dependants_allowed: str
    initial_stay_months: int | None


@dataclass(frozen=True)
class Assessment:
    pathway: str
    name: str
    verdict: Verdict
    category: str | None
    points: int | None
    points_out_of: int | None
    """How many criteria ``points`` counts among (the QMAS questionnaire); ``None`` for a total."""
    criteria: tuple[Criterion, ...]
    gaps: tuple[str, ...]
    outlook: Outlook
    rules_version: str

    def to_contract(self) -> dict[str, object]:
        """One element of the ``pathways`` list of ``hkpath assess --json``."""
        return {
            "id": self.pathway,
            "verdict": str(self.verdict),
            "category": self.category,
            "points": self.points,
            "criteria": [c.to_contract() for c in self.criteria],
            "gaps": list(self.gaps),
        }


def verdict_of(criteria: tuple[Criterion, ...]) -> Verdict:
    """Any not met -> not eligible; else any unknown -> incomplete; else eligible."""
    statuses = {c.status for c in criteria}
    if Status.NOT_MET in statuses:
        return Verdict.NOT_ELIGIBLE
    if Status.UNKNOWN in statuses or not criteria:
        return Verdict.INCOMPLETE
    return Verdict.ELIGIBLE
