"""``hkpath plan``: the readable answer, the exact --json contract, what-ifs and clean refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plan_helpers import child, principal, profile

from hkpath_desktop.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"


def run(args: list[str], tmp_path: Path) -> int:
    return main([*args, "--data-dir", str(tmp_path / "data")])


def write(tmp_path: Path, document: dict[str, object]) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_json_is_exactly_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, profile(principal(), child()))
    assert run(["plan", str(path), "--json"], tmp_path) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["rules_version", "on", "pathways"]
    assert report["on"] == "2026-12-07"
    [pathway] = report["pathways"]
    assert list(pathway) == ["id", "entry", "category", "status", "members"]
    assert (pathway["id"], pathway["entry"], pathway["category"]) == ("ttps", "2027-03-01", "A")
    for member in pathway["members"]:
        assert list(member) == ["id", "role", "status", "pr_eligible_on", "renewals"]
        for renewal in member["renewals"]:
            assert list(renewal) == [
                "limit_of_stay",
                "window_opens",
                "next_stay_months",
                "top_tier",
                "status",
                "conditions",
                "actions",
            ]
            for condition in renewal["conditions"]:
                assert list(condition) == ["id", "status", "detail", "source"]
                assert condition["status"] in ("met", "not_met", "unknown")
            assert all(isinstance(a, str) for a in renewal["actions"])
    m1 = pathway["members"][0]
    assert (m1["role"], m1["pr_eligible_on"]) == ("principal", "2034-03-01")
    assert m1["renewals"][0]["window_opens"] == "2029-11-28"


def test_what_if_adds_the_baseline_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, profile(principal()))
    args = ["plan", str(path), "--json", "--what-if", "job-ends:2029-06-30"]
    assert run(args, tmp_path) == 0
    [pathway] = json.loads(capsys.readouterr().out)["pathways"]
    assert list(pathway) == ["id", "entry", "category", "status", "baseline_status", "members"]
    assert (pathway["status"], pathway["baseline_status"]) == ("blocked", "ready")
    renewal = pathway["members"][0]["renewals"][0]
    assert (renewal["status"], renewal["baseline_status"]) == ("blocked", "ready")


def test_pathway_and_entry_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, profile(principal()))
    assert (
        run(["plan", str(path), "--json", "--pathway", "gep", "--entry", "2027-06-01"], tmp_path)
        == 0
    )
    [pathway] = json.loads(capsys.readouterr().out)["pathways"]
    assert (pathway["id"], pathway["entry"]) == ("gep", "2027-06-01")


def test_without_a_plan_every_open_pathway_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["plan", str(FIXTURE), "--json"], tmp_path) == 0
    ids = [p["id"] for p in json.loads(capsys.readouterr().out)["pathways"]]
    assert run(["assess", str(FIXTURE), "--json"], tmp_path) == 0
    assessed = json.loads(capsys.readouterr().out)["pathways"]
    open_ = {p["id"] for p in assessed if p["verdict"] != "not_eligible"}
    assert set(ids) == open_
    assert ids == [p for p in ("ttps", "qmas", "asmtp", "gep", "cies") if p in open_]


def test_readable_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, profile(principal(hk_work=[])))
    assert run(["plan", str(path)], tmp_path) == 0
    out = capsys.readouterr().out
    assert "ttps: entry 2027-03-01, category A: blocked" in out
    assert "renewal at 2030-02-28 (apply from 2029-11-28" in out
    assert "to do: Secure a Hong Kong job" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--what-if", "nap:2030-01-01"], "--what-if"),
        (["--what-if", "away:2030-02-01..2030-01-01"], "--what-if"),
        (["--entry", "2027-13-01"], "--entry"),
        (["--on", "tomorrow"], "--on"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    path = write(tmp_path, profile(principal()))
    assert run(["plan", str(path), *extra], tmp_path) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err


def test_a_bad_profile_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = profile(
        principal(hk_work=[{"kind": "job", "employer": "X", "start": "2027-01-01", "end": None}])
    )
    path = write(tmp_path, document)
    assert run(["plan", str(path)], tmp_path) == 2
    err = capsys.readouterr().err.strip()
    assert "household.members[0].hk_work[0].kind" in err and len(err.splitlines()) == 1
