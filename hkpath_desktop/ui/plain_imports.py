"""Imports in a worker thread without PySide6's ``__feature__`` hook.

Importing ``PySide6.QtCore`` replaces ``builtins.__import__`` with a hook that, for every
module imported afterwards, reads that module's whole source (``inspect.getsource``) to look
for the word "PySide6". It serves ``from __feature__ import snake_case``, which nothing in
this program uses; for SQLAlchemy and the engine, imported after the window has painted, it
cost about a tenth of a second (``benchmarks/run.py``, cold_start's Compare verdicts).

This module must be imported before Qt (``ui.app`` is), so that it keeps Python's own import
function; imported after Qt, it keeps the hook and ``plain_imports`` changes nothing.
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_PLAIN = builtins.__import__
_lock = threading.Lock()
_users = 0
_hooked = _PLAIN


@contextmanager
def plain_imports() -> Iterator[None]:
    """Import with Python's own import function for the duration (threads may overlap)."""
    global _users, _hooked
    with _lock:
        if _users == 0:
            _hooked = builtins.__import__
            builtins.__import__ = _PLAIN
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                builtins.__import__ = _hooked
