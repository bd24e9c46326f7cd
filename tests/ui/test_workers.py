"""The worker runs off the UI thread, reports progress, results, failures and cancels."""

from __future__ import annotations

import threading
import time

import pytest

from hkpath_desktop.ui.workers import Progress, Task, start

pytestmark = pytest.mark.gui


def test_result_and_progress_arrive_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    ui_thread = threading.get_ident()
    seen: list[tuple[int, int]] = []
    threads: list[int] = []

    def work(progress: Progress) -> int:
        threads.append(threading.get_ident())
        for i in range(3):
            progress(i + 1, 3)
        return 42

    task: Task[int] = Task(work)
    task.signals.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as blocker:
        start(task)
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert threads and threads[0] != ui_thread


def test_failure_is_reported_with_its_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work(_progress: Progress) -> None:
        raise OSError("disk gone")

    task: Task[None] = Task(work)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as blocker:
        start(task)
    assert blocker.args == ["disk gone"]


def test_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []

    def work(progress: Progress) -> None:
        for i in range(1000):
            progress(i, 1000)
            steps.append(i)
            time.sleep(0.005)

    task: Task[None] = Task(work)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        start(task)
        qtbot.waitUntil(lambda: len(steps) > 2)
        task.cancel()
    assert len(steps) < 1000
