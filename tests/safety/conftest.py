"""Each safety test starts and ends without a log file held open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hkpath_desktop.applog import stop_logging


@pytest.fixture(autouse=True)
def closed_log() -> Iterator[None]:
    stop_logging()
    yield
    stop_logging()
