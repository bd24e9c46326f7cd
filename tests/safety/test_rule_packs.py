"""Rule packs are checked for what the engine reads, not for syntax only (issue 21, point 9).

Each hostile pack of the issue goes through ``hkpath rules import`` as its own process: it is
refused in one line naming the rule, exit 2, nothing is stored, and ``assess`` afterwards gives
the built-in pack's verdicts. A zip that lies about its sizes is refused without inflating it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rule_pack_cases import HOSTILE, category_a_income, lying_zip, pack_zip
from safety_cases import run_hkpath

REPO_ROOT = Path(__file__).resolve().parents[2]
FAMILY = REPO_ROOT / "tests" / "fixtures" / "family.json"
PEAK = Path(__file__).with_name("peak_memory.py")


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file the data folder holds, but the log, which notes each command and its exit."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] != "logs"
    }


def verdicts(data: Path) -> dict[str, tuple[str, str | None]]:
    result = run_hkpath("assess", str(FAMILY), "--json", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return {p["id"]: (p["verdict"], p["category"]) for p in report["pathways"]}


def import_pack(data: Path, pack: Path) -> subprocess.CompletedProcess[str]:
    return run_hkpath("rules", "import", str(pack), "--yes", "--data-dir", str(data))


def one_line_exit_2(result: subprocess.CompletedProcess[str]) -> str:
    assert (result.returncode, result.stdout) == (2, ""), (result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_pack_is_refused_naming_the_rule_and_stores_nothing(
    case: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    before_verdicts = verdicts(data)
    before = files_under(data)
    change, said = HOSTILE[case]
    error = one_line_exit_2(import_pack(data, pack_zip(tmp_path / "pack.zip", change)))
    assert error.startswith("hkpath rules: not a valid rule pack: ")
    assert said in error
    assert files_under(data) == before
    assert verdicts(data) == before_verdicts
    print(f"\n{case}: {error.strip()}")


def test_a_valid_changed_value_is_imported_and_changes_the_verdict(tmp_path: Path) -> None:
    """The check is not a refusal of everything: HK$3,000,000 is within the bounds, and the
    family's HK$2,600,000 no longer makes Category A."""
    data = tmp_path / "data"
    assert verdicts(data)["ttps"] == ("eligible", "A")
    result = import_pack(data, pack_zip(tmp_path / "pack.zip", category_a_income(3_000_000)))
    assert result.returncode == 0, result.stderr
    assert verdicts(data)["ttps"] != ("eligible", "A")


def test_a_zip_that_lies_about_its_sizes_is_refused_without_inflating_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    honest = pack_zip(tmp_path / "honest.zip")
    lying = lying_zip(tmp_path / "lying.zip", real_bytes=256 * 1024 * 1024)
    assert lying.stat().st_size < 1024 * 1024
    baseline = _peak_kb(import_pack_measured(tmp_path / "baseline", honest))
    result = import_pack_measured(data, lying)
    peak = _peak_kb(result)
    one_line_exit_2(_without_peak(result))
    assert "not a readable .zip" in result.stderr or "too large" in result.stderr
    assert files_under(data) == {}
    assert peak < baseline + 64 * 1024, (peak, baseline)
    print(
        f"\nlying zip ({lying.stat().st_size:,} bytes, 256 MiB inside): peak {peak:,} KiB, "
        f"a valid import {baseline:,} KiB"
    )


def import_pack_measured(data: Path, pack: Path) -> subprocess.CompletedProcess[str]:
    return run_hkpath(
        "rules",
        "import",
        str(pack),
        "--yes",
        "--data-dir",
        str(data),
        prefix=(sys.executable, str(PEAK)),
    )


def _peak_kb(result: subprocess.CompletedProcess[str]) -> int:
    last = result.stderr.splitlines()[-1]
    assert last.startswith("peak_rss_kb="), result.stderr
    return int(last.removeprefix("peak_rss_kb="))


def _without_peak(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    lines = result.stderr.splitlines(keepends=True)[:-1]
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout, "".join(lines)
    )
