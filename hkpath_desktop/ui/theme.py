"""The look of the program in one place: colours that follow the system's light or dark scheme.

Everything that needs a colour (verdicts, inline error messages) asks this module, so a dark
desktop never gets dark-red text on a dark background and a change of scheme while the program
runs re-colours every open window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    "eligible": "#1b7a34",
    "not_eligible": "#b3261e",
    "incomplete": "#8a5a00",
    "error": "#b3261e",
    "muted": "#5f6368",
}
_DARK = {
    "eligible": "#7ddc8f",
    "not_eligible": "#ff8a80",
    "incomplete": "#ffd27a",
    "error": "#ff8a80",
    "muted": "#b0b4b9",
}


def is_dark() -> bool:
    """True when the desktop asks for a dark scheme (or, failing that, the palette is dark)."""
    from PySide6.QtCore import Qt  # its first use builds all of Qt's enums: 25 ms

    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str) -> QColor:
    """A named colour for the current scheme: a verdict value, ``error`` or ``muted``."""
    table = _DARK if is_dark() else _LIGHT
    return QColor(table.get(role, table["muted"]))


def stylesheet() -> str:
    """The few rules the widgets share, keyed by object name."""
    return (
        f"QLabel#fieldError {{ color: {colour('error').name()}; }}\n"
        f"QLabel#hint {{ color: {colour('muted').name()}; }}\n"
        "QLabel#emptyState { font-size: 12pt; padding: 24px; }\n"
        "QLabel#pageIntro { margin-bottom: 6px; }\n"
    )


def apply(app: QApplication) -> None:
    """Style the application now and again whenever the system scheme changes.

    It asks for the colour scheme, whose type is one of Qt's enums: the first use of those
    builds them all (~25 ms). A window that shows none of the styled labels yet may paint
    first and be styled right after (``ui/app.py``, ``run_deferred``).
    """
    app.setStyleSheet(stylesheet())
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: app.setStyleSheet(stylesheet()))
