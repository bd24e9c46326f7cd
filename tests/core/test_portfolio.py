"""New CIES counted amounts under the caps (Scheme Rules §3, §5, §6.1(b), Annex B)."""

from __future__ import annotations

from datetime import date

import pytest

from hkpath_desktop.core.facts import Holding, HoldingKind, Portfolio
from hkpath_desktop.core.portfolio import (
    PortfolioResult,
    assess_portfolio,
    reinvest_on_sale,
    surplus_equity_now,
)
from hkpath_desktop.core.rules import load_builtin

RULES = load_builtin()
ON = date(2026, 11, 22)
M = 1_000_000
NEW = date(2025, 10, 1)  # a completion under the caps from 17 Sep 2025
OLD = date(2025, 6, 1)  # a completion under the caps before then

K = HoldingKind


def fund(kind: HoldingKind, amount: int, acquired: date = date(2025, 1, 2)) -> Holding:
    return Holding(kind=kind, market_value_hkd=amount, acquired=acquired)


def estate(kind: HoldingKind, price: int, mortgage: int, completion: date) -> Holding:
    return Holding(
        kind=kind,
        market_value_hkd=price,
        price_hkd=price,
        mortgage_hkd=mortgage,
        completion=completion,
    )


def office(price: int, mortgage: int = 0, completion: date = NEW) -> Holding:
    return estate(K.NON_RESIDENTIAL_RE, price, mortgage, completion)


def home(price: int, mortgage: int = 0, completion: date = NEW) -> Holding:
    return estate(K.RESIDENTIAL_RE, price, mortgage, completion)


def assess(*holdings: Holding, on: date = ON) -> PortfolioResult:
    return assess_portfolio(Portfolio(holdings), RULES, on)


def issues(result: PortfolioResult) -> str:
    return "\n".join(str(i) for i in result.issues)


# --- Annex B, the three worked examples -------------------------------------------------------


def test_annex_b_example_1_purchase() -> None:
    result = assess(office(18 * M, 2 * M))
    assert result.counted_hkd == 15 * M
    assert result.surplus_equity_hkd == 1 * M


def test_annex_b_example_1_later_years() -> None:
    # 2025: Surplus Equity 1M and mortgage 2M at purchase; their sum may never exceed 3M.
    assert surplus_equity_now(1 * M, 2 * M, 0) == 3 * M  # 2027 (a): mortgage repaid in full
    assert surplus_equity_now(1 * M, 2 * M, 1_500_000) == 1_500_000  # 2027 (b): 25% repaid
    assert surplus_equity_now(1 * M, 2 * M, 3 * M) == 0  # surplus spent on a 3M mortgage
    assert surplus_equity_now(1 * M, 2 * M, 3 * M + 1) == -1  # one dollar more: a breach
    # 2029: mortgage down to 1M, Surplus Equity 2M, then the property is sold.
    assert surplus_equity_now(1 * M, 2 * M, 1 * M) == 2 * M
    assert reinvest_on_sale(20 * M, 1 * M, 2 * M) == 17 * M
    assert reinvest_on_sale(20 * M, 1 * M, 2 * M, surplus_kept_in_hkd=500_000) == 17_500_000


def test_annex_b_example_2() -> None:
    result = assess(office(15 * M, 2 * M))
    assert result.counted_hkd == 13 * M
    assert result.surplus_equity_hkd == 0
    assert surplus_equity_now(0, 2 * M, 0) == 2 * M  # after the 2M mortgage is repaid
    assert reinvest_on_sale(18 * M, 0, 2 * M) == 16 * M  # sold at 18M


def test_annex_b_example_3() -> None:
    result = assess(home(35 * M, 10 * M))
    assert result.counted_hkd == 10 * M
    assert result.surplus_equity_hkd == 15 * M
    assert result.by_kind == {"residential_re": 10 * M}


# --- real estate: caps by Date of completion -------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "counted"),
    [(date(2025, 9, 16), 10 * M), (date(2025, 9, 17), 15 * M)],
)
def test_aggregate_cap_switches_on_17_september_2025(completion: date, counted: int) -> None:
    assert assess(office(20 * M, completion=completion)).counted_hkd == counted


def test_properties_under_the_old_cap_stay_within_it_together() -> None:
    result = assess(office(12 * M, completion=OLD), office(10 * M))
    assert [h.counted_hkd for h in result.holdings] == [10 * M, 5 * M]
    assert result.surplus_equity_hkd == 7 * M


def test_residential_counts_at_most_its_own_cap_within_the_aggregate() -> None:
    result = assess(home(40 * M), office(8 * M, completion=date(2025, 11, 1)))
    assert result.by_kind == {"residential_re": 10 * M, "non_residential_re": 5 * M}


@pytest.mark.parametrize(
    ("price", "completion", "counts"),
    [
        (30 * M, date(2025, 9, 17), True),
        (30 * M - 1, date(2025, 9, 17), False),
        (50 * M, date(2025, 9, 16), True),
        (50 * M - 1, date(2025, 9, 16), False),
        (60 * M, date(2024, 10, 16), True),
        (60 * M, date(2024, 10, 15), False),
    ],
)
def test_residential_price_threshold_and_earliest_completion(
    price: int, completion: date, counts: bool
) -> None:
    result = assess(home(price, price - 5 * M, completion))
    assert result.counted_hkd == (5 * M if counts else 0)
    assert ("does not count" in issues(result)) is not counts


def test_only_one_residential_property_counts() -> None:
    result = assess(home(31 * M, 25 * M), home(32 * M, 24 * M))
    assert [h.counted_hkd for h in result.holdings] == [0, 8 * M]
    assert "only 1 residential property" in issues(result)


def test_the_residential_property_chosen_is_the_one_that_counts_most_overall() -> None:
    # The old-cap office fills the 10M old cap, so an old-cap home would add nothing.
    result = assess(
        office(10 * M, completion=OLD),
        home(60 * M, 50 * M, completion=OLD),
        home(40 * M, 30 * M, completion=NEW),
    )
    assert result.counted_hkd == 15 * M
    assert [h.counted_hkd for h in result.holdings] == [10 * M, 0, 5 * M]


def test_real_estate_needs_a_known_mortgage() -> None:
    held = Holding(K.NON_RESIDENTIAL_RE, 12 * M, 12 * M, None, NEW)
    result = assess(held)
    assert result.counted_hkd == 0
    assert "mortgage is unknown" in issues(result)


# --- financial assets, caps and the CIES Investment Portfolio --------------------------------


@pytest.mark.parametrize(("amount", "counted"), [(3 * M, 3 * M), (3 * M + 1, 3 * M)])
def test_certificates_of_deposit_cap(amount: int, counted: int) -> None:
    result = assess(fund(K.CD, amount))
    assert result.counted_hkd == counted
    assert ("does not count" in issues(result)) is (amount > counted)


def test_certificates_of_deposit_share_one_cap() -> None:
    assert assess(fund(K.CD, 2 * M), fund(K.CD, 2 * M)).counted_hkd == 3 * M


def test_private_lpfs_and_ofcs_share_one_cap() -> None:
    result = assess(fund(K.PRIVATE_LPF, 6 * M), fund(K.PRIVATE_OFC, 6 * M), fund(K.CIS, 6 * M))
    assert result.by_kind == {"private_lpf": 6 * M, "private_ofc": 4 * M, "cis": 6 * M}


def test_exactly_the_minimum_has_no_shortfall() -> None:
    result = assess(fund(K.EQUITIES, 27 * M), fund(K.CIES_IP, 3 * M))
    assert (result.counted_hkd, result.shortfall_hkd) == (30 * M, 0)


def test_one_dollar_short_in_the_assets() -> None:
    result = assess(fund(K.EQUITIES, 27 * M - 1), fund(K.CIES_IP, 3 * M))
    assert result.shortfall_hkd == 1
    assert "HK$1 more is needed in financial assets" in issues(result)


def test_more_assets_do_not_make_up_for_a_missing_cies_ip() -> None:
    result = assess(fund(K.EQUITIES, 40 * M))
    assert result.counted_hkd == 40 * M
    assert result.shortfall_hkd == 3 * M
    assert "CIES Investment Portfolio" in issues(result)


def test_cies_ip_counts_its_fixed_amount_only() -> None:
    result = assess(fund(K.EQUITIES, 27 * M), fund(K.CIES_IP, 5 * M))
    assert result.by_kind["cies_ip"] == 3 * M


@pytest.mark.parametrize(
    ("acquired", "counted"),
    [(date(2024, 2, 29), 0), (date(2024, 3, 1), 5 * M), (ON, 5 * M), (date(2026, 11, 23), 0)],
)
def test_launch_date_and_the_assessment_date(acquired: date, counted: int) -> None:
    assert assess(fund(K.EQUITIES, 5 * M, acquired)).counted_hkd == counted


def test_the_price_paid_counts_not_a_lower_value_today() -> None:
    held = Holding(K.EQUITIES, market_value_hkd=4 * M, price_hkd=5 * M, acquired=NEW)
    assert assess(held).counted_hkd == 5 * M


def test_unknown_amount_does_not_count_and_says_so() -> None:
    result = assess(Holding(K.DEBT, market_value_hkd=None, acquired=NEW))
    assert result.counted_hkd == 0
    assert "Holding 1 (debt) does not count: its amount is unknown" in issues(result)


def test_unknown_acquisition_date_is_counted_with_a_warning() -> None:
    result = assess(Holding(K.DEBT, market_value_hkd=2 * M))
    assert result.counted_hkd == 2 * M
    assert "on the assumption" in issues(result)


def test_every_issue_names_its_source() -> None:
    result = assess(fund(K.CD, 4 * M), home(20 * M), office(20 * M, 1 * M))
    assert result.issues
    assert all(i.source.strip() for i in result.issues)


def test_contract_json_has_exactly_the_contract_fields() -> None:
    result = assess(office(18 * M, 2 * M), fund(K.CIES_IP, 3 * M))
    assert result.to_contract() == {
        "counted_hkd": 18 * M,
        "by_kind": {"non_residential_re": 15 * M, "cies_ip": 3 * M},
        "surplus_equity_hkd": 1 * M,
        "shortfall_hkd": 12 * M,
        "issues": [str(i) for i in result.issues],
    }


def test_empty_portfolio_is_short_of_everything() -> None:
    result = assess()
    assert (result.counted_hkd, result.shortfall_hkd, result.by_kind) == (0, 30 * M, {})


# --- the investment window and borrowing on the investments ----------------------------------

LODGED = date(2026, 11, 22)


# Scheme Rules §2.1(d)(i)-(ii): invested "within ... the period beginning on the Launch date of
# the Scheme or the 180th day before his application is lodged for Net Asset Assessment,
# whichever is later": the 180th day before counts, the 181st does not
@pytest.mark.parametrize(
    ("acquired", "counted"),
    [(date(2026, 5, 26), 27 * M), (date(2026, 5, 25), 0), (date(2024, 3, 1), 0)],
)
def test_an_investment_made_before_the_window_does_not_count(acquired: date, counted: int) -> None:
    assert (LODGED - date(2026, 5, 26)).days == 180
    result = assess_portfolio(
        Portfolio((fund(K.EQUITIES, 27 * M, acquired),)), RULES, ON, lodged=LODGED
    )
    assert result.counted_hkd == counted
    if not counted:
        later = date.fromordinal(acquired.toordinal() + 180).isoformat()
        said = "counts only if the Net Asset Assessment is applied for within 180 days"
        assert said in issues(result)
        assert f"by {later}" in issues(result) and "§2.1(d)" in issues(result)


def test_without_a_lodging_date_the_window_does_not_apply() -> None:
    # maintenance: the investment was verified when it was made (§4.6); only the launch applies
    assert assess(fund(K.EQUITIES, 27 * M, date(2024, 3, 1))).counted_hkd == 27 * M


# Scheme Rules §6.1(a)(xi): no "indebtedness in any form whatsoever using the Permissible
# investment assets as collateral ... Otherwise, the Applicant/Entrant will be disqualified"
def test_borrowing_secured_on_a_financial_asset_disqualifies_and_is_no_shortfall() -> None:
    borrowed = Holding(K.EQUITIES, 27 * M, mortgage_hkd=1, acquired=date(2025, 1, 2))
    result = assess(borrowed, fund(K.CIES_IP, 3 * M))
    assert result.disqualified
    assert (result.counted_hkd, result.shortfall_hkd) == (30 * M, 0)
    assert "disqualifies you from the Scheme" in issues(result)
    assert "investing more does not make it good" in issues(result)
    assert "§6.1(a)(xi)" in issues(result)


def test_no_loan_or_a_mortgage_on_real_estate_does_not_disqualify() -> None:
    assert not assess(fund(K.EQUITIES, 27 * M), fund(K.CIES_IP, 3 * M)).disqualified
    mortgaged = assess(office(20 * M, 5 * M), fund(K.EQUITIES, 12 * M), fund(K.CIES_IP, 3 * M))
    assert not mortgaged.disqualified
