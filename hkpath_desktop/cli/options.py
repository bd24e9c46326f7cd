"""The options the GUI's start-up reads, with nothing but the standard library.

``cli.common`` imports the engine's facts and the profile reader for the sub-commands; opening
the window needs neither, so the quick look at the arguments takes its options from here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any


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


class VersionAction(argparse.Action):
    """``--version``: prints ``hkpath <version>`` and exits, reading the version only then."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from hkpath_desktop import __version__

        print(f"hkpath {__version__}")
        parser.exit()
