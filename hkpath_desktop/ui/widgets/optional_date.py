"""A date with a calendar popup and an "I don't know" box, whose value is ``date | None``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    """A calendar-popup date edit plus a check box that turns the answer into "unknown".

    Signals:
        valueChanged(): the date or the "don't know" state changed; read ``value()``.
    """

    valueChanged = Signal()

    def __init__(
        self,
        accessible_name: str,
        unknown_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setDate(QDate.currentDate())
        self.edit.setAccessibleName(accessible_name)
        self.unknown = QCheckBox(unknown_label or self.tr("I don't know"), self)
        self.unknown.setAccessibleName(f"{accessible_name}: {self.unknown.text()}")
        layout.addWidget(self.edit)
        layout.addWidget(self.unknown)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.unknown.setChecked(True)
        self.edit.setEnabled(False)
        self.edit.dateChanged.connect(self._emit)
        self.unknown.toggled.connect(self._on_unknown)

    def value(self) -> date | None:
        if self.unknown.isChecked():
            return None
        value = self.edit.date().toPython()
        assert isinstance(value, date)
        return value

    def setValue(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.unknown.setChecked(value is None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit, self.unknown]

    def _on_unknown(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self._emit()

    def _emit(self, *_args: object) -> None:
        self.valueChanged.emit()
