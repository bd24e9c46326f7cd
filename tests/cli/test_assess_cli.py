"""``hkpath assess``: the readable table, the --json contract, and clean refusals (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hkpath_desktop.cli import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family.json"


def run(args: list[str], tmp_path: Path) -> int:
    return main([*args, "--data-dir", str(tmp_path / "data")])


def test_json_is_the_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["assess", str(FIXTURE), "--json", "--on", "2026-11-22"], tmp_path) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["on"] == "2026-11-22" and report["rules_version"]
    assert sorted(p["id"] for p in report["pathways"]) == ["asmtp", "cies", "gep", "qmas", "ttps"]
    ttps = next(p for p in report["pathways"] if p["id"] == "ttps")
    assert ttps["verdict"] == "eligible" and ttps["category"] == "A"


def test_on_defaults_to_the_profile_as_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["assess", str(FIXTURE), "--json"], tmp_path) == 0
    assert json.loads(capsys.readouterr().out)["on"] == "2026-11-22"


def test_on_changes_the_test_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(["assess", str(FIXTURE), "--json", "--on", "2024-10-31"], tmp_path)
    before = json.loads(capsys.readouterr().out)
    run(["assess", str(FIXTURE), "--json", "--on", "2024-11-01"], tmp_path)
    after = json.loads(capsys.readouterr().out)
    points = [
        next(p for p in r["pathways"] if p["id"] == "qmas")["points"] for r in (before, after)
    ]
    assert points[0] > 12 >= points[1]


def test_table_says_a_questionnaire_score_as_criteria_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["assess", str(FIXTURE), "--on", "2024-11-01"], tmp_path)
    after = capsys.readouterr().out
    run(["assess", str(FIXTURE), "--on", "2024-10-31"], tmp_path)
    before = capsys.readouterr().out
    assert " of 12 criteria met" in after and "points " not in after
    assert "points " in before and "criteria met" not in before


def test_table_shows_verdicts_criteria_and_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["assess", str(FIXTURE)], tmp_path) == 0
    out = capsys.readouterr().out
    assert "rule pack 2026.12" in out
    assert "Top Talent Pass Scheme [ttps]: eligible (category A)" in out
    assert "[met]" in out and "[unknown]" in out and "gap:" in out


def test_bad_date_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["assess", str(FIXTURE), "--on", "22/11/2026"], tmp_path) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--on" in err


def test_bad_profile_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(FIXTURE.read_text("utf-8"))
    doc["household"]["members"][0]["date_of_birth"] = "soon"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    assert run(["assess", str(bad)], tmp_path) == 2
    assert "date_of_birth" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["assess", str(tmp_path / "nope.json")], tmp_path) == 2
    assert "nope.json" in capsys.readouterr().err
