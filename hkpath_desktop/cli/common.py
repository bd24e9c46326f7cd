"""What every sub-command shares: the exit codes, the error type and the common options."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad input: printed as one line on stderr, and the command exits 2."""


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="folder that holds the profile database (default: the platform's data folder, "
        "or $HKPATH_DATA_DIR)",
    )


def data_dir_of(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return value if isinstance(value, Path) else None


def parse_date(text: str | None, option: str = "--on") -> date | None:
    """A date option: ``None`` when absent, a clear error naming the option when malformed."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_on(text: str | None) -> date | None:
    """The ``--on DATE`` option."""
    return parse_date(text, "--on")
