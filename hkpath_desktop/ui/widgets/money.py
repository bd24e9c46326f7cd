"""An amount in any currency, turned into whole Hong Kong dollars with the rate the user gives.

The program never looks a rate up (it is offline): the user types it, and only the HKD result
is stored, which is what every rule compares against.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

HKD = "HKD"


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").replace(" ", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class MoneyEdit(QWidget):
    """Amount, currency code and (for a foreign currency) the rate to HKD, or "don't know".

    Signals:
        valueChanged(): any part of the answer changed; read ``hkd()`` and ``error()``.
    """

    valueChanged = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("amount"))
        self.amount.setAccessibleName(accessible_name)
        self.currency = QLineEdit(HKD, self)
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        self.currency.setFixedWidth(self.fontMetrics().horizontalAdvance("WWWWW") + 12)
        self.currency.setAccessibleName(self.tr("%1: currency code").replace("%1", accessible_name))
        self.currency.setToolTip(self.tr("Three-letter currency code, for example HKD, USD, CNY"))
        self.rate_label = QLabel(self.tr("HKD per unit:"), self)
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("rate you use"))
        self.rate.setAccessibleName(
            self.tr("%1: Hong Kong dollars for one unit of the currency").replace(
                "%1", accessible_name
            )
        )
        self.unknown = QCheckBox(self.tr("I don't know"), self)
        self.unknown.setAccessibleName(f"{accessible_name}: {self.unknown.text()}")
        for widget in (self.amount, self.currency, self.rate_label, self.rate, self.unknown):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)
        for edit in (self.amount, self.currency, self.rate):
            edit.textChanged.connect(self._changed)
        self.unknown.toggled.connect(self._changed)
        self.unknown.setChecked(True)
        self._changed()

    def focus_widgets(self) -> list[QWidget]:
        return [self.amount, self.currency, self.rate, self.unknown]

    def _foreign(self) -> bool:
        return self.currency.text().strip().upper() not in ("", HKD)

    def _changed(self, *_args: object) -> None:
        known = not self.unknown.isChecked()
        for widget in (self.amount, self.currency, self.rate):
            widget.setEnabled(known)
        self.rate_label.setVisible(self._foreign())
        self.rate.setVisible(self._foreign())
        self.valueChanged.emit()

    def error(self) -> str | None:
        """Why the answer cannot be used, or ``None`` when it can."""
        if self.unknown.isChecked():
            return None
        amount = _number(self.amount.text())
        if amount is None:
            return self.tr('Enter an amount, or tick "I don\'t know".')
        if amount < 0:
            return self.tr("An amount cannot be negative.")
        if len(self.currency.text().strip()) != 3:
            return self.tr("Enter a three-letter currency code, such as HKD.")
        if self._foreign():
            rate = _number(self.rate.text())
            if rate is None or rate <= 0:
                return self.tr(
                    "Enter how many Hong Kong dollars one unit of this currency is worth."
                )
        return None

    def hkd(self) -> int | None:
        """Whole Hong Kong dollars, or ``None`` when unknown or not yet valid."""
        if self.unknown.isChecked() or self.error() is not None:
            return None
        amount = _number(self.amount.text()) or Decimal(0)
        rate = _number(self.rate.text()) if self._foreign() else Decimal(1)
        return int((amount * (rate or Decimal(1))).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def setHkd(self, value: int | None) -> None:
        """Show a stored amount; stored amounts are always in HKD."""
        self.currency.setText(HKD)
        self.rate.clear()
        self.amount.setText("" if value is None else str(value))
        self.unknown.setChecked(value is None)
