"""The ``hkpath`` command: no sub-command opens the GUI; sub-commands do headless work.

Each sub-command lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler``. Every sub-command exits 0 on success and 2 on bad input, with
one line on stderr naming the problem (the contract in ``profile-format.md``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import NoReturn

from hkpath_desktop.cli.options import VersionAction, add_data_dir_option, data_dir_of

EXIT_BROKEN_PIPE = 1

_COMMAND_MODULES: tuple[str, ...] = (
    "profiles",
    "cies",
    "deadline",
    "rules",
    "assess",
    "checklist",
    "timeline",
    "plan",
    "report",
)
"""Modules under ``hkpath_desktop.cli`` that each register one or more sub-commands."""


class _NotForUs(Exception):
    """The quick look at the arguments found something only the full parser can judge."""


class _GlobalOptions(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotForUs(message)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action=VersionAction)
    add_data_dir_option(parser)
    tour = parser.add_mutually_exclusive_group()
    tour.add_argument(
        "--demo",
        action="store_true",
        help="open the GUI on a sample household in a temporary folder (your data is untouched)",
    )
    tour.add_argument(
        "--self-test",
        action="store_true",
        help="open the GUI on the sample household, visit every page and tab, exit 0 if all works",
    )
    tour.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="like --self-test, saving a PNG of every wizard page and tab into DIR",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hkpath",
        description="Plan a move to Hong Kong: compare the five routes to residence, offline.",
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        import_module(f"hkpath_desktop.cli.{name}").register(subparsers)
    return parser


def _gui_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when they name no sub-command (the GUI), else ``None``.

    Opening the window must not wait for every sub-command module (and the engine, rules and
    calendars they import) just to learn that no sub-command was given. Anything this quick
    look cannot settle (a sub-command, ``--help``, a mistake) goes to the full parser, so
    help and error messages stay exactly as they were.
    """
    quick = _GlobalOptions(prog="hkpath", add_help=False)
    _add_global_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotForUs:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if not arguments:  # how the desktop launches it: nothing to parse, open the window now
        from hkpath_desktop.ui.app import run_gui

        return run_gui(data_dir=None)
    parser: argparse.ArgumentParser | None = None
    args = _gui_arguments(arguments)
    if args is None:
        parser = build_parser()
        args = parser.parse_args(arguments)
    gui_flag = args.demo or args.self_test or args.screenshots is not None
    if gui_flag and args.command is not None:
        (parser or build_parser()).error(
            "--demo, --self-test and --screenshots take no sub-command"
        )
    if args.demo:
        from hkpath_desktop.ui.tour import run_demo

        return run_demo()
    if gui_flag:
        from hkpath_desktop.ui.tour import run_tour

        return run_tour(screenshots=args.screenshots)
    if args.command is None:
        from hkpath_desktop.ui.app import run_gui

        return run_gui(data_dir=data_dir_of(args))
    from hkpath_desktop.cli.common import EXIT_BAD_INPUT, CliError, shown
    from hkpath_desktop.store.db import DatabaseError

    folder = _log_folder(args)
    try:
        result: int = args.handler(args)
    except (CliError, DatabaseError) as exc:
        print(f"hkpath {args.command}: {shown(str(exc))}", file=sys.stderr)
        result = EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        result = EXIT_BROKEN_PIPE
    import logging  # here: the window's start-up does not wait for it

    _log_folder(args, folder)
    logging.getLogger(__name__).info("command %s: exit %d", args.command, result)
    return result


def _log_folder(args: argparse.Namespace, folder: Path | None = None) -> Path | None:
    """Log into the data folder of a command that uses one, once it exists: a command that
    changes nothing never makes the folder just to log; one that made it logs its end."""
    if not hasattr(args, "data_dir"):
        return None
    from hkpath_desktop.applog import setup_logging
    from hkpath_desktop.store.datafile import resolve_data_dir

    folder = folder or resolve_data_dir(data_dir_of(args))
    if folder.is_dir():
        setup_logging(folder)
    return folder
