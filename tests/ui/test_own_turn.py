"""Deferred work runs later, once, and not at all once its receiver is gone."""

from __future__ import annotations

import time

import pytest
import shiboken6
from PySide6.QtCore import QObject

from hkpath_desktop.ui.own_turn import LATE_S, in_own_turn

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
