"""The main window: households on the left, the Compare / Checklist / Timeline / Residence tabs.

It changes households only through the repository and re-renders from the core afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, Signal
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
from hkpath_desktop.core.profile_fields import ProfileError
from hkpath_desktop.core.profile_io import dump_profile, load_profile_file
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import recovery
from hkpath_desktop.ui.views.checklist_view import ChecklistView
from hkpath_desktop.ui.views.compare_view import CompareView
from hkpath_desktop.ui.views.residence_view import ResidenceView
from hkpath_desktop.ui.views.timeline_view import TimelineView
from hkpath_desktop.ui.wizard.wizard import InterviewWizard

if TYPE_CHECKING:
    from hkpath_desktop.ui.report_export import ReportExport

_ID_ROLE = Qt.ItemDataRole.UserRole


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
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.rules = rules
        self.today = today
        self.wizard: InterviewWizard | None = None
        self.setWindowTitle(self.tr("HKPath Desktop"))
        self.households = QListWidget(self)
        self.households.setAccessibleName(self.tr("Households"))
        self.compare = CompareView(rules, today, self)
        self.checklist = ChecklistView(repository, rules, today, self)
        self.timeline = TimelineView(rules, today, self)
        self.residence = ResidenceView(repository, rules, today, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.compare, self.tr("&Compare"))
        self.tabs.addTab(self.checklist, self.tr("C&hecklist"))
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.residence, self.tr("&Residence"))
        self.residence.householdChanged.connect(self._household_changed)
        self.checklist.householdChanged.connect(self._household_changed)
        self.compare.reportRequested.connect(self.export_report)
        self.checklist.reportRequested.connect(self.export_checklist)
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

    def refresh_views(self) -> None:
        """Every tab re-renders the current household from the store."""
        household_id = self.current_household()
        household = None if household_id is None else self.repository.load(household_id)
        self.compare.show_household(household)
        self.checklist.show_household(household_id)
        self.timeline.show_household(household)
        self.residence.show_household(household_id)

    def _household_changed(self, household_id: int) -> None:
        if household_id == self.current_household():
            self.refresh_views()

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
            self, self.repository.load(household_id), self.rules, self.today()
        )

    def export_checklist(self) -> ReportExport | None:
        """The checklist PDF of the route and stages the Checklist tab shows."""
        household_id = self.current_household()
        if household_id is None:
            return None
        from hkpath_desktop.ui import report_export

        pathway, stages = self.checklist.current_selection()
        return report_export.export_checklist(
            self, self.repository.load(household_id), self.rules, self.today(), pathway, stages
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
