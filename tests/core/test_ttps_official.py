"""TTPS values the ImmD TTPS page (revised 1 Jan 2026) now states itself."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.rules import load_builtin

RULES = load_builtin()


def test_category_a_first_stay_cites_the_ttps_page_from_its_revision() -> None:
    # TTPS page, Eligibility Criteria: an initial stay of 36 months (Category A) / 24 months
    # (Categories B and C); before that revision the 36 months rest on the ImmD schemes page
    before = RULES.get("ttps.category_a_initial_stay_months", date(2025, 12, 31))
    on_page = RULES.get("ttps.category_a_initial_stay_months", date(2026, 1, 1))
    assert before.value == on_page.value == 36
    assert "Top Talent Pass Scheme" not in before.source
    assert "Top Talent Pass Scheme" in on_page.source and on_page.verified


def test_the_eligible_universities_note_excludes_continuing_education_arms() -> None:
    # TTPS page, Note 4: qualifications from the continuing and professional education arms,
    # branch, extension or subsidiary schools of eligible universities are not accepted
    note = RULES.get("ttps.eligible_universities_years", date(2026, 1, 1)).note
    assert "continuing-education arm" in note
