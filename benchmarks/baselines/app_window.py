"""Cold start of the real program: ``hkpath --data-dir DIR`` until the main window first paints.

The folder already holds the demo household (``run.py`` prepares it). The only addition to
the real start-up path is a first-paint spy on the window ``build_main_window`` returns; it
imports nothing before the program does, so the program's own import order is what is timed.
Prints ``painted <peak-rss-kib>`` on stdout, then quits.
"""

from __future__ import annotations

import resource
import sys
from typing import Any


def _spy_on_window() -> None:
    """Wrap ``build_main_window`` so the first paint of its window is reported."""
    from hkpath_desktop.ui import app as app_module

    real = app_module.build_main_window

    def build(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                    print(f"painted {peak}", flush=True)
                    QApplication.quit()
                return False

        window = real(*args, **kwargs)
        window.installEventFilter(FirstPaint(window))
        return window

    app_module.build_main_window = build


def main() -> int:
    from hkpath_desktop.cli import main as hkpath

    _spy_on_window()
    return hkpath(["--data-dir", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
