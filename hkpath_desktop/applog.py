"""The program's log file: private, rotating, and free of personal data.

The log lives in ``log_dir(data_dir)`` (0700) as ``hkpath.log`` (0600, rotated files too).
What is logged is what helps diagnose a problem without telling anyone about the household:
command names, ids, counts, schema revisions and the kind of an error. Never a name, a date
of birth, a document path or an error message that may quote one; a test holds us to it.
A log that cannot be written is skipped silently: logging must never stop the program.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from hkpath_desktop.store.datafile import log_dir

LOGGER_NAME = "hkpath_desktop"
LOG_FILE = "hkpath.log"
LOG_MAX_BYTES = 512 * 1024
"""Rotate at half a megabyte: days of ordinary use, small enough to attach to a bug report."""
LOG_BACKUPS = 3
"""Rotated files kept (``hkpath.log.1`` ... ``.3``) besides the current one."""

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating handler whose every file, including freshly rotated ones, is 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding="utf-8")

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A line that cannot be written (a full disk) is dropped, not printed on stderr."""


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send the ``hkpath_desktop`` loggers to the data folder's log file; return its path.

    Calling it again for the same folder changes nothing; for another folder (tests, a
    second ``--data-dir``) the log follows it. ``None`` when the folder cannot be written.
    """
    folder = log_dir(data_dir)
    path = folder / LOG_FILE
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == path.absolute():
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def stop_logging() -> None:
    """Close the log file (tests, and the end of a GUI session)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
