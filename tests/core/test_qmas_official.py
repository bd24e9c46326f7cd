"""QMAS stays and the top-tier condition as the ImmD QMAS page (revised 15 Dec 2025) gives them."""

from __future__ import annotations

from datetime import date

from hkpath_desktop.core.facts import Stay, StayPathway
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.core.stay_projection import top_tier
from tests.core.test_pathways_personas import CASES, assess

RULES = load_builtin()


def _case(
    name: str, on: str, base_case: str = "qmas_six_criteria", **principal: object
) -> dict[str, object]:
    base = next(c for c in CASES if c["name"] == base_case)
    return {**base, "name": name, "on": on, "principal": {**base["principal"], **principal}}


def test_general_points_test_entrant_gets_36_months_then_3_and_2_years() -> None:
    # Extension of Stay: an initial stay of 36 months through the General Points Test, then
    # extensions normally of "3+2" years.
    result = assess(_case("general", "2026-11-22"))
    assert result.category == "general"
    assert result.outlook.stay_pattern_months == (36, 36, 24)
    assert any("five years" in r or "5-year" in r for r in result.outlook.renewal_conditions)


def test_achievement_entrant_gets_eight_years_on_entry() -> None:
    # Extension of Stay: an Achievement-based Points Test entrant normally gets eight years on
    # entry; an extension, if needed, asks for proof of self-support.
    result = assess(_case("achievement", "2026-11-22", "qmas_achievement_test"))
    assert result.category == "achievement"
    assert result.outlook.stay_pattern_months == (96,)
    assert any("support and house" in r for r in result.outlook.renewal_conditions)


def test_general_stays_are_official_from_the_page_revision_not_the_day_before() -> None:
    # The 36-month stay and 3+2 pattern are on the page of 15 Dec 2025; before that they rest on
    # a secondary table and the outlook says so.
    on_page = assess(_case("on_page", "2025-12-15", income=_income_2025()))
    before = assess(_case("before", "2025-12-14", income=_income_2025()))
    assert on_page.outlook.stay_pattern_months == before.outlook.stay_pattern_months
    assert not any("not confirmed" in r for r in on_page.outlook.risks)
    assert any("not confirmed" in r for r in before.outlook.risks)


def _income_2025() -> list[dict[str, object]]:
    return [{"year_ending": "2025-10-31", "hkd": 1200000, "kind": "employment"}]


def _qmas_stay(entry: date) -> list[Stay]:
    return [Stay("m1", StayPathway.QMAS, entry, date(entry.year + 3, entry.month, entry.day))]


def test_qmas_top_tier_needs_two_years_here_from_the_page_revision() -> None:
    # Extension of Stay: the five-year extension needs at least two years' stay here and
    # HK$2 million assessable income in the previous year of assessment.
    on_page = top_tier(_qmas_stay(date(2025, 12, 15)), RULES, date(2026, 1, 5))
    before = top_tier(_qmas_stay(date(2025, 12, 14)), RULES, date(2026, 1, 5))
    assert on_page is not None and before is not None
    assert "2 years in Hong Kong" in on_page.condition
    assert "HK$2,000,000" in on_page.condition
    assert "years in Hong Kong" not in before.condition
