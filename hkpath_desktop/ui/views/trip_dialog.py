"""Add or edit one trip of one member: two dates, checked before OK is allowed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.core.residence import validate_trips
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit


def _overlap(a: Trip, b: Trip) -> bool:
    """Same rule as ``validate_trips``: one starts before the other has come back."""
    a_first = (a.left, a.returned or date.max) <= (b.left, b.returned or date.max)
    earlier, later = (a, b) if a_first else (b, a)
    return earlier.returned is None or later.left < earlier.returned


class TripDialog(QDialog):
    """``trip()`` is the answer once accepted; OK stays disabled while a message shows."""

    def __init__(
        self,
        member: str,
        member_name: str,
        others: tuple[Trip, ...],
        today: date,
        trip: Trip | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._member = member
        self._others = tuple(t for t in others if t.member == member and t != trip)
        self._today = today
        title = self.tr("Edit trip of %1") if trip else self.tr("New trip of %1")
        self.setWindowTitle(title.replace("%1", member_name))
        self.left = OptionalDateEdit(self.tr("Day you left Hong Kong"), parent=self)
        self.returned = OptionalDateEdit(self.tr("Day you came back"), self.tr("Still away"), self)
        self.error = FieldError(self)
        self.hint = QLabel(self)
        theme.style_label(self.hint, "hint")
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Left Hong Kong on"), self.left)
        form.addRow(self.tr("Came back on"), self.returned)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        start = trip or Trip(member, today, today)
        self.left.setValue(start.left)
        self.returned.setValue(start.returned)
        for field in (self.left, self.returned):
            field.edited.connect(self._check)
            field.valueChanged.connect(self._check)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)
        self._check()

    def trip(self) -> Trip:
        """The trip as typed; only called once ``problem()`` is None (OK is enabled)."""
        left = self.left.value()
        assert left is not None
        return Trip(self._member, left, self.returned.value())

    def problem(self) -> str | None:
        """Why the trip cannot be saved, in plain words; ``None`` when it can."""
        if self.left.value() is None:
            return self.tr("Give the day you left Hong Kong.")
        trip = self.trip()
        if trip.returned is not None and trip.returned < trip.left:
            return self.tr("You came back before you left: check the two dates.")
        clash = next((o for o in self._others if _overlap(trip, o)), None)
        if clash is None and len(validate_trips([*self._others, trip])) > len(
            validate_trips(self._others)
        ):
            return self.tr("This trip overlaps another trip.")
        if clash is not None:
            back = clash.returned.isoformat() if clash.returned else self.tr("still away")
            text = self.tr("This trip overlaps the trip that left on %1 (back: %2).")
            return text.replace("%1", clash.left.isoformat()).replace("%2", back)
        return None

    def _check(self) -> None:
        typed = self.left.is_valid() and self.returned.is_valid()  # each field says what is wrong
        message = self.problem() if typed else None
        self.error.show_message(message)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(typed and message is None)
        planned = ok.isEnabled() and self.trip().left > self._today
        self.hint.setText(
            self.tr("A trip that has not begun yet is not counted until it does.")
            if planned
            else ""
        )
        self.hint.setVisible(planned)
