"""Money: income over twelve-month periods, net assets and a business the applicant owns."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from hkpath_desktop.core.facts import Business, Income, IncomeKind, NetAssets
from hkpath_desktop.ui import labels
from hkpath_desktop.ui.widgets.entry_list import Card
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.money import MoneyEdit
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.tristate import TriStateChoice, explain
from hkpath_desktop.ui.wizard.base import AnswerPage, combo_value, enum_combo, set_combo_value
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.lists import ListPage

_UNKNOWN, _NO, _YES = "unknown", "no", "yes"


class IncomeCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Twelve months of income"), parent)
        self.year_ending = OptionalDateEdit(self.tr("Last day of the twelve months"), parent=self)
        self.kind = enum_combo(
            self.tr("Kind of income"), labels.income_kind(), self, labels.unknown()
        )
        self.amount = MoneyEdit(self.tr("Income over the twelve months"), self)
        self.amount_error = FieldError(self)
        self.form.addRow(self.tr("Twelve months ending:"), self.year_ending)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Amount before tax:"), self.amount)
        self.form.addRow("", self.amount_error)
        self.finish()
        self.amount.valueChanged.connect(self.changed)

    def load(self, item: Income) -> None:
        self.year_ending.setValue(item.year_ending)
        set_combo_value(self.kind, item.kind)
        self.amount.setHkd(item.hkd)

    def item(self) -> Income:
        kind = combo_value(self.kind)
        return Income(
            year_ending=self.year_ending.value(),
            hkd=self.amount.hkd(),
            kind=None if kind is None else IncomeKind(kind),
        )

    def check(self) -> bool:
        message = self.amount.error()
        self.amount_error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        return [*self.year_ending.focus_widgets(), self.kind, *self.amount.focus_widgets()]


class IncomePage(ListPage[IncomeCard, Income]):
    page_id = PageId.INCOME

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Income"),
            self.tr(
                "Enter what you earned in each twelve-month period, in any currency with the "
                "exchange rate you want to use. Amounts are kept in Hong Kong dollars."
            ),
            self.tr("Any income to declare?"),
            IncomeCard,
            self.tr("Add &twelve months of income"),
            parent,
        )

    def items_of(self, draft: Draft) -> tuple[Income, ...] | None:
        return draft.principal.income

    def with_items(self, draft: Draft, items: tuple[Income, ...] | None) -> None:
        draft.principal = replace(draft.principal, income=items)

    def load_card(self, card: IncomeCard, item: Income) -> None:
        card.load(item)

    def card_item(self, card: IncomeCard) -> Income:
        return card.item()

    def card_ok(self, card: IncomeCard) -> bool:
        return card.check()


class AssetsPage(AnswerPage):
    page_id = PageId.ASSETS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Assets and business"),
            self.tr(
                "Net assets are what you own minus what you owe. Money to live on is what you "
                "could support yourself and your family with in Hong Kong without a job there."
            ),
            parent,
        )

    def build(self) -> None:
        self.net_assets = MoneyEdit(self.tr("Net assets"), self)
        self.net_error = FieldError(self)
        self.held_since = OptionalDateEdit(self.tr("Held at least this much since"), parent=self)
        self.since_error = FieldError(self)
        self.form.addRow(self.tr("Net &assets:"), self.net_assets)
        self.form.addRow("", self.net_error)
        self.form.addRow(self.tr("Held since:"), self.held_since)
        self.form.addRow("", self.since_error)
        self.support = MoneyEdit(
            self.tr("Money you can live on in Hong Kong without working"), self
        )
        self.support.setToolTip(self.support.accessibleName())
        self.support_error = FieldError(self)
        self.form.addRow(self.tr("&Money to live on:"), self.support)
        self.form.addRow("", self.support_error)
        self.business = QComboBox(self)
        self.business.setAccessibleName(self.tr("A business you own"))
        self.business.addItem(labels.unknown(), _UNKNOWN)
        self.business.addItem(self.tr("No business"), _NO)
        self.business.addItem(self.tr("Yes, I own a business"), _YES)
        self.form.addRow(self.tr("B&usiness:"), self.business)
        box = QGroupBox(self.tr("Your business"), self)
        inner = QFormLayout(box)
        self.profit = MoneyEdit(self.tr("Business profit over the last year"), box)
        self.profit_error = FieldError(box)
        self.listed = TriStateChoice(self.tr("Business is listed on a stock exchange"), box)
        inner.addRow(self.tr("Profit last year:"), self.profit)
        inner.addRow("", self.profit_error)
        inner.addRow(self.tr("Listed:"), self.listed)
        inner.addRow(
            "",
            explain(
                self.listed,
                self.tr(
                    "Listed: the company's shares trade on a stock exchange. QMAS counts owning a "
                    "listed company as one of its criteria."
                ),
            ),
        )
        self.business_box = box
        self.outer.addWidget(box)
        self.outer.addStretch(1)
        box.hide()
        self.business.currentIndexChanged.connect(self._business_changed)
        for money in (self.net_assets, self.support, self.profit):
            money.valueChanged.connect(self.changed)
        self.held_since.valueChanged.connect(self.changed)

    def _business_changed(self, _index: int) -> None:
        self.business_box.setVisible(self.business.currentData() == _YES)
        self.changed()

    def load(self, draft: Draft) -> None:
        member = draft.principal
        assets = member.net_assets
        self.net_assets.setHkd(None if assets is None else assets.hkd)
        self.held_since.setValue(None if assets is None else assets.held_since)
        self.support.setHkd(member.support_funds_hkd)
        business = member.business
        choice = _UNKNOWN if business is None else _NO if business is False else _YES
        self.business.setCurrentIndex(self.business.findData(choice))
        if isinstance(business, Business):
            self.profit.setHkd(business.annual_profit_hkd)
            self.listed.setValue(business.listed)

    def apply(self, draft: Draft) -> None:
        hkd, since = self.net_assets.hkd(), self.held_since.value()
        assets = None if hkd is None and since is None else NetAssets(hkd=hkd, held_since=since)
        choice = self.business.currentData()
        business: Business | Literal[False] | None = None
        if choice == _NO:
            business = False
        elif choice == _YES:
            business = Business(annual_profit_hkd=self.profit.hkd(), listed=self.listed.value())
        draft.principal = replace(
            draft.principal,
            net_assets=assets,
            business=business,
            support_funds_hkd=self.support.hkd(),
        )

    def check(self) -> bool:
        net, profit, support = self.net_assets.error(), self.profit.error(), self.support.error()
        since = self.held_since.value()
        since_message = None
        if since is not None and since > self.draft.today:
            since_message = self.tr("This date cannot be in the future.")
        self.net_error.show_message(net)
        self.since_error.show_message(since_message)
        self.support_error.show_message(support)
        if self.business.currentData() != _YES:
            profit = None
        self.profit_error.show_message(profit)
        return net is None and profit is None and since_message is None and support is None

    def focus_chain(self) -> list[QWidget]:
        return [
            *self.net_assets.focus_widgets(),
            *self.held_since.focus_widgets(),
            *self.support.focus_widgets(),
            self.business,
            *self.profit.focus_widgets(),
            *self.listed.focus_widgets(),
        ]
