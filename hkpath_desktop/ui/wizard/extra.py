"""Languages, Talent List, achievement, family in Hong Kong; and the two record questions."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hkpath_desktop.core.facts import Languages, Records
from hkpath_desktop.core.profile_fields import MAX_TEXT
from hkpath_desktop.core.sources import builtin_sources
from hkpath_desktop.ui import labels, theme
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.widgets.tristate import TriStateChoice
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId

_UNKNOWN, _NO, _YES = "unknown", "no", "yes"


def language_codes(text: str) -> tuple[str, ...]:
    """ISO 639 codes for a comma-separated list of language names or codes; unknown ones drop."""
    names = {QLocale.languageToString(lang).casefold(): lang for lang in QLocale.Language}
    codes: list[str] = []
    for token in (part.strip() for part in text.split(",")):
        language = names.get(token.casefold()) or QLocale.codeToLanguage(token.lower())
        if not token or language == QLocale.Language.AnyLanguage:
            continue
        code = QLocale.languageToCode(language)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def language_names(codes: tuple[str, ...]) -> str:
    return ", ".join(QLocale.languageToString(QLocale.codeToLanguage(code)) for code in codes)


class LanguagesPage(AnswerPage):
    page_id = PageId.LANGUAGES

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Languages, talent and family"),
            self.tr("Languages you write and speak well enough to work in, and a few more facts."),
            parent,
        )

    def build(self) -> None:
        self.chinese = TriStateChoice(self.tr("Chinese (Putonghua or Cantonese)"), self)
        self.english = TriStateChoice(self.tr("English"), self)
        self.other = text_field(self)
        self.other.setPlaceholderText(self.tr("for example: Japanese, French"))
        self.other.setAccessibleName(self.tr("Other languages, separated by commas"))
        self.form.addRow(self.tr("Chinese:"), self.chinese)
        self.form.addRow(self.tr("English:"), self.english)
        self.form.addRow(self.tr("&Other languages:"), self.other)
        self._add_standing()

    def _add_standing(self) -> None:
        self.talent_list = TriStateChoice(
            self.tr("Your profession is on Hong Kong's Talent List"), self
        )
        where = builtin_sources().by_id["immd-qmas"].short_address
        hint = QLabel(
            self.tr(
                "The Talent List is linked from the Quality Migrant Admission Scheme page: %1"
            ).replace("%1", where),
            self,
        )
        theme.style_label(hint, "hint")
        self.achievement = QComboBox(self)
        self.achievement.setAccessibleName(
            self.tr("An exceptional award or a widely recognised contribution in your field")
        )
        self.achievement.addItem(labels.unknown(), _UNKNOWN)
        self.achievement.addItem(self.tr("No"), _NO)
        self.achievement.addItem(self.tr("Yes, described below"), _YES)
        self.achievement_text = text_field(self, MAX_TEXT)
        self.achievement_text.setAccessibleName(self.tr("Describe the award or contribution"))
        self.achievement_text.setPlaceholderText(self.tr("for example: Olympic medal, 2024"))
        self.achievement_error = FieldError(self)
        self.achievement_error.setWordWrap(False)
        self.family_in_hk = TriStateChoice(
            self.tr(
                "Is your spouse, a parent, a brother or sister, or a child a Hong Kong permanent "
                "resident living in Hong Kong"
            ),
            self,
        )
        self.form.addRow(self.tr("On the &Talent List:"), self.talent_list)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("&Award or recognition:"), self.achievement)
        self.form.addRow("", self.achievement_text)
        self.form.addRow("", self.achievement_error)
        family = QLabel(self.family_in_hk.accessibleName() + "?", self)
        family.setWordWrap(True)
        family.setBuddy(self.family_in_hk.button(True))
        self.form.addRow(family)
        self.form.addRow(self.family_in_hk)
        self.achievement.currentIndexChanged.connect(self._achievement_changed)
        self.achievement_text.textChanged.connect(self.changed)

    def _achievement_changed(self, _index: int) -> None:
        self.achievement_text.setEnabled(self.achievement.currentData() == _YES)
        self.changed()

    def load(self, draft: Draft) -> None:
        languages = draft.principal.languages or Languages(chinese=None, english=None, other=None)
        self.chinese.setValue(languages.chinese)
        self.english.setValue(languages.english)
        self.other.setText(language_names(languages.other or ()))
        member = draft.principal
        self.talent_list.setValue(member.talent_list)
        self.family_in_hk.setValue(member.family_in_hk)
        achieved = member.achievement
        choice = _UNKNOWN if achieved is None else _NO if achieved is False else _YES
        self.achievement.setCurrentIndex(self.achievement.findData(choice))
        self.achievement_text.setText(achieved or "")
        self._achievement_changed(0)

    def apply(self, draft: Draft) -> None:
        chinese, english = self.chinese.value(), self.english.value()
        other = language_codes(self.other.text())
        unknown = chinese is None and english is None and not other
        languages = None if unknown else Languages(chinese=chinese, english=english, other=other)
        choice = self.achievement.currentData()
        achievement: str | Literal[False] | None = None
        if choice == _NO:
            achievement = False
        elif choice == _YES:
            achievement = self.achievement_text.text().strip()
        draft.principal = replace(
            draft.principal,
            languages=languages,
            talent_list=self.talent_list.value(),
            family_in_hk=self.family_in_hk.value(),
            achievement=achievement,
        )

    def check(self) -> bool:
        message = None
        if self.achievement.currentData() == _YES and not self.achievement_text.text().strip():
            message = self.tr("Describe it in a few words.")
        self.achievement_error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        return [
            *self.chinese.focus_widgets(),
            *self.english.focus_widgets(),
            self.other,
            *self.talent_list.focus_widgets(),
            self.achievement,
            self.achievement_text,
            *self.family_in_hk.focus_widgets(),
        ]


class RecordsPage(AnswerPage):
    page_id = PageId.RECORDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Records"),
            self.tr(
                "Every route asks these two questions on its application form. Your answers "
                "stay on this computer; they only help show which questions to prepare for. "
                'If you are unsure how a past matter counts, choose "Don\'t know" and ask a '
                "lawyer."
            ),
            parent,
        )

    def build(self) -> None:
        self.criminal = TriStateChoice(
            self.tr("Have you ever been convicted of a crime or offence in any country?"), self
        )
        self.immigration = TriStateChoice(
            self.tr(
                "Have you ever been refused a visa or entry, deported or removed, or "
                "overstayed, in any country?"
            ),
            self,
        )
        for choice in (self.criminal, self.immigration):
            question = QLabel(choice.accessibleName(), self)
            question.setWordWrap(True)
            question.setBuddy(choice.button(True))
            self.form.addRow(question)
            self.form.addRow(choice)

    def load(self, draft: Draft) -> None:
        records = draft.principal.records or Records()
        self.criminal.setValue(records.criminal)
        self.immigration.setValue(records.adverse_immigration)

    def apply(self, draft: Draft) -> None:
        criminal, immigration = self.criminal.value(), self.immigration.value()
        records = (
            None
            if criminal is None and immigration is None
            else Records(criminal=criminal, adverse_immigration=immigration)
        )
        draft.principal = replace(draft.principal, records=records)

    def focus_chain(self) -> list[QWidget]:
        return [*self.criminal.focus_widgets(), *self.immigration.focus_widgets()]
