"""The Residence tab: one member's trips out of Hong Kong, their days away, and what they mean.

Every change is a write of the household session (add, edit, delete, a whole CSV import in one
transaction, each off the UI thread); the window shows the tab again once it is committed, and
the tab re-counts with ``core.residence``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Household, Trip
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.private_file import write_private
from hkpath_desktop.core.residence import ResidenceLog, TripError, residence_log, validate_trips
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.trip_csv import write_trips
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui import file_dialogs, labels, theme
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.models.trips_model import Column, TripsModel
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.trip_dialog import TripDialog
from hkpath_desktop.ui.views.trip_import_dialog import TripImportDialog
from hkpath_desktop.ui.widgets.days_away_chart import DaysAwayChart
from hkpath_desktop.ui.widgets.field_error import FieldError


class _ChangedMeanwhile(Exception):
    """The recorded trips changed since the import's preview, and now overlap the file's."""


class ResidenceView(QWidget):
    """Trips per member, days outside per year and per rolling twelve months.

    ``language`` is the language of the core's sentences (default: the GUI's).
    """

    def __init__(
        self,
        session: HouseholdSession,
        rules: RulePack,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language or Language(current_language())
        self.session = session
        self.rules = rules
        self.today = today
        self.household_id: int | None = None
        self.household: Household | None = None
        self.dialog: TripDialog | TripImportDialog | None = None
        self._saving = False
        self.busy = QLabel(self)
        theme.style_label(self.busy, "hint")
        self.busy.hide()
        self.empty = QLabel(self.tr("Choose or create a household to keep its trips."), self)
        theme.style_label(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Family member"))
        self.member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = QPushButton(self.tr("&Add trip…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.import_button = QPushButton(self.tr("&Import CSV…"), self)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.message = FieldError(self)
        self.model = TripsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Trips out of Hong Kong"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.chart = DaysAwayChart(self)
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Days outside Hong Kong: summary"))
        self.summary.setOpenLinks(False)
        self.body = self._layout()
        self.member.currentIndexChanged.connect(self._render)
        self.table.doubleClicked.connect(lambda _index: self.edit_trip())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(lambda: self.add_trip())
        self.edit_button.clicked.connect(lambda: self.edit_trip())
        self.delete_button.clicked.connect(self.delete_trip)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(self.export_csv)
        self.show_household(None)

    def _layout(self) -> QWidget:
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Member:"), self))
        tools.addWidget(self.member)
        tools.addStretch(1)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            tools.addWidget(button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        left.addWidget(self.chart)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.summary)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        em = self.fontMetrics().horizontalAdvance("M")
        split.setSizes([48 * em, 34 * em])
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(tools)
        inner.addWidget(self.message)
        inner.addWidget(self.busy)
        inner.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(body, 1)
        return body

    # -- showing -----------------------------------------------------------------------------

    def show_household(self, household_id: int | None, household: Household | None = None) -> None:
        """Re-render the household; keeps the chosen member when it still exists.

        ``household`` is the household as the caller has just read it; without it, it is read.
        """
        self.household_id = household_id
        if household_id is None:
            self.household = None
        else:
            self.household = household or self.session.load(household_id)
        chosen = self.member_id()
        self.member.blockSignals(True)
        self.member.clear()
        for m in self.household.members if self.household else ():
            self.member.addItem(m.display_name or m.id, m.id)
        found = self.member.findData(chosen)
        self.member.setCurrentIndex(max(found, 0))
        self.member.blockSignals(False)
        self.empty.setVisible(self.household is None)
        self.body.setVisible(self.household is not None)
        self.message.show_message(None)
        self._render()

    def member_id(self) -> str | None:
        value = self.member.currentData()
        return value if isinstance(value, str) else None

    def member_trips(self) -> tuple[Trip, ...]:
        member = self.member_id()
        trips = self.household.trips if self.household else ()
        return tuple(t for t in trips if t.member == member)

    def selected_trip(self) -> Trip | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.trip(rows[0].row()) if rows else None

    def _render(self, *_args: object) -> None:
        member, trips = self.member_id(), self.member_trips()
        log: ResidenceLog | None = None
        problem = None
        if member is not None:
            try:
                log = residence_log(trips, member, self.rules, self.today())
            except TripError as exc:
                problem = labels.said_error(exc, self.language)
        if log is None:
            self.model.set_trips(trips)
            self.chart.set_years(())
        else:
            self.model.set_trips(trips, log.absences, log.flag_months)
            self.chart.set_years(log.days_by_year)
        self.summary.setHtml(self.summary_html(log, problem))
        self._selection_changed()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        selected = self.selected_trip() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        has_member = self.member_id() is not None
        for button in (self.add_button, self.import_button, self.export_button):
            button.setEnabled(has_member)

    def summary_html(self, log: ResidenceLog | None, problem: str | None = None) -> str:
        """The counts of one member in words, and what they do and do not mean."""
        parts: list[str] = []
        if problem:
            colour = theme.colour("error").name()
            intro = escape(self.tr("These trips cannot be counted until they are corrected:"))
            parts.append(f"<p style='color:{colour}'><b>{intro}</b> {escape(problem)}</p>")
        if log is not None:
            name = self.member.currentText()
            title = self.tr("%1 — as of %2").replace("%1", name).replace("%2", log.on.isoformat())
            parts.append(f"<h3>{escape(title)}</h3>")
            parts.append(
                "<p>"
                + escape(self.tr("Last twelve months: %1 days outside")).replace(
                    "%1", f"<b>{log.last_12_months}</b>"
                )
                + "<br>"
                + self._busiest_text(log)
                + "</p>"
            )
            if log.days_by_year:
                cells = "".join(
                    f"<tr><td>{y}</td><td align='right'>{d}</td></tr>" for y, d in log.days_by_year
                )
                year, days = escape(self.tr("Year")), escape(self.tr("Days outside"))
                head = f"<tr><th align='left'>{year}</th>"
                head += f"<th align='right'>&nbsp;&nbsp;{days}</th></tr>"
                parts.append(f"<table cellpadding='2'>{head}{cells}</table>")
            parts.append(self._long_html(log))
            meaning = escape(self.tr("What these numbers mean"))
            parts.append(f"<h4>{meaning}</h4><ul>")
            parts.extend(f"<li>{escape(say(line, self.language))}</li>" for line in log.explanation)
            convention = self.tr(
                "A day counts as outside when you spent all of it away: the days you leave "
                "and come back are days in Hong Kong."
            )
            parts.append(f"<li>{escape(convention)}</li></ul>")
        return "".join(parts)

    def _busiest_text(self, log: ResidenceLog) -> str:
        end = log.busiest_12_months_end
        if end is None:
            return escape(self.tr("Busiest twelve months: none"))
        text = escape(self.tr("Busiest twelve months: %1 days outside, ending %2"))
        return text.replace("%1", f"<b>{log.busiest_12_months}</b>").replace("%2", end.isoformat())

    def _long_html(self, log: ResidenceLog) -> str:
        heading = self.tr("Absences longer than %1 months").replace("%1", str(log.flag_months))
        if not log.long_absences:
            none = escape(self.tr("None."))
            return f"<h4>{escape(heading)}</h4><p>{none}</p>"
        colour = theme.colour("incomplete").name()
        items = []
        for a in log.long_absences:
            back = a.returned.isoformat() if a.returned else self.tr("still away")
            text = (
                self.tr("Left %1, back %2: %3 days. The PR form asks for the reason.")
                .replace("%1", a.left.isoformat())
                .replace("%2", back)
                .replace("%3", str(a.days_outside))
            )
            items.append(f"<li style='color:{colour}'>{escape(text)}</li>")
        return f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>"

    # -- changing ----------------------------------------------------------------------------

    def add_trip(self) -> TripDialog | None:
        return self._open_trip_dialog(None)

    def edit_trip(self) -> TripDialog | None:
        trip = self.selected_trip()
        return None if trip is None else self._open_trip_dialog(trip)

    def _open_trip_dialog(self, trip: Trip | None) -> TripDialog | None:
        member = self.member_id()
        if member is None:
            return None
        dialog = TripDialog(
            member, self.member.currentText(), self.member_trips(), self.today(), trip, self
        )
        dialog.accepted.connect(lambda: self._save(trip, dialog.trip()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, old: Trip | None, new: Trip) -> None:
        if old is None:
            self._change(lambda r, h: r.add_trip(h, new), new)
        else:
            self._change(lambda r, h: r.replace_trip(h, old, new), new)

    def delete_trip(self) -> None:
        trip = self.selected_trip()
        if trip is None:
            return
        back = trip.returned.isoformat() if trip.returned else self.tr("still away")
        question = (
            self.tr("Delete the trip that left on %1 (back: %2)?")
            .replace("%1", trip.left.isoformat())
            .replace("%2", back)
        )
        answer = QMessageBox.question(self, self.tr("Delete trip"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._change(lambda r, h: r.remove_trip(h, trip), None)

    def _change(self, write: Callable[[Repository, int], None], select: Trip | None) -> None:
        household_id = self.household_id
        if household_id is None:
            return

        def done(_result: None) -> None:
            if household_id == self.household_id and select in self.model.trips():
                self.table.selectRow(self.model.row_of(select))

        self.session.write(
            household_id, lambda repository: write(repository, household_id), done, self._refused
        )

    def _refused(self, error: Exception) -> None:
        self.message.show_message(self.tr("Not saved: %1").replace("%1", str(error)))

    def import_csv(self, path: Path | None = None) -> TripImportDialog | None:
        """Open the preview; with ``path`` it is read at once, else the user chooses a file."""
        if self.household is None:
            return None
        dialog = TripImportDialog(
            self.household.members, self.household.trips, self, language=self.language
        )
        dialog.accepted.connect(lambda: self._store_import(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        if path is not None:
            dialog.load_file(path)
        else:
            dialog.choose.click()
        return dialog

    def _store_import(self, dialog: TripImportDialog) -> None:
        """Store the file's trips with the recorded ones in one transaction, off the UI thread.

        The recorded trips are read inside the write: trips added meanwhile that overlap the
        file's refuse the import rather than being overwritten.
        """
        household_id, new = self.household_id, dialog.trips()
        if household_id is None or not new or self._saving:
            return

        def store(repository: Repository) -> None:
            current = repository.load(household_id).trips
            if len(validate_trips([*current, *new])) > len(validate_trips(current)):
                raise _ChangedMeanwhile
            repository.set_trips(household_id, (*current, *new))

        self._saving = True
        self.body.setEnabled(False)
        self.busy.setText(self.tr("Saving %1 trips…").replace("%1", str(len(new))))
        self.busy.show()
        self.session.write(household_id, store, self._end_saving, self._import_refused)

    def _import_refused(self, error: Exception) -> None:
        self._end_saving(None)
        if isinstance(error, _ChangedMeanwhile):
            self.message.show_message(
                self.tr("Not saved: the trips changed meanwhile; import the file again.")
            )
        else:
            self._refused(error)

    def _end_saving(self, _result: None) -> None:
        self._saving = False
        self.body.setEnabled(True)
        self.busy.hide()

    def export_csv(self) -> None:
        if self.household is None:
            return
        answer = file_dialogs.save_file(
            self, self.tr("Export trips as CSV"), "trips.csv", self.tr("CSV files (*.csv)")
        )
        if answer is not None:
            self.write_csv(answer[0])

    def write_csv(self, path: Path) -> None:
        """Every member's trips, in the format the import reads."""
        trips = self.household.trips if self.household else ()
        try:
            write_private(path, write_trips(trips))
        except OSError as exc:
            self.message.show_message(self.tr("Not exported: %1").replace("%1", str(exc)))
