"""Tables of the PDFs: a grid whose cells are plain lines of text, broken to the column width.

A cell given as a Paragraph is parsed for markup, measured word by word, laid out twice (to
size its row and to draw it) and drawn through its own text object; with a few hundred cells
that was most of an adviser report's time. A :class:`Cell` is broken into lines once, here,
where its column's width is known, and the table draws the lines as strings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from hkpath_desktop.report.document import ACCENT, RULE, make_styles
from hkpath_desktop.report.fonts import font_for
from hkpath_desktop.report.lines import wrap

PADDING: float = 3
"""Room left and right of a table cell's text, in points."""


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell's text and style, drawn as plain lines (see :mod:`report.lines`)."""

    text: str
    style: ParagraphStyle
    colour: colors.Color | None = None


def cell(value: object, style: ParagraphStyle, colour: colors.Color | None = None) -> Cell:
    return Cell(str(value), style, colour)


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    """A grid that repeats its header row on every page (rows themselves do not split).

    A row holds :class:`Cell` values and any flowables (a check box, a list of them).
    """
    base = make_styles().cell
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize, base.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), base.textColor),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    data = [
        [
            _placed(v, widths[c], (c, r), commands) if isinstance(v, Cell) else v
            for c, v in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    commands += list(extra)
    return Table(
        data,
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _placed(value: Cell, width: float, at: tuple[int, int], commands: list[tuple[Any, ...]]) -> str:
    """The cell's text broken into lines, with commands for its font and colour.

    Only a cell whose font or colour differs from the table's gets a command: one per cell
    would cost a tenth of the report's time.
    """
    style, base = value.style, make_styles().cell
    font = font_for(value.text)
    if (font, style.fontSize, style.leading) != (base.fontName, base.fontSize, base.leading):
        commands.append(("FONT", at, at, font, style.fontSize, style.leading))
    colour = value.colour or style.textColor
    if colour != base.textColor:
        commands.append(("TEXTCOLOR", at, at, colour))
    return "\n".join(wrap(value.text, font, style.fontSize, width - 2 * PADDING))
