"""The principal applicant: name, birth, nationality, residence, Hong Kong status, passport."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from hkpath_desktop.core.facts import HKStatus
from hkpath_desktop.ui import labels
from hkpath_desktop.ui.widgets.country_combo import CountryCombo
from hkpath_desktop.ui.widgets.country_list import CountryList
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.wizard.base import AnswerPage, combo_value, enum_combo, set_combo_value
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId


class YouPage(AnswerPage):
    page_id = PageId.YOU

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("About you"),
            self.tr("You are the main applicant. Only your given name is needed to go on."),
            parent,
        )

    def build(self) -> None:
        self.given_name = text_field(self)
        self.given_name.setAccessibleName(self.tr("Given name"))
        self.family_name = text_field(self)
        self.family_name.setAccessibleName(self.tr("Family name"))
        self.birth = OptionalDateEdit(self.tr("Date of birth"), parent=self)
        self.birth_error = FieldError(self)
        self.nationality = CountryCombo(self.tr("Nationality"), allow_stateless=True, parent=self)
        self.country = CountryCombo(self.tr("Country or territory you live in now"), parent=self)
        self.hk_status = enum_combo(
            self.tr("Your status in Hong Kong today"), labels.hk_status(), self, labels.unknown()
        )
        self.registerField("given_name*", self.given_name)
        self.form.addRow(self.tr("&Given name:"), self.given_name)
        self.form.addRow(self.tr("&Family name:"), self.family_name)
        self.form.addRow(self.tr("&Date of birth:"), self.birth)
        self.form.addRow("", self.birth_error)
        self.form.addRow(self.tr("Nat&ionality:"), self.nationality)
        self.form.addRow(self.tr("&Living in:"), self.country)
        self.abroad = CountryList(
            self.tr("Countries where you hold permanent residence (other than your nationality)"),
            self,
        )
        self.abroad.setToolTip(self.abroad.accessibleName())
        self.document_expiry = OptionalDateEdit(
            self.tr("Passport or travel document valid until"), parent=self
        )
        self.form.addRow(self.tr("Hong Kong &status:"), self.hk_status)
        self.form.addRow(self.tr("&Permanent residence in other countries:"), self.abroad)
        self.form.addRow(self.tr("&Travel document valid until:"), self.document_expiry)
        self.given_name.textChanged.connect(self.changed)
        self.birth.valueChanged.connect(self.changed)

    def load(self, draft: Draft) -> None:
        member = draft.principal
        self.given_name.setText(member.given_name)
        self.family_name.setText(member.family_name)
        self.birth.setValue(member.date_of_birth)
        self.nationality.setCode(member.nationality)
        self.country.setCode(member.residence.country)
        set_combo_value(self.hk_status, member.residence.hk_status)
        self.abroad.setCodes(member.residence.permanent_residence_abroad)
        self.document_expiry.setValue(member.travel_document_expiry)

    def apply(self, draft: Draft) -> None:
        status = combo_value(self.hk_status)
        member = draft.principal
        draft.principal = replace(
            member,
            given_name=self.given_name.text().strip(),
            family_name=self.family_name.text().strip(),
            date_of_birth=self.birth.value(),
            nationality=self.nationality.code(),
            travel_document_expiry=self.document_expiry.value(),
            residence=replace(
                member.residence,
                country=self.country.code(),
                hk_status=None if status is None else HKStatus(status),
                permanent_residence_abroad=self.abroad.codes(),
            ),
        )

    def check(self) -> bool:
        born = self.birth.value()
        message = None
        if born is not None and born > self.draft.today:
            message = self.tr("A date of birth cannot be in the future.")
        self.birth_error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        return [
            self.given_name,
            self.family_name,
            *self.birth.focus_widgets(),
            self.nationality,
            self.country,
            self.hk_status,
            *self.abroad.focus_widgets(),
            *self.document_expiry.focus_widgets(),
        ]
