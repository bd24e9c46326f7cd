"""``hkpath timeline FILE``: per person, what falls due on the road to permanent residence."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
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
from hkpath_desktop.core.calendar_ics import reminder_days, to_ics, upcoming
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import Plan, apply_by, build_plan, followed_pathway
from hkpath_desktop.core.private_file import write_private
from hkpath_desktop.core.residence import ResidenceLog, TripError
from hkpath_desktop.core.rules import RuleNotInForce, RulePack
from hkpath_desktop.core.timeline import MemberTimeline, Timeline, build_timeline


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser("timeline", help="stays, deadlines and the seven-year clock")
    add_profile_arguments(p, "today's date (default: the profile's as_of)")
    p.add_argument(
        "--ics",
        type=Path,
        metavar="OUT",
        help="also write the deadlines from --on onward as an iCalendar file (.ics)",
    )
    p.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="language of the --ics calendar's titles and descriptions (default en)",
    )
    add_data_dir_option(p)
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    on = evaluation_date(args, household)
    if args.language is not None and args.ics is None:
        raise CliError("--language applies to the --ics calendar only; add --ics OUT")
    rules = active_rules(args)
    try:
        timeline = build_timeline(household, rules, on)
    except TripError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    except RuleNotInForce as exc:
        raise CliError(f"rule pack {rules.version} does not cover this: {exc}") from None
    if args.ics is not None:
        language = Language(args.language or Language.EN)
        plan = _plan(household, rules, on)
        written = write_ics(args.ics, timeline, household.name, rules, language, plan)
    if args.json:
        print(json.dumps(timeline.to_contract(), ensure_ascii=False, indent=2))
    elif args.ics is not None:
        print(f"wrote {written} events to {args.ics}")
    else:
        print_report(render(timeline, rules.label))
    return EXIT_OK


def _plan(household: Household, rules: RulePack, on: date) -> Plan | None:
    """The seven-year plan of the route the household is on, for its renewals' entries."""
    pathway = followed_pathway(household)
    if pathway is None:
        return None
    try:
        return build_plan(household, rules, on, [pathway])
    except RuleNotInForce as exc:
        raise CliError(f"rule pack {rules.version} does not cover this: {exc}") from None


def write_ics(
    path: Path,
    timeline: Timeline,
    household: str,
    rules: RulePack,
    language: Language = Language.EN,
    plan: Plan | None = None,
) -> int:
    """Write the calendar atomically (a half-written file never replaces a good one).

    With ``plan``, each renewal still ahead adds its window and its apply-by day.
    """
    days = reminder_days(rules, timeline.on)
    data = to_ics(timeline, household, days, language=language, plan=plan)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CliError(f"--ics: {path} is a folder")
    if not folder.is_dir():
        raise CliError(f"--ics: the folder {folder} does not exist")
    try:
        write_private(path, data)
    except OSError as exc:
        raise CliError(f"--ics: cannot write {path} ({exc.strerror})") from None
    renewals = sum(
        2
        for p in (plan.pathways if plan else ())
        for m in p.members
        for r in m.renewals
        if apply_by(r.limit_of_stay) >= timeline.on
    )
    return sum(len(upcoming(m, timeline.on)) for m in timeline.members) + renewals


def render(timeline: Timeline, rules_label: str) -> str:
    """The readable list: per member, upcoming events first, then past ones, then trips."""
    lines = [f"Timeline on {timeline.on.isoformat()} (rule pack {rules_label})"]
    for member in timeline.members:
        lines += ["", *_member_lines(member, timeline.on)]
    return "\n".join(lines)


def _member_lines(m: MemberTimeline, on: date) -> list[str]:
    head = f"{shown(m.name or m.id)} [{m.id}]"
    if m.clock_start and m.pr_eligible_on:
        head += (
            f": clock started {m.clock_start.isoformat()}, "
            f"permanent residence from {m.pr_eligible_on.isoformat()}"
        )
    else:
        head += ": no stay that counts toward permanent residence yet"
    lines = [head]
    for alternative in m.alternatives:
        last = alternative.stays[-1].limit.isoformat()
        lines.append(f"  or, {alternative.title}: limit of stay {last}. {alternative.condition}")
    upcoming = [e for e in m.events if e.date >= on]
    past = [e for e in m.events if e.date < on]
    for title, events in (("upcoming", upcoming), ("past", past)):
        if events:
            lines.append(f"  {title}:")
            lines += [f"    {e.date.isoformat()}  {e.label} [{e.kind.value}]" for e in events]
    return lines + _residence_lines(m.residence)


def _residence_lines(log: ResidenceLog) -> list[str]:
    if not log.absences:
        return []
    lines = ["  days outside Hong Kong:"]
    lines += [f"    {year}: {days}" for year, days in log.days_by_year]
    lines.append(f"    last 12 months: {log.last_12_months}")
    if log.busiest_12_months_end is not None:
        lines.append(
            f"    busiest 12 months: {log.busiest_12_months} "
            f"(ending {log.busiest_12_months_end.isoformat()})"
        )
    lines.append("    (whole days away; the days of leaving and returning count as in Hong Kong)")
    lines += [f"  {text}" for text in log.explanation]
    return lines
