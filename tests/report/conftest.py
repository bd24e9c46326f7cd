"""PDF fixtures: the fixture family, and a six-person household with a Chinese name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pdfcheck import CHINESE_NAME, HOUSEHOLD_NAME

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import parse_profile
from hkpath_desktop.core.rules import RulePack, load_builtin


@pytest.fixture(scope="session")
def rules() -> RulePack:
    return load_builtin()


def _child(member_id: str, given: str, born: str) -> dict[str, Any]:
    return {
        "id": member_id,
        "role": "child",
        "given_name": given,
        "family_name": "Sato",
        "date_of_birth": born,
        "nationality": "JP",
        "residence": {"country": "JP", "permanent_residence_abroad": [], "hk_status": "none"},
        "unmarried": True,
    }


@pytest.fixture(scope="session")
def family(fixtures: Path) -> Household:
    """The fixture family: four people, Chinese text in an institution and a file name."""
    return parse_profile((fixtures / "family.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="session")
def six(fixtures: Path) -> Household:
    """Six people: the principal's name in Chinese characters, two more children, more files."""
    data = json.loads((fixtures / "family.json").read_text(encoding="utf-8"))
    data["household"]["name"] = HOUSEHOLD_NAME
    principal = data["household"]["members"][0]
    principal["given_name"], principal["family_name"] = CHINESE_NAME, ""
    data["household"]["members"] += [
        _child("m5", "Aoi", "2012-01-09"),
        _child("m6", "Sora", "2019-10-30"),
    ]
    data["documents"].append(
        {
            "member": "m5",
            "item": "cies.entry.travel_document",
            "path": "C:\\Users\\mei\\Aoi 護照.pdf",
            "sha256": "ab" * 32,
        }
    )
    data["notes"].append(
        {"text": "Aoi 的護照 renews in March", "member": "m5", "item": "cies.entry.photo"}
    )
    return parse_profile(json.dumps(data, ensure_ascii=False))
