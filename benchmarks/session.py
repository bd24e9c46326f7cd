"""Figure 6: a scripted session on the demo household, timing the longest event-loop stall.

Run as a script (``python benchmarks/session.py --files N --scratch DIR``) so it gets its own
QApplication. A timer ticks every few milliseconds in the GUI thread; the largest gap between
two ticks is the longest time the window could not answer. Each step of the script is posted
to the event loop, as a click would be, so the loop runs between steps as it does for a user.
Prints ``stall <ms> <steps> [notes]`` on stdout; a note names a part it could not script yet.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import threading
import time
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

TICK_MS = 4
PAUSE_MS = 15
"""Time between two scripted steps: the loop idles, paints and ticks in between."""
FILE_BYTES = 256 * 1024
GAP_NOTED_S = 0.025
"""Gaps longer than this are kept with their step, so ``--sample`` can say what ran in them."""
SAMPLE_S = 0.001


class Sampler:
    """Samples the GUI thread's Python stack from a thread, to tell what ran during a stall."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._target = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_S):
            frame = sys._current_frames().get(self._target)
            stack = []
            while frame is not None:
                code = frame.f_code
                stack.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack)))

    def report(self, gaps: list[tuple[float, float, str]], top: int = 8) -> None:
        """For the longest gaps, the innermost frames of the project seen most often."""
        for start, end, step in sorted(gaps, key=lambda g: g[0] - g[1])[:top]:
            inside = [stack for when, stack in self.samples if start <= when <= end]
            print(
                f"--- {(end - start) * 1000:.1f} ms in {step!r}, {len(inside)} samples",
                file=sys.stderr,
            )
            counts: dict[str, int] = {}
            for stack in inside:
                for frame in dict.fromkeys(stack[:25]):
                    counts[frame] = counts.get(frame, 0) + 1
            for frame, count in sorted(counts.items(), key=lambda kv: -kv[1])[:18]:
                print(f"{count:5d}  {frame}", file=sys.stderr)


class Done(QObject):
    """What a step that goes on in the background returns; ``done`` ends the step."""

    done = Signal()


Step = Callable[[], Done | None]


class StallMeter(QObject):
    """The largest gap between two ticks of a fast timer in this (the GUI) thread."""

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self.where = ""
        self.step = ""
        self.by_step: dict[str, float] = {}
        """The longest stall of each step, for ``--detail``."""
        self.gaps: list[tuple[float, float, str]] = []
        """(start, end, step) of every gap over ``GAP_NOTED_S``, for ``--sample``."""
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > self.longest:
            self.longest, self.where = gap, self.step
        self.by_step[self.step] = max(gap, self.by_step.get(self.step, 0.0))
        if gap > GAP_NOTED_S:
            self.gaps.append((self._last, now, self.step))
        self._last = now


class Script(QObject):
    """Runs named steps one by one through the event loop, then quits the application."""

    def __init__(
        self, steps: list[tuple[str, Step]], meter: StallMeter, profile: str | None = None
    ) -> None:
        super().__init__()
        self.steps = steps
        self.meter = meter
        self.done = 0
        self.profile = profile
        """Name of the step whose time (until the next step starts) is profiled."""
        self.profiler = cProfile.Profile()

    def start(self) -> None:
        QTimer.singleShot(PAUSE_MS, self._next)

    def _next(self) -> None:
        if self.done == len(self.steps):
            self.profiler.disable()
            QApplication.quit()
            return
        name, step = self.steps[self.done]
        if self.profile is not None and self.meter.step == self.profile:
            self.profiler.disable()
        if name == self.profile:
            self.profiler.enable()
        self.meter.step = name
        waiter = step()
        self.done += 1
        if waiter is None:
            QTimer.singleShot(PAUSE_MS, self._next)
        else:
            waiter.done.connect(lambda: QTimer.singleShot(PAUSE_MS, self._next))


def wizard_and_tabs(window: object) -> list[tuple[str, Step]]:
    """Open the interview, Next to the end, Back to the start, close it, visit every tab twice,
    then re-read the households (which re-renders Compare and the other views)."""
    from hkpath_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)

    def open_wizard() -> None:
        window.edit_answers()

    def forward() -> None:
        if window.wizard is not None and window.wizard.nextId() != -1:
            window.wizard.next()

    def backward() -> None:
        if window.wizard is not None and window.wizard.visitedIds()[:-1]:
            window.wizard.back()

    def close_wizard() -> None:
        if window.wizard is not None:
            window.wizard.close()

    pages = 16
    steps: list[tuple[str, Step]] = [("open wizard", open_wizard)]
    steps += [("wizard next", forward)] * pages + [("wizard back", backward)] * pages
    steps.append(("close wizard", close_wizard))
    for index in [*range(window.tabs.count())] * 2:
        steps.append((f"tab {index}", _switch_to(window.tabs, index)))
    steps.append(("reload households", window.reload_households))
    return steps


def _switch_to(tabs: QTabWidget, index: int) -> Step:
    def step() -> None:
        tabs.setCurrentIndex(index)

    return step


def _first_item(view: object) -> QModelIndex:
    """The first document row of the checklist tree (a row for a paper, not a group)."""
    from hkpath_desktop.ui.views.checklist_view import ChecklistView

    assert isinstance(view, ChecklistView)
    model = view.model
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            node = model.node(index)
            if node is not None and node.item is not None:
                return index
            pending.append(index)
    raise RuntimeError("the checklist shows no document to attach to")


def attach_files(window: QWidget, scratch: Path, count: int, notes: list[str]) -> Step:
    """Attach ``count`` files to one document through the Checklist tab, as a drop would."""
    from hkpath_desktop.ui.views.checklist_view import ChecklistView

    folder = scratch / "files"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"scan-{number:03d}.pdf"
        path.write_bytes(bytes([number % 251]) * FILE_BYTES)
        paths.append(str(path))

    def step() -> Done:
        view = window.findChild(ChecklistView)
        if view is None:
            notes.append("checklist-view-not-in-window")
            main = window
            view = ChecklistView(main.session, main.rules, main.today, window)  # type: ignore[attr-defined]
            view.show_household(main.current_household())  # type: ignore[attr-defined]
        waiter = Done(window)
        view.tree.setCurrentIndex(_first_item(view))
        view.files.busyChanged.connect(lambda busy: None if busy else waiter.done.emit())
        view.attach_files(paths)
        return waiter

    return step


def export_pdf(window: QWidget, scratch: Path, notes: list[str]) -> Step:
    """Export the adviser report as File > Export would, answering its dialogs in advance."""
    from hkpath_desktop.ui import report_export

    def ask_save_path(parent: QWidget, caption: str, suggested: str) -> tuple[Path, str]:
        return scratch / "adviser.pdf", "A4"

    def ask_open(parent: QWidget, path: Path, pages: int) -> bool:
        return False

    def tell_failure(parent: QWidget, message: str) -> None:
        notes.append("pdf-export-failed")
        print(message, file=sys.stderr)

    report_export.ask_save_path = ask_save_path
    report_export.ask_open = ask_open
    report_export.tell_failure = tell_failure

    def step() -> Done:
        main = window
        household = main.repository.load(main.current_household())  # type: ignore[attr-defined]
        waiter = Done(window)
        export = report_export.export_adviser_report(
            window,
            household,
            main.rules,  # type: ignore[attr-defined]
            main.today(),  # type: ignore[attr-defined]
        )
        assert export is not None
        for signal in (export.exported, export.failed, export.cancelled):
            signal.connect(lambda *_: waiter.done.emit())
        return waiter

    return step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument(
        "--detail", action="store_true", help="also print each step's longest stall to stderr"
    )
    parser.add_argument(
        "--profile",
        metavar="STEP",
        help="profile the steps of this name (e.g. 'export pdf') and print the top calls",
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="sample the GUI thread's stack and print what ran during the longest stalls",
    )
    args = parser.parse_args(argv)
    from hkpath_desktop.ui.tour import demo_session

    notes: list[str] = []
    meter = StallMeter()
    with demo_session() as window:
        QApplication.processEvents()
        steps = wizard_and_tabs(window)
        if find_spec("hkpath_desktop.ui.views.checklist_view") is not None:
            steps.append(("attach files", attach_files(window, args.scratch, args.files, notes)))
        else:
            notes.append("no-checklist-view")
        if find_spec("hkpath_desktop.ui.report_export") is not None:
            steps.append(("export pdf", export_pdf(window, args.scratch, notes)))
        else:
            notes.append("no-pdf-export-in-gui")
        script = Script(steps, meter, args.profile)
        sampler = Sampler()
        if args.sample:
            sampler.start()
        meter.start()
        script.start()
        QApplication.exec()
        if args.sample:
            sampler.stop()
            sampler.report(meter.gaps)
    if args.detail:
        for step, gap in sorted(meter.by_step.items(), key=lambda kv: -kv[1]):
            print(f"{gap * 1000:8.1f} ms  {step}", file=sys.stderr)
    if args.profile:
        stats = pstats.Stats(script.profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(40)
    print(
        f"stall {meter.longest * 1000:.1f} {script.done} at:{meter.where.replace(' ', '-')}",
        *sorted(set(notes)),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
