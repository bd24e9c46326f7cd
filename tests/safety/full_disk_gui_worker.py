"""Start the window on a data folder whose disk is full, as ``run_gui`` does (run in the
small disk's namespace by ``test_full_disk``).

The real recovery dialog is read as shown (its choices, buttons, default, text, and the data
file's hash and the folder's files at that moment); then the space is freed and Try again is
clicked, and the households of the file that opens are written to REPORT as JSON.

Usage: full_disk_gui_worker.py DATA_DIR FILL_FILE REPORT
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safety_cases import sha256

from hkpath_desktop.store.db import DatabaseError, database_path
from hkpath_desktop.ui.recovery import (
    Choice,
    RecoveryDialog,
    RecoveryPlan,
    ask_user,
    open_with_recovery,
)


def main() -> int:
    data, fill, report = (Path(a) for a in sys.argv[1:4])
    app = QApplication(sys.argv[:1])
    dialogs: list[dict[str, object]] = []

    def answer(error: DatabaseError) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryDialog):
            QTimer.singleShot(20, lambda: answer(error))
            return
        buttons = dialog.choice_buttons
        dialogs.append(
            {
                "error": type(error).__name__,
                "choices": [c.value for c in dialog.plan.choices],
                "buttons": [b.text() for b in buttons.values()],
                "default": dialog.defaultButton().text(),
                "text": dialog.text(),
                "sha256": sha256(database_path(data)),
                "files": sorted(p.name for p in data.iterdir()),
            }
        )
        if len(dialogs) == 1 and Choice.RETRY in buttons:
            fill.unlink()
            buttons[Choice.RETRY].click()
        else:
            buttons[Choice.QUIT].click()

    def ask(plan: RecoveryPlan, error: DatabaseError) -> Choice:
        QTimer.singleShot(0, lambda: answer(error))
        return ask_user(plan, error)

    repository = open_with_recovery(data, ask)
    households = [] if repository is None else [h.name for h in repository.list_households()]
    if repository is not None:
        repository.close()
    report.write_text(json.dumps({"dialogs": dialogs, "households": households}))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
