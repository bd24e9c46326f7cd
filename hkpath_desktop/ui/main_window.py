"""The main window: households on the left, the Compare / Checklist / Timeline / Residence tabs.

It changes households only through the repository and re-renders from the core afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from hkpath_desktop import __version__
from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.profile_fields import ProfileError
from hkpath_desktop.core.profile_io import dump_profile, load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import recovery
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.lazy_tabs import BackgroundImports, LazyTabs
from hkpath_desktop.ui.views.compare_view import CompareView

if TYPE_CHECKING:
    from hkpath_desktop.ui.report_export import ReportExport
    from hkpath_desktop.ui.views.checklist_view import ChecklistView
    from hkpath_desktop.ui.views.residence_view import ResidenceView
    from hkpath_desktop.ui.views.timeline_view import TimelineView
    from hkpath_desktop.ui.wizard.wizard import InterviewWizard

_ID_ROLE = Qt.ItemDataRole.UserRole
_COMPARE, _CHECKLIST, _TIMELINE, _RESIDENCE = range(4)
_MODULES = (
    "hkpath_desktop.ui.views.compare_view",
    "hkpath_desktop.ui.views.checklist_view",
    "hkpath_desktop.ui.views.timeline_view",
    "hkpath_desktop.ui.views.residence_view",
)
"""Each tab's module, by tab index."""
_WIZARD_MODULE = "hkpath_desktop.ui.wizard.wizard"
_IMPORT_POLL_MS = 20


class MainWindow(QMainWindow):
    """Signals:
    currentHouseholdChanged(int): another household was selected (-1: none).
    """

    currentHouseholdChanged = Signal(int)

    def __init__(
        self,
        repository: Repository,
        rules: RulePack,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.rules = rules
        self.today = today
        self.language = Language(language or current_language())
        """The language of the core's words in the views and the PDFs (default: the GUI's)."""
        self.wizard: InterviewWizard | None = None
        self.setWindowTitle(self.tr("HKPath Desktop"))
        self.households = QListWidget(self)
        self.households.setAccessibleName(self.tr("Households"))
        self.tabs = LazyTabs(self._built, self)
        for title in (
            self.tr("&Compare"),
            self.tr("C&hecklist"),
            self.tr("&Timeline"),
            self.tr("&Residence"),
        ):
            self.tabs.addTab(QWidget(self.tabs), title)
        self._views: dict[int, QWidget] = {}
        """The tabs built so far; the others hold an empty widget until first needed."""
        self._stale: set[int] = set()
        """Tabs that show an older state of the household; each catches up when shown."""
        self._painted = False
        self._imports = BackgroundImports((_WIZARD_MODULE, *_MODULES[1:]))
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.households)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 780])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Rules %1").replace("%1", rules.label), self)
        )
        self.data_label = QLabel(
            self.tr("Data: %1").replace("%1", str(repository.database_path)), self
        )
        self.statusBar().addWidget(self.data_label)
        self.households.currentItemChanged.connect(self._selection_changed)
        self.households.itemActivated.connect(lambda _item: self.edit_answers())
        self.tabs.currentChanged.connect(self._refresh)
        self.reload_households()
        self._restore_geometry()

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
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
        self.backup_action = self._action(
            self.tr("&Back up now"), "", lambda: recovery.back_up_from_window(self)
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), "", lambda: recovery.restore_into_window(self)
        )
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

    # -- households ----------------------------------------------------------------------------

    def current_household(self) -> int | None:
        item = self.households.currentItem()
        return None if item is None else int(item.data(_ID_ROLE))

    def reload_households(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_household()
        self.households.blockSignals(True)
        self.households.clear()
        for summary in self.repository.list_households():
            item = QListWidgetItem(summary.name, self.households)
            item.setData(_ID_ROLE, summary.id)
            if summary.id == keep:
                self.households.setCurrentItem(item)
        if self.households.currentItem() is None and self.households.count():
            self.households.setCurrentRow(0)
        self.households.blockSignals(False)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        household_id = self.current_household()
        for action in (
            self.edit_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
            self.report_action,
            self.checklist_pdf_action,
        ):
            action.setEnabled(household_id is not None)
        self.refresh_views()
        self.currentHouseholdChanged.emit(-1 if household_id is None else household_id)

    # -- tabs --------------------------------------------------------------------------------

    @property
    def compare(self) -> CompareView:
        return cast("CompareView", self._tab(_COMPARE))

    @property
    def checklist(self) -> ChecklistView:
        return cast("ChecklistView", self._tab(_CHECKLIST))

    @property
    def timeline(self) -> TimelineView:
        return cast("TimelineView", self._tab(_TIMELINE))

    @property
    def residence(self) -> ResidenceView:
        return cast("ResidenceView", self._tab(_RESIDENCE))

    def _tab(self, index: int) -> QWidget:
        """The tab's view, built and showing the current household."""
        self._built(index)
        self._refresh(index)
        return self._views[index]

    def _built(self, index: int) -> QWidget:
        """Build a tab's view on first need: its module is imported then, not at start-up."""
        view = self._views.get(index)
        if view is not None:
            return view
        view = self._make(index)
        self._views[index] = view
        placeholder, title = QTabWidget.widget(self.tabs, index), self.tabs.tabText(index)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()
        self._stale.add(index)
        return view

    def _make(self, index: int) -> QWidget:
        if index == _COMPARE:
            compare = CompareView(self.rules, self.today, self, language=self.language)
            compare.reportRequested.connect(self.export_report)
            return compare
        if index == _CHECKLIST:
            from hkpath_desktop.ui.views.checklist_view import ChecklistView

            checklist = ChecklistView(self.repository, self.rules, self.today, self)
            checklist.language = self.language
            checklist.householdChanged.connect(lambda h: self._household_changed(h, _CHECKLIST))
            checklist.reportRequested.connect(self.export_checklist)
            return checklist
        if index == _TIMELINE:
            from hkpath_desktop.ui.views.timeline_view import TimelineView

            return TimelineView(self.rules, self.today, self)
        from hkpath_desktop.ui.views.residence_view import ResidenceView

        residence = ResidenceView(self.repository, self.rules, self.today, self)
        residence.householdChanged.connect(lambda h: self._household_changed(h, _RESIDENCE))
        return residence

    def refresh_views(self, done: int | None = None) -> None:
        """The shown tab re-renders the current household now, the others one by one after.

        ``done`` (the tab that made the change) shows it already. Re-rendering all four tabs
        at once held the window for a fifth of a second (``benchmarks/run.py``, ui_stall), so
        each hidden tab catches up in an event-loop turn of its own, or when it is shown.
        """
        self._stale = set(range(self.tabs.count())) - {done}
        self._built(self.tabs.currentIndex())
        self._refresh(self.tabs.currentIndex())
        if self._painted:
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        """Build or re-render one hidden tab, then let the loop run before the next.

        A tab whose module the background import has not reached yet is built a little later.
        """
        for index in range(self.tabs.count()):
            if index not in self._views:
                if not self._imports.ready(_MODULES[index]):
                    QTimer.singleShot(_IMPORT_POLL_MS, self, self._catch_up)
                    return
                self._built(index)
            elif index in self._stale:
                self._refresh(index)
            else:
                continue
            QTimer.singleShot(0, self, self._catch_up)
            return

    def _refresh(self, index: int) -> None:
        view = self._views.get(index)
        if view is None or index not in self._stale:
            return
        self._stale.discard(index)
        household_id = self.current_household()
        if isinstance(view, CompareView):
            view.show_household(self._load(household_id))
        elif index == _TIMELINE:
            cast("TimelineView", view).show_household(self._load(household_id))
        else:
            cast("ChecklistView | ResidenceView", view).show_household(household_id)

    def _load(self, household_id: int | None) -> Household | None:
        return None if household_id is None else self.repository.load(household_id)

    def event(self, event: QEvent) -> bool:
        """After the first paint, build the hidden tabs, one per event-loop turn."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._imports.start()
            QTimer.singleShot(0, self, self._catch_up)
        return super().event(event)

    def _household_changed(self, household_id: int, done: int | None = None) -> None:
        if household_id == self.current_household():
            self.refresh_views(done)

    def new_household(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("New household"),
            self.tr("Name of the household:"),
            text=self.tr("My household"),
        )
        if not ok or not name.strip():
            return
        household_id = self.repository.create_household(name.strip())
        self.reload_households(select=household_id)
        self.edit_answers()

    def edit_answers(self) -> None:
        household_id = self.current_household()
        if household_id is None:
            return
        if self.wizard is not None:
            self.wizard.close()
        from hkpath_desktop.ui.wizard.wizard import InterviewWizard

        self.wizard = InterviewWizard(self.repository, household_id, self.rules, self.today(), self)
        self.wizard.householdChanged.connect(self._household_changed)
        self.wizard.finished.connect(lambda _result: self.reload_households())
        self.wizard.show()

    def rename_household(self) -> None:
        household_id = self.current_household()
        item = self.households.currentItem()
        if household_id is None or item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename household"), self.tr("New name:"), text=item.text()
        )
        if ok and name.strip():
            self.repository.rename(household_id, name.strip())
            self.reload_households(select=household_id)

    def delete_household(self) -> None:
        household_id = self.current_household()
        item = self.households.currentItem()
        if household_id is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete household"),
            self.tr('Delete "%1" and all its answers? This cannot be undone.').replace(
                "%1", item.text()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.repository.delete(household_id)
            self.reload_households()

    def import_profile(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import profile"), "", self.tr("Profile JSON (*.json);;All files (*)")
        )
        if not path:
            return
        try:
            household = load_profile_file(Path(path))
        except ProfileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot import this profile"),
                self.tr("Nothing was imported. The problem is at %1: %2")
                .replace("%1", exc.path)
                .replace("%2", exc.problem),
            )
            return
        self.reload_households(select=self.repository.add_household(household))

    def export_profile(self) -> None:
        household_id = self.current_household()
        if household_id is None:
            return
        household = self.repository.load(household_id)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export profile"),
            f"{household.name}.json",
            self.tr("Profile JSON (*.json)"),
        )
        if not path:
            return
        try:
            Path(path).write_text(dump_profile(household), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc.strerror or exc))

    def export_report(self) -> ReportExport | None:
        """The adviser's PDF, built in the background (report_export shows the progress)."""
        household_id = self.current_household()
        if household_id is None:
            return None
        from hkpath_desktop.ui import report_export

        return report_export.export_adviser_report(
            self,
            self.repository.load(household_id),
            self.rules,
            self.today(),
            language=self.language,
        )

    def export_checklist(self) -> ReportExport | None:
        """The checklist PDF of the route and stages the Checklist tab shows."""
        household_id = self.current_household()
        if household_id is None:
            return None
        from hkpath_desktop.ui import report_export

        pathway, stages = self.checklist.current_selection()
        return report_export.export_checklist(
            self,
            self.repository.load(household_id),
            self.rules,
            self.today(),
            pathway,
            stages,
            language=self.language,
        )

    def open_settings(self) -> None:
        from hkpath_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(parent=self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About HKPath Desktop"), self.about_text())

    def about_text(self) -> str:
        return (
            self.tr(
                "<p><b>HKPath Desktop</b> %1</p><p>Compares the five routes to residence in Hong "
                "Kong, offline. Not legal advice.</p><p>Rules: %2, dated %3.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.rules.label)
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
