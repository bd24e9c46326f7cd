"""How a plan status looks everywhere in the window: a word, an icon of its own shape, a colour.

Ready is a green disc with a tick, at risk an amber triangle with "!", blocked a red disc with
a cross: the shapes tell them apart without colour, and the word is always beside them.
A condition's status (met / unknown / not met) takes the look of the status it leads to.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import PathwayPlan, PlanStatus, status_word
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.timeline import Event, EventKind
from hkpath_desktop.ui import theme

_ROLE = {
    PlanStatus.READY: "eligible",
    PlanStatus.AT_RISK: "incomplete",
    PlanStatus.BLOCKED: "not_eligible",
}
LEADS_TO = {
    Status.MET: PlanStatus.READY,
    Status.UNKNOWN: PlanStatus.AT_RISK,
    Status.NOT_MET: PlanStatus.BLOCKED,
}
"""The plan status a condition's status gives its renewal, and so its look."""

Renewals = Mapping[tuple[str, date], PlanStatus]
"""Each renewal's status, by member id and the limit of stay it extends."""


def of_renewals(plan: PathwayPlan | None) -> dict[tuple[str, date], PlanStatus]:
    """The statuses of a pathway plan's renewals, for the timeline's markers."""
    if plan is None:
        return {}
    return {(m.id, r.limit_of_stay): r.status for m in plan.members for r in m.renewals}


def of_event(renewals: Renewals, member: str, event: Event) -> PlanStatus | None:
    """The status of the renewal an event belongs to: its window, or the limit it extends."""
    if event.kind is EventKind.LIMIT_OF_STAY:
        return renewals.get((member, event.date))
    if event.kind is EventKind.EXTENSION_WINDOW and event.until is not None:
        return renewals.get((member, event.until))
    return None


def colour(status: PlanStatus) -> QColor:
    return theme.colour(_ROLE[status])


def word(status: PlanStatus, language: Language) -> str:
    """The status in words, in ``language``, as it starts a cell ("Ready", "準備就緒")."""
    said = say(status_word(status), language)
    return said[:1].upper() + said[1:]


def pixmap(status: PlanStatus, size: int = 16) -> QPixmap:
    """The status's icon, drawn (no image files): its shape says the status."""
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour(status))
    s = float(size)
    if status is PlanStatus.AT_RISK:
        p.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 1), QPointF(1, s - 1)]))
    else:
        p.drawEllipse(1, 1, size - 2, size - 2)
    pen = QPen(QColor("white"), max(1.5, s / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if status is PlanStatus.READY:
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(s * 0.28, s * 0.52),
                    QPointF(s * 0.45, s * 0.7),
                    QPointF(s * 0.74, s * 0.32),
                ]
            )
        )
    elif status is PlanStatus.BLOCKED:
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    else:
        p.drawLine(QPointF(s / 2, s * 0.4), QPointF(s / 2, s * 0.66))
        p.drawPoint(QPointF(s / 2, s * 0.82))
    p.end()
    return image


def icon(status: PlanStatus) -> QIcon:
    return QIcon(pixmap(status))
