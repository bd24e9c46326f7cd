"""``hkpath rules show|import|restore`` and ``hkpath universities import|check``: user data.

Rules change without notice, so a newer rule pack can be imported (and the built-in one
restored), and the TTPS top-universities list, which is not shipped, is imported by the user.
"""

from __future__ import annotations

import argparse
import json
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
)
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.db import resolve_data_dir
from hkpath_desktop.store.rulepacks import (
    ImportRefused,
    import_pack,
    import_universities,
    inspect_active_pack,
    load_active_pack,
    load_universities,
    restore_builtin,
)


def active_rules(args: argparse.Namespace) -> RulePack:
    """The rule pack every command uses: an imported one if valid, else the built-in one."""
    return load_active_pack(resolve_data_dir(data_dir_of(args)))


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p_rules = subparsers.add_parser("rules", help="show, import or restore the rule pack")
    actions = p_rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_show = actions.add_parser("show", help="version, release date, origin and counts")
    p_show.add_argument("--json", action="store_true", help="print the result as JSON")
    p_show.set_defaults(handler=_show)
    p_import = actions.add_parser("import", help="use a newer rule pack from a .zip file")
    p_import.add_argument("file", type=Path, metavar="FILE")
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
    try:
        pack = import_pack(resolve_data_dir(data_dir_of(args)), args.file)
    except ImportRefused as exc:
        raise CliError(str(exc)) from None
    print(f"Now using rule pack {pack.label}, released {pack.released.isoformat()}")
    return EXIT_OK


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
