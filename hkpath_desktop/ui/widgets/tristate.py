"""Yes / No / Don't know as one widget, because almost every fact in the interview needs it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from hkpath_desktop.ui import theme


class TriStateChoice(QWidget):
    """Three radio buttons whose value is ``True``, ``False`` or ``None`` (don't know).

    Signals:
        valueChanged(): the user picked another answer; read ``value()``.
    """

    valueChanged = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._buttons: dict[object, QRadioButton] = {}
        for value, label in (
            (True, self.tr("Yes")),
            (False, self.tr("No")),
            (None, self.tr("Don't know")),
        ):
            button = QRadioButton(label, self)
            button.setAccessibleName(f"{accessible_name}: {label}")
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._buttons[None].setChecked(True)
        self._group.buttonToggled.connect(self._on_toggled)

    def value(self) -> bool | None:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value  # type: ignore[return-value]
        return None

    def setValue(self, value: bool | None) -> None:
        self._buttons[value].setChecked(True)

    def button(self, value: bool | None) -> QRadioButton:
        """The radio button for one answer (tests and tab-order chains use it)."""
        return self._buttons[value]

    def focus_widgets(self) -> list[QWidget]:
        return list(self._buttons.values())

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.valueChanged.emit()


def explain(choice: TriStateChoice, words: str) -> QLabel:
    """A line under ``choice`` saying what its term means; screen readers and the tooltip get
    the same words."""
    choice.setToolTip(words)
    choice.setAccessibleDescription(words)
    return theme.hint_label(words, choice.parentWidget())
