"""``hkpath checklist FILE``: the contract JSON, the readable list and bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from hkpath_desktop.cli import main

CONTRACT_KEYS = ["id", "member", "title", "why", "source", "status", "files"]
STATUSES = {"missing", "attached", "not_applicable", "waived"}


@pytest.fixture
def family_file(fixtures_dir: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(fixtures_dir / "family.json", tmp_path / "family.json"))


def _run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["checklist", *args, "--json"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    result: dict[str, Any] = json.loads(out.out)
    return result


def test_json_is_exactly_the_contract(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, str(family_file), "--pathway", "cies", "--stage", "entry")
    assert list(data) == ["pathway", "stage", "items"]
    assert (data["pathway"], data["stage"]) == ("cies", "entry")
    assert data["items"]
    for item in data["items"]:
        assert list(item) == CONTRACT_KEYS
        assert item["status"] in STATUSES and isinstance(item["files"], list)
    passport = next(
        i for i in data["items"] if i["id"] == "cies.entry.travel_document" and i["member"] == "m1"
    )
    assert passport["status"] == "attached"
    assert passport["files"] == ["/home/mei/Documents/護照 passport.pdf"]
    assert {i["member"] for i in data["items"]} == {"m1", "m2", "m3", "m4"}


def test_category_and_extension_options_reach_the_builder(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _run_json(
        capsys, str(family_file), "--pathway", "ttps", "--stage", "entry", "--category", "a"
    )
    ids = {i["id"] for i in a["items"]}
    assert "ttps.entry.income_proof" in ids and "ttps.entry.degree_proof" not in ids
    later = _run_json(
        capsys,
        str(family_file),
        "--pathway",
        "ttps",
        "--stage",
        "extension",
        "--no-first-extension",
        "--same-employer",
        "--no-top-tier",
    )
    ids = {i["id"] for i in later["items"]}
    assert "ttps.extension.employer_letter" in ids
    assert not ids & {"ttps.extension.employer_documents", "ttps.extension.tax_assessment"}


def test_text_groups_by_person_with_progress(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["checklist", str(family_file), "--pathway", "cies", "--stage", "entry"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cies / entry: 2 of 19 documents ready")
    assert "Mei Chan (m1, principal): 1 of 7 documents ready" in out
    assert "Ken Sato (m2, spouse): 1 of 4 documents ready" in out
    assert "[x] Valid passport or travel document  <cies.entry.travel_document>" in out
    assert "File: /home/mei/Documents/護照 passport.pdf" in out
    assert "(unverified)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pathway", "visa", "--stage", "entry"], "--pathway: 'visa' is not one of ttps, qmas"),
        (
            ["--pathway", "gep", "--stage", "annual_maintenance"],
            "--stage: 'annual_maintenance' is not a stage of gep; choose one of entry, "
            "extension, pr",
        ),
        (["--pathway", "ttps", "--stage", "entry", "--category", "D"], "--category: 'D'"),
        (["--pathway", "gep", "--stage", "entry", "--category", "A"], "only the ttps pathway"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    family_file: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["checklist", str(family_file), *args]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.count("\n") == 1 and message in out.err


def test_bad_profile_exits_2_naming_the_field(
    tmp_path: Path, family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(family_file.read_text(encoding="utf-8"))
    document["household"]["members"][1]["date_of_birth"] = "yesterday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["checklist", str(bad), "--pathway", "ttps", "--stage", "entry"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "members[1].date_of_birth" in err
    missing = tmp_path / "absent.json"
    assert main(["checklist", str(missing), "--pathway", "ttps", "--stage", "entry"]) == 2
    assert "cannot read absent.json" in capsys.readouterr().err


def test_text_progress_leaves_not_applicable_papers_out(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ken holds no Hong Kong status: his "if any" identity card is in neither number."""
    args = ["checklist", str(family_file), "--pathway", "ttps", "--stage", "extension"]
    args += ["--first-extension"]
    assert main([*args, "--json"]) == 0
    kens = [i for i in json.loads(capsys.readouterr().out)["items"] if i["member"] == "m2"]
    assert {i["id"]: i["status"] for i in kens}["ttps.extension.dependant_hkid"] == "not_applicable"
    assert main(args) == 0
    out = capsys.readouterr().out
    applies = sum(i["status"] != "not_applicable" for i in kens)
    assert applies == len(kens) - 1
    assert f"Ken Sato (m2, spouse): 0 of {applies} documents ready" in out


def _spouse_lives_in(family_file: Path, country: str | None) -> Path:
    doc = json.loads(family_file.read_text(encoding="utf-8"))
    spouse = doc["household"]["members"][1]
    spouse["nationality"] = "GB"
    spouse["residence"]["country"] = country
    family_file.write_text(json.dumps(doc), encoding="utf-8")
    return family_file


def test_a_british_spouse_in_the_uk_gets_no_macao_papers(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = (str(_spouse_lives_in(family_file, "GB")), "--pathway", "ttps", "--stage", "entry")
    data = _run_json(capsys, *args)
    kens = {i["id"] for i in data["items"] if i["member"] == "m2"}
    assert kens and not {"ttps.entry.macao_id", "ttps.entry.taiwan_documents"} & kens
    assert all(list(item) == CONTRACT_KEYS for item in data["items"])
    assert main(["checklist", *args]) == 0
    out = capsys.readouterr().out
    assert "Macao" not in out and "Taiwan" not in out


def test_an_unanswered_home_keeps_the_macao_papers_marked(
    family_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = (str(_spouse_lives_in(family_file, None)), "--pathway", "ttps", "--stage", "entry")
    data = _run_json(capsys, *args)
    macao = next(
        i for i in data["items"] if i["member"] == "m2" and i["id"] == "ttps.entry.macao_id"
    )
    assert list(macao) == CONTRACT_KEYS and macao["status"] == "missing"
    assert "Needed only for a Macao resident." in macao["why"]
    assert main(["checklist", *args]) == 0
    assert (
        "[ ] Macao identity card (if it applies)  <ttps.entry.macao_id>" in capsys.readouterr().out
    )
