"""Launch to verdicts of the real program: ``hkpath`` on folder DIR until the Compare tab is
painted with the demo household's five verdicts.

The folder already holds the demo household (``run.py`` prepares it). The only addition to
the real start-up path is a spy on the window that ``build_main_window`` returns; it imports
nothing before the program does, so the program's own import order is what is timed. Prints
``painted <peak-rss-kib>`` on stdout when the Compare table first paints with five rows, then
quits.
"""

from __future__ import annotations

import os
import resource
import sys
from collections.abc import Callable
from typing import Any

VERDICTS = 5


def _spying(real: Callable[..., Any]) -> Callable[..., Any]:
    def build(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        window = real(*args, **kwargs)
        table = window.compare.table

        class VerdictsPainted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and table.model().rowCount() == VERDICTS:
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                    print(f"painted {peak}", flush=True)
                    table.viewport().removeEventFilter(self)
                    QApplication.quit()
                return False

        table.viewport().installEventFilter(VerdictsPainted(window))
        return window

    return build


def main() -> int:
    """``hkpath`` with no arguments, as the desktop entry starts it; the folder comes from
    ``$HKPATH_DATA_DIR``, which the program reads as a user's setting."""
    os.environ["HKPATH_DATA_DIR"] = sys.argv[1]
    from hkpath_desktop.cli import main as hkpath
    from hkpath_desktop.ui import app as app_module

    app_module.build_main_window = _spying(app_module.build_main_window)
    return hkpath([])


if __name__ == "__main__":
    sys.exit(main())
