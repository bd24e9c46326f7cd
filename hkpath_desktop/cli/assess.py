"""``hkpath assess FILE``: the five pathways for a household, ranked, each verdict explained."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    add_data_dir_option,
    add_profile_arguments,
    evaluation_date,
    print_report,
    read_profile,
)
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.assessment import Assessment, Status
from hkpath_desktop.core.comparison import assess_all, assessment_report

_MARK = {Status.MET: "[met]    ", Status.NOT_MET: "[not met]", Status.UNKNOWN: "[unknown]"}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser("assess", help="compare the five pathways for a household")
    add_profile_arguments(p, "assessment date (default: the profile's as_of)")
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    on = evaluation_date(args, household)
    rules = active_rules(args)
    if args.json:
        report = assessment_report(household, rules, on)
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(render(assess_all(household, rules, on), rules.label, on))
    return EXIT_OK


def render(assessments: tuple[Assessment, ...], rules_label: str, on: date) -> str:
    """The readable table: one block per pathway, best first."""
    lines = [f"Pathways on {on.isoformat()} (rule pack {rules_label}), best first"]
    for rank, a in enumerate(assessments, start=1):
        extra = [f"category {a.category}"] if a.category else []
        if a.points is not None and a.points_out_of is not None:
            extra.append(f"{a.points} of {a.points_out_of} criteria met")
        elif a.points is not None:
            extra.append(f"points {a.points}")
        tail = f" ({', '.join(extra)})" if extra else ""
        lines += ["", f"{rank}. {a.name} [{a.pathway}]: {a.verdict.value.replace('_', ' ')}{tail}"]
        for c in a.criteria:
            flag = "" if c.verified else " (unverified)"
            lines.append(f"   {_MARK[c.status]} {c.title}{flag}: {c.detail}")
        lines += [f"   gap: {gap}" for gap in a.gaps]
        o = a.outlook
        if o.earliest_pr_on is not None:
            lines.append(f"   earliest permanent residence: {o.earliest_pr_on.isoformat()}")
        if o.fees_hkd is not None:
            lines.append(f"   fees: {o.fee_breakdown}")
        if o.main_risk:
            lines.append(f"   main risk: {o.main_risk}")
    return "\n".join(lines)
