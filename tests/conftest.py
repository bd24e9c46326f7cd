"""Suite-wide set-up: Qt offscreen before any Qt import, and no network, ever.

The program promises to work with the cable pulled; the guard below makes every test prove it
by failing any attempt to open an internet socket (Unix sockets, which Qt and SQLite may use
locally, stay allowed).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

FIXTURES = Path(__file__).parent / "fixtures"


class NetworkAccessError(AssertionError):
    """Raised when a test touches the network."""


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise NetworkAccessError("this program must never open a network connection")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def connect(self, address: object) -> None:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                _refuse()
            super().connect(address)  # type: ignore[arg-type]

        def connect_ex(self, address: object) -> int:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                _refuse()
            return super().connect_ex(address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    yield


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private data folder; HKPATH_DATA_DIR points at it for code that reads it."""
    folder = tmp_path / "data"
    monkeypatch.setenv("HKPATH_DATA_DIR", str(folder))
    return folder
