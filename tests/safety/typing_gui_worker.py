"""The real GUI with an answer typed and left on screen: the helper of ``test_kills_while_typing``.

Run as ``python typing_gui_worker.py DATA_DIR TEXT``: it starts the program as ``hkpath`` does
(``run_gui``), opens the interview on the first household, goes to "About you" and types TEXT
over the family name key by key, as a user would, without leaving the field or the page.
Then it prints ``typed`` and goes on running until it is killed or told to quit; if it
cannot type, it prints why and exits 3 (rather than leave an error dialog up).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hkpath_desktop.ui.app import prepare_application, run_gui
from hkpath_desktop.ui.main_window import MainWindow
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.person import YouPage


def type_answer(text: str) -> None:
    try:
        _type(text)
    except BaseException:
        traceback.print_exc()
        os._exit(3)


def _type(text: str) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or not windows[0].isVisible():
        QTimer.singleShot(20, lambda: type_answer(text))
        return
    window = windows[0]
    window.edit_answers()
    wizard = window.wizard
    assert wizard is not None
    while wizard.currentId() != PageId.YOU:
        wizard.next()
    page = wizard.answer_page(PageId.YOU)
    assert isinstance(page, YouPage)
    page.family_name.setFocus()
    QTest.keyClick(page.family_name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(page.family_name, text)
    assert page.family_name.text() == text
    os.write(1, b"typed\n")


if __name__ == "__main__":
    prepare_application()
    QTimer.singleShot(0, lambda: type_answer(sys.argv[2]))
    sys.exit(run_gui(Path(sys.argv[1])))
