"""The persona table (tests/core/personas/cases.json): every edge of every pathway, run as data."""

from __future__ import annotations

import json
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from hkpath_desktop.core.assessment import Assessment
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import parse_profile
from hkpath_desktop.core.rules import RulePack, load_builtin

TABLE = json.loads((Path(__file__).parent / "personas" / "cases.json").read_text("utf-8"))
CASES: list[dict[str, Any]] = TABLE["cases"]
RULES: RulePack = load_builtin()


def household_of(case: dict[str, Any]) -> Household:
    principal = {**TABLE["base"], **case["principal"]}
    document = {
        "format": "hkpath.profile",
        "version": 1,
        "household": {"name": case["name"], "members": [principal, *case["dependants"]]},
        "stays": case.get("stays", []),
    }
    return parse_profile(json.dumps(document))


def assess(case: dict[str, Any]) -> Assessment:
    module = import_module(f"hkpath_desktop.core.pathways.{case['pathway']}")
    result: Assessment = module.assess(household_of(case), RULES, date.fromisoformat(case["on"]))
    return result


def test_the_table_covers_every_pathway_and_verdict() -> None:
    assert len(CASES) >= 40
    assert len({c["name"] for c in CASES}) == len(CASES)
    seen = {(c["pathway"], c["expect"].get("verdict")) for c in CASES}
    for pathway in ("ttps", "qmas", "asmtp", "gep", "cies"):
        verdicts = {v for p, v in seen if p == pathway}
        assert {"not_eligible", "incomplete"} <= verdicts
        # the employer's side is never known to the applicant, so these stop at incomplete
        assert "eligible" in verdicts or pathway in ("asmtp", "gep")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_persona(case: dict[str, Any]) -> None:
    result = assess(case)
    expect = case["expect"]
    assert result.pathway == case["pathway"]
    if "verdict" in expect:
        assert result.verdict == expect["verdict"], result.criteria
    if "category" in expect:
        assert result.category == expect["category"]
    if "points" in expect:
        assert result.points == expect["points"], result.criteria
    statuses = {c.id: c.status for c in result.criteria}
    for cid, status in expect.get("criteria", {}).items():
        assert statuses.get(cid) == status, (cid, result.criteria)
    for text in expect.get("gaps", []):
        assert any(text in gap for gap in result.gaps), (text, result.gaps)
    for key, value in expect.get("outlook", {}).items():
        actual = getattr(result.outlook, key)
        assert (actual.isoformat() if isinstance(actual, date) else actual) == value, key


QUESTIONNAIRE_FROM = date(2024, 11, 1)
"""ImmD, QMAS: from 1 November 2024 the General Points Test is a list of 12 criteria, each met
or not, in place of a table of points (a score is a count of criteria, not a sum)."""


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if "points" in c["expect"]],
    ids=[c["name"] for c in CASES if "points" in c["expect"]],
)
def test_a_score_says_what_it_counts_among(case: dict[str, Any]) -> None:
    result = assess(case)
    if date.fromisoformat(case["on"]) >= QUESTIONNAIRE_FROM:
        assert result.points_out_of == 12
    else:
        assert result.points_out_of is None
