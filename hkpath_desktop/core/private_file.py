"""Files the program writes for the user: complete or absent, and readable by the owner only.

A profile, a trip list, a calendar or a rule pack holds personal data, and a crash or a full disk
must not leave half of one under its real name. Each is written to a temporary file in the
target's folder (``mkstemp`` makes it 0600 whatever the umask), synced, then renamed over the
target, so the target is the old file or the whole new one, never readable by others.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_private(target: Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``target`` whole, mode 0600; on OSError, no trace."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
