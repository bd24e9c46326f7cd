"""The main window's four tabs: a view is built when first shown and re-rendered when stale.

A change re-renders the shown tab at once and marks the others stale; each of those renders
the household again when it is next shown, so a hidden tab costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

COMPARE, CHECKLIST, TIMELINE, RESIDENCE = range(4)


class WindowTabs(QTabWidget):
    """Tabs whose views ``build(index)`` makes on first show and ``render(index, view)`` fills."""

    def __init__(
        self,
        titles: tuple[str, ...],
        build: Callable[[int], QWidget],
        render: Callable[[int, QWidget], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._render = render
        self._views: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        for title in titles:
            self.addTab(QWidget(self), title)
        self.currentChanged.connect(self._shown)

    def view(self, index: int) -> QWidget:
        """The tab's view, built and showing the current household."""
        view = self._views.get(index)
        if view is None:
            view = self._views[index] = self._build(index)
            self._put(index, view)
            self._stale.add(index)
        if index in self._stale:
            self._stale.discard(index)
            self._render(index, view)
        return view

    def changed(self) -> None:
        """The household shown changed: the shown tab renders it now, the others when shown."""
        self._stale = set(self._views)
        if self.count():
            self.view(self.currentIndex())

    def is_current(self, index: int) -> bool:
        """Whether tab ``index`` is built and shows the last change."""
        return index in self._views and index not in self._stale

    def _shown(self, index: int) -> None:
        if index >= 0:
            self.view(index)

    def _put(self, index: int, view: QWidget) -> None:
        """Swap the tab's placeholder for its view, keeping the tab that is shown."""
        placeholder, title = self.widget(index), self.tabText(index)
        current = self.currentIndex()
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, view, title)
        self.setCurrentIndex(current)
        self.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
