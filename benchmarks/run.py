"""Speed and memory of HKPath Desktop, each figure side by side with its baseline.

    python benchmarks/run.py [--quick] [--only NAME ...]

Prints one line per figure, ``NAME: VALUE ratio=R target=T ok|FAIL`` (or ``NAME: pending
(why)`` for a part of the program that does not exist yet), and exits 1 on any FAIL. Every
time is the median of at least five runs, the baseline measured alternately with ours.

``--quick`` is the short version the test suite runs: medians of three, smaller inputs and
targets twice as loose (``QUICK`` below), because a busy two-core CI machine makes short
timings noisy. It guards against the harness breaking and against gross regressions; only the
full run checks the targets of the performance issue.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@dataclass(frozen=True, slots=True)
class Plan:
    """How big and how strict one run is."""

    runs: int
    trips: int
    files: int
    targets: dict[str, float]


TARGETS = {
    "time_to_verdicts": 3.5,
    "compare_six_members": 1.0,
    "plan_six_members": 1.0,
    "adviser_pdf": 2.0,
    "timeline_trips": 1.0,
    "autosave_answer": 3.0,
    "ui_stall": 1.0,
    "peak_memory": 1.5,
}
"""The performance issue's targets (``ui_stall`` is the longest stall over its 50 ms budget)."""

FULL = Plan(runs=7, trips=10_000, files=200, targets=TARGETS)
QUICK = Plan(
    runs=3,
    trips=1_000,
    files=20,
    targets={name: target * 2 for name, target in TARGETS.items()},
)


def figures(plan: Plan) -> dict[str, Callable[[], list[object]]]:
    """Each figure's measurement, by the name it prints (imports stay inside: see --only)."""
    from benchmarks import data_figures, pdf_figure, plan_figure, process_figures, session_figure
    from hkpath_desktop.core.rules import load_builtin

    rules = load_builtin()
    t = plan.targets
    return {
        "time_to_verdicts": lambda: list(
            process_figures.start_up_figures(plan.runs, t["time_to_verdicts"], t["peak_memory"])
        ),
        "compare_six_members": lambda: [
            data_figures.compare_figure(rules, plan.runs, t["compare_six_members"])
        ],
        "plan_six_members": lambda: [
            plan_figure.plan_figure(rules, plan.runs, t["plan_six_members"])
        ],
        "adviser_pdf": lambda: [pdf_figure.adviser_pdf_figure(rules, plan.runs, t["adviser_pdf"])],
        "timeline_trips": lambda: [
            data_figures.timeline_figure(rules, plan.trips, plan.runs, t["timeline_trips"])
        ],
        "autosave_answer": lambda: [
            data_figures.autosave_figure(plan.runs * 3, t["autosave_answer"])
        ],
        "ui_stall": lambda: [session_figure.stall_figure(plan.files, t["ui_stall"])],
    }


def _compile_like_an_install() -> None:
    """Compile the program's modules to bytecode, as ``pip install`` and the bundle leave them.

    An editable checkout run with ``PYTHONDONTWRITEBYTECODE`` (this machine sets it) would
    otherwise compile every module from source in every fresh process the figures start, a
    cost no installed copy pays; the libraries were compiled when pip installed them.
    """
    import compileall

    import hkpath_desktop

    compileall.compile_dir(Path(hkpath_desktop.__file__).parent, quiet=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short run with looser targets")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="run these figures only (peak_memory comes with time_to_verdicts)",
    )
    args = parser.parse_args(argv)
    from benchmarks.measure import Figure

    _compile_like_an_install()
    table = figures(QUICK if args.quick else FULL)
    chosen = args.only or list(table)
    unknown = sorted(set(chosen) - set(table))
    if unknown:
        parser.error(f"unknown figure {unknown[0]!r}; choose from {', '.join(table)}")
    failed = False
    for name in chosen:
        for figure in table[name]():
            assert isinstance(figure, Figure)
            print(figure.line(), flush=True)
            failed = failed or figure.failed
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
