"""Items of the timeline chart that draw themselves: a stay bar with a caption that stays legible
at any zoom."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget


class StayBar(QGraphicsRectItem):
    """A stay as a bar whose caption is drawn unscaled and cut to the bar's visible width."""

    def __init__(self, rect: QRectF, caption: str, ink: QColor, small: bool = False) -> None:
        super().__init__(rect)
        self.caption = caption
        self.ink = ink
        self.small = small

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(self.rect())
        device = painter.worldTransform().mapRect(self.rect())
        inner = device.adjusted(10, 0, -6, 0)  # clear of the diamond on the previous limit
        if widget is not None:  # keep the caption in sight when the bar starts off-screen
            inner.setLeft(max(inner.left(), 6.0))
            inner.setRight(min(inner.right(), widget.width() - 6.0))
        if inner.width() < 24:
            return
        painter.save()
        painter.resetTransform()
        font = QFont(painter.font())
        if self.small:
            font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(self.ink)
        text = QFontMetricsF(font).elidedText(
            self.caption, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.restore()
