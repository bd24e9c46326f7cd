"""Who is a dependant: a child 18 or over, or married, gets no papers, no fees, no family funds.

ImmD, Dependants (revised 2025-12-15), Eligibility Criteria: a sponsor may bring a spouse or
partner and "unmarried dependent children under the age of 18"; anyone else is not a dependant,
and is told why in every place that would otherwise list or count them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hkpath_desktop.cli import main
from hkpath_desktop.core.checklists import build_checklist
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.pathways import ttps
from hkpath_desktop.core.rules import load_builtin
from tests.core.test_pathways_personas import household_of

RULES = load_builtin()
ON = date(2026, 11, 22)


def child(born: str, unmarried: bool | None = True) -> dict[str, Any]:
    return {
        "id": "m3",
        "role": "child",
        "given_name": "Yui",
        "family_name": "Chan",
        "date_of_birth": born,
        "nationality": "JP",
        "unmarried": unmarried,
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
    }


def family(kid: dict[str, Any]) -> Any:
    return household_of({"name": "f", "principal": {}, "dependants": [kid]})


def members_listed(kid: dict[str, Any], pathway: str = "ttps", stage: str = "entry") -> set[str]:
    checklist = build_checklist(family(kid), pathway, stage, on=ON, rules=RULES)
    return {item.member for item in checklist.items}


# "unmarried dependent children under the age of 18": 18 today is out, one day younger is in
@pytest.mark.parametrize(("born", "listed"), [("2008-11-22", False), ("2008-11-23", True)])
def test_a_child_of_18_has_no_papers_and_a_day_younger_has(born: str, listed: bool) -> None:
    for pathway in ("ttps", "qmas", "gep", "asmtp", "cies"):
        assert ("m3" in members_listed(child(born), pathway)) is listed, pathway


# "unmarried dependent children": a married child is out, an unmarried one in, unknown listed
@pytest.mark.parametrize(("unmarried", "listed"), [(False, False), (True, True), (None, True)])
def test_a_married_child_has_no_papers(unmarried: bool | None, listed: bool) -> None:
    assert ("m3" in members_listed(child("2012-01-01", unmarried), stage="extension")) is listed


def test_the_checklist_says_why_in_each_language() -> None:
    household = family(child("2008-11-22"))
    said = {
        lang: build_checklist(household, "ttps", "entry", on=ON, rules=RULES, language=lang)
        for lang in Language
    }
    assert [(x.member, x.reason) for x in said[Language.EN].left_out] == [
        ("m3", "Yui Chan is 18: children 18 or over cannot join as new dependants.")
    ]
    assert said[Language.ZH_HK].left_out[0].reason == (
        "Yui Chan現年18歲：18歲或以上的子女不能以新受養人身份來港。"
    )
    assert said[Language.ZH_CN].left_out[0].reason == (
        "Yui Chan现年18岁：18岁或以上的子女不能以新受养人身份来港。"
    )
    married = build_checklist(family(child("2012-01-01", False)), "cies", "entry", on=ON)
    assert [x.reason for x in married.left_out] == [
        "Yui Chan: only unmarried children can join as dependants."
    ]


def test_the_outlook_counts_no_fee_for_them_and_says_why() -> None:
    for kid in (child("2008-11-22"), child("2012-01-01", False)):
        outlook = ttps.assess(family(kid), RULES, ON).outlook
        assert outlook.fees_hkd == 1900  # the principal alone (ImmD fee page)
        assert any(risk.startswith("Yui Chan") for risk in outlook.risks)


def test_the_cli_list_says_who_has_no_papers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = json.loads((Path(__file__).parent / "personas" / "cases.json").read_text("utf-8"))
    document = {
        "format": "hkpath.profile",
        "version": 1,
        "as_of": "2026-11-22",
        "household": {"name": "f", "members": [base["base"], child("2008-11-22")]},
    }
    path = tmp_path / "f.json"
    path.write_text(json.dumps(document), "utf-8")
    assert main(["checklist", str(path), "--pathway", "ttps", "--stage", "entry"]) == 0
    out = capsys.readouterr().out
    assert "Yui Chan (m3, child): no papers" in out
    assert "children 18 or over cannot join as new dependants" in out
    assert main(["checklist", str(path), "--pathway", "ttps", "--stage", "entry", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert items and all(item["member"] == "m1" for item in items)
