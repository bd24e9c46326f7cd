"""How the timeline looks: one title, colour and marker shape per event kind, shared by the
chart, its legend and the deadline list so that the three always agree."""

from __future__ import annotations

from math import cos, radians, sin

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from hkpath_desktop.core.facts import StayPathway
from hkpath_desktop.core.timeline import EventKind
from hkpath_desktop.ui import theme

MARKER_SIZE = 11.0

_COLOURS = {
    EventKind.EXTENSION_WINDOW: "#c77c00",
    EventKind.PORTFOLIO_CHECK: "#c77c00",
    EventKind.LIMIT_OF_STAY: "#37474f",
    EventKind.CIES_ANNIVERSARY: "#8e44ad",
    EventKind.FULFILLMENT_DUE: "#6a1b9a",
    EventKind.CHILD_TURNS_ADULT: "#00897b",
    EventKind.TRAVEL_DOCUMENT: "#d32f2f",
    EventKind.SPONSOR_STAY_ENDS: "#d32f2f",
    EventKind.PR_ELIGIBLE: "#2e7d32",
    EventKind.LONG_ABSENCE: "#795548",
}
_DARK_OVERRIDES = {EventKind.LIMIT_OF_STAY: "#cfd8dc", EventKind.FULFILLMENT_DUE: "#ce93d8"}

_SHAPES = {
    EventKind.EXTENSION_WINDOW: "flag",
    EventKind.PORTFOLIO_CHECK: "flag",
    EventKind.LIMIT_OF_STAY: "diamond",
    EventKind.CIES_ANNIVERSARY: "circle",
    EventKind.FULFILLMENT_DUE: "square",
    EventKind.CHILD_TURNS_ADULT: "circle",
    EventKind.TRAVEL_DOCUMENT: "square",
    EventKind.SPONSOR_STAY_ENDS: "down",
    EventKind.PR_ELIGIBLE: "star",
    EventKind.LONG_ABSENCE: "circle",
}


def kind_title(kind: EventKind) -> str:
    return {
        EventKind.EXTENSION_WINDOW: QCoreApplication.translate(
            "timeline", "Extension window opens"
        ),
        EventKind.PORTFOLIO_CHECK: QCoreApplication.translate(
            "timeline", "New CIES portfolio check window opens"
        ),
        EventKind.LIMIT_OF_STAY: QCoreApplication.translate("timeline", "Limit of stay"),
        EventKind.CIES_ANNIVERSARY: QCoreApplication.translate("timeline", "New CIES anniversary"),
        EventKind.FULFILLMENT_DUE: QCoreApplication.translate(
            "timeline", "Fulfillment document due"
        ),
        EventKind.CHILD_TURNS_ADULT: QCoreApplication.translate("timeline", "Child comes of age"),
        EventKind.TRAVEL_DOCUMENT: QCoreApplication.translate(
            "timeline", "Travel document expires"
        ),
        EventKind.SPONSOR_STAY_ENDS: QCoreApplication.translate(
            "timeline", "Sponsor's stay ends first"
        ),
        EventKind.PR_ELIGIBLE: QCoreApplication.translate("timeline", "Seven years complete"),
        EventKind.LONG_ABSENCE: QCoreApplication.translate("timeline", "Long absence"),
    }[kind]


def pathway_title(pathway: StayPathway) -> str:
    return {
        StayPathway.TTPS: QCoreApplication.translate("timeline", "TTPS"),
        StayPathway.QMAS: QCoreApplication.translate("timeline", "QMAS"),
        StayPathway.ASMTP: QCoreApplication.translate("timeline", "ASMTP"),
        StayPathway.GEP: QCoreApplication.translate("timeline", "GEP"),
        StayPathway.CIES: QCoreApplication.translate("timeline", "New CIES"),
        StayPathway.DEPENDANT: QCoreApplication.translate("timeline", "Dependant"),
        StayPathway.OTHER: QCoreApplication.translate("timeline", "Other stay"),
    }[pathway]


def kind_colour(kind: EventKind) -> QColor:
    if theme.is_dark() and kind in _DARK_OVERRIDES:
        return QColor(_DARK_OVERRIDES[kind])
    return QColor(_COLOURS[kind])


def bar_colours(pathway: StayPathway, projected: bool) -> tuple[QColor, QColor]:
    """Fill and text colour of a stay bar: solid when recorded, pale when projected."""
    base = {StayPathway.DEPENDANT: "#2f7d6d", StayPathway.OTHER: "#757575"}.get(pathway, "#3567a8")
    if not projected:
        return QColor(base), QColor("#ffffff")
    solid = QColor(base)
    pale = QColor(
        *(round(c + (255 - c) * 0.65) for c in (solid.red(), solid.green(), solid.blue()))
    )
    return pale, QColor("#1a1a1a")


def window_fill(kind: EventKind) -> QColor:
    colour = kind_colour(kind)
    colour.setAlpha(70)
    return colour


def marker_path(kind: EventKind, size: float = MARKER_SIZE) -> QPainterPath:
    """The marker's outline, centred on (0, 0) so that it sits exactly on its date."""
    r = size / 2
    path = QPainterPath()
    shape = _SHAPES[kind]
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r * 0.85, r * 0.85)
    elif shape == "square":
        path.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6))
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
    elif shape == "down":
        path.addPolygon(QPolygonF([QPointF(-r, -r * 0.8), QPointF(r, -r * 0.8), QPointF(0, r)]))
    elif shape == "flag":  # a pennant whose pole stands on the opening day
        path.addPolygon(
            QPolygonF([QPointF(0, -r), QPointF(r * 1.3, -r * 0.4), QPointF(0, r * 0.2)])
        )
        path.addRect(QRectF(-0.75, -r, 1.5, 2 * r))
    else:  # star
        tips = [QPointF(0, -(r * 1.2 if i % 2 == 0 else r * 0.5)) for i in range(10)]
        path.addPolygon(QPolygonF([_rotate(p, 36 * i) for i, p in enumerate(tips)]))
    path.closeSubpath()
    return path


def _rotate(point: QPointF, degrees: float) -> QPointF:
    a = radians(degrees)
    return QPointF(point.x() * cos(a) - point.y() * sin(a), point.x() * sin(a) + point.y() * cos(a))


def marker_pen(kind: EventKind) -> QPen:
    pen = QPen(kind_colour(kind).darker(140), 1)
    pen.setCosmetic(True)
    return pen


def marker_icon(kind: EventKind, size: int = 14) -> QPixmap:
    """The same marker as a small picture, for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(size / 2, size / 2)
    painter.setPen(marker_pen(kind))
    painter.setBrush(kind_colour(kind))
    painter.drawPath(marker_path(kind, size - 3))
    painter.end()
    return pixmap
