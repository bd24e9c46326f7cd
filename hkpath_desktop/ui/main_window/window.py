"""The main window: households on the left, the Compare / Checklist / Timeline / Residence / Plan
tabs.

It changes households only through its ``HouseholdSession`` and re-renders from the core
whenever the session says a household changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.main_window import actions, backup_menu, rule_pack_menu
from hkpath_desktop.ui.main_window.first_run import FirstRun
from hkpath_desktop.ui.main_window.tabs import (
    CHECKLIST,
    COMPARE,
    PLAN,
    RESIDENCE,
    TIMELINE,
    WindowTabs,
)
from hkpath_desktop.ui.session import HouseholdSession

if TYPE_CHECKING:
    from hkpath_desktop.core.facts import Household
    from hkpath_desktop.ui.report_export import ReportExport
    from hkpath_desktop.ui.views.checklist_view import ChecklistView
    from hkpath_desktop.ui.views.compare_view import CompareView
    from hkpath_desktop.ui.views.plan_view import PlanView
    from hkpath_desktop.ui.views.residence_view import ResidenceView
    from hkpath_desktop.ui.views.timeline_view import TimelineView
    from hkpath_desktop.ui.wizard.wizard import InterviewWizard


class _ShowsHousehold(Protocol):
    """The Compare and Plan views: they render a loaded household."""

    def show_household(self, household: Household | None) -> None: ...


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
        self.session = HouseholdSession(repository, self)
        self.session.changed.connect(self._household_written)
        self.rules = rules
        self.today = today
        self._language = language or current_language()
        self.wizard: InterviewWizard | None = None
        self._reading = 0
        """Goes up when the file is read afresh (``reload_households``): every tab is stale."""
        self._household: tuple[tuple[int, int, int], Household] | None = None
        """The current household as read for ``_shown()``: read once, shown by all tabs."""
        self.setWindowTitle(self.tr("HKPath Desktop"))
        self.households = QListWidget(self)
        self.households.setAccessibleName(self.tr("Households"))
        self._household_ids: list[int] = []
        """The id of each row of ``households``."""
        titles = (self.tr("&Compare"), self.tr("Chec&klist"), self.tr("&Timeline"))
        self.tabs = WindowTabs(
            (*titles, self.tr("&Residence"), self.tr("Se&ven-year plan")),
            self._make,
            self._render,
            self._shown,
            self,
        )
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.households)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 780])
        self.first_run = FirstRun(self)
        self.first_run.createRequested.connect(self.new_household)
        self.first_run.demoRequested.connect(lambda: actions.add_demo_household(self))
        self.first_run.importRequested.connect(self.import_profile)
        self.pages = QStackedWidget(self)
        welcome = QWidget(self.pages)
        centred = QHBoxLayout(welcome)
        centred.addWidget(self.first_run)
        self.pages.addWidget(welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.rules_label = QLabel(self._rules_text())
        self.statusBar().addPermanentWidget(self.rules_label)
        self.data_label = QLabel(self.tr("Data: %1").replace("%1", str(repository.database_path)))
        self.statusBar().addWidget(self.data_label)
        self.households.currentItemChanged.connect(self._selection_changed)
        self.households.itemActivated.connect(lambda _item: self.edit_answers())
        self._restore_geometry()
        self.reload_households()

    @property
    def language(self) -> Language:
        """The language of the core's words in the views and the PDFs (default: the GUI's)."""
        return Language(self._language)

    @property
    def dialog_parent(self) -> QWidget:
        """The window the actions' dialogs belong to."""
        return self

    def checklist_selection(self) -> tuple[str, tuple[str, ...]]:
        """The route and the stages the Checklist tab shows, for its PDF."""
        return self.checklist.current_selection()

    # -- menus -------------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
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
        self.restore_action = self._action(self.tr("Res&tore from backup…"), "", self._restore)
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        self.rule_pack_action = self._action(
            self.tr("Import r&ule pack…"), "", self.import_rule_pack
        )
        file_menu.addAction(self.rule_pack_action)
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
        household_menu.addAction(self.new_action)
        household_menu.addSeparator()
        household_menu.addActions([self.edit_action, self.rename_action, self.delete_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&Guide"), QKeySequence.StandardKey.HelpContents, self.show_guide
        )
        self.about_action = self._action(self.tr("&About HKPath Desktop"), "", self.about)
        help_menu.addActions([self.guide_action, self.about_action])
        self._household_actions = (
            self.edit_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
            self.report_action,
            self.checklist_pdf_action,
        )
        """Need a selected household."""

    # -- households ----------------------------------------------------------------------------

    def current_household(self) -> int | None:
        row = self.households.currentRow()
        return self._household_ids[row] if 0 <= row < len(self._household_ids) else None

    def reload_households(self, select: int | None = None) -> None:
        """Read the list and the current household afresh (``select``: make it current)."""
        self._reading += 1
        self.session.forget()
        self._fill_list(select if select is not None else self.current_household())

    def _fill_list(self, keep: int | None) -> None:
        self.households.blockSignals(True)
        self.households.clear()
        self._household_ids = []
        for summary in self.repository.list_households():
            item = QListWidgetItem(summary.name, self.households)
            self._household_ids.append(summary.id)
            if summary.id == keep:
                self.households.setCurrentItem(item)
        if self.households.currentItem() is None and self.households.count():
            self.households.setCurrentRow(0)
        self.households.blockSignals(False)
        self.pages.setCurrentIndex(1 if self.households.count() else 0)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        household_id = self.current_household()
        for action in self._household_actions:
            action.setEnabled(household_id is not None)
        self.tabs.changed()
        self.currentHouseholdChanged.emit(-1 if household_id is None else household_id)

    # -- tabs --------------------------------------------------------------------------------

    @property
    def compare(self) -> CompareView:
        return cast("CompareView", self.tabs.view(COMPARE))

    @property
    def checklist(self) -> ChecklistView:
        return cast("ChecklistView", self.tabs.view(CHECKLIST))

    @property
    def timeline(self) -> TimelineView:
        return cast("TimelineView", self.tabs.view(TIMELINE))

    @property
    def residence(self) -> ResidenceView:
        return cast("ResidenceView", self.tabs.view(RESIDENCE))

    @property
    def plan(self) -> PlanView:
        return cast("PlanView", self.tabs.view(PLAN))

    def tab_settled(self, index: int) -> bool:
        """Whether tab ``index`` is built and shows the current household at its revision."""
        return self.tabs.is_current(index)

    def _household_written(self, household_id: int, _revision: int) -> None:
        """A write was committed: the list shows the names, the shown tab the new revision."""
        self._fill_list(self.current_household())
        self.tabs.changed()

    def _shown(self) -> tuple[int, int, int] | None:
        """What the tabs should show: the current household at its revision, as last read."""
        household_id = self.current_household()
        if household_id is None:
            return None
        return (self._reading, household_id, self.session.revision(household_id))

    def _current(self) -> Household | None:
        shown = self._shown()
        if shown is None:
            return None
        if self._household is None or self._household[0] != shown:
            self._household = (shown, self.session.load(shown[1]))
        return self._household[1]

    def _make(self, index: int) -> QWidget:
        """Build a tab's view; its module is imported when the tab is first shown."""
        if index == COMPARE:
            from hkpath_desktop.ui.views.compare_view import CompareView

            compare = CompareView(self.rules, self.today, self, language=self.language)
            compare.reportRequested.connect(self.export_report)
            return compare
        if index == CHECKLIST:
            from hkpath_desktop.ui.views.checklist_view import ChecklistView

            checklist = ChecklistView(self.session, self.rules, self.today, self)
            checklist.language = self.language
            checklist.reportRequested.connect(self.export_checklist)
            return checklist
        if index == TIMELINE:
            from hkpath_desktop.ui.views.timeline_view import TimelineView

            return TimelineView(
                self.rules, self.today, self, language=self.language, session=self.session
            )
        if index == PLAN:
            from hkpath_desktop.ui.views.plan_view import PlanView

            return PlanView(self.rules, self.today, self, language=self.language)
        from hkpath_desktop.ui.views.residence_view import ResidenceView

        return ResidenceView(self.session, self.rules, self.today, self, language=self.language)

    def _render(self, index: int, view: QWidget) -> None:
        household = self._current()
        if index in (COMPARE, PLAN):
            cast("_ShowsHousehold", view).show_household(household)
        elif index == TIMELINE:
            cast("TimelineView", view).show_household(household, self.current_household())
        else:
            view = cast("ChecklistView | ResidenceView", view)
            view.show_household(self.current_household(), household)

    # -- actions -------------------------------------------------------------------------------

    def new_household(self) -> None:
        actions.new_household(self)

    def edit_answers(self) -> None:
        household_id = self.current_household()
        if household_id is None:
            return
        if self.wizard is not None:
            self.wizard.close()
            self.wizard.deleteLater()
        from hkpath_desktop.ui.wizard.wizard import InterviewWizard

        self.wizard = InterviewWizard(self.session, household_id, self.rules, self.today(), self)
        self.wizard.show()

    def rename_household(self) -> None:
        actions.rename_household(self)

    def delete_household(self) -> None:
        actions.delete_household(self)

    def import_profile(self) -> None:
        actions.import_profile(self)

    def export_profile(self) -> None:
        actions.export_profile(self)

    def import_rule_pack(self) -> RulePack | None:
        return rule_pack_menu.import_rule_pack(self)

    def use_rules(self, rules: RulePack) -> None:
        """Go on with another rule pack: the status bar says it, every tab is built anew."""
        self.rules = rules
        self.rules_label.setText(self._rules_text())
        self.tabs.rebuild()

    def _rules_text(self) -> str:
        return self.tr("Rules %1").replace("%1", say(self.rules.label, self.language))

    def export_report(self) -> ReportExport | None:
        return actions.export_report(self)

    def export_checklist(self) -> ReportExport | None:
        return actions.export_checklist(self)

    def _back_up(self) -> None:
        backup_menu.back_up(self)

    def _restore(self) -> None:
        backup_menu.restore(self)

    def open_settings(self) -> None:
        from hkpath_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(parent=self).exec()

    def show_guide(self) -> None:
        """The guide beside the window (not modal: it is read while the window is used)."""
        from hkpath_desktop.ui.guide import GuideDialog

        guide = self.findChild(GuideDialog) or GuideDialog(self._language, self)
        guide.show()
        guide.raise_()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About HKPath Desktop"), self.about_text())

    def about_text(self) -> str:
        from hkpath_desktop import __version__

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
            self._fit_to_screen()
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _fit_to_screen(self) -> None:
        """The first size: 1100 × 720, or the whole screen where it is smaller (1024 × 700)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(720, screen.height()))

    def save_typed(self) -> None:
        """Store the answers typed in the interview and wait until they are written (the
        session is ending)."""
        if self.wizard is not None:
            self.wizard.save_typed()
        self.session.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.sync()
        if self.wizard is not None:
            self.wizard.close()
        self.session.wait()
        super().closeEvent(event)


def dispose(window: MainWindow) -> None:
    """Close and delete the window even when closing fails, so no widget outlives the data."""
    try:
        window.close()
    finally:
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
