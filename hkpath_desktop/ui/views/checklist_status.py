"""The Checklist tab's status lines: progress, files needing attention, background work.

Kept apart from the view so that what the user is told (and how) lives in one small place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hkpath_desktop.core.checklists import Progress
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.models.checklist_model import progress_label

BUSY_SHOWN_AFTER_MS = 400
"""Work that ends sooner shows no progress row: showing and hiding it re-lays the whole
window out twice (~30 ms each, ``benchmarks/run.py`` ui_stall) for a flicker nobody can read."""


class StatusArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Progress"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Documents done"))
        self.bar.setTextVisible(True)
        self.attention = QLabel(self)
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName(self.tr("Files needing attention"))
        self.work = QLabel(self)
        self.work_bar = QProgressBar(self)
        self.work_bar.setAccessibleName(self.tr("Reading files"))
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last action"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.bar, 0, 2, 1, 2)
        grid.addWidget(self.attention, 1, 0, 1, 4)
        grid.addWidget(self.work, 2, 0)
        grid.addWidget(self.work_bar, 2, 1, 1, 2)
        grid.addWidget(self.cancel, 2, 3)
        grid.addWidget(self.message, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        self.attention.hide()
        self.message.hide()
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(BUSY_SHOWN_AFTER_MS)
        self._reveal.timeout.connect(lambda: self._show_work(True))
        self.set_busy(False)

    def show_summary(
        self, total: Progress, people: Sequence[tuple[str, Progress]], problems: int
    ) -> None:
        """Overall and per-person progress, and a warning naming how many files need care."""
        each = " · ".join(
            self.tr("%1: %2").replace("%1", name).replace("%2", progress_label(progress))
            for name, progress in people
        )
        overall = self.tr("Whole household: %1").replace("%1", progress_label(total))
        self.summary.setText(f"<b>{overall}</b>" + (f"<br>{each}" if each else ""))
        self.bar.setRange(0, max(1, total.total))
        _set_value(self.bar, total.done)
        self.bar.setFormat(progress_label(total))
        if problems:
            colour = theme.colour("error").name()
            text = self.tr(
                "Files needing attention: %1 (moved, deleted, changed or unreadable). "
                "Select one and choose Relink… to point the record at the file's place."
            ).replace("%1", str(problems))
            self.attention.setText(f"<span style='color:{colour}'>{text}</span>")
        self.attention.setVisible(bool(problems))

    def set_busy(self, busy: bool) -> None:
        """Show the progress row and its Cancel button once work has gone on a moment."""
        if busy:
            if not self.work_bar.isVisibleTo(self):
                self._reveal.start()
            return
        self._reveal.stop()
        self._show_work(False)
        self.work_bar.reset()

    def _show_work(self, shown: bool) -> None:
        for widget in (self.work, self.work_bar, self.cancel):
            widget.setVisible(shown)

    def show_progress(self, done: int, total: int, what: str) -> None:
        self.work.setText(what)
        self.work_bar.setRange(0, max(1, total))
        _set_value(self.work_bar, done)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _set_value(bar: QProgressBar, value: int) -> None:
    """Set a bar's value and let it paint with the rest of the window.

    ``QProgressBar.setValue`` repaints at once, and a repaint paints everything pending in the
    window first: shown with a freshly built tab, that held the window for 20-40 ms
    (``benchmarks/run.py``, ui_stall). With updates off the repaint waits for the next paint.
    """
    bar.setUpdatesEnabled(False)
    try:
        bar.setValue(value)
    finally:
        bar.setUpdatesEnabled(True)
