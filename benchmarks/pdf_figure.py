"""Figure 3: a 30-page adviser PDF against reportlab laying out as many plain pages.

A household's report grows by about a page per two members beyond a dozen; the demo household
grown to ``MEMBERS`` members makes the 30 pages the issue asks for (a family of six makes
nine). The baseline lays out exactly as many plain pages as the report came to, and the line
says how many.
"""

from __future__ import annotations

import tempfile
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from benchmarks.measure import ON, Figure, household_of, ms, side_by_side
from hkpath_desktop.core.rules import RulePack

REPORT_MODULE = "hkpath_desktop.report.adviser"
MEMBERS = 60
_TEXT = (
    "The household plans a move and compares five routes to residence. Each route asks for "
    "papers, money and time, and each has its own way to permanent residency. "
) * 4


def plain_pages(out: Path, pages: int) -> int:
    """The baseline: ``pages`` pages of plain paragraphs, laid out by reportlab's platypus."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    story: list[Any] = []
    for page in range(pages):
        story += [Paragraph(f"{page + 1}. {_TEXT}", style) for _ in range(6)]
        if page + 1 < pages:
            story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return pages


def adviser_pdf_figure(rules: RulePack, runs: int, target: float) -> Figure:
    if find_spec(REPORT_MODULE) is None:
        return Figure("adviser_pdf", "", 0.0, target, pending="report module not available")
    write = import_module(REPORT_MODULE).write_adviser_report
    with tempfile.TemporaryDirectory(prefix="hkpath-bench-") as folder:
        ours_pdf, plain_pdf = Path(folder, "adviser.pdf"), Path(folder, "plain.pdf")
        household = household_of(MEMBERS)
        made = int(write(household, rules, ON, ours_pdf))
        ours, plain = side_by_side(
            lambda: write(household, rules, ON, ours_pdf),
            lambda: plain_pages(plain_pdf, made),
            runs,
        )
    return Figure(
        "adviser_pdf",
        f"{ms(ours)} vs plain {ms(plain)} for {made} pages",
        ours / plain,
        target,
    )
