"""Import trips from a CSV file: a preview of every row and its problems before anything is kept.

Import is enabled only when the whole file is good; the caller then stores all its trips in one
transaction. A file with any problem is never partly imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Member, Trip
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.trip_csv import COLUMNS, MAX_BYTES, RowError, TripImport, read_trips
from hkpath_desktop.ui import file_dialogs
from hkpath_desktop.ui.models.trip_import_model import Column, TripImportModel
from hkpath_desktop.ui.widgets.field_error import FieldError

SHOWN_ERRORS = 8
"""Problems listed in full above the table; the table has them all."""


class TripImportDialog(QDialog):
    """Choose a file, see its rows; ``trips()`` holds what to store once accepted.

    ``language`` is the language of the reader's problems (the core's sentences).
    """

    def __init__(
        self,
        members: Sequence[Member],
        existing: Sequence[Trip],
        parent: QWidget | None = None,
        *,
        language: Language = Language.EN,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Import trips from CSV"))
        self._members = tuple(members)
        self._existing = tuple(existing)
        self._reading: TripImport | None = None
        self.help = QLabel(self._help_text(), self)
        self.help.setWordWrap(True)
        self.file = QLabel(self.tr("No file chosen yet."), self)
        self.file.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose file…"), self)
        self.choose.clicked.connect(self._choose)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.file_error = FieldError(self)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"), self)
        self.only_problems.toggled.connect(self._fill)
        self.model = TripImportModel(self, language)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Rows of the file and their problems"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        width = self.fontMetrics().horizontalAdvance
        for column, sample in (
            (Column.ROW, "Row 000"),
            (Column.MEMBER, "M" * 12),
            (Column.LEFT, "2026-00-00 00"),
            (Column.RETURNED, "2026-00-00 00"),
        ):
            header.resizeSection(column, width(sample))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.file_error)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(width("M") * 80, self.fontMetrics().height() * 34)
        self.show_reading(None)

    def _help_text(self) -> str:
        text = self.tr(
            "The first row must name the columns %1. Member: an id (m1) or a name as in the "
            "household. Dates as YYYY-MM-DD; leave 'returned' empty while still away. UTF-8, "
            "separated by commas or semicolons."
        )
        return text.replace("%1", ", ".join(COLUMNS))

    def reading(self) -> TripImport | None:
        return self._reading

    def trips(self) -> tuple[Trip, ...]:
        """The trips to store: all of the file, or none when anything is wrong."""
        return () if self._reading is None else self._reading.trips

    def load_file(self, path: Path) -> None:
        """Read ``path`` (no more than the size limit, so a huge file is refused at once)."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            self.file.setText(str(path))
            self.show_reading(TripImport((), (RowError(0, None, exc.strerror or str(exc)),)))
            return
        self.file.setText(self.tr("File: %1").replace("%1", str(path)))
        self.show_reading(read_trips(data, self._members, self._existing))

    def _choose(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Choose a CSV file of trips"), self.tr("CSV files (*.csv *.txt)")
        )
        if path is not None:
            self.load_file(path)

    def show_reading(self, reading: TripImport | None) -> None:
        """Show what a reading of a file found (``None``: no file yet)."""
        self._reading = reading
        self._fill()
        if reading is None:
            self.summary.setText("")
            self.file_error.show_message(None)
        elif reading.ok:
            count = len(reading.trips)
            text = self.tr("%1 trips are ready to import.") if count else self.tr("No trips found.")
            self.summary.setText(text.replace("%1", str(count)))
            self.file_error.show_message(None)
        else:
            bad = len({e.row for e in reading.errors})
            text = self.tr(
                "Rows with a problem: %1 of %2. Nothing will be imported: correct the file "
                "and choose it again."
            )
            total = str(len(reading.rows))
            self.summary.setText(text.replace("%1", str(bad)).replace("%2", total))
            self.file_error.show_message(self._error_list(reading))
        self.import_button.setEnabled(bool(self.trips()))

    def _error_list(self, reading: TripImport) -> str:
        """The first problems in full, each with its row and column."""
        errors = reading.errors
        lines = [self._error_text(e) for e in errors[:SHOWN_ERRORS]]
        if len(errors) > SHOWN_ERRORS:
            more = self.tr("… and %1 more: tick “Show only rows with problems” to see them.")
            lines.append(more.replace("%1", str(len(errors) - SHOWN_ERRORS)))
        return "\n".join(lines)

    def _error_text(self, error: RowError) -> str:
        """Where the problem is (row, column or the whole file) and the reader's words for it."""
        if not error.row:
            where = self.tr("file")
        elif error.column:
            where = self.tr("row %1, column %2").replace("%1", str(error.row))
            where = where.replace("%2", error.column)
        else:
            where = self.tr("row %1").replace("%1", str(error.row))
        said = say(error.message, self.language)
        return self.tr("%1: %2").replace("%1", where).replace("%2", said)

    def _fill(self) -> None:
        rows = () if self._reading is None else self._reading.rows
        if self.only_problems.isChecked():
            rows = tuple(r for r in rows if r.errors)
        self.model.set_rows(rows, {m.id: m.display_name for m in self._members})
