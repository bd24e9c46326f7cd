"""The Checklist tab's progress row: shown only for work that goes on for a moment."""

from __future__ import annotations

import pytest

from hkpath_desktop.ui.views.checklist_status import BUSY_SHOWN_AFTER_MS, StatusArea

pytestmark = pytest.mark.gui


@pytest.fixture
def status(qtbot) -> StatusArea:  # type: ignore[no-untyped-def]
    area = StatusArea()
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_work_that_ends_at_once_shows_no_progress_row(status: StatusArea, qtbot) -> None:  # type: ignore[no-untyped-def]
    status.set_busy(True)
    status.show_progress(1, 2, "Checking the attached files…")
    assert not status.work_bar.isVisible() and not status.cancel.isVisible()
    status.set_busy(False)
    qtbot.wait(BUSY_SHOWN_AFTER_MS + 100)
    assert not status.work_bar.isVisible() and not status.cancel.isVisible()


def test_longer_work_shows_its_progress_and_cancel_until_it_ends(status: StatusArea, qtbot) -> None:  # type: ignore[no-untyped-def]
    status.set_busy(True)
    status.show_progress(3, 10, "Reading the files to attach…")
    qtbot.waitUntil(status.cancel.isVisible, timeout=BUSY_SHOWN_AFTER_MS + 1000)
    assert status.work_bar.isVisible() and status.work_bar.value() == 3
    assert status.work.text() == "Reading the files to attach…"
    status.set_busy(True)  # a second job while the first runs: still shown
    assert status.cancel.isVisible()
    status.set_busy(False)
    assert not status.work_bar.isVisible() and not status.cancel.isVisible()
