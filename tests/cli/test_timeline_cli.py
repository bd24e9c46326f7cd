"""``hkpath timeline``: the readable list, the exact --json contract, and clean refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hkpath_desktop.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"


def run(args: list[str], tmp_path: Path) -> int:
    return main([*args, "--data-dir", str(tmp_path / "data")])


def modified(tmp_path: Path, trips: list[dict[str, object]]) -> Path:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document["trips"] = trips
    path = tmp_path / "family.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_json_is_exactly_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["timeline", str(FIXTURE), "--json"], tmp_path) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["members"]
    assert [m["id"] for m in report["members"]] == ["m1", "m2", "m3", "m4"]
    for member in report["members"]:
        assert list(member) == ["id", "clock_start", "pr_eligible_on", "events"]
        for event in member["events"]:
            assert list(event) == ["date", "kind", "label"]
    m1, m2, _, m4 = report["members"]
    assert (m1["clock_start"], m1["pr_eligible_on"]) == ("2026-03-01", "2033-03-01")
    assert {"date": "2027-12-01", "kind": "portfolio_check"}.items() <= m1["events"][2].items()
    assert any(e["kind"] == "travel_document" and e["date"] == "2027-03-01" for e in m2["events"])
    assert (m4["clock_start"], m4["pr_eligible_on"]) == (None, None)
    assert [e["kind"] for e in m4["events"]] == ["child_turns_adult"]


def test_readable_list_shows_upcoming_first_and_the_rule_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["timeline", str(FIXTURE), "--on", "2028-01-01"], tmp_path) == 0
    out = capsys.readouterr().out
    assert out.startswith("Timeline on 2028-01-01 (rule pack 2026.11 (built-in))")
    mei = out.split("\n\n")[1]
    assert mei.index("upcoming:") < mei.index("past:")
    assert mei.index("2028-02-20") < mei.index("2027-02-20")
    assert "No law sets a number of days" in mei and "last 12 months:" in mei


def test_overlapping_trips_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = modified(
        tmp_path,
        [
            {"member": "m1", "left": "2026-06-01", "returned": "2026-06-15"},
            {"member": "m1", "left": "2026-06-10", "returned": None},
        ],
    )
    assert run(["timeline", str(path), "--json"], tmp_path) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "overlaps" in captured.err
    assert "2026-06-10" in captured.err


def test_reversed_trip_and_bad_date_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = modified(tmp_path, [{"member": "m1", "left": "2026-06-15", "returned": "2026-06-01"}])
    assert run(["timeline", str(path)], tmp_path) == 2
    assert "trips[0].returned" in capsys.readouterr().err
    assert run(["timeline", str(FIXTURE), "--on", "2026-02-30"], tmp_path) == 2
    assert "--on" in capsys.readouterr().err
