"""A bar chart of whole days outside Hong Kong per calendar year, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and one series of bars needs little: a value axis
with a few round ticks, a bar and its value per year, the year under it. Years without a trip
between the first and the last are shown as zero so the gaps are visible. No line marks a
limit: none exists in law, and the chart must not suggest one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


def _nice_step(top: int) -> int:
    """A round tick step that gives at most five ticks up to ``top``."""
    step = 1
    while top / step > 5:
        for factor in (2, 5, 10):
            if top / (step * factor) <= 5:
                return step * factor
        step *= 10
    return step


class DaysAwayChart(QWidget):
    """Call ``set_years`` with (year, days) pairs, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[tuple[int, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Days outside Hong Kong per calendar year"))
        self.set_years(())

    def set_years(self, days_by_year: Sequence[tuple[int, int]]) -> None:
        counted = dict(days_by_year)
        years = range(min(counted), max(counted) + 1) if counted else range(0)
        self._bars = tuple((y, counted.get(y, 0)) for y in years)
        summary = "; ".join(f"{y}: {d}" for y, d in self._bars)
        self.setAccessibleDescription(summary or self.tr("No days outside Hong Kong yet"))
        self.setToolTip(summary)
        self.update()

    def bars(self) -> tuple[tuple[int, int], ...]:
        """What is drawn: one (year, days) per bar, oldest first."""
        return self._bars

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(40 * line, 14 * line)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(16 * line, 9 * line)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        title = self.tr("Days outside Hong Kong per calendar year")
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line * 1.4), Qt.AlignmentFlag.AlignCenter, title
        )
        if not self._bars:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No days outside Hong Kong yet")
            )
            return
        top = max(max(d for _, d in self._bars), 1)
        step = _nice_step(top)
        top = -(-top // step) * step
        axis_width = metrics.horizontalAdvance(str(top)) + line
        plot = QRectF(
            axis_width + line * 1.2,
            line * 3,
            self.width() - axis_width - line * 2,
            self.height() - line * 5.2,
        )
        self._draw_axis(painter, plot, top, step)
        slot = plot.width() / len(self._bars)
        bar_width = min(slot * 0.6, line * 4)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for i, (year, days) in enumerate(self._bars):
            centre = plot.left() + slot * (i + 0.5)
            height = plot.height() * days / top
            bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, highlight)
            painter.setPen(text)
            above = QRectF(centre - slot / 2, bar.top() - line * 1.1, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(days))
            below = QRectF(centre - slot / 2, plot.bottom() + line * 0.2, slot, line)
            label = str(year) if slot > metrics.horizontalAdvance("8888") else f"'{year % 100:02d}"
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)

    def _draw_axis(self, painter: QPainter, plot: QRectF, top: int, step: int) -> None:
        line = self.fontMetrics().height()
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(muted)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text)
            label = QRectF(0, y - line / 2, plot.left() - line * 0.4, line)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        painter.save()
        painter.translate(line * 0.2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), line),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("days"),
        )
        painter.restore()
