"""``hkpath import``, ``hkpath export`` and ``hkpath list``: households in and out of the store.

Import validates the whole profile before anything is stored, so a bad file changes nothing.
Export writes to a temporary file beside the target and renames it, so an interrupted export
never leaves half a profile behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hkpath_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_data_dir_option,
    data_dir_of,
    read_profile,
    shown,
)
from hkpath_desktop.core.private_file import write_private
from hkpath_desktop.core.profile_io import dump_profile
from hkpath_desktop.store.db import DatabaseError
from hkpath_desktop.store.repository import HouseholdNotFound, Repository


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p_import = subparsers.add_parser(
        "import", help="store a household from a profile JSON file and print its id"
    )
    p_import.add_argument("file", type=Path, metavar="FILE")
    add_data_dir_option(p_import)
    p_import.set_defaults(handler=_import)

    p_export = subparsers.add_parser("export", help="write a stored household as profile JSON")
    p_export.add_argument("household_id", metavar="ID")
    p_export.add_argument("--out", type=Path, required=True, metavar="FILE")
    add_data_dir_option(p_export)
    p_export.set_defaults(handler=_export)

    p_list = subparsers.add_parser("list", help="list the stored households")
    add_data_dir_option(p_list)
    p_list.set_defaults(handler=_list)


def _open(args: argparse.Namespace, *, read_only: bool = False) -> Repository:
    """The store; a command that only reads opens it read-only, so that a full or read-only
    data disk does not stop it."""
    try:
        if read_only:
            return Repository.open_read_only(data_dir_of(args))
        return Repository.open(data_dir_of(args))
    except DatabaseError as exc:
        raise CliError(str(exc)) from None


def _import(args: argparse.Namespace) -> int:
    household = read_profile(args.file)
    with _open(args) as repo:
        try:
            household_id = repo.add_household(household)
        except ValueError as exc:
            raise CliError(f"{args.file}: {exc}") from None
    print(household_id)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    text: str = args.household_id
    if not text.isdigit():
        raise CliError(f"{text!r} is not a household id (see `hkpath list`)")
    with _open(args, read_only=True) as repo:
        try:
            household = repo.load(int(text))
        except HouseholdNotFound as exc:
            raise CliError(str(exc)) from None
    write_atomically(args.out, dump_profile(household))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with _open(args, read_only=True) as repo:
        summaries = repo.list_households()
    for s in summaries:
        print(f"{s.id}\t{shown(s.name)}\t{s.members} member{'s' if s.members != 1 else ''}")
    return EXIT_OK


def write_atomically(target: Path, text: str) -> None:
    """Write the exported profile whole and private (0600), or say why not."""
    if not target.parent.is_dir():
        raise CliError(f"--out: the folder {target.parent} does not exist")
    try:
        write_private(target, text)
    except OSError as exc:
        raise CliError(f"--out: cannot write {target}: {exc.strerror}") from None
