"""``benchmarks/run.py --quick``: the harness works, prints its contract, and nothing regressed.

The quick run has looser targets than the full run (see ``benchmarks/run.py``); any FAIL
fails this test.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[2] / "benchmarks" / "run.py"
LINE = re.compile(
    r"^(?P<name>[a-z0-9_]+): (?:pending \((?P<why>[^)]+)\)|(?P<value>.+) "
    r"ratio=(?P<ratio>\d+\.\d\d) target=(?P<target>\d+\.\d\d) (?P<verdict>ok|FAIL))$"
)
FIGURES = {
    "cold_start",
    "peak_memory",
    "compare_six_members",
    "adviser_pdf",
    "timeline_1000_trips",
    "autosave_answer",
    "ui_stall",
}


@pytest.mark.slow
def test_quick_run_prints_every_figure_and_none_fails(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HKPATH_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(RUN), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.stdout, result.stderr
    matches = [LINE.match(line) for line in result.stdout.splitlines()]
    assert all(matches), result.stdout
    figures = {m.group("name"): m for m in matches if m is not None}
    assert set(figures) == FIGURES, result.stdout
    failed = {name for name, m in figures.items() if m.group("verdict") == "FAIL"}
    assert not failed, result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    for m in figures.values():
        if m.group("verdict") is not None:
            ratio, target = float(m.group("ratio")), float(m.group("target"))
            assert (m.group("verdict") == "ok") == (ratio <= target), m.group(0)
