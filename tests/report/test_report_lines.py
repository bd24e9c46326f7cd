"""Table cells are broken into lines by report.lines: as a Paragraph would, and never too wide."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from hkpath_desktop.report.fonts import LATIN_FONT, text_font
from hkpath_desktop.report.lines import wrap

SIZE = 8.5
ENGLISH = [
    "Nationality JP is not on the excluded list (AF, CU, LA, KP, NP, VN). Unverified rule: "
    "the current list per scheme is not confirmed.",
    "Income employment HK$2,600,000 (year to 2026-10-31) in the 12 months to 2026-11-22; "
    "Category A needs HK$2,500,000. Personal investment income does not count.",
    "Spouse or recognised partner (married, civil partnership, civil union) and unmarried "
    "dependent children under 18.",
    "short",
]


def _paragraph_lines(text: str, width: float) -> list[str]:
    style = ParagraphStyle("t", fontName=LATIN_FONT, fontSize=SIZE, leading=SIZE * 1.3)
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 1000)
    return [" ".join(words) for _, words in paragraph.blPara.lines]


@pytest.mark.parametrize("width", [90.0, 150.0, 260.0, 400.0])
@pytest.mark.parametrize("text", ENGLISH)
def test_english_breaks_where_a_paragraph_breaks(text: str, width: float) -> None:
    assert wrap(text, LATIN_FONT, SIZE, width) == _paragraph_lines(text, width)


def test_a_newline_always_breaks_and_empty_text_is_one_empty_line() -> None:
    assert wrap("bachelor: Tokyo\nmaster: HKU", LATIN_FONT, SIZE, 500) == [
        "bachelor: Tokyo",
        "master: HKU",
    ]
    assert wrap("", LATIN_FONT, SIZE, 100) == [""]


def test_a_word_wider_than_the_column_is_split() -> None:
    url = "immd.gov.hk/eng/useful_information/admission-schemes-talents-professionals.html"
    lines = wrap(f"see {url} now", LATIN_FONT, SIZE, 120)
    assert lines[0] == "see"
    assert "".join(lines[1:-1]) + lines[-1].removesuffix(" now") == url
    assert all(stringWidth(line, LATIN_FONT, SIZE) <= 120 for line in lines)


@pytest.mark.parametrize("width", [60.0, 90.0, 120.0, 150.0])
def test_an_address_breaks_after_a_slash_never_inside_a_name(width: float) -> None:
    url = "immd.gov.hk/eng/services/visas/GEP.html"
    lines = wrap(url, LATIN_FONT, SIZE, width)
    assert "".join(lines) == url
    assert all(stringWidth(line, LATIN_FONT, SIZE) <= width for line in lines)
    for line in lines[:-1]:
        assert line.endswith(("/", ".", "-", "_")), lines
    assert lines[-1] in ("GEP.html", url) or lines[-1].endswith("GEP.html"), lines


def test_a_long_name_without_a_slash_breaks_after_its_punctuation() -> None:
    lines = wrap("quality_migrant_admission_scheme.html", LATIN_FONT, SIZE, 80)
    assert all(line.endswith(("_", ".")) for line in lines[:-1]), lines
    assert "".join(lines) == "quality_migrant_admission_scheme.html"


def test_chinese_fills_each_line_and_keeps_punctuation_off_the_line_start() -> None:
    font = text_font().name
    text = (
        "國籍 JP 不在排除名單上（名單：AF、CU、LA、KP、NP、VN）。未經核實的規則：各計劃的"
        "現行名單未經確認，放寬措施可能已改變名單。"
    )
    lines = wrap(text, font, SIZE, 200)
    assert len(lines) > 2
    assert lines[0].startswith("國籍 JP 不在"), "a short Latin word does not push the text down"
    for line in lines:
        assert stringWidth(line, font, SIZE) <= 200
        assert line[0] not in "，。；：、）"
    for line in lines[:-1]:
        assert stringWidth(line, font, SIZE) > 200 - 3 * SIZE, f"line left half empty: {line}"


_WORDS = st.one_of(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzHK$0123456789,.()", min_size=1, max_size=40),
    st.text(alphabet="香港居留權永久性居民身份受養人、。，（）", min_size=1, max_size=60),
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_WORDS, max_size=25), width=st.floats(min_value=20, max_value=400))
def test_no_line_too_wide_and_no_character_lost(words: list[str], width: float) -> None:
    font = text_font().name
    text = " ".join(words)
    lines = wrap(text, font, SIZE, width)
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
    for line in lines:
        assert len(line) == 1 or stringWidth(line, font, SIZE) <= width + 1e-6, line
