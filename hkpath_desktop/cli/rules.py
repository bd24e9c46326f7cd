"""``hkpath rules show|import|restore`` and ``hkpath universities import|check``: user data.

Rules change without notice, so a newer rule pack can be imported (and the built-in one
restored), and the TTPS top-universities list, which is not shipped, is imported by the user.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_data_dir_option,
    data_dir_of,
    parse_on,
    print_report,
)
from hkpath_desktop.core.rule_diff import value_changes, verdict_changes
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.db import DatabaseError, resolve_data_dir
from hkpath_desktop.store.repository import stored_households
from hkpath_desktop.store.rulepacks import (
    ImportRefused,
    apply_pack,
    import_universities,
    inspect_active_pack,
    load_active_pack,
    load_universities,
    read_pack,
    restore_builtin,
)

EXIT_NOT_APPLIED = 1
"""``rules import`` showed the changes and was not told to apply them: nothing changed."""


def active_rules(args: argparse.Namespace) -> RulePack:
    """The rule pack every command uses: an imported one if valid, else the built-in one."""
    return load_active_pack(resolve_data_dir(data_dir_of(args)))


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p_rules = subparsers.add_parser("rules", help="show, import or restore the rule pack")
    actions = p_rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_show = actions.add_parser("show", help="version, release date, origin and counts")
    p_show.add_argument("--json", action="store_true", help="print the result as JSON")
    p_show.set_defaults(handler=_show)
    p_import = actions.add_parser(
        "import", help="show what a rule pack from a .zip file changes, then use it"
    )
    p_import.add_argument("file", type=Path, metavar="FILE")
    p_import.add_argument(
        "--yes", action="store_true", help="apply without asking (else asked on a terminal)"
    )
    p_import.set_defaults(handler=_import)
    p_restore = actions.add_parser("restore", help="go back to the built-in rule pack")
    p_restore.set_defaults(handler=_restore)
    for parser in (p_rules, p_show, p_import, p_restore):
        add_data_dir_option(parser)

    p_unis = subparsers.add_parser("universities", help="the TTPS top-universities list")
    unis = p_unis.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_uimport = unis.add_parser("import", help="import a list (effective_from line + names)")
    p_uimport.add_argument("file", type=Path, metavar="FILE")
    p_uimport.set_defaults(handler=_import_universities)
    p_ucheck = unis.add_parser("check", help="is an institution on the list in force on a date?")
    p_ucheck.add_argument("name", metavar="NAME")
    p_ucheck.add_argument("--on", metavar="DATE", help="the date of application (default: today)")
    p_ucheck.set_defaults(handler=_check_university)
    for parser in (p_unis, p_uimport, p_ucheck):
        add_data_dir_option(parser)


def summary(pack: RulePack) -> dict[str, object]:
    """What ``rules show --json`` prints."""
    namespaces = Counter(rule_id.split(".", 1)[0] for rule_id in pack.rules)
    return {
        "version": pack.version,
        "released": pack.released.isoformat(),
        "origin": pack.origin,
        "rules": len(pack.rules),
        "unverified": sum(1 for values in pack.rules.values() if not values[-1].verified),
        "namespaces": dict(sorted(namespaces.items())),
    }


def _show(args: argparse.Namespace) -> int:
    active = inspect_active_pack(resolve_data_dir(data_dir_of(args)))
    info = summary(active.pack)
    if args.json:
        print(json.dumps({**info, "problem": active.problem}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Rule pack {active.pack.label}, released {info['released']}")
    print(f"{info['rules']} rules, {info['unverified']} of them unverified")
    namespaces = info["namespaces"]
    assert isinstance(namespaces, dict)
    for name, count in namespaces.items():
        print(f"  {name}: {count}")
    if active.problem:
        print(f"Note: {active.problem}; using the built-in pack.")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    """Show what the pack changes (values, then the stored households' verdicts today) and
    apply it only when ``--yes`` says so or the person at the terminal does. With ``--yes``
    the changes are printed once applied, so a failed save is one line and nothing else."""
    data_dir = resolve_data_dir(data_dir_of(args))
    try:
        pending = read_pack(args.file)
    except ImportRefused as exc:
        raise CliError(str(exc)) from None
    diff = _diff(data_dir, load_active_pack(data_dir), pending.pack, date.today())
    if not args.yes:
        print_report(diff)
        if not _asked("Apply this rule pack? [y/N] "):
            print("Not applied: nothing changed (run again with --yes to apply).")
            return EXIT_NOT_APPLIED
    try:
        pack = apply_pack(data_dir, pending)
    except ImportRefused as exc:
        raise CliError(str(exc)) from None
    if args.yes:
        print_report(diff)
    print(f"Now using rule pack {pack.label}, released {pack.released.isoformat()}")
    return EXIT_OK


def _diff(data_dir: Path, current: RulePack, new: RulePack, on: date) -> str:
    values = value_changes(current, new)
    lines = [f"Rule pack {current.label} → {new.label}, released {new.released.isoformat()}"]
    lines.append(f"Values that change ({len(values)}):" if values else "No value changes.")
    lines += [f"  {line}" for line in values]
    try:
        households = stored_households(data_dir)
    except DatabaseError as exc:
        return "\n".join([*lines, f"Your households' verdicts are not compared: {exc}"])
    verdicts = verdict_changes(households, current, new, on)
    if verdicts:
        lines.append(f"Verdicts that change on {on.isoformat()}:")
        lines += [f"  {line}" for line in verdicts]
    else:
        lines.append(
            f"No verdict of the {len(households)} stored households changes on {on.isoformat()}."
        )
    return "\n".join(lines)


def _asked(question: str) -> bool:
    """Yes from the person at the terminal; no terminal, or no answer, is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def _restore(args: argparse.Namespace) -> int:
    pack = restore_builtin(resolve_data_dir(data_dir_of(args)))
    print(f"Now using rule pack {pack.label}, released {pack.released.isoformat()}")
    return EXIT_OK


def _import_universities(args: argparse.Namespace) -> int:
    try:
        listed = import_universities(resolve_data_dir(data_dir_of(args)), args.file)
    except ImportRefused as exc:
        raise CliError(str(exc)) from None
    print(
        f"Imported {len(listed.institutions)} institutions, "
        f"in force from {listed.effective_from.isoformat()}"
    )
    return EXIT_OK


def _check_university(args: argparse.Namespace) -> int:
    """Look a name up in the imported lists: on it, not on it, or no list for that date."""
    on = parse_on(args.on) or date.today()
    found = load_universities(resolve_data_dir(data_dir_of(args))).lookup(args.name, on)
    if found is None:
        raise CliError(
            f"no imported list is in force on {on.isoformat()}: "
            "import the official list with `hkpath universities import FILE`"
        )
    verdict = "is on" if found else "is not on"
    print(f"{args.name} {verdict} the imported TTPS list in force on {on.isoformat()}")
    return EXIT_OK
