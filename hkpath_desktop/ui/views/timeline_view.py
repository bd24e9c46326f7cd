"""The Timeline tab: the family's stays and deadlines as a chart, the list of what comes next,
the calendar export, and the stays themselves to add, edit and delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSaveFile, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.plan import PathwayPlan, build_plan, followed_pathway
from hkpath_desktop.core.residence import TripError
from hkpath_desktop.core.rules import RuleNotInForce, RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.timeline import EventKind, Timeline, build_timeline
from hkpath_desktop.ui import file_dialogs, theme
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.labels import said_error
from hkpath_desktop.ui.models.deadline_model import Column, DeadlineModel
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.stays_dialog import StaysDialog
from hkpath_desktop.ui.widgets import plan_status
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.timeline_canvas import TimelineCanvas

LEGEND = (
    EventKind.EXTENSION_WINDOW,
    EventKind.LIMIT_OF_STAY,
    EventKind.CIES_ANNIVERSARY,
    EventKind.FULFILLMENT_DUE,
    EventKind.CHILD_TURNS_ADULT,
    EventKind.TRAVEL_DOCUMENT,
    EventKind.SPONSOR_STAY_ENDS,
    EventKind.PR_ELIGIBLE,
)


class TimelineView(QWidget):
    """Shows ``build_timeline`` for one household; call ``show_household`` whenever it changes.

    The engine's sentences (labels, tooltips, the deadline list) are said in ``language``.
    The main window calls it only for the shown tab (``main_window.tabs``).
    """

    def __init__(
        self,
        rules: RulePack,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
        session: HouseholdSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules
        self.today = today
        self.language = language or Language(current_language())
        self.session = session
        """Where the stays are written (None: the view only shows)."""
        self.household: Household | None = None
        self.household_id: int | None = None
        self.stays_dialog: StaysDialog | None = None
        self.timeline: Timeline | None = None
        self.empty = QLabel(self)
        theme.style_label(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.add_stay_button = QPushButton(self.tr("&Add a stay…"), self)
        self.add_stay_button.clicked.connect(lambda: self.edit_stays(add=True))
        self.canvas = TimelineCanvas(self, language=self.language)
        self.model = DeadlineModel(self, language=self.language)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Upcoming deadlines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.content = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.status = QLabel(self)
        theme.style_label(self.status, "hint")
        self.status.setWordWrap(True)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._toolbar())
        column.addWidget(splitter, 1)
        column.addLayout(self._legend())
        column.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_stay_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.content, 1)
        self.show_household(None)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons = (
            (self.tr("Zoom out"), lambda: self.canvas.zoom_by(1 / self.canvas.ZOOM_STEP)),
            (self.tr("Zoom in"), lambda: self.canvas.zoom_by(self.canvas.ZOOM_STEP)),
            (self.tr("Whole period"), self.canvas.fit),
            (self.tr("Today"), lambda: self.canvas.centre_on(self.today())),
        )
        self.zoom_buttons: list[QPushButton] = []
        for text, slot in buttons:
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.zoom_buttons.append(button)
        hint = QLabel(self.tr("Ctrl+wheel zooms; drag or wheel to scroll"), self)
        theme.style_label(hint, "hint")
        hint.setWordWrap(True)  # two short lines where the row is narrow (1024 px)
        row.addWidget(hint, 1)
        row.addStretch(1)
        self.stays_button = QPushButton(self.tr("&Stays…"), self)
        self.stays_button.clicked.connect(lambda: self.edit_stays())
        row.addWidget(self.stays_button)
        self.export_button = QPushButton(self.tr("Export calendar (.ics)…"), self)
        self.export_button.clicked.connect(self.export_calendar)
        row.addWidget(self.export_button)
        return row

    def _legend(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        per_row = 4
        for i, kind in enumerate(LEGEND):
            icon = QLabel(self)
            icon.setPixmap(style.marker_icon(kind))
            row, col = divmod(i, per_row)
            grid.addWidget(icon, row, 2 * col)
            grid.addWidget(QLabel(style.kind_title(kind), self), row, 2 * col + 1)
        bars = QLabel(
            self.tr(
                "Solid bar: recorded stay · pale dashed bar: projected · purple dashed bar: "
                "top-tier alternative · shaded: a window to act in"
            ),
            self,
        )
        bars.setWordWrap(True)
        grid.addWidget(bars, grid.rowCount(), 0, 1, 2 * per_row)
        grid.setColumnStretch(2 * per_row - 1, 1)
        return grid

    def show_household(self, household: Household | None, household_id: int | None = None) -> None:
        """Rebuild the timeline for ``household`` (None: nothing chosen) and redraw.

        ``household_id`` is where its stays are written; without it they cannot be edited.
        """
        self.household = household
        self.household_id = household_id if household is not None else None
        self.timeline = None
        message = ""
        if household is None:
            message = self.tr("Choose or create a household to see its timeline.")
        elif not household.stays:
            message = self.tr(
                "No stays yet. Add each person's stay in Hong Kong (entry date, limit of stay, "
                "pathway) to see the extensions, deadlines and the seven-year date."
            )
        renewals: plan_status.Renewals = {}
        if household is not None and household.stays:
            try:
                self.timeline = build_timeline(household, self.rules, self.today())
                renewals = plan_status.of_renewals(self._followed_plan(household))
            except (TripError, RuleNotInForce) as exc:
                self.timeline = None
                message = self.tr("The timeline cannot be drawn: {reason}").format(
                    reason=said_error(exc, self.language)
                )
        today = self.today()
        self.canvas.set_timeline(self.timeline, today, renewals)
        self.model.set_timeline(self.timeline, today, renewals)
        self._fit_columns()
        self.empty.setText(message)
        self.empty.setVisible(self.timeline is None)
        editable = self.session is not None and self.household_id is not None
        self.add_stay_button.setVisible(
            editable and self.household is not None and not self.household.stays
        )
        self.stays_button.setVisible(editable)
        self.content.setVisible(self.timeline is not None)
        self.export_button.setEnabled(self.timeline is not None)
        self._share_height()
        if self.timeline is not None:
            self.status.setText(
                self.tr("Rule pack {version}. Hover over a bar or marker for details.").format(
                    version=say(self.rules.label, self.language)
                )
            )

    def _followed_plan(self, household: Household) -> PathwayPlan | None:
        """The seven-year plan of the route the household is on: its renewals' statuses."""
        pathway = followed_pathway(household)
        if pathway is None:
            return None
        (plan,) = build_plan(household, self.rules, self.today(), [pathway]).pathways
        return plan

    def _fit_columns(self) -> None:
        """Size the columns before Details to their widest cell and a space, once per timeline.

        Sizing to contents at every layout asked each cell its size many times; here each
        distinct text is measured once (a date by its length: digits are equally wide).
        """
        model, table = self.model, self.table
        space = table.fontMetrics().horizontalAdvance(" ")
        for column in (Column.DATE, Column.UNTIL, Column.WHO, Column.WHAT, Column.RENEWAL):
            rows: dict[object, int] = {}
            for row in range(model.rowCount()):
                text = str(model.data(model.index(row, column)))
                rows.setdefault(len(text) if column <= Column.UNTIL else text, row)
            cells = (table.sizeHintForIndex(model.index(r, column)).width() for r in rows.values())
            title = table.horizontalHeader().sectionSizeHint(column)
            table.setColumnWidth(column, max([title, *cells]) + space)

    def _share_height(self) -> None:
        """Give the chart the height of its lanes, and the list the rest."""
        if self.timeline is None:
            return
        self.canvas.setMaximumHeight(self.canvas.content_height())
        total = max(self.splitter.height(), 400)
        chart = min(self.canvas.content_height(), total * 2 // 3)
        self.splitter.setSizes([chart, total - chart])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_height()

    def _row_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.canvas.centre_on(self.model.event_at(rows[0].row()).date)

    def edit_stays(self, add: bool = False) -> StaysDialog | None:
        """Show the household's stays to add, edit and delete (``add``: a new one at once)."""
        if self.session is None or self.household_id is None:
            return None
        if self.stays_dialog is None or self.stays_dialog.household_id != self.household_id:
            if self.stays_dialog is not None:
                self.stays_dialog.close()
            self.stays_dialog = StaysDialog(self.session, self.household_id, self)
            self.stays_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.stays_dialog.destroyed.connect(self._stays_closed)
        self.stays_dialog.show()
        self.stays_dialog.raise_()
        if add:
            self.stays_dialog.add_stay()
        return self.stays_dialog

    def _stays_closed(self) -> None:
        self.stays_dialog = None

    def export_calendar(self) -> None:
        """Ask where, then write the .ics file."""
        if self.household is None or self.timeline is None:
            return
        suggested = f"{self.household.name or 'household'} deadlines.ics"
        answer = file_dialogs.save_file(
            self, self.tr("Export calendar"), suggested, self.tr("iCalendar files (*.ics)")
        )
        if answer is not None:
            self.export_to(answer[0])

    def export_to(self, path: Path) -> bool:
        """Write the calendar atomically (QSaveFile); says in the status line what happened.

        The calendar module (and the iCalendar library, a hundred modules) is imported on the
        first export, not when the tab is first shown.
        """
        if self.household is None or self.timeline is None:
            return False
        from hkpath_desktop.core.calendar_ics import reminder_days, to_ics

        data = to_ics(
            self.timeline,
            self.household.name,
            reminder_days(self.rules, self.timeline.on),
            language=self.language,
        )
        out = QSaveFile(str(path))
        ok = out.open(QSaveFile.OpenModeFlag.WriteOnly)
        ok = ok and out.write(data) == len(data)
        ok = ok and out.commit()
        if not ok:
            out.cancelWriting()
            self.status.setText(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=out.errorString()
                )
            )
            return False
        self.status.setText(
            self.tr("Calendar written to {path} ({count} events).").format(
                path=path, count=self.model.rowCount()
            )
        )
        return True
