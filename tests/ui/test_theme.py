"""Styled labels get their look themselves; the application has no style sheet."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from hkpath_desktop.ui import theme
from hkpath_desktop.ui.app import prepare_application

pytestmark = pytest.mark.gui


def _label(qtbot, look: str) -> QLabel:  # type: ignore[no-untyped-def]
    label = QLabel("text")
    qtbot.addWidget(label)
    theme.style_label(label, look)
    return label


def test_each_look_is_set_on_the_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = QPalette.ColorRole.WindowText
    error, hint = _label(qtbot, "fieldError"), _label(qtbot, "hint")
    assert error.palette().color(text) == theme.colour("error")
    assert hint.palette().color(text) == theme.colour("muted")
    assert error.objectName() == "fieldError" and hint.objectName() == "hint"
    empty = _label(qtbot, "emptyState")
    assert empty.font().pointSizeF() == theme.EMPTY_STATE_POINTS
    assert empty.margin() == theme.EMPTY_STATE_MARGIN
    intro = _label(qtbot, "pageIntro")
    assert intro.contentsMargins().bottom() == theme.PAGE_INTRO_GAP


def test_restyling_colours_the_labels_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    hint = _label(qtbot, "hint")
    palette = hint.palette()
    palette.setColor(QPalette.ColorRole.WindowText, theme.colour("eligible"))
    hint.setPalette(palette)
    theme.restyle_labels()
    assert hint.palette().color(QPalette.ColorRole.WindowText) == theme.colour("muted")


def test_an_unknown_look_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="unknown look"):
        _label(qtbot, "shouting")


def test_the_application_has_no_style_sheet(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = prepare_application()
    assert app.styleSheet() == ""  # a style sheet makes Qt style every widget through it
