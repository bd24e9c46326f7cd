"""Deferred work runs later, once, a piece per turn, and not at all once its receiver is gone."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Generator, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer

from hkpath_desktop.ui.own_turn import LATE_S, OWN_TURN_MS, SLICE_S, in_own_turn, in_slices

pytestmark = pytest.mark.gui


def test_work_runs_later_and_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    ran: list[int] = []
    in_own_turn(receiver, lambda: ran.append(1))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    qtbot.wait(50)
    assert ran == [1]


def test_work_found_late_waits_one_more_turn_then_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    ran: list[float] = []
    in_own_turn(receiver, lambda: ran.append(time.perf_counter()))
    time.sleep(LATE_S * 3)  # the loop is held: the work comes due late
    held_until = time.perf_counter()
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)
    assert ran[0] - held_until >= 0.003  # not run at the first turn after the hold


def test_no_work_once_the_receiver_is_gone(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    ran: list[int] = []
    in_own_turn(receiver, lambda: ran.append(1))
    shiboken6.delete(receiver)
    assert not shiboken6.isValid(receiver)
    qtbot.wait(50)
    assert ran == []


def test_slow_pieces_run_one_per_turn_quick_ones_together(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    ran: list[tuple[str, float, float]] = []

    def piece(name: str, seconds: float) -> Callable[[], None]:
        def work() -> None:
            started = time.perf_counter()
            time.sleep(seconds)
            ran.append((name, started, time.perf_counter()))

        return work

    in_own_turn(receiver, piece("slow 1", 0.010))
    in_own_turn(receiver, piece("slow 2", 0.010))
    in_own_turn(receiver, piece("quick 1", 0))
    in_own_turn(receiver, piece("quick 2", 0))
    qtbot.waitUntil(lambda: len(ran) == 4, timeout=2000)
    assert [name for name, *_ in ran] == ["slow 1", "slow 2", "quick 1", "quick 2"]
    (_, _, slow_1_end), (_, slow_2_start, slow_2_end), (_, quick_1, _), (_, quick_2, _) = ran
    assert slow_2_start - slow_1_end >= OWN_TURN_MS / 1000 * 0.9  # the loop went round
    assert quick_1 - slow_2_end >= OWN_TURN_MS / 1000 * 0.9
    assert quick_2 - quick_1 < OWN_TURN_MS / 1000  # in the same pass


def test_a_loop_busy_every_turn_still_gets_the_work_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    busy = QTimer()
    busy.timeout.connect(lambda: time.sleep(LATE_S * 2))  # every pass comes late
    busy.start(1)
    ran: list[int] = []
    in_own_turn(receiver, lambda: ran.append(1))
    try:
        qtbot.waitUntil(lambda: ran == [1], timeout=2000)
    finally:
        busy.stop()


def test_sliced_steps_run_over_several_turns_then_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    turns: list[float] = []

    def steps() -> Iterator[None]:
        for _ in range(4):
            time.sleep(SLICE_S)  # each step fills a turn
            turns.append(time.perf_counter())
            yield

    ended: list[int] = []
    in_slices(receiver, steps(), lambda: ended.append(len(turns)))
    assert turns == []
    qtbot.waitUntil(lambda: ended == [4], timeout=2000)
    gaps = [b - a for a, b in itertools.pairwise(turns)]
    assert all(gap >= SLICE_S + OWN_TURN_MS / 1000 * 0.9 for gap in gaps)


def test_closed_slices_stop_and_say_so_to_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = QObject()
    done: list[int] = []

    def steps() -> Generator[None, None, None]:
        for number in range(100):
            time.sleep(SLICE_S)
            done.append(number)
            yield

    drawing = steps()
    ended: list[bool] = []
    in_slices(receiver, drawing, lambda: ended.append(True))
    qtbot.waitUntil(lambda: len(done) >= 2, timeout=2000)
    drawing.close()
    qtbot.waitUntil(lambda: ended == [True], timeout=2000)
    assert len(done) < 100
