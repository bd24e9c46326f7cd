"""Figures 1 and 7: launch to the Compare tab's verdicts, and peak memory, in fresh interpreters.

Each run is a new ``python`` process, so nothing is warm but the operating system's file
cache, which both sides share: the baseline (a bare window, launch to paint) and the program
start alternately.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import Figure, demo_household, ms
from hkpath_desktop.store.repository import Repository

BASELINES = Path(__file__).with_name("baselines")
TIMEOUT_S = 60


def _env(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    env["XDG_CONFIG_HOME"] = str(settings)
    return env


def _start(script: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning ``script`` until it says ``painted``, and its peak RSS in KiB then."""
    command = [sys.executable, str(BASELINES / script), *args]
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.wait(timeout=TIMEOUT_S)
    if not line.startswith("painted "):
        raise RuntimeError(f"{script} did not paint (exit {process.returncode})")
    return elapsed, int(line.split()[1])


def start_up_figures(runs: int, time_target: float, memory_target: float) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        data = Path(folder, "data")
        with Repository.open(data) as repository:
            repository.add_household(demo_household())
        env = _env(Path(folder, "settings"))
        _start("bare_window.py", env=env)
        _start("app_window.py", str(data), env=env)
        ours: list[tuple[float, int]] = []
        bare: list[tuple[float, int]] = []
        for _ in range(runs):
            bare.append(_start("bare_window.py", env=env))
            ours.append(_start("app_window.py", str(data), env=env))
    our_time = statistics.median(t for t, _ in ours)
    bare_time = statistics.median(t for t, _ in bare)
    our_peak = statistics.median(k for _, k in ours)
    bare_peak = statistics.median(k for _, k in bare)
    return [
        Figure(
            "time_to_verdicts",
            f"{ms(our_time)} to the five verdicts vs bare window {ms(bare_time)} to paint",
            our_time / bare_time,
            time_target,
        ),
        Figure(
            "peak_memory",
            f"{our_peak / 1024:.1f} MiB vs bare window {bare_peak / 1024:.1f} MiB",
            our_peak / bare_peak,
            memory_target,
        ),
    ]
