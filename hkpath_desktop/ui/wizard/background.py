"""Education and work history of the principal applicant."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QWidget

from hkpath_desktop.core.facts import Education, EducationLevel, Sector, Work
from hkpath_desktop.core.sources import builtin_sources
from hkpath_desktop.ui import labels, theme
from hkpath_desktop.ui.widgets.country_combo import CountryCombo
from hkpath_desktop.ui.widgets.entry_list import Card
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.widgets.tristate import TriStateChoice, explain
from hkpath_desktop.ui.wizard.base import combo_value, enum_combo, set_combo_value
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.lists import ListPage


class EducationCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Qualification"), parent)
        self.level = enum_combo(self.tr("Level"), labels.education_level(), self, labels.unknown())
        self.institution = text_field(self)
        self.institution.setAccessibleName(self.tr("Institution"))
        self.country = CountryCombo(self.tr("Country of the institution"), parent=self)
        self.awarded = OptionalDateEdit(self.tr("Date awarded"), parent=self)
        self.honorary = TriStateChoice(self.tr("Honorary degree"), self)
        self.on_list = TriStateChoice(
            self.tr("On the Top Talent Pass list of top universities"), self
        )
        hint = theme.hint_label(
            self.tr(
                "The aggregate list of eligible universities, compiled by the Labour and Welfare "
                "Bureau, is linked from the Top Talent Pass Scheme page: %1"
            ).replace("%1", builtin_sources().by_id["immd-ttps"].short_address),
            self,
        )
        self.stem = TriStateChoice(
            self.tr("Science, technology, engineering or mathematics subject"), self
        )
        self.renowned = TriStateChoice(self.tr("Internationally renowned institution"), self)
        self.form.addRow(self.tr("Level:"), self.level)
        self.form.addRow(self.tr("Institution:"), self.institution)
        self.form.addRow(self.tr("Country:"), self.country)
        self.form.addRow(self.tr("Awarded on:"), self.awarded)
        self.form.addRow(self.tr("Honorary degree:"), self.honorary)
        self.form.addRow(self.tr("On the TTPS list of top universities?"), self.on_list)
        self.form.addRow("", hint)
        stem_means = self.tr(
            "STEM: science, technology, engineering or mathematics. The Immigration Department "
            "publishes a reference list of STEM subjects with its QMAS page; QMAS asks whether "
            "a master's or doctoral degree is in one of them."
        )
        renowned_means = self.tr(
            "An internationally renowned university or institution. Only the QMAS points table "
            "used before November 2024 gave extra points for it. Not sure? Answer Don't know."
        )
        self.form.addRow(self.tr("STEM subject:"), self.stem)
        self.form.addRow("", explain(self.stem, stem_means))
        self.form.addRow(self.tr("Renowned institution:"), self.renowned)
        self.form.addRow("", explain(self.renowned, renowned_means))
        self.finish()

    def load(self, item: Education) -> None:
        set_combo_value(self.level, item.level)
        self.institution.setText(item.institution or "")
        self.country.setCode(item.country)
        self.awarded.setValue(item.awarded_on)
        self.honorary.setValue(item.honorary)
        self.on_list.setValue(item.on_ttps_list)
        self.stem.setValue(item.stem)
        self.renowned.setValue(item.renowned)

    def item(self) -> Education:
        level = combo_value(self.level)
        return Education(
            level=None if level is None else EducationLevel(level),
            institution=self.institution.text().strip() or None,
            country=self.country.code(),
            awarded_on=self.awarded.value(),
            honorary=self.honorary.value(),
            on_ttps_list=self.on_list.value(),
            stem=self.stem.value(),
            renowned=self.renowned.value(),
        )

    def focus_chain(self) -> list[QWidget]:
        return [
            self.level,
            self.institution,
            self.country,
            *self.awarded.focus_widgets(),
            *self.honorary.focus_widgets(),
            *self.on_list.focus_widgets(),
            *self.stem.focus_widgets(),
            *self.renowned.focus_widgets(),
        ]


class EducationPage(ListPage[EducationCard, Education]):
    page_id = PageId.EDUCATION

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Education"),
            self.tr("List your degrees and other post-secondary qualifications."),
            self.tr("Any degree or diploma?"),
            EducationCard,
            self.tr("Add a &qualification"),
            parent,
        )

    def items_of(self, draft: Draft) -> tuple[Education, ...] | None:
        return draft.principal.education

    def with_items(self, draft: Draft, items: tuple[Education, ...] | None) -> None:
        draft.principal = replace(draft.principal, education=items)

    def load_card(self, card: EducationCard, item: Education) -> None:
        card.load(item)

    def card_item(self, card: EducationCard) -> Education:
        return card.item()


class WorkCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Work period"), parent)
        self.employer = text_field(self)
        self.employer.setAccessibleName(self.tr("Employer"))
        self.post = text_field(self)
        self.post.setAccessibleName(self.tr("Job title"))
        self.start = OptionalDateEdit(self.tr("Started"), parent=self)
        self.end = OptionalDateEdit(
            self.tr("Ended"), unknown_label=self.tr("Still working here"), parent=self
        )
        self.dates_error = FieldError(self)
        self.full_time = TriStateChoice(self.tr("Full-time"), self)
        self.self_employed = TriStateChoice(self.tr("Self-employed"), self)
        self.graduate = TriStateChoice(self.tr("Work at graduate level"), self)
        self.senior = TriStateChoice(self.tr("Senior or managerial role"), self)
        self.international = TriStateChoice(self.tr("International experience"), self)
        self.multinational = TriStateChoice(self.tr("Multinational or listed employer"), self)
        self.sector = enum_combo(self.tr("Sector"), labels.sector(), self, labels.unknown())
        self.form.addRow(self.tr("Employer:"), self.employer)
        self.form.addRow(self.tr("Job title:"), self.post)
        self.form.addRow(self.tr("Started:"), self.start)
        self.form.addRow(self.tr("Ended:"), self.end)
        self.form.addRow("", self.dates_error)
        self.form.addRow(self.tr("Full-time:"), self.full_time)
        self.form.addRow(self.tr("Self-employed:"), self.self_employed)
        self.form.addRow(self.tr("Graduate-level work:"), self.graduate)
        self.form.addRow(self.tr("Senior role:"), self.senior)
        self.form.addRow(self.tr("Outside your home country:"), self.international)
        multinational_means = self.tr(
            "A multinational or well-known company, for example one listed on a stock exchange "
            "or named in the Forbes Global 2000, Fortune Global 500 or Hurun China 500. QMAS "
            "counts three years or more of graduate-level work for one."
        )
        self.form.addRow(self.tr("Multinational employer:"), self.multinational)
        self.form.addRow("", explain(self.multinational, multinational_means))
        self.form.addRow(self.tr("Sector:"), self.sector)
        self.finish()
        self.start.valueChanged.connect(self.changed)
        self.end.valueChanged.connect(self.changed)

    def load(self, item: Work) -> None:
        self.employer.setText(item.employer or "")
        self.post.setText(item.post or "")
        self.start.setValue(item.start)
        self.end.setValue(item.end)
        for widget, value in (
            (self.full_time, item.full_time),
            (self.self_employed, item.self_employed),
            (self.graduate, item.graduate_level),
            (self.senior, item.senior),
            (self.international, item.international),
            (self.multinational, item.multinational),
        ):
            widget.setValue(value)
        set_combo_value(self.sector, item.sector)

    def item(self) -> Work:
        sector = combo_value(self.sector)
        return Work(
            start=self.start.value(),
            end=self.end.value(),
            full_time=self.full_time.value(),
            self_employed=self.self_employed.value(),
            graduate_level=self.graduate.value(),
            senior=self.senior.value(),
            international=self.international.value(),
            multinational=self.multinational.value(),
            sector=None if sector is None else Sector(sector),
            employer=self.employer.text().strip() or None,
            post=self.post.text().strip() or None,
        )

    def check(self, today: date) -> bool:
        start, end = self.start.value(), self.end.value()
        message = None
        if start is not None and start > today:
            message = self.tr("A past job cannot start in the future.")
        elif start is not None and end is not None and end < start:
            message = self.tr("The end date is before the start date.")
        self.dates_error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [
            self.employer,
            self.post,
            *self.start.focus_widgets(),
            *self.end.focus_widgets(),
        ]
        for choice in (
            self.full_time,
            self.self_employed,
            self.graduate,
            self.senior,
            self.international,
            self.multinational,
        ):
            chain.extend(choice.focus_widgets())
        return [*chain, self.sector]


class WorkPage(ListPage[WorkCard, Work]):
    page_id = PageId.WORK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Work experience"),
            self.tr("List each job or period of self-employment, the current one included."),
            self.tr("Any work experience?"),
            WorkCard,
            self.tr("Add a &work period"),
            parent,
        )

    def items_of(self, draft: Draft) -> tuple[Work, ...] | None:
        return draft.principal.work

    def with_items(self, draft: Draft, items: tuple[Work, ...] | None) -> None:
        draft.principal = replace(draft.principal, work=items)

    def load_card(self, card: WorkCard, item: Work) -> None:
        card.load(item)

    def card_item(self, card: WorkCard) -> Work:
        return card.item()

    def card_ok(self, card: WorkCard) -> bool:
        return card.check(self.draft.today)
