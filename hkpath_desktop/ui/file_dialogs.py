"""Open and save dialogs that start where the user last went, remembered between runs.

Every dialog of the program starts in the folder the user last chose a file in (kept in
QSettings), or in their home folder the first time: not in the program's working folder,
which for a desktop launch is wherever the launcher happened to run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_KEY = "file_dialogs/last_folder"


def start_folder(settings: QSettings | None = None) -> Path:
    """The folder last used, while it still exists; else the home folder."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    folder = Path(value) if isinstance(value, str) and value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember(path: str | Path, settings: QSettings | None = None) -> None:
    """Keep the folder of a chosen file for the next dialog, in this run and the next."""
    store = settings or QSettings()
    store.setValue(SETTINGS_KEY, str(Path(path).parent))
    store.sync()


def open_file(
    parent: QWidget | None, caption: str, filters: str = "", start: Path | None = None
) -> Path | None:
    """One existing file, or None when the user cancels; ``start`` overrides the folder."""
    folder = start if start is not None and start.is_dir() else start_folder()
    name, _filter = QFileDialog.getOpenFileName(parent, caption, str(folder), filters)
    return _kept(name)


def open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[Path]:
    """Existing files (none when the user cancels)."""
    names, _filter = QFileDialog.getOpenFileNames(parent, caption, str(start_folder()), filters)
    if names:
        remember(names[0])
    return [Path(name) for name in names]


def save_file(
    parent: QWidget | None, caption: str, suggested_name: str, filters: str = ""
) -> tuple[Path, str] | None:
    """Where to write and the filter chosen, or None when the user cancels."""
    suggested = str(start_folder() / suggested_name)
    name, chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    path = _kept(name)
    return None if path is None else (path, chosen)


def _kept(name: str) -> Path | None:
    if not name:
        return None
    remember(name)
    return Path(name)
