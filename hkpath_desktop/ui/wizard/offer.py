"""A job offer from a Hong Kong employer: whether there is one, then (if so) its details."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QWidget

from hkpath_desktop.core.facts import JobOffer
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.money import MoneyEdit
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.widgets.tristate import TriStateChoice, explain
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId

NONE, NOT_YET, DETAILS, UNKNOWN = range(4)
_EMPTY_OFFER = JobOffer()


class JobOfferPage(AnswerPage):
    """Four answers; only "Yes, with details" leads to the details page (see ``nextId``)."""

    page_id = PageId.JOB_OFFER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Job offer"),
            self.tr("Some routes need an offer of a job in Hong Kong; others do not."),
            parent,
        )

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.choices: dict[int, QRadioButton] = {}
        for key, text in (
            (NONE, self.tr("N&o job offer")),
            (NOT_YET, self.tr("An offer is coming, but I have no &details yet")),
            (DETAILS, self.tr("&Yes, I have an offer and can give its details")),
            (UNKNOWN, self.tr("Don't &know")),
        ):
            button = QRadioButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            self.group.addButton(button, key)
            self.choices[key] = button
            self.outer.addWidget(button)
        self.outer.addStretch(1)
        self.group.idToggled.connect(self.changed)

    def choice(self) -> int:
        return self.group.checkedId()

    def load(self, draft: Draft) -> None:
        offer = draft.principal.job_offer
        if offer is None:
            key = UNKNOWN
        elif offer is False:
            key = NONE
        elif offer == _EMPTY_OFFER:
            key = NOT_YET
        else:
            key = DETAILS
        self.choices[key].setChecked(True)

    def apply(self, draft: Draft) -> None:
        key, offer = self.choice(), draft.principal.job_offer
        if key == NONE:
            new: JobOffer | bool | None = False
        elif key == UNKNOWN:
            new = None
        elif key == NOT_YET:
            new = _EMPTY_OFFER
        else:
            new = offer if isinstance(offer, JobOffer) else _EMPTY_OFFER
        draft.principal = replace(draft.principal, job_offer=new)  # type: ignore[arg-type]

    def nextId(self) -> int:
        self.ensure_built()
        return int(PageId.JOB_DETAILS if self.choice() == DETAILS else PageId.LANGUAGES)

    def focus_chain(self) -> list[QWidget]:
        return list(self.choices.values())


class JobDetailsPage(AnswerPage):
    page_id = PageId.JOB_DETAILS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The job offer"),
            self.tr("As written in the offer letter or the draft contract."),
            parent,
        )

    def build(self) -> None:
        self.employer = text_field(self)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.post = text_field(self)
        self.post.setAccessibleName(self.tr("Job title"))
        self.salary = MoneyEdit(self.tr("Monthly salary"), self)
        self.salary_error = FieldError(self)
        self.start = OptionalDateEdit(self.tr("Start date"), parent=self)
        self.months = QSpinBox(self)
        self.months.setRange(0, 600)
        self.months.setSpecialValueText(self.tr("Don't know"))
        self.months.valueChanged.connect(self._say_months)
        self._say_months(self.months.value())
        self.months.setAccessibleName(self.tr("Length of the contract in months"))
        self.listed = TriStateChoice(
            self.tr("Employer is listed on the Hong Kong stock exchange"), self
        )
        self.form.addRow(self.tr("&Employer:"), self.employer)
        self.form.addRow(self.tr("Job &title:"), self.post)
        self.form.addRow(self.tr("Monthly &salary:"), self.salary)
        self.form.addRow("", self.salary_error)
        self.form.addRow(self.tr("Starts on:"), self.start)
        self.form.addRow(self.tr("&Contract length:"), self.months)
        self.form.addRow(self.tr("Listed employer:"), self.listed)
        self.form.addRow(
            "",
            explain(
                self.listed,
                self.tr(
                    "Listed: its shares trade on the Hong Kong stock exchange (Main Board or GEM). "
                    "A listed employer need not send its company papers for a Top Talent Pass "
                    "extension; a listing abroad does not count for this."
                ),
            ),
        )
        self.salary.valueChanged.connect(self.changed)

    def load(self, draft: Draft) -> None:
        offer = draft.principal.job_offer
        offer = offer if isinstance(offer, JobOffer) else _EMPTY_OFFER
        self.employer.setText(offer.employer or "")
        self.post.setText(offer.post or "")
        self.salary.setHkd(offer.monthly_salary_hkd)
        self.start.setValue(offer.start)
        self.months.setValue(offer.contract_months or 0)
        self.listed.setValue(offer.employer_listed)

    def apply(self, draft: Draft) -> None:
        offer = JobOffer(
            employer=self.employer.text().strip() or None,
            post=self.post.text().strip() or None,
            monthly_salary_hkd=self.salary.hkd(),
            start=self.start.value(),
            contract_months=self.months.value() or None,
            employer_listed=self.listed.value(),
        )
        draft.principal = replace(draft.principal, job_offer=offer)

    def check(self) -> bool:
        message = self.salary.error()
        self.salary_error.show_message(message)
        return message is None

    def _say_months(self, value: int) -> None:
        self.months.setSuffix(self.tr(" month") if value == 1 else self.tr(" months"))

    def focus_chain(self) -> list[QWidget]:
        return [
            self.employer,
            self.post,
            *self.salary.focus_widgets(),
            *self.start.focus_widgets(),
            self.months,
            *self.listed.focus_widgets(),
        ]
