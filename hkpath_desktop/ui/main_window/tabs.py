"""The main window's tabs: a view is built when first shown and re-rendered when stale.

Each tab remembers which household and revision it shows. A change re-renders the shown tab
at once; the others are stale and render the household again when next shown, so a hidden
tab costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtWidgets import QTabWidget, QWidget

COMPARE, CHECKLIST, TIMELINE, RESIDENCE, PLAN = range(5)


class WindowTabs(QTabWidget):
    """Tabs whose views ``build(index)`` makes on first show and ``render(index, view)`` fills
    with what ``shown()`` names (e.g. the current household and its revision)."""

    def __init__(
        self,
        titles: tuple[str, ...],
        build: Callable[[int], QWidget],
        render: Callable[[int, QWidget], None],
        shown: Callable[[], Hashable],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._render = render
        self._now = shown
        self._views: dict[int, QWidget] = {}
        self._showing: dict[int, Hashable] = {}
        """What each built tab renders: a tab is stale when this is not ``shown()``."""
        for title in titles:
            self.addTab(QWidget(self), title)
        self.currentChanged.connect(self._shown)

    def view(self, index: int) -> QWidget:
        """The tab's view, built and showing the current household."""
        view = self._views.get(index)
        if view is None:
            view = self._views[index] = self._build(index)
            self._put(index, view)
        if not self.is_current(index):
            self._showing[index] = self._now()
            self._render(index, view)
        return view

    def changed(self) -> None:
        """What ``shown()`` names may have changed: the shown tab catches up now."""
        if self.count():
            self.view(self.currentIndex())

    def rebuild(self) -> None:
        """Drop every built view (each keeps what it was built with, such as the rule pack):
        the shown one is built again now, the others when next shown."""
        for index in sorted(self._views):
            self._put(index, QWidget(self))
        self._views.clear()
        self._showing.clear()
        self.changed()

    def is_current(self, index: int) -> bool:
        """Whether tab ``index`` is built and shows what ``shown()`` names."""
        return index in self._views and self._showing.get(index) == self._now()

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
