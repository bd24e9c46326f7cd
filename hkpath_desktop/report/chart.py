"""The timeline drawn as a chart: one lane per person, stays as bars, PR and milestones as marks.

Drawn with reportlab graphics (vector, so it stays sharp when printed). It shows the same
``Timeline`` the Timeline tab shows; it decides nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, Shape, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.timeline import EventKind, MemberTimeline, Timeline
from hkpath_desktop.report.document import ACCENT, INK, MUTED, RULE
from hkpath_desktop.report.fonts import font_for
from hkpath_desktop.report.labels import label

LANE = 9 * mm
LABEL = 38 * mm
AXIS = 9 * mm
LEGEND = 8 * mm
HEADROOM = 5 * mm
PROJECTED = colors.HexColor("#b9cde4")
PR = colors.HexColor("#1b7f3b")
MARK = colors.HexColor("#b45309")
_MILESTONES = (EventKind.CHILD_TURNS_ADULT, EventKind.TRAVEL_DOCUMENT)


def _span(timeline: Timeline) -> tuple[date, date]:
    """Whole calendar years from the earliest stay (or ``on``) to the latest date shown."""
    days = [timeline.on]
    for m in timeline.members:
        days += [s.start for s in m.stays] + [s.limit for s in m.stays]
        days += [m.pr_eligible_on] if m.pr_eligible_on else []
    first, last = min(days), max(days)
    return date(first.year, 1, 1), date(max(last.year + 1, first.year + 2), 1, 1)


class _Scale:
    def __init__(self, first: date, last: date, x0: float, x1: float) -> None:
        self.first, self.last, self.x0 = first, last, x0
        self.per_day = (x1 - x0) / max(1, (last - first).days)

    def x(self, day: date) -> float:
        return self.x0 + (day - self.first).days * self.per_day


MAX_LANES = 16
"""People per drawing: a larger household gets several charts, each well within one page."""


def timeline_charts(
    timeline: Timeline, width: float, language: Language = Language.EN
) -> list[Drawing]:
    """One chart per ``MAX_LANES`` people, all on the same time axis."""
    members = timeline.members
    return [
        timeline_chart(replace(timeline, members=members[i : i + MAX_LANES]), width, language)
        for i in range(0, max(1, len(members)), MAX_LANES)
    ]


def _string(x: float, y: float, text: str, size: float, colour: colors.Color, **kw: str) -> String:
    """A string in the font its characters need."""
    return String(x, y, text, fontName=font_for(text), fontSize=size, fillColor=colour, **kw)


def timeline_chart(timeline: Timeline, width: float, language: Language = Language.EN) -> Drawing:
    """A drawing ``width`` points wide; its height grows with the number of people."""
    lanes = len(timeline.members)
    height = LEGEND + AXIS + lanes * LANE + HEADROOM
    drawing = Drawing(width, height)
    first, last = _span(timeline)
    scale = _Scale(first, last, LABEL, width - 2 * mm)
    base = LEGEND + AXIS
    top = base + lanes * LANE
    _axis(drawing, scale, first, last, base, top)
    for row, member in enumerate(timeline.members):
        y = top - (row + 1) * LANE
        _lane(drawing, member, scale, y, language)
    on_x = scale.x(timeline.on)
    drawing.add(
        Line(on_x, base, on_x, top, strokeColor=MARK, strokeWidth=0.8, strokeDashArray=[2, 2])
    )
    assessed = label("assessed {}", language, timeline.on.isoformat())
    drawing.add(_string(on_x + 1, top - 6, assessed, 6, MARK))
    _legend(drawing, language)
    return drawing


def _axis(
    drawing: Drawing, scale: _Scale, first: date, last: date, base: float, top: float
) -> None:
    drawing.add(Line(scale.x0, base, scale.x(last), base, strokeColor=INK, strokeWidth=0.6))
    years = range(first.year, last.year + 1)
    step = 1 if len(years) <= 12 else 2
    for year in years[::step]:
        x = scale.x(date(year, 1, 1))
        drawing.add(Line(x, base, x, top, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_string(x, base - 9, str(year), 7, MUTED, textAnchor="middle"))


def _lane(
    drawing: Drawing, member: MemberTimeline, scale: _Scale, y: float, language: Language
) -> None:
    mid = y + LANE / 2
    name = _fit(member.name or member.id)
    if member.stays:
        drawing.add(_string(0, mid - 3, name, 8, INK))
    else:
        drawing.add(_string(0, mid, name, 8, INK))
        drawing.add(_string(0, mid - 8, label("no stay recorded", language), 6.5, MUTED))
    bar = LANE * 0.45
    for stay in member.stays:
        x0, x1 = scale.x(stay.start), scale.x(stay.limit)
        drawing.add(
            Rect(
                x0,
                mid - bar / 2,
                max(1.0, x1 - x0),
                bar,
                fillColor=PROJECTED if stay.projected else ACCENT,
                strokeColor=colors.white,
                strokeWidth=0.8,
            )
        )
    for event in member.events:
        if event.kind in _MILESTONES and scale.first <= event.date <= scale.last:
            x = scale.x(event.date)
            drawing.add(_triangle(x, mid + bar / 2 + 5, MARK))
    if member.pr_eligible_on is not None:
        x = scale.x(member.pr_eligible_on)
        drawing.add(_diamond(x, mid, 4, PR))


def _diamond(x: float, y: float, r: float, fill: colors.Color) -> Polygon:
    return Polygon(
        [x - r, y, x, y + r, x + r, y, x, y - r],
        fillColor=fill,
        strokeColor=colors.white,
        strokeWidth=0.5,
    )


def _legend(drawing: Drawing, language: Language) -> None:
    y = 2 * mm
    entries: tuple[tuple[str, Callable[[float], Shape]], ...] = (
        ("recorded stay", lambda x: Rect(x, y, 10, 5, fillColor=ACCENT, strokeColor=None)),
        ("projected stay", lambda x: Rect(x, y, 10, 5, fillColor=PROJECTED, strokeColor=None)),
        ("permanent residence can be applied for", lambda x: _diamond(x + 5, y + 2.5, 4, PR)),
        ("child turns adult, travel document", lambda x: _triangle(x + 5, y + 5, MARK)),
    )
    x = 0.0
    for english, shape in entries:
        words = label(english, language)
        drawing.add(shape(x))
        drawing.add(_string(x + 13, y, words, 6.5, MUTED))
        x += 13 + stringWidth(words, font_for(words), 6.5) + 6 * mm


def _triangle(x: float, top: float, fill: colors.Color) -> Polygon:
    return Polygon([x - 3, top, x + 3, top, x, top - 5], fillColor=fill, strokeColor=None)


def _fit(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
