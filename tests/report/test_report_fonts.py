"""Which font the PDFs use: an embedded CJK TrueType font when there is one, else a CID font."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from pdfcheck import ON, embedded_fonts, font_names, read_pdf
from reportlab.pdfbase import pdfmetrics

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.report import fonts
from hkpath_desktop.report.adviser import write_adviser_report


def test_the_environment_override_comes_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = tmp_path / "mine.ttf"
    monkeypatch.setenv(fonts.FONT_ENV, str(chosen))
    found = fonts.candidates()
    assert found[0] == chosen
    assert found[-len(fonts.SYSTEM_FONTS) :] == [Path(p) for p in fonts.SYSTEM_FONTS]


def test_a_file_that_is_not_a_font_is_skipped(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.ttf"
    bogus.write_bytes(b"not a font")
    assert fonts._register_ttf(bogus) is False
    assert fonts._register_ttf(tmp_path / "absent.ttf") is False


def test_this_machine_embeds_a_cjk_truetype_font_with_the_glyphs() -> None:
    choice = fonts.text_font()
    assert choice.embedded and choice.path is not None, (
        "no CJK TrueType font: install fonts-wqy-microhei (Debian) or set HKPATH_PDF_FONT"
    )
    cmap = pdfmetrics.getFont(choice.name).face.charToGlyph
    missing = [ch for ch in "陳美玲家護照的氏商學院陈HK$·…" if ord(ch) not in cmap]
    assert missing == [], f"drawn as empty boxes: {missing}"


_NO_FONT_SCRIPT = """
import sys
from datetime import date
from pathlib import Path
from hkpath_desktop.report import fonts
fonts.SYSTEM_FONTS = ()
fonts.candidates = lambda: []
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.report.checklist_pdf import write_checklist_report
household = load_profile_file(Path(sys.argv[1]))
write_checklist_report(household, load_builtin(), date(2026, 11, 22), Path(sys.argv[2]),
                       pathways=["cies"], stages=["entry"])
print(fonts.text_font())
"""


def test_without_any_font_the_cid_fallback_still_gives_real_text(
    fixtures_dir: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "cid.pdf"
    result = subprocess.run(
        [sys.executable, "-c", _NO_FONT_SCRIPT, str(fixtures_dir / "family.json"), str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "embedded=False" in result.stdout and fonts.CID_FALLBACK in result.stdout
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "護照 passport.pdf" in text


@pytest.mark.parametrize(
    ("text", "cjk"),
    [("HK$2,600,000 · café – “quoted” …", False), ("陳美玲", True), ("Aoi 護照.pdf", True)],
)
def test_only_text_that_helvetica_cannot_show_needs_the_cjk_font(text: str, cjk: bool) -> None:
    assert fonts.needs_cjk(text) is cjk
    assert fonts.font_for(text) == (fonts.text_font().name if cjk else fonts.LATIN_FONT)


def test_an_english_report_without_chinese_embeds_no_font(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    principal, *others = family.members
    plain = dataclasses.replace(
        family, members=(dataclasses.replace(principal, education=()), *others)
    )
    out = tmp_path / "plain.pdf"
    write_adviser_report(plain, rules, ON, out)
    assert embedded_fonts(out) == set()
    assert font_names(out) == {"/Helvetica"}
    mixed = tmp_path / "mixed.pdf"
    write_adviser_report(family, rules, ON, mixed)
    assert embedded_fonts(mixed) and "/Helvetica" in font_names(mixed)
    assert "陳氏商學院" in read_pdf(mixed).text


def test_the_font_is_loaded_once() -> None:
    first = fonts.text_font()
    assert fonts.text_font() == first and fonts.text_font.cache_info().currsize == 1
