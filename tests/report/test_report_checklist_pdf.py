"""The checklist PDF, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest
from pdfcheck import (
    CHINESE_NAME,
    GENERATED,
    HOUSEHOLD_NAME,
    ON,
    PASSPORT_HASH,
    embedded_fonts,
    ink_fractions,
    page_sizes,
    read_pdf,
)

from hkpath_desktop.core.checklists import build_checklist, stages_for
from hkpath_desktop.core.facts import Household, Note
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.report import words
from hkpath_desktop.report.checklist_pdf import plan, write_checklist_report
from hkpath_desktop.report.fonts import text_font

A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture(scope="module")
def six_pdf(six: Household, rules: RulePack, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("six") / "checklist.pdf"
    write_checklist_report(six, rules, ON, out, pathways=["cies", "ttps"], generated=GENERATED)
    return out


def test_six_people_over_150_items_every_title_and_name_present(
    six: Household, six_pdf: Path
) -> None:
    checklists = [build_checklist(six, p, s) for p, s in plan(["cies", "ttps"], None)]
    items = [item for cl in checklists for item in cl.items]
    assert len(six.members) == 6
    assert len(items) > 150
    pdf = read_pdf(six_pdf)
    for member in six.members:
        assert pdf.has(member.display_name), member.display_name
    assert CHINESE_NAME in pdf.text and HOUSEHOLD_NAME in pdf.text
    for title in {item.title for item in items}:
        assert pdf.has(title), title
    for pathway in ("cies", "ttps"):
        assert pdf.has(words.pathway(pathway))
        for stage in stages_for(pathway):
            assert pdf.has(words.stage(stage))


def test_every_page_has_header_footer_and_correct_page_x_of_y(
    six_pdf: Path, rules: RulePack
) -> None:
    pdf = read_pdf(six_pdf)
    total = len(pdf.pages)
    assert total > 10
    for number, text in enumerate(pdf.pages, start=1):
        flat = re.sub(r"\s+", " ", text)
        assert f"Page {number} of {total}" in flat
        assert "Document checklist" in flat and HOUSEHOLD_NAME in flat
        assert f"rules {rules.label}" in flat and rules.released.isoformat() in flat
        assert f"Generated {GENERATED.isoformat()}" in flat
        assert "not legal advice" in flat


def test_returns_the_page_count_and_defaults_to_a4(
    six: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "c.pdf"
    pages = write_checklist_report(six, rules, ON, out, pathways=["gep"], stages=["entry"])
    assert pages == len(read_pdf(out).pages)
    assert page_sizes(out) == {A4}


def test_letter_size_on_request(family: Household, rules: RulePack, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    write_checklist_report(family, rules, ON, out, pathways=["qmas"], page_size="Letter")
    assert page_sizes(out) == {LETTER}


def test_status_files_with_short_hash_and_notes(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "c.pdf"
    write_checklist_report(
        family, rules, ON, out, pathways=["cies"], stages=["entry", "net_asset_assessment"]
    )
    pdf = read_pdf(out)
    assert pdf.has(f"護照 passport.pdf · sha256 {PASSPORT_HASH[:12]}")
    assert PASSPORT_HASH[:13] not in pdf.text
    assert pdf.has("marriage.pdf · sha256 not computed yet")
    assert pdf.has("Note: Ask the CPA about the valuation report")
    assert pdf.has("Move planned for spring")
    entry = build_checklist(family, "cies", "entry")
    done = entry.progress()
    assert pdf.has(f"{done.done} of {done.total} documents ready")
    assert pdf.text.count("Attached") >= 2 and "Missing" in pdf.text


def test_chinese_text_is_embedded_and_extracts(six_pdf: Path) -> None:
    font = text_font()
    assert font.embedded, "no CJK TrueType font found: install fonts-wqy-microhei"
    assert embedded_fonts(six_pdf), "the text font is not embedded"
    pdf = read_pdf(six_pdf)
    assert "Aoi 護照.pdf" in pdf.text and "Aoi 的護照 renews in March" in pdf.text


def test_rendered_pages_are_not_blank(six_pdf: Path, tmp_path: Path) -> None:
    fractions = ink_fractions(six_pdf, tmp_path)
    assert len(fractions) == len(read_pdf(six_pdf).pages)
    # A page with only its header and footer comes to about 0.002; a last page holding one
    # item with its citation to about 0.012.
    assert min(fractions) > 0.005, fractions


def test_progress_runs_to_the_end(family: Household, rules: RulePack, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_checklist_report(
        family,
        rules,
        ON,
        tmp_path / "c.pdf",
        pathways=["gep", "qmas"],
        progress=lambda d, t: seen.append((d, t)),
    )
    total = seen[0][1]
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancel_leaves_the_old_file_and_no_temp(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "c.pdf"
    out.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_checklist_report(family, rules, ON, out, pathways=["gep"], progress=cancel)
    assert out.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["c.pdf"]


@pytest.mark.parametrize(
    ("pathways", "stages", "message"),
    [
        ([], None, "at least one pathway"),
        (["nope"], None, "unknown pathway 'nope'"),
        (["gep"], ["annual_maintenance"], "stage 'annual_maintenance' belongs to none"),
    ],
)
def test_bad_choices_are_refused(
    family: Household,
    rules: RulePack,
    tmp_path: Path,
    pathways: list[str],
    stages: list[str] | None,
    message: str,
) -> None:
    with pytest.raises(ValueError, match=message):
        write_checklist_report(
            family, rules, ON, tmp_path / "c.pdf", pathways=pathways, stages=stages
        )
    assert not list(tmp_path.iterdir())


def test_stages_keep_catalogue_order_across_pathways() -> None:
    assert plan(["gep", "cies"], ["pr", "entry"]) == [
        ("gep", "entry"),
        ("gep", "pr"),
        ("cies", "entry"),
        ("cies", "pr"),
    ]


def test_a_page_that_carries_a_list_over_names_whose_list_it_is(
    six: Household, six_pdf: Path
) -> None:
    pages = read_pdf(six_pdf).pages
    assert "(continued)" not in pages[0]
    carried = 0
    for number, text in enumerate(pages[1:], start=1):
        flat = re.sub(r"\s+", " ", text)
        for member in six.members:
            if f"· {member.display_name} (continued)" in flat:
                carried += 1
                earlier = " ".join(pages[:number])
                assert f"{member.display_name} (" in earlier
    assert carried >= 3


def test_a_note_longer_than_a_page_flows_on(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    long_note = Note(
        text=" ".join(f"line{i:04d}" for i in range(2500)),
        member="m1",
        item="gep.entry.travel_document",
    )
    household = dataclasses.replace(family, notes=(*family.notes, long_note))
    out = tmp_path / "long.pdf"
    pages = write_checklist_report(household, rules, ON, out, pathways=["gep"], stages=["entry"])
    short = write_checklist_report(
        family, rules, ON, tmp_path / "s.pdf", pathways=["gep"], stages=["entry"]
    )
    assert pages > short
    text = read_pdf(out).text
    assert "line0000" in text and "line2499" in text


def _spouse_at(family: Household, nationality: str, country: str | None) -> Household:
    spouse = family.members[1]
    home = dataclasses.replace(spouse.residence, country=country)
    moved = dataclasses.replace(spouse, nationality=nationality, residence=home)
    return dataclasses.replace(family, members=(family.members[0], moved, *family.members[2:]))


def test_papers_that_cannot_apply_are_left_out_and_unknown_ones_marked(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    """The fixture family lives in Japan; a British spouse in the UK gets no Macao papers."""
    out = tmp_path / "known.pdf"
    write_checklist_report(_spouse_at(family, "GB", "GB"), rules, ON, out, pathways=["ttps"])
    known = read_pdf(out)
    assert known.has("Valid passport or travel document")
    assert "Macao" not in known.text and "Taiwan" not in known.text
    out = tmp_path / "unknown.pdf"
    write_checklist_report(_spouse_at(family, "GB", None), rules, ON, out, pathways=["ttps"])
    unknown = read_pdf(out)
    assert unknown.has("Macao identity card") and unknown.has("Needed only for a Macao resident.")
    assert unknown.has("Missing (if it applies)")
