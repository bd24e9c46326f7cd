"""Issue 21 point 5: a name typed in the window (a household's, or any answer of the interview)
cannot be longer than a profile file accepts (core's MAX_NAME), so that an export of it
imports back."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from hkpath_desktop.core.profile_fields import MAX_NAME
from hkpath_desktop.ui.main_window.actions import name_dialog


def test_a_300_character_name_cannot_be_typed_and_the_dialog_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = name_dialog(parent, "Rename household", "New name:", "")
    edit = dialog.findChild(QLineEdit)
    assert edit is not None
    qtbot.keyClicks(edit, "x" * 300)
    assert dialog.textValue() == "x" * MAX_NAME
    assert str(MAX_NAME) in dialog.labelText()
