"""``hkpath rules import`` shows what a pack changes before applying it (issue 21, point 9):
each value old → new with its source, each stored household's verdict that turns, and it
applies only with ``--yes`` (the tests' stdin is no terminal, so nobody is asked)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rule_pack_cases import category_a_income, pack_zip

from hkpath_desktop.cli import main
from hkpath_desktop.store.rulepacks import inspect_active_pack

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str]:
    code = main([*argv, "--data-dir", str(data)])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_the_diff_is_shown_and_nothing_applied_without_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(FAMILY))[0] == 0
    pack = pack_zip(tmp_path / "pack.zip", category_a_income(3_000_000))
    code, out = run(capsys, data, "rules", "import", str(pack))
    assert code == 1
    assert "Rule pack 2026.12 (built-in) → 2027.01 (imported, unsigned, from pack.zip)" in out
    assert (
        "  ttps.category_a_min_income_hkd from 2022-12-28: 2,500,000 → 3,000,000 "
        "(ImmD, Top Talent Pass Scheme (revised 1 Jan 2026), Eligibility Criteria (a)"
    ) in out
    assert "Values that change (1):" in out
    today = date.today().isoformat()
    assert f"Verdicts that change on {today}:" in out
    assert (
        "  Chan family, Top Talent Pass Scheme: eligible (category A) → eligible (category B)"
    ) in out
    assert out.splitlines()[-1].startswith("Not applied: nothing changed")
    assert inspect_active_pack(data).pack.origin == "built-in"

    code, out = run(capsys, data, "rules", "import", str(pack), "--yes")
    assert code == 0 and out.splitlines()[-1].startswith("Now using rule pack 2027.01")
    assert inspect_active_pack(data).pack.version == "2027.01"


def test_without_households_no_file_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    code, out = run(capsys, data, "rules", "import", str(pack_zip(tmp_path / "same.zip")))
    assert code == 1
    assert "No value changes." in out
    assert "No verdict of the 0 stored households changes" in out
    assert not data.exists()
