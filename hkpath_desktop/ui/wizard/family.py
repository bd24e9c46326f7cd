"""The family who would move too: a spouse or partner and any children."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from hkpath_desktop.core.facts import HKStatus, Member, Relationship, Role
from hkpath_desktop.ui import labels, theme
from hkpath_desktop.ui.widgets.country_combo import CountryCombo
from hkpath_desktop.ui.widgets.entry_list import Card, EntryList
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.widgets.tristate import TriStateChoice
from hkpath_desktop.ui.wizard.base import AnswerPage, combo_value, enum_combo, set_combo_value
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.lists import matched_cards


class PersonCard(Card):
    """Name, date of birth and nationality of one family member; children also "unmarried"."""

    def __init__(self, title: str, child: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.member: Member | None = None
        self.given_name = text_field(self)
        self.given_name.setAccessibleName(self.tr("%1: given name").replace("%1", title))
        self.family_name = text_field(self)
        self.family_name.setAccessibleName(self.tr("%1: family name").replace("%1", title))
        self.birth = OptionalDateEdit(
            self.tr("%1: date of birth").replace("%1", title), parent=self
        )
        self.birth_error = FieldError(self)
        self.nationality = CountryCombo(
            self.tr("%1: nationality").replace("%1", title), allow_stateless=True, parent=self
        )
        self.form.addRow(self.tr("Given name:"), self.given_name)
        self.form.addRow(self.tr("Family name:"), self.family_name)
        self.form.addRow(self.tr("Date of birth:"), self.birth)
        self.form.addRow("", self.birth_error)
        self.country = CountryCombo(
            self.tr("%1: country or territory they live in now").replace("%1", title), parent=self
        )
        self.hk_status = enum_combo(
            self.tr("%1: status in Hong Kong today").replace("%1", title),
            labels.hk_status(),
            self,
            labels.unknown(),
        )
        self.form.addRow(self.tr("Nationality:"), self.nationality)
        self.form.addRow(self.tr("Lives in:"), self.country)
        self.form.addRow(self.tr("Hong Kong status:"), self.hk_status)
        self.form.addRow(
            "",
            theme.hint_label(
                self.tr(
                    "Where they live decides some papers: a Macao identity card, for example, "
                    "is asked only of a Macao resident."
                ),
                self,
            ),
        )
        self.unmarried: TriStateChoice | None = None
        if child:
            self.unmarried = TriStateChoice(self.tr("%1: unmarried").replace("%1", title), self)
            self.form.addRow(self.tr("Unmarried:"), self.unmarried)
        self.finish()
        self.birth.valueChanged.connect(self.changed)
        self.given_name.textChanged.connect(self.changed)

    def load(self, member: Member) -> None:
        self.member = member
        self.given_name.setText(member.given_name)
        self.family_name.setText(member.family_name)
        self.birth.setValue(member.date_of_birth)
        self.nationality.setCode(member.nationality)
        self.country.setCode(member.residence.country)
        set_combo_value(self.hk_status, member.residence.hk_status)
        if self.unmarried is not None:
            self.unmarried.setValue(member.unmarried)

    def to_member(self, base: Member) -> Member:
        status = combo_value(self.hk_status)
        return replace(
            base,
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            date_of_birth=self.birth.value(),
            nationality=self.nationality.code(),
            residence=replace(
                base.residence,
                country=self.country.code(),
                hk_status=None if status is None else HKStatus(status),
            ),
            unmarried=None if self.unmarried is None else self.unmarried.value(),
        )

    def check(self, today: date, principal_birth: date | None) -> bool:
        born = self.birth.value()
        message = None
        if born is not None and born > today:
            message = self.tr("A date of birth cannot be in the future.")
        elif (
            self.unmarried is not None
            and born is not None
            and principal_birth is not None
            and born <= principal_birth
        ):
            message = self.tr("A child cannot be born before you (check both dates of birth).")
        self.birth_error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [
            self.given_name,
            self.family_name,
            *self.birth.focus_widgets(),
            self.nationality,
            self.country,
            self.hk_status,
        ]
        if self.unmarried is not None:
            chain.extend(self.unmarried.focus_widgets())
        return chain


class FamilyPage(AnswerPage):
    page_id = PageId.FAMILY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your family"),
            self.tr("Add the spouse or partner and the children who would move with you."),
            parent,
        )

    def build(self) -> None:
        self.has_spouse = QCheckBox(self.tr("A &spouse or partner would come with me"), self)
        self.has_spouse.setAccessibleName(self.tr("A spouse or partner would come with me"))
        self.spouse = PersonCard(self.tr("Spouse or partner"), child=False, parent=self)
        self.spouse.remove_button.hide()
        self.relationship = enum_combo(
            self.tr("Relationship to you"), labels.relationship(), self.spouse, labels.unknown()
        )
        self.spouse.form.insertRow(
            self.spouse.form.rowCount() - 1, self.tr("Relationship:"), self.relationship
        )
        self.child_list = EntryList(
            lambda parent: PersonCard(self.tr("Child"), child=True, parent=parent),
            self.tr("Add a &child"),
            self,
        )
        box = QGroupBox(self.tr("Children"), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.child_list)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.has_spouse)
        column.addWidget(self.spouse)
        column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        self.outer.addWidget(scroll, 1)
        self.has_spouse.toggled.connect(self._spouse_toggled)
        self.spouse.changed.connect(self.changed)
        self.child_list.entriesChanged.connect(self._children_changed)

    def _spouse_toggled(self, checked: bool) -> None:
        self.spouse.setVisible(checked)
        self.changed()

    def _children_changed(self) -> None:
        self.set_tab_order()
        self.changed()

    def load(self, draft: Draft) -> None:
        spouse = next((m for m in draft.dependants if m.role is Role.SPOUSE), None)
        self.has_spouse.setChecked(spouse is not None)
        self.spouse.setVisible(spouse is not None)
        if spouse is not None:
            self.spouse.load(spouse)
            set_combo_value(self.relationship, spouse.relationship)
        children = _children(draft)
        blocked = self.child_list.blockSignals(True)
        try:
            for card, child in zip(
                matched_cards(self.child_list, len(children)), children, strict=True
            ):
                card.load(child)
        finally:
            self.child_list.blockSignals(blocked)

    def apply(self, draft: Draft) -> None:
        taken: set[str] = set()
        members: list[Member] = []
        if self.has_spouse.isChecked():
            base = self.spouse.member or draft.new_member(Role.SPOUSE, taken)
            relation = combo_value(self.relationship)
            spouse = self.spouse.to_member(base)
            members.append(
                replace(spouse, relationship=None if relation is None else Relationship(relation))
            )
            self.spouse.member = members[-1]
        for card in self.child_list.cards():
            card.member = card.to_member(card.member or draft.new_member(Role.CHILD, taken))
            members.append(card.member)
        others = [m for m in draft.dependants if m.role not in (Role.SPOUSE, Role.CHILD)]
        draft.dependants = members + others

    def check(self) -> bool:
        today, principal_birth = self.draft.today, self.draft.principal.date_of_birth
        ok = not self.has_spouse.isChecked() or self.spouse.check(today, principal_birth)
        for card in self.child_list.cards():
            ok = card.check(today, principal_birth) and ok
        return ok

    def focus_chain(self) -> list[QWidget]:
        spouse = [*self.spouse.focus_chain(), self.relationship]
        return [self.has_spouse, *spouse, *self.child_list.focus_chain()]


def _children(draft: Draft) -> list[Member]:
    return [m for m in draft.dependants if m.role is Role.CHILD]
