"""Invariants of the counted amount, over many generated portfolios (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.facts import Holding, HoldingKind, Portfolio
from hkpath_desktop.core.portfolio import assess_portfolio
from hkpath_desktop.core.rules import load_builtin

RULES = load_builtin()
ON = date(2026, 11, 22)

money = st.integers(min_value=0, max_value=60_000_000)
days = st.dates(min_value=date(2023, 6, 1), max_value=date(2027, 3, 1))

holding = st.builds(
    Holding,
    kind=st.sampled_from(list(HoldingKind)),
    market_value_hkd=st.none() | money,
    price_hkd=st.none() | money,
    mortgage_hkd=st.none() | st.integers(min_value=0, max_value=40_000_000),
    completion=st.none() | days,
    acquired=st.none() | days,
)
portfolios = st.lists(holding, max_size=8).map(lambda hs: Portfolio(tuple(hs)))


REAL_ESTATE = {HoldingKind.RESIDENTIAL_RE, HoldingKind.NON_RESIDENTIAL_RE}


def equity_sum(portfolio: Portfolio) -> int:
    """Amounts invested, real estate less its mortgage; a loan on a financial asset is not
    deducted, it disqualifies (Scheme Rules §6.1(a)(xi)), which no top-up cures."""
    total = 0
    for h in portfolio.holdings:
        amount = h.price_hkd if h.price_hkd is not None else h.market_value_hkd
        loan = (h.mortgage_hkd or 0) if h.kind in REAL_ESTATE else 0
        total += max(0, (amount or 0) - loan)
    return total


@settings(max_examples=200, deadline=None)
@given(portfolios)
def test_counted_is_never_negative_nor_more_than_the_equity(portfolio: Portfolio) -> None:
    result = assess_portfolio(portfolio, RULES, ON)
    assert 0 <= result.counted_hkd <= equity_sum(portfolio)
    assert result.counted_hkd == sum(result.by_kind.values())
    assert result.surplus_equity_hkd >= 0
    assert result.shortfall_hkd >= 0
    assert all(h.counted_hkd >= 0 for h in result.holdings)


@settings(max_examples=200, deadline=None)
@given(portfolios, holding)
def test_adding_a_holding_never_lowers_the_counted_amount(
    portfolio: Portfolio, extra: Holding
) -> None:
    before = assess_portfolio(portfolio, RULES, ON)
    after = assess_portfolio(Portfolio((*portfolio.holdings, extra)), RULES, ON)
    assert after.counted_hkd >= before.counted_hkd
    assert after.shortfall_hkd <= before.shortfall_hkd
