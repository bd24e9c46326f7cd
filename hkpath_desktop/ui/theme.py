"""The look of the program in one place: colours that follow the system's light or dark scheme.

Everything that needs a colour (verdicts, inline error messages) asks this module, so a dark
desktop never gets dark-red text on a dark background and a change of scheme while the program
runs re-colours every open window.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

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


LOOKS = ("fieldError", "hint", "emptyState", "pageIntro")
"""The kinds of label with a look of their own; ``style_label`` gives a label one."""
_COLOURED = {"fieldError": "error", "hint": "muted"}
EMPTY_STATE_POINTS = 12.0
EMPTY_STATE_MARGIN = 24
PAGE_INTRO_GAP = 6


def style_label(label: QLabel, look: str) -> None:
    """Give ``label`` one of the ``LOOKS``: an error or muted colour, or the size and spacing of
    an empty tab's message or a page's introduction.

    Set on each label rather than by an application style sheet: a style sheet, however
    small, made Qt style every widget through it, which doubled the time to make an interview
    card (``benchmarks/run.py``, ui_stall).
    """
    if look not in LOOKS:
        raise ValueError(f"unknown look {look!r}")
    label.setObjectName(look)
    if look in _COLOURED:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour(_COLOURED[look]))
        label.setPalette(palette)
    elif look == "emptyState":
        font = label.font()
        font.setPointSizeF(EMPTY_STATE_POINTS)
        label.setFont(font)
        label.setMargin(EMPTY_STATE_MARGIN)
    else:
        label.setContentsMargins(0, 0, 0, PAGE_INTRO_GAP)


def hint_label(words: str, parent: QWidget | None = None) -> QLabel:
    """A muted, wrapping line under a question that says what its term means."""
    label = QLabel(words, parent)
    style_label(label, "hint")
    label.setWordWrap(True)
    return label


def restyle_labels() -> None:
    """Colour every styled label again for the scheme now in use."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.objectName() in _COLOURED:
            style_label(widget, widget.objectName())


def apply(app: QApplication) -> None:
    """Re-colour the styled labels whenever the system's colour scheme changes."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: restyle_labels())
