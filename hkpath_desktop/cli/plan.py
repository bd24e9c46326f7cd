"""``hkpath plan FILE``: the seven-year plan, renewal by renewal: will each one go through?"""

from __future__ import annotations

import argparse
import json
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
    shown,
)
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.assessment import Status
from hkpath_desktop.core.facts import PATHWAY_IDS
from hkpath_desktop.core.plan import MemberPlan, Plan, Renewal
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RuleNotInForce
from hkpath_desktop.core.what_if import ScenarioError, parse_scenario, plan_with

_MARK = {Status.MET: "[met]    ", Status.NOT_MET: "[not met]", Status.UNKNOWN: "[unknown]"}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser("plan", help="the seven-year plan: will each renewal go through?")
    add_profile_arguments(p, "today's date (default: the profile's as_of)")
    p.add_argument("--pathway", choices=PATHWAY_IDS, help="plan this pathway only")
    p.add_argument("--entry", metavar="DATE", help="planned entry (default: the profile's plan)")
    p.add_argument(
        "--what-if",
        dest="what_if",
        action="append",
        default=[],
        metavar="SCENARIO",
        help="job-ends:DATE, away:DATE..DATE, income:HKD[@DATE] or portfolio:HKD[@DATE] "
        "(applied to a copy; repeat for several)",
    )
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    on = evaluation_date(args, household)
    entry = parse_date(args.entry, "--entry")
    try:
        scenarios = [parse_scenario(s) for s in args.what_if]
    except ScenarioError as exc:
        raise CliError(f"--what-if: {exc}") from None
    rules = active_rules(args)
    pathways = [args.pathway] if args.pathway else None
    try:
        plan = plan_with(household, rules, on, scenarios, pathways, entry)
    except TripError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    except RuleNotInForce as exc:
        raise CliError(f"rule pack {rules.version} does not cover this: {exc}") from None
    if args.json:
        print(json.dumps(plan.to_contract(), ensure_ascii=False, indent=2))
    else:
        print_report(render(plan, rules.label))
    return EXIT_OK


def render(plan: Plan, rules_label: str) -> str:
    """The readable plan: per pathway, per member, each renewal with its conditions and actions."""
    lines = [f"Seven-year plan on {plan.on.isoformat()} (rule pack {rules_label})"]
    if plan.scenarios:
        lines.append(f"what if: {', '.join(plan.scenarios)}")
    if not plan.pathways:
        lines += ["", "No pathway to plan: the household meets no pathway's entry criteria yet."]
    for p in plan.pathways:
        cat = f", category {p.category}" if p.category else ""
        was = _was(p.status, p.baseline_status)
        lines += ["", f"{p.id}: entry {p.entry.isoformat()}{cat}: {_word(p.status)}{was}"]
        for m in p.members:
            lines += _member(m)
    return "\n".join(lines)


def _word(status: object) -> str:
    return str(status).replace("_", " ")


def _was(status: object, baseline: object) -> str:
    if baseline is None or baseline == status:
        return ""
    return f" (plan without the scenarios: {_word(baseline)})"


def _member(m: MemberPlan) -> list[str]:
    pr = m.pr_eligible_on.isoformat() if m.pr_eligible_on else "not reached"
    who = f"{shown(m.name or m.id)} [{m.id}, {m.role.value}]"
    lines = [f"  {who}: {_word(m.status)}; permanent residence {pr}"]
    if m.pr_note:
        lines.append(f"    {m.pr_note}")
    if not m.renewals:
        lines.append("    no renewal needed before the seven years are complete")
    for r in m.renewals:
        lines += _renewal(r)
    return lines


def _renewal(r: Renewal) -> list[str]:
    months = f"{r.next_stay_months} months" if r.next_stay_months is not None else "not known"
    tier = ", top tier" if r.top_tier else ""
    was = _was(r.status, r.baseline_status)
    lines = [
        f"    renewal at {r.limit_of_stay.isoformat()} (apply from {r.window_opens.isoformat()}; "
        f"next stay {months}{tier}): {_word(r.status)}{was}"
    ]
    for c in r.conditions:
        lines.append(f"      {_MARK[c.status]} {c.detail} ({c.source})")
    if r.top_tier_detail:
        lines.append(f"      {r.top_tier_detail}")
    lines += [f"      to do: {a}" for a in r.actions]
    return lines
