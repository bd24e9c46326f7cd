"""New CIES: how much of a portfolio counts toward the minimum investment, under the caps.

The Scheme Rules (004_3464d0a3d6890e36.txt §3, §5, §6.1(b), Annex B) count the amount invested,
not today's value (§7.1: a fall needs no top-up), and for real estate only the equity. Real estate
shares an aggregate cap that depends on each property's Date of completion; residential real
estate counts as one single property above a price threshold and under its own cap; certificates
of deposit and private funds have caps of their own; the CIES Investment Portfolio is a fixed
amount on top. Equity above what counts is Surplus Equity, which the owner may take out (§1.22).
Every number comes from ``cies_portfolio.*`` in the rule pack.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from hkpath_desktop.core.facts import Holding, HoldingKind, Portfolio
from hkpath_desktop.core.rules import RulePack

_P = "cies_portfolio."
_RE = frozenset({HoldingKind.RESIDENTIAL_RE, HoldingKind.NON_RESIDENTIAL_RE})
_PRIVATE_FUNDS = frozenset({HoldingKind.PRIVATE_LPF, HoldingKind.PRIVATE_OFC})


@dataclass(frozen=True, slots=True)
class Issue:
    """Something the user should know about the portfolio, with the rule it comes from."""

    text: str
    source: str

    def __str__(self) -> str:
        return f"{self.text} [{self.source}]"


@dataclass(frozen=True, slots=True)
class HoldingResult:
    """One holding: its equity (``None`` when unknown), what counts and its Surplus Equity."""

    index: int
    kind: HoldingKind
    equity_hkd: int | None
    counted_hkd: int
    surplus_equity_hkd: int


@dataclass(frozen=True, slots=True)
class PortfolioResult:
    """The answer of ``hkpath cies``; :meth:`to_contract` is its JSON."""

    counted_hkd: int
    by_kind: Mapping[str, int]
    surplus_equity_hkd: int
    shortfall_hkd: int
    issues: tuple[Issue, ...]
    holdings: tuple[HoldingResult, ...]

    def to_contract(self) -> dict[str, object]:
        return {
            "counted_hkd": self.counted_hkd,
            "by_kind": dict(self.by_kind),
            "surplus_equity_hkd": self.surplus_equity_hkd,
            "shortfall_hkd": self.shortfall_hkd,
            "issues": [str(issue) for issue in self.issues],
        }


def surplus_equity_now(
    at_purchase_hkd: int, mortgage_at_purchase_hkd: int, mortgage_now_hkd: int
) -> int:
    """Surplus Equity after mortgage repayments (+) or extra borrowing (-) (§6.1(b)(iii)).

    Below zero means the mortgage grew past what the Surplus Equity allowed: a breach.
    """
    return at_purchase_hkd + mortgage_at_purchase_hkd - mortgage_now_hkd


def reinvest_on_sale(
    proceeds_hkd: int,
    outstanding_mortgage_hkd: int,
    surplus_equity_hkd: int,
    surplus_kept_in_hkd: int = 0,
) -> int:
    """The least that must be reinvested when a property is sold (§6.1(b)(ii), Annex B).

    The proceeds less the mortgage redeemed and less the Surplus Equity taken out (all of it,
    unless ``surplus_kept_in_hkd`` says how much the owner chooses to reinvest as well).
    """
    taken_out = max(0, surplus_equity_hkd - surplus_kept_in_hkd)
    return max(0, proceeds_hkd - outstanding_mortgage_hkd - taken_out)


def assess_portfolio(portfolio: Portfolio, rules: RulePack, on: date) -> PortfolioResult:
    """Counted amounts, Surplus Equity, shortfall and issues of ``portfolio`` on ``on``."""
    issues: list[Issue] = []
    holdings = portfolio.holdings
    equity = [_equity(i, h, rules, on, issues) for i, h in enumerate(holdings)]
    counted = [(e or 0) if h.kind not in _RE else 0 for h, e in zip(holdings, equity, strict=True)]

    def known(kinds: frozenset[HoldingKind]) -> list[int]:
        return [i for i, h in enumerate(holdings) if h.kind in kinds and equity[i] is not None]

    cds = known(frozenset({HoldingKind.CD}))
    ip = known(frozenset({HoldingKind.CIES_IP}))
    _cap(cds, counted, _money(rules, "cd_cap_hkd", on), "Certificates of deposit", issues)
    funds = _money(rules, "private_funds_cap_hkd", on)
    _cap(known(_PRIVATE_FUNDS), counted, funds, "Private LPFs and OFCs", issues)
    _cap(ip, counted, _money(rules, "cies_ip_hkd", on), "The CIES Investment Portfolio", issues)
    real_estate = _count_real_estate(holdings, equity, rules, on, issues)
    surplus = [0] * len(holdings)
    for i, amount in real_estate.items():
        counted[i] = amount
        surplus[i] = (equity[i] or 0) - amount
    if cds:
        issues.append(
            Issue(
                "Certificates of deposit count only if bought after Approval-in-Principle with "
                "at least 12 months left to run; the program cannot check this.",
                _money(rules, "cd_cap_hkd", on)[1],
            )
        )
    ip_counted = sum(counted[i] for i in ip)
    shortfall = _shortfall(sum(counted) - ip_counted, ip_counted, rules, on, issues)
    by_kind: dict[str, int] = {}
    for h, amount in zip(holdings, counted, strict=True):
        by_kind[h.kind.value] = by_kind.get(h.kind.value, 0) + amount
    return PortfolioResult(
        counted_hkd=sum(counted),
        by_kind=by_kind,
        surplus_equity_hkd=sum(surplus),
        shortfall_hkd=shortfall,
        issues=tuple(issues),
        holdings=tuple(
            HoldingResult(i, h.kind, equity[i], counted[i], surplus[i])
            for i, h in enumerate(holdings)
        ),
    )


def _money(rules: RulePack, rule: str, on: date) -> tuple[int, str]:
    """A whole-dollar rule value in force on ``on``, with its source."""
    return rules.int(_P + rule, on), rules.get(_P + rule, on).source


def _name(index: int, h: Holding) -> str:
    return f"Holding {index + 1} ({h.kind.value})"


def _equity(index: int, h: Holding, rules: RulePack, on: date, issues: list[Issue]) -> int | None:
    """Amount invested less mortgage, or ``None`` when it cannot count (with the reason)."""
    launch = rules.date(_P + "launch_date", on)
    launch_source = rules.get(_P + "launch_date", on).source
    amount = h.price_hkd if h.price_hkd is not None else h.market_value_hkd
    made = h.completion if h.kind in _RE else (h.acquired or h.completion)
    problem = None
    if amount is None:
        problem = "its amount is unknown"
    elif h.kind in _RE and h.completion is None:
        problem = "its Date of completion is unknown"
    elif h.kind in _RE and h.mortgage_hkd is None:
        problem = "its mortgage is unknown (enter 0 if there is none)"
    elif made is not None and made > on:
        problem = f"it is not made until {made.isoformat()}"
    elif made is not None and made < launch:
        problem = f"it was made before the Scheme's launch on {launch.isoformat()}"
    if problem is not None or amount is None:
        issues.append(Issue(f"{_name(index, h)} does not count: {problem}.", launch_source))
        return None
    if made is None:
        issues.append(
            Issue(
                f"{_name(index, h)} is counted on the assumption that it was acquired on or after "
                f"{launch.isoformat()}; enter its date to be sure.",
                launch_source,
            )
        )
    mortgage = h.mortgage_hkd or 0
    if mortgage and h.kind not in _RE:
        issues.append(
            Issue(
                f"{_name(index, h)}: financial assets may not be bought or held on borrowing "
                "secured on them.",
                "004_3464d0a3d6890e36.txt §1.15.2(b), §6.1(a)(xi)",
            )
        )
    return max(0, amount - mortgage)


def _cap(
    members: Sequence[int], counted: list[int], cap: tuple[int, str], what: str, issues: list[Issue]
) -> None:
    """Limit the combined count of ``members`` to ``cap``, filling it in the order listed."""
    limit, source = cap
    room, over = limit, 0
    for i in members:
        take = min(counted[i], room)
        over += counted[i] - take
        counted[i] = take
        room -= take
    if over:
        issues.append(
            Issue(
                f"{what} count up to HK${limit:,}; the HK${over:,} above that does not count.",
                source,
            )
        )


def _count_real_estate(
    holdings: Sequence[Holding],
    equity: Sequence[int | None],
    rules: RulePack,
    on: date,
    issues: list[Issue],
) -> dict[int, int]:
    """Counted equity of each property that takes part, under the caps of its completion date."""
    usable = [i for i, h in enumerate(holdings) if h.kind in _RE and equity[i] is not None]
    offices = [i for i in usable if holdings[i].kind is HoldingKind.NON_RESIDENTIAL_RE]
    homes = [
        i for i in usable if i not in offices and _home_qualifies(i, holdings[i], rules, on, issues)
    ]
    most = rules.int(_P + "residential_max_properties", on) if homes else 0
    best: dict[int, int] | None = None
    for chosen in itertools.combinations(homes, min(most, len(homes))):
        trial = _allocate(offices + list(chosen), holdings, equity, rules)
        if best is None or sum(trial.values()) > sum(best.values()):
            best = trial
    assert best is not None  # combinations() yields at least the empty choice
    for i in homes:
        if i not in best:
            issues.append(
                Issue(
                    f"{_name(i, holdings[i])} does not count: only {most} residential property "
                    "can count, and another one counts for more.",
                    rules.get(_P + "residential_max_properties", on).source,
                )
            )
    extra = sum((equity[i] or 0) - amount for i, amount in best.items())
    if extra:
        issues.append(
            Issue(
                f"HK${extra:,} of real-estate equity is above the caps: this Surplus Equity does "
                "not count and may be taken out.",
                "004_3464d0a3d6890e36.txt §1.22, §5.2, §6.1(b)(ii)",
            )
        )
    if any(holdings[i].mortgage_hkd for i in best):
        issues.append(
            Issue(
                "The mortgage entered is taken as the mortgage at purchase; repaying it later "
                "raises the Surplus Equity by the amount repaid, not the counted amount.",
                "004_3464d0a3d6890e36.txt §6.1(b)(iii), Annex B",
            )
        )
    return best


def _home_qualifies(index: int, h: Holding, rules: RulePack, on: date, issues: list[Issue]) -> bool:
    """Whether a residential property may count at all (§5.2(b), fn 14, fn 15)."""
    rule = _P + "residential_earliest_completion"
    if not rules.has(rule, on):
        issues.append(
            Issue(
                f"{_name(index, h)} does not count: residential real estate does not count "
                f"on {on.isoformat()}.",
                "004_3464d0a3d6890e36.txt NOTE (6)",
            )
        )
        return False
    earliest, source = rules.date(rule, on), rules.get(rule, on).source
    assert h.completion is not None  # _equity refused real estate without one
    problem = None
    if h.completion < earliest:
        problem = f"it was completed before {earliest.isoformat()}"
    elif h.price_hkd is None:
        problem = "its transaction price is unknown"
    else:
        least, source = _money(rules, "residential_min_price_hkd", h.completion)
        if h.price_hkd < least:
            problem = (
                f"its price HK${h.price_hkd:,} is below the HK${least:,} a residential property "
                f"completed on {h.completion.isoformat()} must cost"
            )
    if problem is not None:
        issues.append(Issue(f"{_name(index, h)} does not count: {problem}.", source))
    return problem is None


def _allocate(
    members: Sequence[int],
    holdings: Sequence[Holding],
    equity: Sequence[int | None],
    rules: RulePack,
) -> dict[int, int]:
    """Fill the real-estate caps: the smallest cap's properties first, then by completion.

    The cap of a property is the one in force on its Date of completion (fn 13, NOTE (8)); a cap
    limits the properties under it together with all those under smaller caps.
    """

    def cap_of(i: int) -> int:
        return rules.int(_P + "real_estate_cap_hkd", _completed(holdings[i]))

    out: dict[int, int] = {}
    used = homes_used = 0
    for i in sorted(members, key=lambda i: (cap_of(i), _completed(holdings[i]), i)):
        take = max(0, min(equity[i] or 0, cap_of(i) - used))
        if holdings[i].kind is HoldingKind.RESIDENTIAL_RE:
            home_cap = rules.int(_P + "residential_cap_hkd", _completed(holdings[i]))
            take = min(take, max(0, home_cap - homes_used))
            homes_used += take
        used += take
        out[i] = take
    return out


def _completed(h: Holding) -> date:
    assert h.completion is not None  # real estate without one never reaches the caps
    return h.completion


def _shortfall(rest: int, ip: int, rules: RulePack, on: date, issues: list[Issue]) -> int:
    need_rest, rest_source = _money(rules, "min_assets_hkd", on)
    need_ip, ip_source = _money(rules, "cies_ip_hkd", on)
    need_all = rules.int(_P + "min_investment_hkd", on)
    missing_rest, missing_ip = max(0, need_rest - rest), max(0, need_ip - ip)
    if missing_rest:
        issues.append(
            Issue(
                f"HK${missing_rest:,} more is needed in financial assets or real estate.",
                rest_source,
            )
        )
    if missing_ip:
        issues.append(
            Issue(f"HK${missing_ip:,} more is needed in the CIES Investment Portfolio.", ip_source)
        )
    return max(missing_rest + missing_ip, need_all - rest - ip)
