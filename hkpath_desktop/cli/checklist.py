"""``hkpath checklist``: the documents each person needs for one stage of one pathway.

``--json`` prints exactly the contract in ``profile-format.md``; without it the list is grouped
by person, with progress, the reason for each paper and its source.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_data_dir_option,
    add_profile_arguments,
    evaluation_date,
    print_report,
    read_profile,
    shown,
)
from hkpath_desktop.cli.rules import active_rules
from hkpath_desktop.core.checklists import (
    CATEGORIES,
    Checklist,
    ChecklistItem,
    ItemStatus,
    Party,
    Progress,
    build_checklist,
    pathway_ids,
    stages_for,
)
from hkpath_desktop.core.facts import Household

_MARKS = {
    ItemStatus.MISSING: "[ ]",
    ItemStatus.ATTACHED: "[x]",
    ItemStatus.WAIVED: "[w]",
    ItemStatus.NOT_APPLICABLE: "[-]",
}
_INDENT = " " * 6


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "checklist", help="list the documents each person needs for a pathway's stage"
    )
    add_profile_arguments(parser, "date the dependants' ages are taken on (default: as_of)")
    parser.add_argument("--pathway", required=True, metavar="ID", help=", ".join(pathway_ids()))
    parser.add_argument("--stage", required=True, metavar="STAGE")
    parser.add_argument("--category", metavar="A|B|C", help="TTPS category applied for")
    for flag, what in (
        ("first-extension", "this is the first extension of stay"),
        ("same-employer", "the employer is the same as at the last application"),
        ("top-tier", "apply under the top-tier employment stream"),
    ):
        parser.add_argument(
            f"--{flag}", action=argparse.BooleanOptionalAction, default=None, help=what
        )
    add_data_dir_option(parser)
    parser.set_defaults(handler=_checklist)


def _checklist(args: argparse.Namespace) -> int:
    pathway, stage, category = _validated(args)
    household = read_profile(args.file)
    checklist = build_checklist(
        household,
        pathway,
        stage,
        category=category,
        first_extension=args.first_extension,
        same_employer=args.same_employer,
        top_tier=args.top_tier,
        on=evaluation_date(args, household),
        rules=active_rules(args),
    )
    if args.json:
        print(json.dumps(checklist.to_contract(), ensure_ascii=False, indent=2))
    else:
        print_report(render_text(household, checklist))
    return EXIT_OK


def _validated(args: argparse.Namespace) -> tuple[str, str, str | None]:
    pathways = pathway_ids()
    if args.pathway not in pathways:
        raise CliError(f"--pathway: {args.pathway!r} is not one of {', '.join(pathways)}")
    stages = stages_for(args.pathway)
    if args.stage not in stages:
        raise CliError(
            f"--stage: {args.stage!r} is not a stage of {args.pathway}; "
            f"choose one of {', '.join(stages)}"
        )
    category: str | None = args.category
    if category is not None:
        category = category.upper()
        if category not in CATEGORIES:
            raise CliError(f"--category: {args.category!r} is not one of {', '.join(CATEGORIES)}")
        if args.pathway != "ttps":
            raise CliError("--category: only the ttps pathway has categories")
    return args.pathway, args.stage, category


def render_text(household: Household, checklist: Checklist) -> str:
    """The checklist as readable text, one block per person."""
    overall = checklist.progress()
    lines = [f"{checklist.pathway} / {checklist.stage}: {_ready(overall)}"]
    for member_id, progress in checklist.progress_by_member().items():
        member = household.member(member_id)
        who = f"{shown(member.display_name)} ({member_id}, {member.role})"
        lines += ["", f"{who}: {_ready(progress)}"]
        lines += [line for item in checklist.for_member(member_id) for line in _item_lines(item)]
    for left in checklist.left_out:
        member = household.member(left.member)
        lines += ["", f"{shown(member.display_name)} ({left.member}, {member.role}): no papers"]
        lines += textwrap.wrap(
            left.reason, width=96, initial_indent=_INDENT, subsequent_indent=_INDENT
        )
    lines += ["", "[x] attached  [w] waived  [-] not applicable  [ ] missing"]
    return "\n".join(lines)


def _ready(progress: Progress) -> str:
    """Done over what applies: a not-applicable paper is in neither number."""
    return f"{progress.done} of {progress.total} documents ready"


def _item_lines(item: ChecklistItem) -> list[str]:
    who = " (employer)" if item.party is Party.EMPLOYER else ""
    who += " (if it applies)" if item.depends_on else ""
    lines = [f"  {_MARKS[item.status]} {item.title}{who}  <{item.id}>"]
    details = [item.why]
    if item.waived_reason:
        details.append(f"Waived: {shown(item.waived_reason)}")
    details.append(f"Source: {item.source}" + ("" if item.verified else " (unverified)"))
    details += [f"File: {shown(path)}" for path in item.files]
    if item.note:
        details.append(f"Note: {shown(item.note)}")
    for text in details:
        lines += textwrap.wrap(
            text,
            width=96,
            initial_indent=_INDENT,
            subsequent_indent=_INDENT,
            break_on_hyphens=False,
        )
    return lines
