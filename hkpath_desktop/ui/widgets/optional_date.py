"""A date typed as people type it, or picked from a calendar; empty means "not answered".

A spin-box date edit starts at a date nobody gave (today) and, typed over, keeps parts of the
old date (Ctrl+A and 1991-03-14 once gave 2026-03-14). This field is plain text read by
``typed_date.read_date``: the date it understood is written out beside it in words, and text
that is not a date gets a message below it while the last date given stays the answer, so
nothing changes without the user seeing it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from hkpath_desktop.ui import i18n, theme
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.typed_date import EARLIEST, LATEST, Problem, Refusal, read_date

_LOCALES = {
    i18n.ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    i18n.HONG_KONG: QLocale(
        QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.HongKong
    ),
    i18n.SIMPLIFIED: QLocale(
        QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China
    ),
}


_WHILE_TYPING = (Problem.FORM, Problem.SHORT_YEAR)
"""Refusals that half-typed text also gets (1991-0, 14/03/19): said when the field is left."""


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class OptionalDateEdit(QWidget):
    """A date field whose value is ``date | None``, with an optional "unknown" check box.

    ``unknown_label`` adds a check box for an answer that is known to have no date (a trip
    whose traveller is "Still away"); without it an empty field is the "not answered" answer.

    Signals:
        valueChanged(): the answer changed; read ``value()``.
        edited(): the text changed, whether or not it is a date yet; read ``is_valid()``.
    """

    valueChanged = Signal()
    edited = Signal()

    def __init__(
        self,
        accessible_name: str,
        unknown_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self._language = i18n.current_language()
        self._locale = _LOCALES.get(self._language, _LOCALES[i18n.ENGLISH])
        self._value: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("e.g. 14/03/1991"))
        self.edit.setToolTip(
            self.tr(
                "Not answered yet. Type a date such as 14/03/1991 or 1991-03-14, or pick one "
                "from the calendar."
            )
        )
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("M") * 9)
        self.picker = QToolButton(self)
        self.picker.setText(self.tr("Calendar"))
        pick = self.tr("Pick %1 from a calendar")
        self.picker.setAccessibleName(pick.replace("%1", accessible_name))
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setMenu(self._calendar_menu())
        self.reading = QLabel(self)
        theme.style_label(self.reading, "hint")
        self.error = FieldError(self)
        self.error.setWordWrap(False)  # one short line: a wrapped label in a form row is clipped
        self.unknown: QCheckBox | None = None
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.picker, 0, 1)
        column = 2
        if unknown_label is not None:
            self.unknown = QCheckBox(unknown_label, self)
            self.unknown.setAccessibleName(f"{accessible_name}: {unknown_label}")
            self.unknown.toggled.connect(self._on_unknown)
            layout.addWidget(self.unknown, 0, column)
            column += 1
        layout.addWidget(self.reading, 0, column)
        layout.setColumnStretch(column, 1)
        layout.addWidget(self.error, 1, 0, 1, column + 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)
        self.edit.editingFinished.connect(self._explain)

    def value(self) -> date | None:
        """The answer: the date last given in full, or None (not answered / unknown)."""
        if self.unknown is not None and self.unknown.isChecked():
            return None
        return self._value

    def setValue(self, value: date | None) -> None:
        self.edit.setText("" if value is None else value.isoformat())
        if self.unknown is not None:
            self.unknown.setChecked(value is None)

    def is_valid(self) -> bool:
        """False while the text is not a date (the message below says why)."""
        if self.unknown is not None and self.unknown.isChecked():
            return True
        return not isinstance(read_date(self.edit.text(), self._day_first()), Refusal)

    def problem(self) -> str | None:
        """Why the text is not a date, in the window's language; None when it is one."""
        if self.unknown is not None and self.unknown.isChecked():
            return None
        result = read_date(self.edit.text(), self._day_first())
        return self._message(result) if isinstance(result, Refusal) else None

    def focus_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.edit, self.picker]
        if self.unknown is not None:
            widgets.append(self.unknown)
        return widgets

    def _day_first(self) -> bool:
        return self._language != i18n.SIMPLIFIED

    def _calendar_menu(self) -> QMenu:
        """The picker's menu; its calendar is made the first time it opens."""
        menu = QMenu(self)

        def picked(day: QDate) -> None:
            self.edit.setText(day.toString("yyyy-MM-dd"))
            menu.close()
            self.edit.setFocus()

        def about_to_show() -> None:
            calendar = menu.findChild(QCalendarWidget)
            if calendar is None:
                calendar = QCalendarWidget(menu)
                calendar.setMinimumDate(_qdate(EARLIEST))
                calendar.setMaximumDate(_qdate(LATEST))
                calendar.setLocale(self._locale)
                calendar.clicked.connect(picked)
                calendar.activated.connect(picked)
                action = QWidgetAction(menu)
                action.setDefaultWidget(calendar)
                menu.addAction(action)
            if self._value is not None:
                calendar.setSelectedDate(_qdate(self._value))

        menu.aboutToShow.connect(about_to_show)
        return menu

    def _on_text(self, text: str) -> None:
        result = read_date(text, self._day_first())
        self.edited.emit()
        if isinstance(result, Refusal):
            self.reading.clear()
            if result.problem not in _WHILE_TYPING:
                # A whole date that cannot be: say so now, not only when the field is left.
                self.error.show_message(self._message(result))
            return
        self.error.show_message(None)
        self.reading.setText(
            "" if result is None else self._locale.toString(_qdate(result), self._long_format())
        )
        if result != self._value:
            self._value = result
            self.valueChanged.emit()

    def _explain(self) -> None:
        self.error.show_message(self.problem())

    def _on_unknown(self, checked: bool) -> None:
        self.edit.setEnabled(not checked)
        self.picker.setEnabled(not checked)
        self.error.show_message(None if checked else self.problem())
        self.valueChanged.emit()

    def _long_format(self) -> str:
        return "d MMMM yyyy" if self._language == i18n.ENGLISH else "yyyy年M月d日"

    def _message(self, refusal: Refusal) -> str:
        problem = refusal.problem
        if problem is Problem.SHORT_YEAR:
            return self.tr("Type the year in full (1991, not 91).")
        if problem is Problem.DAY_FIRST_ONLY:
            return self.tr("Put the year first, for example 1991-03-14.")
        if problem is Problem.MONTH and refusal.month:
            return self.tr("There is no month %1.").replace("%1", str(refusal.month))
        if problem is Problem.MONTH:
            return self.tr("That month name is not one we know: type 1991-03-14.")
        if problem is Problem.NO_SUCH_DAY:
            english = self._language == i18n.ENGLISH
            month = self._locale.toString(
                QDate(refusal.year, refusal.month, 1), "MMMM yyyy" if english else "yyyy年M月"
            )
            text = self.tr("%1 has no day %2.")
            return text.replace("%1", month).replace("%2", str(refusal.day))
        if problem is Problem.RANGE:
            return self.tr("Give a date between 1900 and 2100.")
        return self.tr("Type the date as 14/03/1991 or 1991-03-14.")
