"""The main window: households on the left, the Compare / Checklist / Timeline / Residence tabs.

It changes households only through the repository and re-renders from the core afterwards.
``MainWindow(repository, rules)`` is whole at once; ``MainWindow.deferred(peek)`` paints first,
from a read-only look at the data file, and gets its store and rules with ``attach`` right
after (start-up: ``ui/deferred_start.py``). Neither SQLAlchemy nor the engine is imported
here, so the deferred window paints without them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QWidget,
)

from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.window_tabs import CHECKLIST, COMPARE, RESIDENCE, TIMELINE, WindowTabs

if TYPE_CHECKING:
    from hkpath_desktop.core.i18n import Language
    from hkpath_desktop.core.rules import RulePack
    from hkpath_desktop.store.peek import StorePeek
    from hkpath_desktop.store.repository import Repository
    from hkpath_desktop.ui.report_export import ReportExport
    from hkpath_desktop.ui.views.checklist_view import ChecklistView
    from hkpath_desktop.ui.views.compare_view import CompareView
    from hkpath_desktop.ui.views.residence_view import ResidenceView
    from hkpath_desktop.ui.views.timeline_view import TimelineView
    from hkpath_desktop.ui.wizard.wizard import InterviewWizard


class MainWindow(QMainWindow):
    """Signals:
    currentHouseholdChanged(int): another household was selected (-1: none).
    firstPainted(): the window has painted once (start-up work that can wait, waits for it).
    storeAttached(): the repository and the rules are in; Compare shows the current household.
    """

    currentHouseholdChanged = Signal(int)
    firstPainted = Signal()
    storeAttached = Signal()

    repository: Repository
    rules: RulePack

    def __init__(
        self,
        repository: Repository | None,
        rules: RulePack | None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        language: str | None = None,
        peek: StorePeek | None = None,
    ) -> None:
        """The whole window; with ``repository`` and ``rules`` both None, ``peek`` paints it."""
        super().__init__(parent)
        if (repository is None) != (rules is None) or (repository is None) == (peek is None):
            raise TypeError("give a repository and rules, or (only) a peek at the data file")
        self._peek = peek
        self.is_attached = False
        self.today = today
        self._language = language or current_language()
        self.wizard: InterviewWizard | None = None
        self.setWindowTitle(self.tr("HKPath Desktop"))
        self.households = QListWidget(self)
        self.households.setAccessibleName(self.tr("Households"))
        self._household_ids: list[int] = []
        """The id of each row of ``households``."""
        titles = (self.tr("&Compare"), self.tr("C&hecklist"), self.tr("&Timeline"))
        self._tabs = WindowTabs(self, (*titles, self.tr("&Residence")))
        self.tabs = self._tabs.widget
        self.splitter = QSplitter(parent=self)  # QSplitter(self) loads the Qt namespace: 25 ms
        self.splitter.addWidget(self.households)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 780])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.rules_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.rules_label)
        self.data_label = QLabel(self)
        self.statusBar().addWidget(self.data_label)
        self.households.currentItemChanged.connect(self._selection_changed)
        self.households.itemActivated.connect(lambda _item: self.edit_answers())
        self._restore_geometry()
        if repository is not None and rules is not None:
            self.attach(repository, rules)
        elif peek is not None:
            self._show_peek(peek)

    @classmethod
    def deferred(
        cls, peek: StorePeek, today: Callable[[], date] = date.today, language: str | None = None
    ) -> MainWindow:
        """A window that paints from ``peek`` and waits for ``attach``; store actions are off."""
        return cls(None, None, today, language=language, peek=peek)

    def _show_peek(self, peek: StorePeek) -> None:
        waiting = QWidget(self.tabs)
        centred = QGridLayout(waiting)  # by stretches: no Qt.AlignmentFlag before first paint
        centred.addWidget(QLabel(self.tr("Comparing…"), waiting), 1, 1)
        for edge in (0, 2):
            centred.setRowStretch(edge, 1)
            centred.setColumnStretch(edge, 1)
        self._tabs.set_placeholder(COMPARE, waiting)
        self._show_data_path(str(peek.database_path))
        self.reload_households()

    def attach(self, repository: Repository, rules: RulePack) -> None:
        """Take the store and the rules: enable the actions, fill the tabs, say so."""
        self.repository = repository
        self.rules = rules
        self.is_attached = True
        self._peek = None
        from hkpath_desktop.core.texts import say

        self.rules_label.setText(self.tr("Rules %1").replace("%1", say(rules.label, self.language)))
        self._show_data_path(str(repository.database_path))
        for action in self._store_actions:
            action.setEnabled(True)
        self.reload_households()
        self.storeAttached.emit()
        self._tabs.start_catching_up()

    @property
    def language(self) -> Language:
        """The language of the core's words in the views and the PDFs (default: the GUI's)."""
        from hkpath_desktop.core.i18n import Language

        return Language(self._language)

    def _show_data_path(self, path: str) -> None:
        self.data_label.setText(self.tr("Data: %1").replace("%1", path))

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        """An action; ``setShortcuts``, as ``setShortcut`` builds all of Qt's enums (25 ms)."""
        action = QAction(text, self)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)] if shortcut else [])
        else:
            action.setShortcuts(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New household…"), QKeySequence.StandardKey.New, self.new_household
        )
        self.import_action = self._action(
            self.tr("&Import profile…"), QKeySequence.StandardKey.Open, self.import_profile
        )
        self.export_action = self._action(
            self.tr("&Export profile…"), "Ctrl+E", self.export_profile
        )
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        file_menu.addActions([self.new_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        self.report_action = self._action(
            self.tr("Export adviser &report (PDF)…"), "Ctrl+P", self.export_report
        )
        self.checklist_pdf_action = self._action(
            self.tr("Export &checklist (PDF)…"), "Ctrl+Shift+P", self.export_checklist
        )
        file_menu.addActions([self.report_action, self.checklist_pdf_action])
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up now"), "", self._back_up)
        self.restore_action = self._action(self.tr("&Restore from backup…"), "", self._restore)
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings
        )
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        household_menu = bar.addMenu(self.tr("H&ousehold"))
        self.edit_action = self._action(self.tr("&Edit answers…"), "Ctrl+I", self.edit_answers)
        self.rename_action = self._action(self.tr("&Rename…"), "F2", self.rename_household)
        self.delete_action = self._action(
            self.tr("&Delete…"), QKeySequence.StandardKey.Delete, self.delete_household
        )
        household_menu.addActions([self.edit_action, self.rename_action, self.delete_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.tr("&About HKPath Desktop"), QKeySequence.StandardKey.HelpContents, self.about
        )
        help_menu.addAction(self.about_action)
        self._household_actions = (
            self.edit_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
            self.report_action,
            self.checklist_pdf_action,
        )
        """Need a selected household (and the store)."""
        self._store_actions = (
            self.new_action,
            self.import_action,
            self.backup_action,
            self.restore_action,
            self.about_action,
        )
        """Need the store or the rules only: off until ``attach``."""
        for action in (*self._household_actions, *self._store_actions):
            action.setEnabled(False)

    # -- households ----------------------------------------------------------------------------

    def current_household(self) -> int | None:
        row = self.households.currentRow()
        return self._household_ids[row] if 0 <= row < len(self._household_ids) else None

    def reload_households(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_household()
        self.households.blockSignals(True)
        self.households.clear()
        self._household_ids = []
        for household_id, name in self._household_names():
            item = QListWidgetItem(name, self.households)
            self._household_ids.append(household_id)
            if household_id == keep:
                self.households.setCurrentItem(item)
        if self.households.currentItem() is None and self.households.count():
            self.households.setCurrentRow(0)
        self.households.blockSignals(False)
        self._selection_changed()

    def _household_names(self) -> list[tuple[int, str]]:
        if self._peek is not None:
            return [(h.id, h.name) for h in self._peek.households]
        return [(s.id, s.name) for s in self.repository.list_households()]

    def _selection_changed(self, *_args: object) -> None:
        household_id = self.current_household()
        for action in self._household_actions:
            action.setEnabled(self.is_attached and household_id is not None)
        self.refresh_views()
        self.currentHouseholdChanged.emit(-1 if household_id is None else household_id)

    # -- tabs --------------------------------------------------------------------------------

    @property
    def compare(self) -> CompareView:
        return cast("CompareView", self._tabs.view(COMPARE))

    @property
    def checklist(self) -> ChecklistView:
        return cast("ChecklistView", self._tabs.view(CHECKLIST))

    @property
    def timeline(self) -> TimelineView:
        return cast("TimelineView", self._tabs.view(TIMELINE))

    @property
    def residence(self) -> ResidenceView:
        return cast("ResidenceView", self._tabs.view(RESIDENCE))

    def tab_settled(self, index: int) -> bool:
        """Whether tab ``index`` shows the current household in full (tabs catch up in turns)."""
        return self._tabs.settled(index)

    def refresh_views(self, done: int | None = None) -> None:
        """Re-render the current household: the shown tab now, the others after (``done``: has)."""
        self._tabs.refresh_all(done)

    def event(self, event: QEvent) -> bool:
        """After the first paint, build the hidden tabs, one per event-loop turn."""
        if event.type() == QEvent.Type.Paint and not self._tabs.painted:
            self._tabs.painted = True
            self._tabs.start_catching_up()
            QTimer.singleShot(0, self, self.firstPainted.emit)
        return super().event(event)

    def household_changed(self, household_id: int, done: int | None = None) -> None:
        if household_id == self.current_household():
            self.refresh_views(done)

    # -- actions -------------------------------------------------------------------------------

    def new_household(self) -> None:
        from hkpath_desktop.ui import window_actions

        window_actions.new_household(self)

    def edit_answers(self) -> None:
        household_id = self.current_household()
        if household_id is None or not self.is_attached:
            return
        if self.wizard is not None:
            # Deleted when another replaces it, not as it closes: deleting its few hundred
            # widgets then held the loop just as the tabs caught up with its answers (ui_stall).
            self.wizard.close()
            self.wizard.deleteLater()
        from hkpath_desktop.ui.wizard.wizard import InterviewWizard

        self.wizard = InterviewWizard(self.repository, household_id, self.rules, self.today(), self)
        self.wizard.householdChanged.connect(self.household_changed)
        self.wizard.finished.connect(lambda _result: self.reload_households())
        self.wizard.currentIdChanged.connect(lambda _page: self._tabs.wizard_busy())
        self.wizard.show()
        self._tabs.wizard_busy()

    def rename_household(self) -> None:
        from hkpath_desktop.ui import window_actions

        window_actions.rename_household(self)

    def delete_household(self) -> None:
        from hkpath_desktop.ui import window_actions

        window_actions.delete_household(self)

    def import_profile(self) -> None:
        from hkpath_desktop.ui import window_actions

        window_actions.import_profile(self)

    def export_profile(self) -> None:
        from hkpath_desktop.ui import window_actions

        window_actions.export_profile(self)

    def export_report(self) -> ReportExport | None:
        from hkpath_desktop.ui import window_actions

        return window_actions.export_report(self)

    def export_checklist(self) -> ReportExport | None:
        from hkpath_desktop.ui import window_actions

        return window_actions.export_checklist(self)

    def _back_up(self) -> None:
        from hkpath_desktop.ui import recovery

        recovery.back_up_from_window(self)

    def _restore(self) -> None:
        from hkpath_desktop.ui import recovery

        recovery.restore_into_window(self)

    def open_settings(self) -> None:
        from hkpath_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(parent=self).exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About HKPath Desktop"), self.about_text())

    def about_text(self) -> str:
        from hkpath_desktop import __version__
        from hkpath_desktop.core.texts import say

        return (
            self.tr(
                "<p><b>HKPath Desktop</b> %1</p><p>Compares the five routes to residence in Hong "
                "Kong, offline. Not legal advice.</p><p>Rules: %2, dated %3.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", say(self.rules.label, self.language))
            .replace("%3", self.rules.released.isoformat())
        )

    # -- geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.sync()
        if self.wizard is not None:
            self.wizard.close()
        super().closeEvent(event)


def dispose(window: MainWindow) -> None:
    """Close and delete the window even when closing fails, so no widget outlives the data."""
    try:
        window.close()
    finally:
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
