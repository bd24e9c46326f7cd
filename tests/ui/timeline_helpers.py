"""Showing a household on the Timeline tab and waiting for its drawing, a lane per turn."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest

from hkpath_desktop.core.facts import Household
from hkpath_desktop.ui.views.timeline_view import TimelineView

WAIT_S = 5.0


def draw_household(view: TimelineView, household: Household | None) -> None:
    """``view.show_household`` as the tab does it, returning once the drawing is complete."""
    view.show_household(household)
    deadline = time.monotonic() + WAIT_S
    while not view.drawn:
        assert time.monotonic() < deadline, "the timeline was not drawn in time"
        QTest.qWait(5)
