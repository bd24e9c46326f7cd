"""Figure 6 from the parent's side: run ``session.py`` in a fresh process and read its stall."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.measure import Figure

SESSION = Path(__file__).with_name("session.py")
BUDGET_MS = 50.0
TIMEOUT_S = 300


def stall_figure(files: int, target: float) -> Figure:
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
        env["XDG_CONFIG_HOME"] = str(Path(folder, "settings"))
        result = subprocess.run(
            [sys.executable, str(SESSION), "--files", str(files), "--scratch", folder],
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT_S,
            check=False,
        )
    lines = [line for line in result.stdout.splitlines() if line.startswith("stall ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"session.py failed (exit {result.returncode}): {result.stderr[-500:]}")
    _, stall, steps, *rest = lines[-1].split()
    what = f" ({' '.join(rest)})" if rest else ""
    return Figure(
        "ui_stall",
        f"{stall} ms longest over {steps} steps{what}, budget {BUDGET_MS:.0f} ms",
        float(stall) / BUDGET_MS,
        target,
    )
