"""Cold start of the real program: ``hkpath`` on folder DIR until the main window first paints.

The folder already holds the demo household (``run.py`` prepares it). The only addition to
the real start-up path is a spy on the window that ``build_main_window`` (a store opened
before the window) or ``build_deferred_window`` (a window painted first, its store attached
right after) returns; it imports nothing before the program does, so the program's own import
order is what is timed. Prints ``painted <peak-rss-kib>`` on stdout at the window's first
paint, then ``verdicts`` once the Compare tab shows the household's verdicts, then quits.
"""

from __future__ import annotations

import os
import resource
import sys
from collections.abc import Callable
from typing import Any


def _spying(real: Callable[..., Any]) -> Callable[..., Any]:
    def build(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        window = real(*args, **kwargs)

        def verdicts() -> None:
            print("verdicts", flush=True)
            QApplication.quit()

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and not self.property("seen"):
                    self.setProperty("seen", True)
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                    print(f"painted {peak}", flush=True)
                    if window.is_attached:
                        verdicts()
                    else:  # the window repaints with them in the same loop turn
                        window.storeAttached.connect(lambda: QTimer.singleShot(0, verdicts))
                return False

        window.installEventFilter(FirstPaint(window))
        return window

    return build


def _spy_on_window() -> None:
    """Wrap the functions that build the main window so its first paint is reported."""
    from hkpath_desktop.ui import app as app_module

    app_module.build_main_window = _spying(app_module.build_main_window)
    app_module.build_deferred_window = _spying(app_module.build_deferred_window)


def main() -> int:
    """``hkpath`` with no arguments, as the desktop entry starts it; the folder comes from
    ``$HKPATH_DATA_DIR``, which the program reads as a user's setting."""
    os.environ["HKPATH_DATA_DIR"] = sys.argv[1]
    from hkpath_desktop.cli import main as hkpath

    _spy_on_window()
    return hkpath([])


if __name__ == "__main__":
    sys.exit(main())
