"""Text broken into lines for table cells, without a Paragraph for each cell.

A table cell holds a name, a date, a sentence or two. Given as a Paragraph, each cell is
parsed for markup, measured word by word through reportlab's pure-Python width code, laid
out twice (once to size the row, once to draw it) and drawn through its own text object:
most of the time an adviser report takes. Plain lines cost one width sum per word and a
string each, so the report hands the table the lines instead.

Lines break the way a Paragraph breaks them: greedily at spaces, and inside a word only
when the word alone is wider than the column (a long URL, a Chinese sentence).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth


class _Advances(dict[str, float]):
    """Each character's width at a size of one point, asked of reportlab once per character."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, char: str) -> float:
        width: float = stringWidth(char, self.font, 1.0)
        self[char] = width
        return width


@cache
def _advances(font: str) -> _Advances:
    return _Advances(font)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` as lines no wider than ``width``; a newline in ``text`` always breaks."""
    advances = _advances(font)
    space = advances[" "] * size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            gap = space if line else 0.0
            wide = sum(map(advances.__getitem__, word)) * size
            if used + gap + wide <= width:
                line, used = line + " " * bool(line) + word, used + gap + wide
                continue
            widths = [advances[char] * size for char in word]
            if wide > width or _has_wide(word):
                head = _fill(word, widths, width - used - gap, forced=False)
                if head:
                    line += " " * bool(line) + word[:head]
                    word, widths = word[head:], widths[head:]
            if line:
                lines.append(line)
            while sum(widths) > width:
                head = _fill(word, widths, width, forced=True)
                lines.append(word[:head])
                word, widths = word[head:], widths[head:]
            line, used = word, sum(widths)
        if line:
            lines.append(line)
    return lines or [""]


_WIDE = 0x2E80
"""From here on (CJK radicals, ideographs, kana, full-width forms) a line may break between
characters, as Chinese text is set; Latin words break only at spaces."""
_NO_START = frozenset("，。；：、）」』》！？,.;:)]%")
_NO_END = frozenset("（「『《([")


def _has_wide(word: str) -> bool:
    return any(ord(char) >= _WIDE for char in word)


def _fill(word: str, widths: list[float], room: float, *, forced: bool) -> int:
    """How many leading characters of ``word`` to put in ``room``: the most that fit where a
    line may break; when ``forced`` (the word is wider than a whole line), at least one.

    A Latin word wider than a whole line is an address or a file name: it starts a line and
    breaks after a slash
    where one fits (``…/visas/`` | ``TTPS.html``), else after other punctuation, and only
    as a last resort between two letters."""
    fits, used = 0, 0.0
    while fits < len(word) and used + widths[fits] <= room:
        used += widths[fits]
        fits += 1
    last = min(fits, len(word) - 1)
    for breaks in (_may_break, _after_slash, _after_punctuation) if forced else (_may_break,):
        for head in range(last, 0, -1):
            if breaks(word[head - 1], word[head]):
                return head
    return max(1, fits) if forced else 0


def _may_break(before: str, after: str) -> bool:
    wide = ord(before) >= _WIDE or ord(after) >= _WIDE
    return wide and after not in _NO_START and before not in _NO_END


def _after_slash(before: str, after: str) -> bool:
    return before == "/" and after != "/"


def _after_punctuation(before: str, after: str) -> bool:
    return before in "-_.?&=#" and after.isalnum()
