"""``hkpath deadline KIND --start DATE``: the last day for a New CIES switch or notice."""

from __future__ import annotations

import argparse
import json
from typing import Any

from hkpath_desktop.cli.common import EXIT_OK, CliError, add_data_dir_option, parse_date
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.workdays import DeadlineKind, deadline


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser(
        "deadline",
        help="last day for a New CIES switch or notice, in Hong Kong working days",
        description="Counts as the Scheme Rules do: the first day is left out, the last is "
        "included, and a first or last day that is a Sunday, a general holiday or a warning "
        "day you record moves to the next working day. Saturday is a working day. Where the "
        "first day can be read as the contract date or as the first day counted, the earlier "
        "last day is shown and the explanation names the later one.",
    )
    p.add_argument(
        "kind",
        choices=[k.value for k in DeadlineKind],
        metavar="KIND",
        help=", ".join(k.value for k in DeadlineKind),
    )
    p.add_argument(
        "--start",
        required=True,
        metavar="DATE",
        help="date of the sale contract (switches) or of the change (notify)",
    )
    p.add_argument(
        "--completion", metavar="DATE", help="re-to-pfa: date the property sale completed"
    )
    p.add_argument(
        "--warning-day",
        action="append",
        default=[],
        metavar="DATE",
        help="a gale or black rainstorm warning day (repeat for more)",
    )
    p.add_argument("--json", action="store_true", help="print the contract JSON")
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    start = parse_date(args.start, "--start")
    assert start is not None  # --start is required
    completion = parse_date(args.completion, "--completion")
    warning = frozenset(d for t in args.warning_day if (d := parse_date(t, "--warning-day")))
    rules = active_rules(args)
    try:
        result = deadline(args.kind, start, completion, warning, rules=rules)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        out = {
            "kind": result.kind.value,
            "deadline": result.deadline.isoformat(),
            "explanation": result.explanation,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"{result.kind.value}: {result.deadline.isoformat()} (rule pack {rules.label})")
        print(result.explanation)
    return EXIT_OK
