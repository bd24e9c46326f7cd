"""New CIES: how much of a portfolio counts toward the minimum investment, under the caps.

The Scheme Rules (§3, §5, §6.1(b), Annex B) count the amount invested,
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
from datetime import date, timedelta
from functools import cache

from hkpath_desktop.core.facts import Holding, HoldingKind, Portfolio
from hkpath_desktop.core.pathways.common import hkd
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import Text, text

_P = "cies_portfolio."
_RE = frozenset({HoldingKind.RESIDENTIAL_RE, HoldingKind.NON_RESIDENTIAL_RE})
_PRIVATE_FUNDS = frozenset({HoldingKind.PRIVATE_LPF, HoldingKind.PRIVATE_OFC})


@dataclass(frozen=True, slots=True)
class Issue:
    """Something the user should know about the portfolio, with the rule it comes from."""

    text: Text
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
    disqualified: bool = False
    """Borrowing is secured on a financial investment (§6.1(a)(xi)): no top-up cures it."""

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


def assess_portfolio(
    portfolio: Portfolio, rules: RulePack, on: date, *, lodged: date | None = None
) -> PortfolioResult:
    """Counted amounts, Surplus Equity, shortfall and issues of ``portfolio`` on ``on``.

    ``lodged`` is the day the Net Asset Assessment is (to be) applied for: an investment made
    before the window of §2.1(d) that it opens does not count. None: the investment is already
    made and verified (maintenance), so no window applies.
    """
    issues: list[Issue] = []
    holdings = portfolio.holdings
    window = _window_start(rules, on, lodged)
    equity = [_equity(i, h, rules, on, window, issues) for i, h in enumerate(holdings)]
    counted = [(e or 0) if h.kind not in _RE else 0 for h, e in zip(holdings, equity, strict=True)]

    def known(kinds: frozenset[HoldingKind]) -> list[int]:
        return [i for i, h in enumerate(holdings) if h.kind in kinds and equity[i] is not None]

    cds = known(frozenset({HoldingKind.CD}))
    ip = known(frozenset({HoldingKind.CIES_IP}))
    cd_cap, funds = _money(rules, "cd_cap_hkd", on), _money(rules, "private_funds_cap_hkd", on)
    _cap(cds, counted, cd_cap, text("portfolio.cap.cds"), issues)
    _cap(known(_PRIVATE_FUNDS), counted, funds, text("portfolio.cap.private_funds"), issues)
    ip_cap = _money(rules, "cies_ip_hkd", on)
    _cap(ip, counted, ip_cap, text("portfolio.cap.cies_ip"), issues)
    real_estate = _count_real_estate(holdings, equity, rules, on, issues)
    surplus = [0] * len(holdings)
    for i, amount in real_estate.items():
        counted[i] = amount
        surplus[i] = (equity[i] or 0) - amount
    if cds:
        issues.append(Issue(text("portfolio.cd.unchecked"), cd_cap[1]))
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
        disqualified=any(h.mortgage_hkd and h.kind not in _RE for h in holdings),
    )


def window_notes(portfolio: Portfolio, rules: RulePack, on: date) -> tuple[Issue, ...]:
    """For a Net Asset Assessment not yet applied for: each investment that counts only if it
    is applied for soon (made before the 180th day before ``on``), with the last day."""
    start = _window_start(rules, on, on)
    launch = rules.date(_P + "launch_date", on)
    assert start is not None  # a lodging day was given
    days = rules.int(_P + "investment_window_days", on)
    notes = []
    for index, h in enumerate(portfolio.holdings):
        made = h.completion if h.kind in _RE else (h.acquired or h.completion)
        if made is not None and launch <= made < start[0]:
            late = made + timedelta(days=days)
            said = text("portfolio.window_note", holding=_name(index, h), made=made, late=late)
            notes.append(Issue(said, start[1]))
    return tuple(notes)


def _window_start(rules: RulePack, on: date, lodged: date | None) -> tuple[date, str] | None:
    """The first day an investment counts from for a Net Asset Assessment lodged on ``lodged``.

    §2.1(d)(i)-(ii): the launch date or the 180th day before lodging, whichever is later.
    """
    if lodged is None:
        return None
    days = rules.int(_P + "investment_window_days", on)
    return lodged - timedelta(days=days), rules.get(_P + "investment_window_days", on).source


def _money(rules: RulePack, rule: str, on: date) -> tuple[int, Text]:
    """A whole-dollar rule value in force on ``on``, with its source."""
    return rules.int(_P + rule, on), rules.get(_P + rule, on).source


@cache
def _kind_words() -> Mapping[HoldingKind, Text]:
    """Each kind as its contract code in English (as the JSON has it), in words in Chinese."""
    return {
        HoldingKind.EQUITIES: text("portfolio.kind.equities"),
        HoldingKind.DEBT: text("portfolio.kind.debt"),
        HoldingKind.CD: text("portfolio.kind.cd"),
        HoldingKind.SUBORDINATED_DEBT: text("portfolio.kind.subordinated_debt"),
        HoldingKind.CIS: text("portfolio.kind.cis"),
        HoldingKind.PRIVATE_LPF: text("portfolio.kind.private_lpf"),
        HoldingKind.PRIVATE_OFC: text("portfolio.kind.private_ofc"),
        HoldingKind.NON_RESIDENTIAL_RE: text("portfolio.kind.non_residential_re"),
        HoldingKind.RESIDENTIAL_RE: text("portfolio.kind.residential_re"),
        HoldingKind.CIES_IP: text("portfolio.kind.cies_ip"),
    }


def _name(index: int, h: Holding) -> Text:
    return text("portfolio.holding", number=index + 1, kind=_kind_words()[h.kind])


def _not_counted(index: int, h: Holding, problem: Text, source: str) -> Issue:
    return Issue(text("portfolio.not_counted", holding=_name(index, h), problem=problem), source)


def _equity(
    index: int,
    h: Holding,
    rules: RulePack,
    on: date,
    window: tuple[date, str] | None,
    issues: list[Issue],
) -> int | None:
    """Amount invested less mortgage, or ``None`` when it cannot count (with the reason)."""
    launch = rules.date(_P + "launch_date", on)
    launch_source = rules.get(_P + "launch_date", on).source
    amount = h.price_hkd if h.price_hkd is not None else h.market_value_hkd
    made = h.completion if h.kind in _RE else (h.acquired or h.completion)
    problem: Text | None = None
    if amount is None:
        problem = text("portfolio.problem.amount_unknown")
    elif h.kind in _RE and h.completion is None:
        problem = text("portfolio.problem.completion_unknown")
    elif h.kind in _RE and h.mortgage_hkd is None:
        problem = text("portfolio.problem.mortgage_unknown")
    elif made is not None and made > on:
        problem = text("portfolio.problem.not_yet_made", made=made)
    elif made is not None and made < launch:
        problem = text("portfolio.problem.before_launch", launch=launch)
    if problem is not None:
        issues.append(_not_counted(index, h, problem, launch_source))
        return None
    assert amount is not None  # an unknown amount is the first problem above
    if window is not None and made is not None and launch <= made < window[0]:
        days = rules.int(_P + "investment_window_days", on)
        late = made + timedelta(days=days)
        problem = text("portfolio.problem.before_window", made=made, days=days, late=late)
        issues.append(_not_counted(index, h, problem, window[1]))
        return None
    if made is None:
        said = text("portfolio.assumed_after_launch", holding=_name(index, h), launch=launch)
        issues.append(Issue(said, launch_source))
    mortgage = h.mortgage_hkd or 0
    if mortgage and h.kind not in _RE:
        # §6.1(a)(xi): no indebtedness may use the investments as collateral, on pain of
        # disqualification; counting the loan off would wrongly suggest a top-up makes it good
        said = text("portfolio.borrowing", holding=_name(index, h), loan=hkd(mortgage))
        issues.append(Issue(said, rules.get(_P + "secured_borrowing_disqualifies", on).source))
        return amount
    return max(0, amount - mortgage)


def _cap(
    members: Sequence[int],
    counted: list[int],
    cap: tuple[int, str],
    what: Text,
    issues: list[Issue],
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
        said = text("portfolio.cap.over", what=what, limit=hkd(limit), over=hkd(over))
        issues.append(Issue(said, source))


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
                _not_counted(
                    i,
                    holdings[i],
                    text("portfolio.problem.another_home", most=most),
                    rules.get(_P + "residential_max_properties", on).source,
                )
            )
    extra = sum((equity[i] or 0) - amount for i, amount in best.items())
    if extra:
        issues.append(
            Issue(
                text("portfolio.surplus_equity", extra=hkd(extra)),
                rules.get(_P + "surplus_equity_not_counted", on).source,
            )
        )
    if any(holdings[i].mortgage_hkd for i in best):
        issues.append(
            Issue(
                text("portfolio.mortgage_at_purchase"),
                rules.get(_P + "mortgage_at_purchase_not_counted", on).source,
            )
        )
    return best


def _home_qualifies(index: int, h: Holding, rules: RulePack, on: date, issues: list[Issue]) -> bool:
    """Whether a residential property may count at all (§5.2(b), fn 14, fn 15)."""
    rule = _P + "residential_earliest_completion"
    if not rules.has(rule, on):
        no_homes = text("portfolio.problem.no_homes_on", on=on)
        cited = rules.get(_P + "residential_not_before", on).source
        issues.append(_not_counted(index, h, no_homes, cited))
        return False
    earliest, source = rules.date(rule, on), rules.get(rule, on).source
    assert h.completion is not None  # _equity refused real estate without one
    problem: Text | None = None
    if h.completion < earliest:
        problem = text("portfolio.problem.completed_too_early", earliest=earliest)
    elif h.price_hkd is None:
        problem = text("portfolio.problem.price_unknown")
    else:
        least, source = _money(rules, "residential_min_price_hkd", h.completion)
        if h.price_hkd < least:
            problem = text(
                "portfolio.problem.price_too_low",
                price=hkd(h.price_hkd),
                least=hkd(least),
                completed=h.completion,
            )
    if problem is not None:
        issues.append(_not_counted(index, h, problem, source))
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
        said = text("portfolio.shortfall.assets", missing=hkd(missing_rest))
        issues.append(Issue(said, rest_source))
    if missing_ip:
        said = text("portfolio.shortfall.cies_ip", missing=hkd(missing_ip))
        issues.append(Issue(said, ip_source))
    return max(missing_rest + missing_ip, need_all - rest - ip)
