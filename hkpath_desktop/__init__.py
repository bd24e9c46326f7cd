"""HKPath Desktop: plan a move to Hong Kong and the seven years to permanent residency, offline."""

from functools import cache


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
