"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None``/``True``/``False`` on many calls
(``setAccessibleName``, ``QComboBox.addItem``, emitting ``None``), and the interpreter aborts
after a few thousand of them. pyproject.toml keeps that version out; this test fails loudly if
a version with the same defect is ever installed, instead of letting the app crash at random.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


@pytest.mark.gui
@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12 on"
)
def test_calls_do_not_steal_references_from_singletons(qtbot: QtBot) -> None:
    line, combo, emitter = QLineEdit(), QComboBox(), _Emitter()
    qtbot.addWidget(line)
    qtbot.addWidget(combo)
    emitter.fired.connect(lambda _value: None)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        line.setAccessibleName("name")
        combo.addItem("item", None)
        emitter.fired.emit(None)
    combo.clear()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 5 for a, b in zip(after, before, strict=True)), (before, after)
