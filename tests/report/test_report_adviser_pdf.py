"""The adviser report, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from pdfcheck import (
    CHINESE_NAME,
    GENERATED,
    HOUSEHOLD_NAME,
    ON,
    embedded_fonts,
    ink_fractions,
    page_sizes,
    read_pdf,
)

from hkpath_desktop.core.assessment import Status, Verdict
from hkpath_desktop.core.comparison import assess_all
from hkpath_desktop.core.facts import Household, Trip
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.timeline import build_timeline
from hkpath_desktop.report.adviser import UPCOMING_MONTHS, write_adviser_report

SECTIONS = (
    "Profile summary",
    "Comparison, most sustainable first",
    "Gaps",
    "Seven-year outlook",
    "Timeline",
    "Upcoming deadlines",
    "Residence summary",
)


@pytest.fixture(scope="module")
def six_pdf(six: Household, rules: RulePack, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("adviser") / "adviser.pdf"
    write_adviser_report(six, rules, ON, out, generated=GENERATED)
    return out


def test_names_sections_pathways_and_every_criterion_present(
    six: Household, rules: RulePack, six_pdf: Path
) -> None:
    pdf = read_pdf(six_pdf)
    assert CHINESE_NAME in pdf.text and "陳氏商學院" in pdf.text
    for member in six.members:
        assert pdf.has(member.display_name)
    for section in SECTIONS:
        assert pdf.has(section), section
    for a in assess_all(six, rules, ON):
        assert pdf.has(a.name)
        if a.verdict is Verdict.NOT_ELIGIBLE:
            continue  # test_a_closed_route_is_a_short_paragraph
        for criterion in a.criteria:
            assert pdf.has(criterion.title), criterion.title
            assert pdf.has(criterion.detail), criterion.detail
        for gap in a.gaps:
            assert pdf.has(gap)
        assert pdf.has(a.outlook.main_risk)
    assert rules.version in pdf.text
    qmas = next(a for a in assess_all(six, rules, ON) if a.pathway == "qmas")
    assert qmas.verdict is not Verdict.NOT_ELIGIBLE
    assert pdf.has(f"{qmas.points} of 12 criteria met") and not pdf.has("points)")


def test_a_closed_route_is_a_short_paragraph(
    six: Household, rules: RulePack, six_pdf: Path
) -> None:
    """Why a route is closed, with its sources; not the gaps and outlook of a route nobody
    in the household can start."""
    pdf = read_pdf(six_pdf)
    assessments = assess_all(six, rules, ON)
    closed = [a for a in assessments if a.verdict is Verdict.NOT_ELIGIBLE]
    assert closed, "the six-member household has a route closed to it"
    for a in closed:
        assert pdf.has(a.name)
        reasons = [c for c in a.criteria if c.status is Status.NOT_MET]
        assert reasons
        for c in reasons:
            assert pdf.has(c.detail), c.detail
        for c in a.criteria:
            if c.status is not Status.NOT_MET:
                assert not pdf.has(c.detail) or any(
                    c.detail == other.detail
                    for b in assessments
                    if b is not a
                    for other in b.criteria
                ), c.detail
        for gap in a.gaps:
            if not any(gap in b.gaps for b in assessments if b is not a):
                assert not pdf.has(gap), gap
    assert pdf.text.count("Seven-year outlook") == len(assessments) - len(closed)


def test_upcoming_deadlines_are_those_of_the_next_months(
    six: Household, rules: RulePack, six_pdf: Path
) -> None:
    pdf = read_pdf(six_pdf)
    until = ON + relativedelta(months=UPCOMING_MONTHS)
    rows = [
        (f"{e.date.isoformat()} {m.name}", e)
        for m in build_timeline(six, rules, ON).members
        for e in m.events
    ]
    upcoming = [(row, e) for row, e in rows if ON <= e.date <= until]
    later = [row for row, e in rows if e.date > until]
    assert upcoming and later
    table = pdf.text.split("Upcoming deadlines")[1].split("Residence summary")[0]
    for row, event in upcoming:
        assert f"{row} {event.label}" in table, row
    for row in later:
        assert row not in table


def test_page_x_of_y_on_every_page(six_pdf: Path, rules: RulePack) -> None:
    pdf = read_pdf(six_pdf)
    total = len(pdf.pages)
    for number, text in enumerate(pdf.pages, start=1):
        flat = re.sub(r"\s+", " ", text)
        assert f"Page {number} of {total}" in flat
        assert "Adviser report" in flat and HOUSEHOLD_NAME in flat
        assert f"rules {rules.label}" in flat and "not legal advice" in flat


def test_embedded_font_and_pages_not_blank(six_pdf: Path, tmp_path: Path) -> None:
    assert embedded_fonts(six_pdf)
    fractions = ink_fractions(six_pdf, tmp_path)
    assert len(fractions) == len(read_pdf(six_pdf).pages)
    assert min(fractions) > 0.03, fractions


def test_chosen_pathways_only_and_letter(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    pages = write_adviser_report(family, rules, ON, out, pathways=["ttps"], page_size="Letter")
    pdf = read_pdf(out)
    assert pages == len(pdf.pages)
    assert page_sizes(out) == {(612, 792)}
    assert pdf.has("Top Talent Pass Scheme")
    # no QMAS section (its page may still be cited, e.g. for the travel document)
    assert not pdf.has("Quality Migrant Admission Scheme:")
    assert not pdf.has("Quality Migrant Admission Scheme (continued)")


def test_bad_trips_still_give_a_report_that_says_why(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    backwards = Trip(member="m1", left=date(2026, 5, 10), returned=date(2026, 5, 1))
    broken = dataclasses.replace(family, trips=(*family.trips, backwards))
    out = tmp_path / "a.pdf"
    write_adviser_report(broken, rules, ON, out)
    assert read_pdf(out).has("cannot be drawn until the trips are corrected")


def test_unknown_pathway_is_refused_and_nothing_written(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="unknown pathway 'xyz'"):
        write_adviser_report(family, rules, ON, tmp_path / "a.pdf", pathways=["xyz"])
    assert os.listdir(tmp_path) == []


def test_a_failure_while_writing_leaves_no_file(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    def fail_at_end(done: int, total: int) -> None:
        if done == total - 1:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_adviser_report(family, rules, ON, tmp_path / "a.pdf", progress=fail_at_end)
    assert os.listdir(tmp_path) == []


def test_a_household_too_large_for_one_chart_page_gets_several_charts(
    six: Household, rules: RulePack, tmp_path: Path
) -> None:
    """40 people: the timeline is drawn in parts that each fit a page, every name present."""
    children = tuple(
        dataclasses.replace(six.members[-1], id=f"k{n}", given_name=f"Kid{n:02d}")
        for n in range(34)
    )
    big = dataclasses.replace(six, members=six.members + children)
    out = tmp_path / "big.pdf"
    pages = write_adviser_report(big, rules, ON, out, generated=GENERATED)
    pdf = read_pdf(out)
    assert pages == len(pdf.pages)
    for n in range(34):
        assert f"Kid{n:02d}" in pdf.text


def test_page_streams_are_deflated_without_ascii85_and_the_switch_is_put_back(
    six_pdf: Path, family: Household, rules: RulePack, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from reportlab import rl_config

    for page in PdfReader(six_pdf).pages:
        assert page["/Contents"].get_object()["/Filter"] == ["/FlateDecode"]
    before = rl_config.useA85
    write_adviser_report(family, rules, ON, tmp_path / "y.pdf")
    assert rl_config.useA85 == before


def test_a_date_the_rule_pack_does_not_cover_still_gives_a_report(
    family: Household, rules: RulePack, tmp_path: Path
) -> None:
    out = tmp_path / "old.pdf"
    write_adviser_report(family, rules, date(2000, 1, 1), out, generated=GENERATED)
    pdf = read_pdf(out)
    assert pdf.has("The timeline cannot be drawn: the rule pack")
    assert pdf.has("Use a rule pack that covers this date.")


def test_residence_summary_names_what_is_not_ordinary_residence(six_pdf: Path) -> None:
    """ImmD, Meanings of Right of Abode and Other Terms (revised 31 Jan 2021), Ordinary
    Residence: the periods not treated as ordinary residence; the six-month flag's source."""
    pdf = read_pdf(six_pdf)
    assert pdf.has("is not ordinary residence")
    assert pdf.has("Hong Kong Garrison")
    assert pdf.has("not confirmed by an official page")


def test_the_outlook_uses_the_screens_words_for_job_offer_and_investment(six_pdf: Path) -> None:
    """One word for one thing: table heads and outlook rows say what the Compare tab says."""
    pdf = read_pdf(six_pdf)
    assert pdf.has("Job offer needed") and pdf.has("Investment needed")
    assert re.search(r"\bCapital\b(?! Investment Entrant)", pdf.text) is None
