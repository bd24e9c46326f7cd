"""Several countries at once, or "none", or "don't know": a tuple of codes, ``()`` or ``None``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hkpath_desktop.ui.widgets.country_combo import territories

_UNKNOWN, _NONE, _SOME = "unknown", "none", "some"


class CountryList(QWidget):
    """A choice of "Don't know", "None" or "These:", then a list of countries to tick.

    Signals:
        codesChanged(): the answer changed; read ``codes()``.
    """

    codesChanged = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(accessible_name)
        self.mode.addItem(self.tr("Don't know"), _UNKNOWN)
        self.mode.addItem(self.tr("None"), _NONE)
        self.mode.addItem(self.tr("Yes, the ones ticked below"), _SOME)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("%1: tick each one").replace("%1", accessible_name))
        self.list.setFixedHeight(self.fontMetrics().height() * 7)
        layout.addWidget(self.mode)
        layout.addWidget(self.list)
        # As tall as the choice and the list, no taller: a page with room to spare spread it
        # out, leaving the choice floating half-way between its label and the list.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.mode)
        self.list.hide()
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.list.itemChanged.connect(lambda _item: self.codesChanged.emit())

    def _items(self) -> list[QListWidgetItem]:
        """The list's rows, made the first time they are needed.

        Most people tick none, and two hundred rows took half the time of building the
        interview's first page (``benchmarks/run.py``, ui_stall).
        """
        if not self.list.count():
            blocked = self.list.blockSignals(True)
            try:
                for code, name in territories():
                    item = QListWidgetItem(name, self.list)
                    item.setData(Qt.ItemDataRole.UserRole, code)
                    item.setCheckState(Qt.CheckState.Unchecked)
            finally:
                self.list.blockSignals(blocked)
        return [self.list.item(row) for row in range(self.list.count())]

    def _mode_changed(self, _index: int) -> None:
        some = self.mode.currentData() == _SOME
        if some:
            self._items()
        self.list.setVisible(some)
        self.codesChanged.emit()

    def codes(self) -> tuple[str, ...] | None:
        """Ticked codes in list order; ``()`` for "None"; ``None`` for "Don't know"."""
        mode = self.mode.currentData()
        if mode == _UNKNOWN:
            return None
        if mode == _NONE:
            return ()
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def setCodes(self, codes: tuple[str, ...] | None) -> None:
        chosen = set(codes or ())
        if chosen or self.list.count():  # rows not made yet have nothing ticked to clear
            for item in self._items():
                ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        mode = _UNKNOWN if codes is None else _SOME if codes else _NONE
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def focus_widgets(self) -> list[QWidget]:
        return [self.mode, self.list]
