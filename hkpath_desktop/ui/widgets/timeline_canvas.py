"""The timeline chart: one lane per family member on a shared calendar axis.

Drawn on a QGraphicsScene (QtCharts is not part of PySide6-Essentials). The scene's x axis counts
days; zooming scales the view horizontally only, and every marker and caption ignores the view's
transform, so bars stretch while symbols and text keep their size. Each lane has two rows: the
person's own events (a child coming of age, a travel document, the seven years) above, the stays
with their windows and deadlines below, and under them any alternative projection (top-tier).
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.timeline import (
    Alternative,
    Event,
    EventKind,
    MemberTimeline,
    PlannedStay,
    Timeline,
)
from hkpath_desktop.ui.widgets import plan_status
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.timeline_items import StayBar

PERSONAL = frozenset(
    {
        EventKind.CHILD_TURNS_ADULT,
        EventKind.TRAVEL_DOCUMENT,
        EventKind.SPONSOR_STAY_ENDS,
        EventKind.LONG_ABSENCE,
        EventKind.PR_ELIGIBLE,
    }
)


class TimelineCanvas(QGraphicsView):
    """Lanes, bars, markers and a today line; Ctrl+wheel or :meth:`zoom_by` zooms in time.

    The engine's sentences in tooltips are said in ``language``.
    """

    PX_PER_DAY = 0.6
    ZOOM_STEP = 1.25
    MIN_ZOOM = 0.2
    MAX_ZOOM = 30.0
    AXIS_HEIGHT = 52
    LANE_HEIGHT = 64
    ALTERNATIVE_HEIGHT = 22

    def __init__(self, parent: QWidget | None = None, language: Language = Language.EN) -> None:
        super().__init__(parent)
        self.language = language
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Timeline chart"))
        self.origin = date(2000, 1, 1)
        self.end = self.origin
        self.today_line: QGraphicsLineItem | None = None
        self.lanes: list[tuple[str, float]] = []
        self.renewals: plan_status.Renewals = {}
        self.month_items: list[QGraphicsItem] = []
        self.fitted = True
        self.lane_height = self.LANE_HEIGHT

    # -- geometry ---------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        return (day - self.origin).days * self.PX_PER_DAY

    def date_at(self, x: float) -> date:
        return self.origin + timedelta(days=round(x / self.PX_PER_DAY))

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        new = min(self.MAX_ZOOM, max(self.MIN_ZOOM, self.zoom() * factor))
        self.scale(new / self.zoom(), 1.0)
        self.fitted = False
        self._update_detail()

    def fit(self) -> None:
        """Show the whole range in the width of the view."""
        width = self.sceneRect().width()
        if width <= 0:
            return
        self.resetTransform()
        target = (self.viewport().width() - 4) / width
        self.scale(min(self.MAX_ZOOM, max(self.MIN_ZOOM, target)), 1.0)
        self.fitted = True
        self._update_detail()

    def content_height(self) -> int:
        """The height that shows every lane without a vertical scroll bar."""
        frame = 2 * self.frameWidth()
        bar = self.horizontalScrollBar().sizeHint().height()
        return int(self.sceneRect().height()) + frame + bar

    def centre_on(self, day: date) -> None:
        middle = self.mapToScene(self.viewport().rect().center()).y()
        self.centerOn(QPointF(self.x_of(day), middle))

    # -- drawing ----------------------------------------------------------------------------

    def set_timeline(
        self, timeline: Timeline | None, today: date, renewals: plan_status.Renewals | None = None
    ) -> None:
        """Draw the timeline (or nothing); keeps the zoom unless the view was fitted.

        ``renewals`` gives each renewal's plan status, drawn beside its markers.
        """
        scene = self.scene()
        scene.clear()
        self.renewals = renewals or {}
        self.lanes, self.month_items, self.today_line = [], [], None
        if timeline is None:
            return
        self._set_range(timeline, today)
        alternatives = any(m.alternatives for m in timeline.members)
        self.lane_height = self.LANE_HEIGHT + (self.ALTERNATIVE_HEIGHT if alternatives else 0)
        bottom = self.AXIS_HEIGHT + self.lane_height * len(timeline.members)
        scene.setSceneRect(QRectF(0, 0, self.x_of(self.end), bottom + 6))
        if self.fitted:
            self.fit()
        self._draw_axis(bottom)
        self._update_detail()
        for index, member in enumerate(timeline.members):
            self._draw_lane(member, self.AXIS_HEIGHT + index * self.lane_height, index, today)
        self._draw_today(today, bottom)

    def _set_range(self, timeline: Timeline, today: date) -> None:
        days = [today]
        for m in timeline.members:
            days += [d for s in m.stays for d in (s.start, s.limit)]
            days += [d for a in m.alternatives for s in a.stays for d in (s.start, s.limit)]
            days += [e.until or e.date for e in m.events] + [e.date for e in m.events]
        first, last = min(days), max(days) + timedelta(days=75)
        self.origin = date(first.year, 1, 1)
        self.end = date(last.year, last.month, 1)

    def _muted(self) -> QColor:
        return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def _text(self, text: str, x: float, y: float, colour: QColor) -> QGraphicsSimpleTextItem:
        item = self.scene().addSimpleText(text)
        item.setBrush(colour)
        item.setPos(x, y)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setZValue(4)
        return item

    def _draw_axis(self, bottom: float) -> None:
        scene = self.scene()
        major = QPen(self._muted(), 1)
        major.setCosmetic(True)
        minor = QPen(QColor(major.color().red(), major.color().green(), major.color().blue(), 60))
        minor.setCosmetic(True)
        ink = self.palette().color(QPalette.ColorRole.Text)
        month = self.origin
        while month <= self.end:
            x = self.x_of(month)
            if month.month == 1:
                scene.addLine(x, 2, x, bottom, major).setZValue(-1)
                label = self._text(str(month.year), x + 3, 2, ink)
                bold = QFont(label.font())
                bold.setBold(True)
                label.setFont(bold)
            else:
                line = scene.addLine(x, self.AXIS_HEIGHT - 6, x, bottom, minor)
                line.setZValue(-1)
                self.month_items += [
                    line,
                    self._text(month.strftime("%b"), x + 2, 18, self._muted()),
                ]
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)

    def _update_detail(self) -> None:
        """Month lines and names only when a month is wide enough to hold a name."""
        wide = self.PX_PER_DAY * 30 * self.zoom() >= 30
        for label in self.month_items:
            label.setVisible(wide)

    def _draw_lane(self, member: MemberTimeline, top: float, index: int, today: date) -> None:
        scene = self.scene()
        shade = self.palette().color(QPalette.ColorRole.AlternateBase)
        if index % 2:
            band = scene.addRect(
                QRectF(0, top, self.x_of(self.end), self.lane_height),
                QPen(Qt.PenStyle.NoPen),
                shade,
            )
            band.setZValue(-2)
        self.lanes.append((member.name or member.id, top))
        bar_top = top + 30
        for stay in member.stays:
            self._draw_bar(member, stay, bar_top)
        for alternative in member.alternatives:
            for stay in alternative.stays:
                if stay.projected:
                    self._draw_alternative(member, alternative, stay, bar_top + 28)
        if not member.stays:
            self._text(
                self.tr("No stay recorded"), self.x_of(today) + 8, bar_top + 3, self._muted()
            )
        for event in member.events:
            y = top + 16 if event.kind in PERSONAL else bar_top + 11
            if event.until is not None:
                self._draw_window(member, event, bar_top - 3)
            self._draw_marker(member, event, y)

    def _draw_bar(self, member: MemberTimeline, stay: PlannedStay, y: float) -> None:
        fill, ink = style.bar_colours(stay.pathway, stay.projected)
        how = self.tr("projected") if stay.projected else self.tr("recorded")
        caption = f"{style.pathway_title(stay.pathway)} · {how}"
        if not stay.verified:
            caption += " · " + self.tr("unverified pattern")
        rect = QRectF(
            self.x_of(stay.start),
            y,
            self.x_of(stay.limit + timedelta(days=1)) - self.x_of(stay.start),
            22,
        )
        bar = StayBar(rect, caption, ink)
        pen = QPen(
            fill.darker(150), 1, Qt.PenStyle.DashLine if stay.projected else Qt.PenStyle.SolidLine
        )
        pen.setCosmetic(True)
        bar.setPen(pen)
        bar.setBrush(QBrush(fill))
        tip = self.tr("{who}: {pathway} stay, {how}<br>{start} to {limit}").format(
            who=escape(member.name or member.id),
            pathway=escape(style.pathway_title(stay.pathway)),
            how=how,
            start=stay.start.isoformat(),
            limit=stay.limit.isoformat(),
        )
        if not stay.verified:
            tip += "<br>" + self.tr(
                "The pattern behind this projection is not confirmed officially."
            )
        bar.setToolTip(tip)
        self.scene().addItem(bar)

    def _draw_alternative(
        self, member: MemberTimeline, alternative: Alternative, stay: PlannedStay, y: float
    ) -> None:
        colour = QColor("#7b52ab")
        rect = QRectF(
            self.x_of(stay.start),
            y,
            self.x_of(stay.limit + timedelta(days=1)) - self.x_of(stay.start),
            15,
        )
        caption = self.tr("or top-tier: to {limit}").format(limit=stay.limit.isoformat())
        bar = StayBar(rect, caption, self.palette().color(QPalette.ColorRole.Text), small=True)
        pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        bar.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(40)
        bar.setBrush(fill)
        tip = self.tr(
            "{who}: alternative projection ({title})<br>{start} to {limit}<br>{condition}"
        ).format(
            who=escape(member.name or member.id),
            title=escape(say(alternative.title, self.language)),
            start=stay.start.isoformat(),
            limit=stay.limit.isoformat(),
            condition=escape(say(alternative.condition, self.language)),
        )
        bar.setToolTip(tip)
        self.scene().addItem(bar)

    def _draw_window(self, member: MemberTimeline, event: Event, y: float) -> None:
        assert event.until is not None
        x = self.x_of(event.date)
        rect = QRectF(x, y, self.x_of(event.until + timedelta(days=1)) - x, 28)
        band = self.scene().addRect(rect, QPen(Qt.PenStyle.NoPen), style.window_fill(event.kind))
        band.setZValue(1)
        band.setToolTip(self._tip(member, event))

    def _draw_marker(self, member: MemberTimeline, event: Event, y: float) -> None:
        item = QGraphicsPathItem(style.marker_path(event.kind))
        item.setPen(style.marker_pen(event.kind))
        item.setBrush(style.kind_colour(event.kind))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setPos(self.x_of(event.date), y)
        item.setZValue(3)
        item.setToolTip(self._tip(member, event))
        item.setData(0, event.kind.value)
        self.scene().addItem(item)
        status = plan_status.of_event(self.renewals, member.id, event)
        if status is not None:
            badge = QGraphicsPixmapItem(plan_status.pixmap(status, 12))
            badge.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            badge.setPos(self.x_of(event.date) + 4, y - 14)
            badge.setZValue(4)
            badge.setToolTip(item.toolTip())
            badge.setData(0, str(status))
            self.scene().addItem(badge)

    def _tip(self, member: MemberTimeline, event: Event) -> str:
        when = event.date.isoformat()
        label = say(event.label, self.language)
        if event.until is not None:
            when = self.tr("{start} to {end}").format(start=when, end=event.until.isoformat())
        tip = (
            f"<b>{escape(when)}</b> · {escape(member.name or member.id)}<br>"
            f"<b>{escape(style.kind_title(event.kind))}</b><br>{escape(label)}"
        )
        status = plan_status.of_event(self.renewals, member.id, event)
        if status is not None:
            renewal = self.tr("Renewal on the plan: %1").replace(
                "%1", plan_status.word(status, self.language)
            )
            tip += f"<br><b>{escape(renewal)}</b>"
        return tip

    def _draw_today(self, today: date, bottom: float) -> None:
        pen = QPen(QColor("#e53935"), 2)
        pen.setCosmetic(True)
        x = self.x_of(today)
        self.today_line = self.scene().addLine(x, self.AXIS_HEIGHT - 4, x, bottom, pen)
        self.today_line.setZValue(5)
        self.today_line.setToolTip(self.tr("Today, {day}").format(day=today.isoformat()))
        label = self._text(self.tr("today"), x + 3, self.AXIS_HEIGHT - 18, QColor("#e53935"))
        label.setZValue(6)

    # -- interaction ------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms in time; a plain wheel scrolls in time when the lanes all fit."""
        delta = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.zoom_by(self.ZOOM_STEP ** (delta / 120))
            event.accept()
            return
        if delta and self.verticalScrollBar().maximum() == 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The members' names stay at the left edge whatever the scroll position."""
        if not self.lanes:
            return
        painter.save()
        painter.resetTransform()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        back = self.palette().color(QPalette.ColorRole.Base)
        back.setAlpha(225)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        left = self.mapToScene(0, 0).x()
        if left > self.x_of(self.origin):  # the year of the left edge, when its line is gone
            year = str(self.date_at(left).year)
            box = QRect(2, 2, metrics.horizontalAdvance(year) + 8, metrics.height())
            painter.fillRect(box, back)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), year)
        for name, top in self.lanes:
            y = self.mapFromScene(QPointF(0, top)).y()
            box = QRect(4, y + 4, metrics.horizontalAdvance(name) + 12, metrics.height() + 4)
            painter.fillRect(box, back)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), name)
        painter.restore()
