"""The adviser report's "Seven-year plan" section, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pdfcheck import GENERATED, read_pdf
from plan_helpers import ON, child, household, principal, profile

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import build_plan, status_word
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say, text
from hkpath_desktop.report.adviser import write_adviser_report


def write(tmp_path: Path, rules: RulePack, doc: dict[str, object], language: str = "en") -> Path:
    out = tmp_path / f"plan-{language}.pdf"
    write_adviser_report(household(doc), rules, ON, out, generated=GENERATED, language=language)
    return out


def test_each_member_has_a_seven_year_plan_with_each_renewal(
    tmp_path: Path, rules: RulePack
) -> None:
    doc = profile(principal(hk_work=[]), child())
    pdf = read_pdf(write(tmp_path, rules, doc))
    assert pdf.has("Seven-year plan: Mei Chan")
    assert pdf.has("Seven-year plan: Yui Chan")
    assert pdf.has("Top Talent Pass Scheme, entering 2027-03-01: BLOCKED")
    assert pdf.has("Renewal at 2030-02-28: apply from 2029-11-28 to 2030-02-27")
    assert pdf.has("No Hong Kong job or business is planned on 2029-11-28.")
    assert pdf.has("To do: Secure a Hong Kong job at degree level at market pay")
    assert pdf.has("ImmD, Top Talent Pass Scheme (revised 1 Jan 2026), Extension of Stay")
    assert pdf.has("this plan does not reach permanent residence")
    # the section comes before the timeline, after the pathways
    text_all = pdf.text
    assert text_all.index("Seven-year plan: Mei Chan") < text_all.index("Upcoming deadlines")


def test_a_ready_plan_names_the_permanent_residence_date(tmp_path: Path, rules: RulePack) -> None:
    pdf = read_pdf(write(tmp_path, rules, profile(principal())))
    assert pdf.has("entering 2027-03-01: READY; permanent residence from 2034-03-01")
    assert pdf.has("Renewal at 2033-02-28")


def test_the_section_is_in_the_reports_language(tmp_path: Path, rules: RulePack) -> None:
    doc = profile(principal(hk_work=[]))
    pdf = read_pdf(write(tmp_path, rules, doc, "zh_HK"))
    assert pdf.has(say(text("plan.pdf.member", name="Mei Chan"), Language.ZH_HK))
    plan = build_plan(household(doc), rules, ON)
    first = plan.pathways[0].members[0].renewals[0]
    assert pdf.has(say(first.conditions[0].detail, Language.ZH_HK))
    assert say(status_word(first.status), Language.ZH_HK) in pdf.text


def test_no_pathway_to_plan_is_said(tmp_path: Path, rules: RulePack) -> None:
    doc = profile(principal(records={"criminal": True, "adverse_immigration": False}))
    doc.pop("plan")
    pdf = read_pdf(write(tmp_path, rules, doc))
    assert pdf.has("No pathway to plan: the household meets no pathway's entry criteria yet.")
