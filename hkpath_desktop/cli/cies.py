"""``hkpath cies FILE``: how much of a New CIES portfolio counts toward the minimum investment."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_data_dir_option,
    add_profile_arguments,
    evaluation_date,
    parse_date,
    print_report,
    read_profile,
)
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.facts import Household, StayPathway
from hkpath_desktop.core.portfolio import PortfolioResult, assess_portfolio, window_notes
from hkpath_desktop.core.rules import RuleNotInForce


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser("cies", help="count a New CIES portfolio under the Scheme's caps")
    add_profile_arguments(p, "assessment date (default: the profile's as_of)")
    p.add_argument(
        "--lodged",
        metavar="DATE",
        help="the day the Net Asset Assessment is applied for: investments made before its "
        "180-day window do not count",
    )
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    if household.cies_portfolio is None:
        raise CliError(f"{args.file}: cies_portfolio: the profile has no New CIES portfolio")
    on = evaluation_date(args, household)
    lodged = parse_date(args.lodged, "--lodged")
    rules = active_rules(args)
    try:
        result = assess_portfolio(household.cies_portfolio, rules, on, lodged=lodged)
        if lodged is None and not _admitted(household):
            notes = window_notes(household.cies_portfolio, rules, on)
            result = replace(result, issues=(*result.issues, *notes))
    except RuleNotInForce as exc:
        raise CliError(f"--on {on.isoformat()}: {exc.args[0]}") from None
    if args.json:
        print(json.dumps(result.to_contract(), ensure_ascii=False, indent=2))
    else:
        print_report(render(result, rules.label, on))
    return EXIT_OK


def _admitted(household: Household) -> bool:
    """A New CIES stay is recorded: the investment window of §2.1(d) is behind."""
    return any(
        s.pathway is StayPathway.CIES and s.member == household.principal.id
        for s in household.stays
    )


def render(result: PortfolioResult, rules_label: str, on: date) -> str:
    """The readable report: totals, the amount per kind, then the issues."""
    lines = [
        f"New CIES portfolio on {on.isoformat()} (rule pack {rules_label})",
        f"  Counts toward the minimum: HK${result.counted_hkd:,}",
        f"  Still missing:             HK${result.shortfall_hkd:,}",
        f"  Surplus Equity:            HK${result.surplus_equity_hkd:,}",
    ]
    if result.disqualified:
        lines.append("  Disqualifying: borrowing is secured on an investment (see the issues)")
    if result.by_kind:
        lines.append("By kind:")
        lines += [f"  {kind:<20} HK${amount:,}" for kind, amount in result.by_kind.items()]
    if result.issues:
        lines.append("Issues:")
        lines += [f"  - {issue}" for issue in result.issues]
    return "\n".join(lines)
