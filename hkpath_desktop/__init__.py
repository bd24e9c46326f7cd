"""HKPath Desktop: plan a move to Hong Kong and the seven years to permanent residency, offline."""

import logging
from functools import cache

logging.getLogger(__name__).addHandler(logging.NullHandler())
"""Until the command line or the window sets up a log file (or where none can be written), a
warning of the store or the engine is dropped, not printed on the user's terminal."""


@cache
def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hkpath-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    """``__version__`` on first use: reading the package metadata cost ~30 ms at every start."""
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
