"""Languages, and the two record questions that every route asks about."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from hkpath_desktop.core.facts import Languages, Records
from hkpath_desktop.ui.widgets.tristate import TriStateChoice
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId


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
            self.tr("Languages"),
            self.tr("Written and spoken well enough to work in."),
            parent,
        )
        self.chinese = TriStateChoice(self.tr("Chinese (Putonghua or Cantonese)"), self)
        self.english = TriStateChoice(self.tr("English"), self)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("for example: Japanese, French"))
        self.other.setAccessibleName(self.tr("Other languages, separated by commas"))
        self.form.addRow(self.tr("Chinese:"), self.chinese)
        self.form.addRow(self.tr("English:"), self.english)
        self.form.addRow(self.tr("&Other languages:"), self.other)

    def load(self, draft: Draft) -> None:
        languages = draft.principal.languages or Languages(chinese=None, english=None, other=None)
        self.chinese.setValue(languages.chinese)
        self.english.setValue(languages.english)
        self.other.setText(language_names(languages.other or ()))

    def apply(self, draft: Draft) -> None:
        chinese, english = self.chinese.value(), self.english.value()
        other = language_codes(self.other.text())
        unknown = chinese is None and english is None and not other
        languages = None if unknown else Languages(chinese=chinese, english=english, other=other)
        draft.principal = replace(draft.principal, languages=languages)

    def focus_chain(self) -> list[QWidget]:
        return [*self.chinese.focus_widgets(), *self.english.focus_widgets(), self.other]


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
