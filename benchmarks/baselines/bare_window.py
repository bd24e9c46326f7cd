"""Baseline for cold start and memory: a bare PySide6 QMainWindow, shown and painted once.

Prints ``painted <peak-rss-kib>`` on stdout at the first paint of the window, then quits.
"""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"painted {peak}", flush=True)
            QApplication.quit()
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    spy = _FirstPaint()
    window.installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
