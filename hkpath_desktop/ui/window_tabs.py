"""The main window's four tabs: each view built on first need, each re-rendered when stale.

Only the shown tab is built before the window first paints; the others, and the modules they
need, follow one event-loop turn at a time (``benchmarks/run.py``: cold_start, ui_stall). A
window still waiting for its store (``MainWindow.deferred``) builds none: its tabs keep their
placeholders until ``MainWindow.attach``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from hkpath_desktop.ui.lazy_tabs import BackgroundImports, LazyTabs
from hkpath_desktop.ui.own_turn import in_own_turn

if TYPE_CHECKING:
    from hkpath_desktop.core.facts import Household
    from hkpath_desktop.ui.main_window import MainWindow
    from hkpath_desktop.ui.views.checklist_view import ChecklistView
    from hkpath_desktop.ui.views.residence_view import ResidenceView
    from hkpath_desktop.ui.views.timeline_view import TimelineView

COMPARE, CHECKLIST, TIMELINE, RESIDENCE = range(4)
MODULES = (
    "hkpath_desktop.ui.views.compare_view",
    "hkpath_desktop.ui.views.checklist_view",
    "hkpath_desktop.ui.views.timeline_view",
    "hkpath_desktop.ui.views.residence_view",
)
"""Each tab's module, by tab index."""
WIZARD_MODULE = "hkpath_desktop.ui.wizard.wizard"
_IMPORT_POLL_MS = 20
WIZARD_IDLE_MS = 400
"""While the interview is open, the tabs behind it catch up once it has been left alone this
long: re-rendering them after every Next landed in the same stall as showing the next page."""


class _ShowsHousehold(Protocol):
    """The Compare and Timeline views: they render a loaded household."""

    def show_household(self, household: Household | None) -> None: ...


class WindowTabs:
    """The tab widget of ``window`` and the views built in it so far."""

    def __init__(self, window: MainWindow, titles: tuple[str, ...]) -> None:
        self.window = window
        self.widget = LazyTabs(self.built, window)
        for title in titles:
            self.widget.addTab(QWidget(self.widget), title)
        self.views: dict[int, QWidget] = {}
        """The tabs built so far; the others hold a placeholder until first needed."""
        self.stale: set[int] = set()
        """Tabs that show an older state of the household; each catches up when shown."""
        self.painted = False
        self._household: tuple[int, Household] | None = None
        """The household as last read for this round of refreshes: read once, shown by all."""
        self._shown: dict[int, Household | None] = {}
        """The reading each tab shows: the store hands out the same object while nothing
        changed (``Repository.load``), so a tab showing that very object need not re-render."""
        self.imports = BackgroundImports(
            (WIZARD_MODULE, *MODULES[1:]),
            then={WIZARD_MODULE: _read_countries, MODULES[CHECKLIST]: _read_checklists},
        )
        self.widget.currentChanged.connect(self.refresh)
        self._wizard_idle = QTimer(self.widget)
        self._wizard_idle.setSingleShot(True)
        self._wizard_idle.setInterval(WIZARD_IDLE_MS)
        self._wizard_idle.timeout.connect(self._catch_up_after_wizard)

    def set_placeholder(self, index: int, placeholder: QWidget) -> None:
        """Show ``placeholder`` in a tab not built yet (e.g. "Comparing…" before the store)."""
        self._replace(index, placeholder)

    def view(self, index: int) -> QWidget:
        """The tab's view, built and showing the current household."""
        self.built(index)
        self.refresh(index)
        return self.views[index]

    def built(self, index: int) -> QWidget:
        """Build a tab's view on first need: its module is imported then, not at start-up."""
        view = self.views.get(index)
        if view is not None:
            return view
        if not self.window.is_attached:
            return cast("QWidget", QTabWidget.widget(self.widget, index))
        view = self._make(index)
        self.views[index] = view
        self._shown.pop(index, None)
        self._replace(index, view)
        self.stale.add(index)
        return view

    def _replace(self, index: int, widget: QWidget) -> None:
        old, title = QTabWidget.widget(self.widget, index), self.widget.tabText(index)
        current = self.widget.currentIndex()
        self.widget.blockSignals(True)
        self.widget.removeTab(index)
        self.widget.insertTab(index, widget, title)
        self.widget.setCurrentIndex(current)
        self.widget.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _make(self, index: int) -> QWidget:
        window = self.window
        if index == COMPARE:
            from hkpath_desktop.ui.views.compare_view import CompareView

            compare = CompareView(window.rules, window.today, window, language=window.language)
            compare.reportRequested.connect(window.export_report)
            return compare
        if index == CHECKLIST:
            from hkpath_desktop.ui.views.checklist_view import ChecklistView

            checklist = ChecklistView(window.repository, window.rules, window.today, window)
            checklist.language = window.language
            checklist.householdChanged.connect(lambda h: window.household_changed(h, CHECKLIST))
            checklist.reportRequested.connect(window.export_checklist)
            return checklist
        if index == TIMELINE:
            from hkpath_desktop.ui.views.timeline_view import TimelineView

            return TimelineView(window.rules, window.today, window, language=window.language)
        from hkpath_desktop.ui.views.residence_view import ResidenceView

        residence = ResidenceView(
            window.repository, window.rules, window.today, window, language=window.language
        )
        residence.householdChanged.connect(lambda h: window.household_changed(h, RESIDENCE))
        return residence

    def refresh_all(self, done: int | None = None) -> None:
        """The shown tab re-renders the current household now, the others one by one after.

        ``done`` (the tab that made the change) shows it already. Re-rendering all four tabs
        at once held the window for a fifth of a second (``benchmarks/run.py``, ui_stall), so
        each hidden tab catches up in an event-loop turn of its own, or when it is shown.
        While the interview is open, even the shown tab waits until it is left alone a moment.
        """
        self.stale = set(range(self.widget.count())) - {done}
        self._household = None
        if self._wizard_open():
            self._wizard_idle.start()
            return
        self._wizard_idle.stop()
        self._catch_up_after_wizard()

    def wizard_busy(self) -> None:
        """The interview was just used: background work waits until it is left alone a moment.

        Building a hidden tab or re-rendering one takes 10-30 ms; done between two clicks on
        Next it made the click wait (``benchmarks/run.py``, ui_stall).
        """
        if self._wizard_open():
            self._wizard_idle.start()

    def _wizard_open(self) -> bool:
        wizard = self.window.wizard
        return wizard is not None and wizard.isVisible()

    def _catch_up_after_wizard(self) -> None:
        """The shown tab now, the hidden ones one per event-loop turn.

        Once the window is on screen, reading the household and showing it take a turn each:
        after the interview's last answers the reading alone is 10-30 ms (ui_stall).
        """
        if not self.painted:
            self._show_current()
            return
        round_started = self.stale

        def read() -> None:
            if self.stale is round_started:
                self._load(self.window.current_household())
            in_own_turn(self.widget, show)

        def show() -> None:
            self._show_current()
            in_own_turn(self.widget, self.catch_up)

        in_own_turn(self.widget, read)

    def _show_current(self) -> None:
        self.built(self.widget.currentIndex())
        self.refresh(self.widget.currentIndex())

    def start_catching_up(self) -> None:
        """Import the hidden tabs' modules in a thread and build them one per loop turn."""
        if self.painted and self.window.is_attached:
            self.imports.start()
            in_own_turn(self.widget, self.catch_up)

    def catch_up(self) -> None:
        """Build or re-render one hidden tab, then let the loop run before the next.

        A tab whose module the background import has not reached yet is built a little later.
        While a round waits for the interview to be left alone, so do the hidden tabs.
        """
        if not self.window.is_attached or self._wizard_idle.isActive():
            return
        for index in range(self.widget.count()):
            if index not in self.views:
                if not self.imports.ready(MODULES[index]):
                    QTimer.singleShot(_IMPORT_POLL_MS, self.widget, self.catch_up)
                    return
                self.built(index)
            elif index in self.stale:
                self.refresh(index)
            else:
                continue
            in_own_turn(self.widget, self.catch_up)
            return

    def settled(self, index: int) -> bool:
        """Whether the tab shows the current household in full: built, caught up, drawn."""
        view = self.views.get(index)
        if view is None or index in self.stale or self._wizard_idle.isActive():
            return False
        return index != TIMELINE or cast("TimelineView", view).drawn

    def refresh(self, index: int) -> None:
        view = self.views.get(index)
        if view is None or index not in self.stale:
            return
        self.stale.discard(index)
        household_id = self.window.current_household()
        household = self._load(household_id)
        if household is not None and self._shown.get(index) is household:
            return
        self._shown[index] = household
        if index in (COMPARE, TIMELINE):
            cast("_ShowsHousehold", view).show_household(household)
        else:
            cast("ChecklistView | ResidenceView", view).show_household(household_id, household)

    def _load(self, household_id: int | None) -> Household | None:
        """The household, read from the store once per round of refreshes.

        A household is immutable, and every change to the store starts a new round
        (``refresh_all``), so the four tabs can share one reading: with 200 files attached a
        reading takes 20-40 ms (``benchmarks/run.py``, ui_stall).
        """
        if household_id is None:
            return None
        if self._household is None or self._household[0] != household_id:
            self._household = (household_id, self.window.repository.load(household_id))
        return self._household[1]


def _read_countries() -> object:
    """The country names in the GUI's language, read in the import thread for the interview's
    first page (``territories`` reads them once per process and language)."""
    from hkpath_desktop.ui.widgets.country_combo import territories

    return territories()


def _read_checklists() -> object:
    """The checklist data, read in the import thread before the Checklist tab is built.

    Reading it in the GUI thread held the window for about 24 ms (``benchmarks/run.py``,
    ui_stall); ``builtin_catalogue`` reads it once per process.
    """
    from hkpath_desktop.core.checklists import builtin_catalogue

    return builtin_catalogue()
