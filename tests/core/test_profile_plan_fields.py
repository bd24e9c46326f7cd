"""Profile fields ``plan`` and ``hk_work``: read, written back unchanged, and refused clearly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from plan_helpers import JOB, principal, profile

from hkpath_desktop.core.facts import WorkKind
from hkpath_desktop.core.profile_io import ProfileError, dump_profile, parse_profile


def test_plan_and_hk_work_round_trip_without_loss() -> None:
    business = {
        "kind": "business",
        "employer": "陳氏顧問",
        "start": "2028-01-01",
        "end": "2030-12-31",
    }
    doc = profile(principal(hk_work=[dict(JOB, post="Data lead"), business]))
    household = parse_profile(json.dumps(doc))
    assert household.plan is not None and household.plan.pathway == "ttps"
    work = household.principal.hk_work
    assert work is not None and work[1].kind is WorkKind.BUSINESS and work[1].approved is None
    again = json.loads(dump_profile(household))
    assert again["plan"] == doc["plan"]
    assert again["household"]["members"][0]["hk_work"] == doc["household"]["members"][0]["hk_work"]
    assert parse_profile(dump_profile(household)) == household


def test_not_decided_and_none_planned() -> None:
    doc = profile(principal(hk_work=[]))
    doc["plan"] = {"pathway": None, "entry": None}
    household = parse_profile(json.dumps(doc))
    assert household.plan is not None and household.plan.pathway is None
    assert household.principal.hk_work == ()
    assert json.loads(dump_profile(household))["plan"] == {"pathway": None, "entry": None}


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"plan": {"pathway": "visa", "entry": None}}, "plan.pathway"),
        ({"plan": {"pathway": "ttps", "entry": "2027-02-30"}}, "plan.entry"),
        ({"plan": {"pathway": "ttps"}}, "plan.entry"),
        ({"hk_work": [dict(JOB, kind="contract")]}, "household.members[0].hk_work[0].kind"),
        ({"hk_work": [dict(JOB, end="2027-03-31")]}, "household.members[0].hk_work[0].end"),
        ({"hk_work": [dict(JOB, start=None)]}, "household.members[0].hk_work[0].start"),
        ({"hk_work": [dict(JOB, approved="yes")]}, "household.members[0].hk_work[0].approved"),
        (
            {"hk_work": [dict(JOB, monthly_salary_hkd=-1)]},
            "household.members[0].hk_work[0].monthly_salary_hkd",
        ),
        (
            {"hk_work": [{k: v for k, v in JOB.items() if k != "employer"}]},
            "household.members[0].hk_work[0].employer",
        ),
        ({"hk_work": [dict(JOB, colour="red")]}, "household.members[0].hk_work[0].colour"),
    ],
)
def test_bad_fields_are_named(change: dict[str, Any], path: str) -> None:
    doc = profile(principal())
    if "plan" in change:
        doc["plan"] = change["plan"]
    else:
        doc["household"]["members"][0].update(change)
    with pytest.raises(ProfileError) as raised:
        parse_profile(json.dumps(doc))
    assert raised.value.path == path
