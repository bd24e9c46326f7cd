"""Start-up helpers of the main window: tabs built on first use, modules imported in a thread.

Only the Compare tab is built before the window first paints; the others, and the modules
they need, follow one event-loop turn at a time (``benchmarks/run.py``: cold_start, ui_stall).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Mapping
from importlib import import_module

from PySide6.QtWidgets import QTabWidget, QWidget

from hkpath_desktop.ui.plain_imports import plain_imports


class BackgroundImports:
    """Imports modules in a worker thread once the window has been painted.

    Importing the hidden tabs' modules (the timeline's calendar export alone takes a tenth of
    a second) in the GUI thread would hold the window; in a thread, the GIL lets the event
    loop run in between. Widgets are still built in the GUI thread. ``then`` names, per module,
    data to read in the thread after importing it (read once per process), so that building
    the view does not read it in the GUI thread.
    """

    def __init__(
        self, names: tuple[str, ...], then: Mapping[str, Callable[[], object]] | None = None
    ) -> None:
        self.names = names
        self.then = dict(then or {})
        self._done: set[str] = set()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hkpath-imports", daemon=True)
            self._thread.start()

    def ready(self, name: str) -> bool:
        """Whether building from ``name`` now would not wait for the import."""
        return name in self._done or self._thread is None or not self._thread.is_alive()

    def _run(self) -> None:
        """Import without collecting, then freeze what was made out of later collections.

        Modules and start-up's objects live as long as the program; a full collection over
        them while importing held the interpreter for up to 90 ms, and the window with it
        (``benchmarks/run.py``, ui_stall).
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            with plain_imports():
                for name in self.names:
                    import_module(name)
                    if name in self.then:
                        self.then[name]()
                    self._done.add(name)
        finally:
            gc.freeze()
            if enabled:
                gc.enable()


class LazyTabs(QTabWidget):
    """Tabs whose views are built on first use: asking for a tab's widget builds its view."""

    def __init__(self, build: Callable[[int], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build

    def widget(self, index: int) -> QWidget | None:
        return self._build(index) if 0 <= index < self.count() else None

    def currentWidget(self) -> QWidget:
        return self._build(self.currentIndex())
