"""What every sub-command shares: the exit codes, the error type and the common options."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from hkpath_desktop.cli.options import add_data_dir_option as add_data_dir_option
from hkpath_desktop.cli.options import data_dir_of as data_dir_of
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_fields import iso_day
from hkpath_desktop.core.profile_io import ProfileError, load_profile_file

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad input: printed as one line on stderr, and the command exits 2."""


def shown(value: str, keep: str = "") -> str:
    """What a person typed (or a file holds), safe to print on a terminal.

    Every character that is not printable (a line break, a tab, an escape sequence, a
    right-to-left override) is spelled out as Python writes it (``\\n``, ``\\x1b``, ``\\u202e``),
    so a name can neither fake a row nor redraw the screen. ``keep`` names the characters a
    whole report is laid out with (its line breaks), which are left as they are.
    """
    return "".join(
        c if c.isprintable() or c in keep else c.encode("unicode_escape").decode("ascii")
        for c in value
    )


def print_report(report: str) -> None:
    """A text report on stdout, its lines kept and anything else unprintable spelled out."""
    print(shown(report, keep="\n"))


def parse_date(text: str | None, option: str = "--on") -> date | None:
    """A date option: ``None`` when absent, a clear error naming the option when malformed."""
    if text is None:
        return None
    try:
        return iso_day(text)
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_on(text: str | None) -> date | None:
    """The ``--on DATE`` option."""
    return parse_date(text, "--on")


def add_profile_arguments(parser: argparse.ArgumentParser, on_help: str | None = None) -> None:
    """FILE (profile JSON v1), ``--json`` and, when ``on_help`` is given, ``--on DATE``."""
    parser.add_argument("file", type=Path, metavar="FILE", help="profile JSON v1")
    if on_help is not None:
        parser.add_argument("--on", metavar="DATE", help=on_help)
    parser.add_argument("--json", action="store_true", help="print the contract JSON")


def read_profile(path: Path) -> Household:
    """The household in a profile file; a bad file is one line naming the file and the field."""
    try:
        return load_profile_file(path)
    except ProfileError as exc:
        raise CliError(f"{path}: {exc}") from None


def evaluation_date(args: argparse.Namespace, household: Household) -> date:
    """``--on``, else the profile's ``as_of``, else today (the clock is read only at this edge)."""
    return parse_on(args.on) or household.as_of or date.today()
