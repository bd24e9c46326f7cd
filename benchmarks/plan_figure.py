"""The seven-year plan of six members over all five pathways, against reading the household.

The plan is asked for whenever the Plan view, the PDF or ``hkpath plan`` shows it; it should
cost no more than reading the household from the SQLite file it comes from.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from benchmarks.measure import ON, Figure, household_of, ms, side_by_side
from hkpath_desktop.core.facts import PATHWAY_IDS, HKWork, Household, WorkKind
from hkpath_desktop.core.plan import build_plan
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository


def _working(household: Household) -> Household:
    """The principal with a Hong Kong job planned, so that every condition has facts to read."""
    principal = household.principal
    job = HKWork(WorkKind.EMPLOYMENT, "Acme HK Ltd", ON, None, "Engineer", 90_000, True, True, True)
    working = dataclasses.replace(principal, hk_work=(job,))
    members = tuple(working if m.id == principal.id else m for m in household.members)
    return dataclasses.replace(household, members=members)


def plan_figure(rules: RulePack, runs: int, target: float) -> Figure:
    household = _working(household_of(6))
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        repository = Repository.open(Path(folder))
        try:
            household_id = repository.add_household(household)
            ours, load = side_by_side(
                lambda: build_plan(household, rules, ON, PATHWAY_IDS),
                lambda: repository.load(household_id),
                runs,
            )
        finally:
            repository.close()
    return Figure("plan_six_members", f"{ms(ours)} vs load {ms(load)}", ours / load, target)
