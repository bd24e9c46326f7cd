"""A growing list of small forms ("cards"), each with a Remove button, and an Add button.

Education, work periods, income and children all need "several of these"; this widget does
the adding, removing, focus handling and tab order once.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hkpath_desktop.ui.widgets.edits import connect_edits


class Card(QGroupBox):
    """One entry's form. Subclasses add rows to ``form`` and list their inputs in tab order.

    Signals:
        changed(): any answer on the card changed.
    """

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.form = QFormLayout(self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", title))

    def finish(self) -> None:
        """Put the Remove button last and report every edit on the card as ``changed``; call
        at the end of a subclass's ``__init__``."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        self.form.addRow(row)
        connect_edits(self, self.changed.emit)

    def focus_chain(self) -> list[QWidget]:
        """The card's focusable widgets in the order Tab should visit them."""
        raise NotImplementedError


CardT = TypeVar("CardT", bound=Card)


class EntryList(QWidget, Generic[CardT]):
    """Holds cards made by ``factory``.

    Signals:
        entriesChanged(): a card was added, removed or edited.
    """

    entriesChanged = Signal()

    def __init__(
        self, factory: Callable[[QWidget], CardT], add_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._cards: list[CardT] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_label, self)
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(self._on_add)
        self._layout.addWidget(self.add_button)
        self._layout.addStretch(1)

    def cards(self) -> list[CardT]:
        return list(self._cards)

    def add(self) -> CardT:
        card = self._factory(self)
        card.remove_button.clicked.connect(lambda: self.remove(card))
        card.changed.connect(self.entriesChanged)
        self._layout.insertWidget(len(self._cards), card)
        card.show()
        self._cards.append(card)
        self._chain_tab_order()
        self.entriesChanged.emit()
        return card

    def remove(self, card: CardT) -> None:
        self._cards.remove(card)
        self._layout.removeWidget(card)
        card.hide()
        card.deleteLater()
        self._chain_tab_order()
        self.add_button.setFocus()
        self.entriesChanged.emit()

    def clear(self) -> None:
        for card in list(self._cards):
            self._cards.remove(card)
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.entriesChanged.emit()

    def focus_chain(self) -> list[QWidget]:
        widgets: list[QWidget] = []
        for card in self._cards:
            widgets.extend(card.focus_chain())
            widgets.append(card.remove_button)
        widgets.append(self.add_button)
        return widgets

    def _on_add(self) -> None:
        card = self.add()
        card.focus_chain()[0].setFocus()

    def _chain_tab_order(self) -> None:
        widgets = self.focus_chain()
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)
