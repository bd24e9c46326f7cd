"""The PDFs' fonts: Helvetica for text without Chinese, an embedded CJK font for text with it.

Helvetica is one of the PDF standard fonts: nothing to embed or subset, and its widths come
from a small table, where a TrueType font costs a glyph lookup per character on every line
(the largest single cost of the report before). A paragraph or string with a character that
Helvetica's encoding (WinAnsi, i.e. cp1252) lacks is set in the CJK font as a whole, so an
English report of a household without Chinese names embeds no font at all.

Names and institutions are often Chinese, and an adviser's viewer may have no CJK font, so we
embed a TrueType subset rather than rely on the viewer (reportlab's CID fonts are not embedded:
poppler without a CJK system font draws them as empty boxes). reportlab cannot embed CFF-based
OpenType (e.g. Noto Sans CJK), so only TrueType outlines are candidates.

Where the font comes from, first found wins:
1. ``$HKPATH_PDF_FONT`` (a .ttf/.ttc path), for a user who prefers another font;
2. ``hkpath_desktop.resources/fonts/*.tt[fc]``: the packaged app ships one there;
3. well-known system fonts on Linux, Windows and macOS;
4. reportlab's CID font: text still extracts correctly, but the glyphs depend on the viewer.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

_log = logging.getLogger(__name__)

LATIN_FONT = "Helvetica"
FONT_ENV = "HKPATH_PDF_FONT"
FONT_NAME = "HKPathText"
CID_FALLBACK = "MSung-Light"
"""Traditional Chinese CID font (Adobe-CNS1), the script Hong Kong uses."""

SYSTEM_FONTS: tuple[str, ...] = (
    # Debian/Ubuntu: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming.
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    # Fedora and Arch.
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    # Windows: Microsoft JhengHei (Traditional), YaHei, MingLiU, SimSun.
    "C:/Windows/Fonts/msjh.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/mingliu.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    # macOS.
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The registered font name, and what it is (for tests and the log)."""

    name: str
    path: Path | None
    embedded: bool


def candidates() -> list[Path]:
    """Font files to try, in order of preference."""
    found: list[Path] = []
    override = os.environ.get(FONT_ENV)
    if override:
        found.append(Path(override))
    bundled = resources.files("hkpath_desktop.resources").joinpath("fonts")
    if bundled.is_dir():
        found += sorted(
            Path(str(entry))
            for entry in bundled.iterdir()
            if entry.name.lower().endswith((".ttf", ".ttc"))
        )
    found += [Path(p) for p in SYSTEM_FONTS]
    return found


def _register_ttf(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError) as exc:
        _log.warning("PDF font %s unusable: %s", path, exc)
        return False
    return True


@cache
def text_font() -> FontChoice:
    """Register the first usable font once per process; bold/italic map to it too."""
    choice = _first_usable_font()
    _log.info("PDF text font: %s", choice)
    return choice


def _first_usable_font() -> FontChoice:
    for path in candidates():
        if _register_ttf(path):
            choice = FontChoice(FONT_NAME, path, embedded=True)
            break
    else:
        _log.warning("no CJK TrueType font found; PDFs use the %s CID font", CID_FALLBACK)
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
        choice = FontChoice(CID_FALLBACK, None, embedded=False)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(choice.name, bold, italic, choice.name)
    return choice


def needs_cjk(text: str) -> bool:
    """Whether ``text`` has a character that Helvetica cannot show."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def font_for(text: str) -> str:
    """The font name to set ``text`` in: Helvetica unless it needs the CJK font."""
    return text_font().name if needs_cjk(text) else LATIN_FONT
