"""The five pathways side by side: each assessed by its module, then ranked.

``ASSESSORS`` is the registry: one entry per pathway, in the contract's order. The pathway
modules import ``core.assessment`` for the shapes they return; this module sits above them,
so nothing needs an import inside a function to reach them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType

from hkpath_desktop.core.assessment import Assessment, Verdict
from hkpath_desktop.core.facts import PATHWAY_IDS, Household
from hkpath_desktop.core.pathways import asmtp, cies, gep, qmas, ttps
from hkpath_desktop.core.rules import RulePack

Assessor = Callable[[Household, RulePack, date, date | None], Assessment]

ASSESSORS: Mapping[str, Assessor] = MappingProxyType(
    {
        "ttps": ttps.assess,
        "qmas": qmas.assess,
        "asmtp": asmtp.assess,
        "gep": gep.assess,
        "cies": cies.assess,
    }
)

_VERDICT_RANK = {Verdict.ELIGIBLE: 0, Verdict.INCOMPLETE: 1, Verdict.NOT_ELIGIBLE: 2}


def sustainability_key(assessment: Assessment) -> tuple[int, int, int, int]:
    """Ranking: eligible first; then fewer risks, no job offer to depend on, contract order.

    The question is "can I keep this visa for seven years": the number of plain-word risks in
    the outlook is our measure of that, and being tied to one employer counts against.
    """
    return (
        _VERDICT_RANK[assessment.verdict],
        len(assessment.outlook.risks),
        int(assessment.outlook.job_offer_needed),
        PATHWAY_IDS.index(assessment.pathway),
    )


def assess_all(
    household: Household, rules: RulePack, on: date, start: date | None = None
) -> tuple[Assessment, ...]:
    """All five pathways, ranked; ``start`` is the planned entry date (default: the one the
    household's plan gives when it is after ``on``, else ``on``)."""
    if start is None and household.plan is not None and household.plan.entry is not None:
        start = max(on, household.plan.entry)
    results = [ASSESSORS[pathway](household, rules, on, start) for pathway in PATHWAY_IDS]
    return tuple(sorted(results, key=sustainability_key))


def assessment_report(household: Household, rules: RulePack, on: date) -> dict[str, object]:
    """The whole ``hkpath assess --json`` document (profile-format.md), pathways ranked."""
    return {
        "rules_version": rules.version,
        "on": on.isoformat(),
        "pathways": [a.to_contract() for a in assess_all(household, rules, on)],
    }
