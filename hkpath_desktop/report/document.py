"""What both PDFs share: page sizes, styles, the header and footer on every page, atomic writes.

The footer says "page x of y", which needs the page count before any page is final: the
canvas keeps every page's state and draws the header and footer when the document is saved.
The file appears under its name only when complete (temp file in the same folder + os.replace),
so a crash, a full disk or a cancel never leaves half a PDF for someone to send.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.report.fonts import LATIN_FONT, font_for, needs_cjk, text_font
from hkpath_desktop.report.labels import DISCLAIMER, label

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN: float = 16 * mm
INDENT: float = 7 * mm
TOP_GAP: float = 4 * mm
FRAME_PADDING = 6
"""platypus's default padding inside a page's frame, in points."""
"""Room between the running header and the first line of text."""
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c9d2dc")
SHADE = colors.HexColor("#eef2f6")

ProgressFn = Callable[[int, int], None]


def page_size_of(name: str) -> tuple[float, float]:
    """``A4`` or ``Letter`` (case-insensitive); ValueError names the choices otherwise."""
    for key, size in PAGE_SIZES.items():
        if key.lower() == name.lower():
            return size
    raise ValueError(f"page size {name!r} is not one of {', '.join(PAGE_SIZES)}")


def esc(text: object) -> str:
    """User text made safe for Paragraph markup; newlines kept as line breaks."""
    return escape(str(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle
    indented: ParagraphStyle
    indented_small: ParagraphStyle


@cache
def make_styles() -> Styles:
    """The styles, in Helvetica, made once per process (they are never changed)."""

    def style(name: str, size: float, color: colors.Color = INK, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=LATIN_FONT, fontSize=size, leading=size * 1.3, textColor=color, **kw
        )

    return Styles(
        title=style("title", 18, ACCENT, spaceAfter=4 * mm),
        h1=style("h1", 14, ACCENT, spaceBefore=5 * mm, spaceAfter=2 * mm),
        h2=style("h2", 11.5, INK, spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        body=style("body", 9.5, spaceAfter=1.5 * mm),
        cell=style("cell", 8.5),
        small=style("small", 7.5, MUTED),
        head=style("head", 8.5, colors.white),
        indented=style("indented", 8.5, leftIndent=INDENT),
        indented_small=style("indented_small", 7.5, MUTED, leftIndent=INDENT),
    )


@cache
def _in_cjk_font(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_cjk", parent=style, fontName=text_font().name)


def style_for(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style``, or the same in the CJK font when ``text`` needs it."""
    return _in_cjk_font(style) if needs_cjk(text) else style


@dataclass(frozen=True)
class Decor:
    """The header and footer text of every page."""

    title: str
    household: str
    generated: date
    rules_version: str
    rules_released: date
    language: Language = Language.EN

    @staticmethod
    def of(
        title: str,
        household: str,
        rules: RulePack,
        generated: date | None,
        language: Language = Language.EN,
    ) -> Decor:
        return Decor(
            label(title, language),
            household,
            generated or date.today(),
            say(rules.label, language),
            rules.released,
            language,
        )

    def draw(self, canvas: Canvas, number: int, total: int, continued: str) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if continued:
            canvas.setFillColor(MUTED)
            _text(
                canvas,
                MARGIN,
                height - MARGIN - 1.5 * mm,
                7.5,
                label("{} (continued)", self.language, continued),
            )
        canvas.setFillColor(ACCENT)
        top = height - MARGIN + 5 * mm
        _text(canvas, MARGIN, top, 9, self.title)
        _text(canvas, width - MARGIN, top, 9, self.household, right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        canvas.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
        canvas.setFillColor(MUTED)
        base = MARGIN - 7 * mm
        generated = label(
            "Generated {} · rules {}, released {}",
            self.language,
            self.generated.isoformat(),
            self.rules_version,
            self.rules_released.isoformat(),
        )
        _text(canvas, MARGIN, base, 7.5, generated)
        page = label("Page {} of {}", self.language, number, total)
        _text(canvas, width - MARGIN, base, 7.5, page, right=True)
        _text(canvas, MARGIN, base - 3.5 * mm, 6.5, label(DISCLAIMER, self.language))
        canvas.restoreState()


def _text(canvas: Canvas, x: float, y: float, size: float, text: str, right: bool = False) -> None:
    canvas.setFont(font_for(text), size)
    if right:
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


class Section(Flowable):  # type: ignore[misc]
    """An invisible mark: "from here on the page is about ``text``", for the running header."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.section_marks.append((self.text, self.canv.absolutePosition(0, 0)[1]))


def _canvas_maker(decor: Decor, pages: list[int]) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Holds every page back until save() knows how many there are.

        A page that begins inside a section (a long list carried over) says which one it
        continues, so a loose page still tells whose papers it lists.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.section_marks: list[tuple[str, float]] = []

        def drawString(  # noqa: N802 - reportlab's name
            self, x: float, y: float, text: str, *args: Any, **kwargs: Any
        ) -> None:
            """Plain left-to-right text without reportlab's detour through its bidi code.

            That detour measures the string and throws the width away; the tables draw
            thousands of short strings, so the plain case (no extra argument) skips it.
            """
            if args or kwargs:
                super().drawString(x, y, text, *args, **kwargs)
                return
            line = self.beginText(x, y)
            line.textLine(text)
            self.drawText(line)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self.section_marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            frame_top = self._pagesize[1] - MARGIN - TOP_GAP - FRAME_PADDING
            carried = ""
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                marks = self.section_marks
                fresh = bool(marks) and marks[0][1] >= frame_top - 1
                decor.draw(self, number, total, "" if fresh else carried)
                carried = marks[-1][0] if marks else carried
                super().showPage()
            pages.append(total)
            with _deflate_only():
                super().save()

    return NumberedCanvas


_SAVING = threading.Lock()


@contextlib.contextmanager
def _deflate_only() -> Iterator[None]:
    """Page streams deflated but not ASCII85-encoded (reportlab's default adds it).

    ASCII85 only makes a binary stream printable: a quarter more bytes and a twentieth of the
    report's time for nothing a PDF reader needs. reportlab reads the process-wide switch
    while it saves, so saves take turns (the GUI may write two PDFs at once in its workers)
    and the switch is always put back.
    """
    with _SAVING:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def write_pdf(out: Path, story: list[Flowable], decor: Decor, page_size: str, subject: str) -> int:
    """Lay out ``story`` and write it atomically to ``out``; returns the number of pages."""
    size = page_size_of(page_size)
    out = Path(out)
    fd, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    os.close(fd)
    pages: list[int] = []
    try:
        doc = SimpleDocTemplate(
            temp,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + TOP_GAP,
            bottomMargin=MARGIN,
            title=label("{}: {}", decor.language, decor.title, decor.household),
            author="HKPath Desktop",
            subject=subject,
            creator="HKPath Desktop",
        )
        doc.build(story, canvasmaker=_canvas_maker(decor, pages))
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return pages[0]


def frame_width(page_size: str) -> float:
    return page_size_of(page_size)[0] - 2 * MARGIN


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user or engine text, in the font its characters need.

    Text on one line has no markup to parse: it becomes the one fragment the markup parser
    would make of it, which saves the parser, a tenth of the whole report's time.
    """
    plain = str(text)
    chosen = style_for(style, plain)
    line = cleanBlockQuotedText(plain)
    if "\n" in plain or not line:
        return Paragraph(esc(plain), chosen)
    return Paragraph(line, chosen, frags=[_fragment(chosen).clone(text=line, link=[], us_lines=[])])


@cache
def _fragment(style: ParagraphStyle) -> Any:
    """The markup parser's fragment for one word in ``style``, to copy for plain text."""
    return Paragraph("x", style).frags[0]


def rich(markup: str, style: ParagraphStyle, plain: str) -> Paragraph:
    """A paragraph of ``markup`` whose visible text is ``plain`` (which picks the font)."""
    return Paragraph(markup, style_for(style, plain))


def heading(
    text: object, style: ParagraphStyle, room: float = 45 * mm, section: str | None = None
) -> list[Flowable]:
    """A heading that starts a new page unless ``room`` is left for what follows it.

    ``section`` names what follows, for the "(continued)" line of the pages it runs onto.
    """
    marks: list[Flowable] = [] if section is None else [Section(section)]
    return [CondPageBreak(room), *marks, para(text, style)]
