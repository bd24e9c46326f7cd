"""Pages that ask "do you have any?" and then list them (education, work, income).

The answer maps onto the facts' three states: "Don't know" is ``None``, "No" is an empty
tuple (a present list is complete), "Yes" is the cards' entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QScrollArea, QWidget

from hkpath_desktop.ui.widgets.entry_list import Card, EntryList
from hkpath_desktop.ui.widgets.tristate import TriStateChoice
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft

CardT = TypeVar("CardT", bound=Card)
ItemT = TypeVar("ItemT")


def matched_cards(entries: EntryList[CardT], count: int) -> list[CardT]:
    """Exactly ``count`` cards, reusing those the list has (their answers are loaded after).

    A page shown again keeps the cards the user saw, rather than making them anew.
    """
    blocked = entries.blockSignals(True)
    try:
        if len(entries.cards()) > count:
            entries.clear()
        while len(entries.cards()) < count:
            entries.add()
    finally:
        entries.blockSignals(blocked)
    return entries.cards()


class ListPage(AnswerPage, Generic[CardT, ItemT]):
    """A yes / no / don't know question, then one card per entry when the answer is yes."""

    def __init__(
        self,
        title: str,
        intro: str,
        question: str,
        factory: Callable[[QWidget], CardT],
        add_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, intro, parent)
        self._question, self._factory, self._add_label = question, factory, add_label

    def build(self) -> None:
        self.any = TriStateChoice(self._question, self)
        self.form.addRow(self._question, self.any)
        self.entries: EntryList[CardT] = EntryList(self._factory, self._add_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.entries)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.entries_area = scroll
        self.outer.addWidget(scroll, 1)
        self.any.valueChanged.connect(self._any_changed)
        self.entries.entriesChanged.connect(self._entries_changed)
        self.entries_area.setVisible(False)

    def _any_changed(self) -> None:
        value = self.any.value()
        self.entries_area.setVisible(value is True)
        if value is True and not self.entries.cards():
            self.entries.add()
        self.changed()

    def _entries_changed(self) -> None:
        self.set_tab_order()
        self.changed()

    def items_of(self, draft: Draft) -> tuple[ItemT, ...] | None:
        raise NotImplementedError

    def with_items(self, draft: Draft, items: tuple[ItemT, ...] | None) -> None:
        raise NotImplementedError

    def load_card(self, card: CardT, item: ItemT) -> None:
        raise NotImplementedError

    def card_item(self, card: CardT) -> ItemT:
        raise NotImplementedError

    def card_ok(self, card: CardT) -> bool:
        return True

    def load(self, draft: Draft) -> None:
        items = self.items_of(draft) or ()
        cards = matched_cards(self.entries, len(items))
        blocked = self.entries.blockSignals(True)
        try:
            for card, item in zip(cards, items, strict=True):
                self.load_card(card, item)
        finally:
            self.entries.blockSignals(blocked)
        answer = self.items_of(draft)
        self.any.setValue(None if answer is None else bool(answer))
        self.entries_area.setVisible(bool(items))

    def apply(self, draft: Draft) -> None:
        answer = self.any.value()
        if answer is None:
            self.with_items(draft, None)
        elif answer is False or not self.entries.cards():
            self.with_items(draft, ())
        else:
            self.with_items(draft, tuple(self.card_item(c) for c in self.entries.cards()))

    def check(self) -> bool:
        if self.any.value() is not True:
            return True
        ok = True
        for card in self.entries.cards():
            ok = self.card_ok(card) and ok
        return ok

    def focus_chain(self) -> list[QWidget]:
        return [*self.any.focus_widgets(), *self.entries.focus_chain()]
