"""Open the Checklist tab on a household and print what it says about each attached file.

The helper process of ``test_attachment_files``: run as an ordinary user (root without its
read override), it shows how the real tab reports a file it may not read. Prints one JSON list
of {"path", "status", "reason"} on stdout, or fails loudly.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.models.checklist_model import Column, Kind
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.checklist_view import ChecklistView


def main(data_dir: Path, household_id: int, pathway: str) -> None:
    app = QApplication([])
    with Repository.open(data_dir) as repo:
        view = ChecklistView(HouseholdSession(repo), load_builtin(), lambda: date(2026, 11, 22))
        view.show_household(household_id)
        position = view.controls.pathway.findData(pathway)
        view.controls.pathway.setCurrentIndex(position)
        deadline = time.monotonic() + 30
        while view.files.busy() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        rows = []
        stack = [view.model.index(r, 0) for r in range(view.model.rowCount())]
        while stack:
            index = stack.pop()
            node = view.model.node(index)
            stack += [view.model.index(r, 0, index) for r in range(view.model.rowCount(index))]
            if node is not None and node.kind is Kind.FILE:
                status = view.model.data(index.siblingAtColumn(Column.STATUS))
                reason = str(view.model.data(index, Qt.ItemDataRole.ToolTipRole)).split("\n", 1)[1]
                rows.append({"path": node.path, "status": status, "reason": reason})
        print(json.dumps(rows))
        view.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
