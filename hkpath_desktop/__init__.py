"""HKPath Desktop: plan a move to Hong Kong and the seven years to permanent residency, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hkpath-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
