"""``hkpath timeline``: the readable list, the exact --json contract, and clean refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

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
    assert out.startswith("Timeline on 2028-01-01 (rule pack 2026.12 (built-in))")
    mei = out.split("\n\n")[1]
    assert mei.index("upcoming:") < mei.index("past:")
    assert mei.index("2028-02-20") < mei.index("2027-02-20")
    assert "No law sets a number of days" in mei and "last 12 months:" in mei
    # ImmD, Meanings of Right of Abode and Other Terms, Ordinary Residence: the periods that
    # are not ordinary residence are named; the six-month flag is not an official figure
    assert "is not ordinary residence" in mei and "domestic helper" in mei
    assert "Reported by Hong Kong Visa Geeza, not confirmed by an official page." in mei


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


def test_ics_is_written_and_parses_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"old calendar")
    assert run(["timeline", str(FIXTURE), "--ics", str(out)], tmp_path) == 0
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert capsys.readouterr().out == f"wrote {len(events)} events to {out}\n"
    assert len(events) > 10
    assert all(e.decoded("dtend") > e.decoded("dtstart") for e in events)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_ics_with_json_keeps_the_contract_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "deadlines.ics"
    assert run(["timeline", str(FIXTURE), "--json", "--ics", str(out)], tmp_path) == 0
    assert list(json.loads(capsys.readouterr().out)) == ["members"]
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ics_into_a_missing_folder_or_onto_a_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere" / "deadlines.ics"
    assert run(["timeline", str(FIXTURE), "--ics", str(missing)], tmp_path) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "--ics" in captured.err
    assert run(["timeline", str(FIXTURE), "--ics", str(tmp_path)], tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err


def test_ics_from_a_bad_profile_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = modified(tmp_path, [{"member": "m1", "left": "2026-06-15", "returned": "2026-06-01"}])
    out = tmp_path / "deadlines.ics"
    assert run(["timeline", str(path), "--ics", str(out)], tmp_path) == 2
    assert not out.exists()
    assert capsys.readouterr().err.count("\n") == 1


def test_readable_list_names_the_top_tier_alternative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document["stays"] = [
        {"member": "m1", "pathway": "ttps", "sponsor": None, "entry": "2025-01-06",
         "limit_of_stay": "2027-01-06"},
    ]  # fmt: skip
    path = tmp_path / "ttps.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run(["timeline", str(path)], tmp_path) == 0
    mei = capsys.readouterr().out.split("\n\n")[1]
    assert "or, top-tier stream: limit of stay 2033-01-06." in mei
    assert run(["timeline", str(path), "--json"], tmp_path) == 0
    assert "top-tier" not in capsys.readouterr().out  # the contract stays as it is
