"""The interview wizard: pages in order, branching, and autosave through the repository."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from hkpath_desktop.core.facts import Member
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.wizard.background import EducationPage, WorkPage
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.extra import LanguagesPage, RecordsPage
from hkpath_desktop.ui.wizard.family import FamilyPage
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.money_pages import AssetsPage, IncomePage
from hkpath_desktop.ui.wizard.offer import JobDetailsPage, JobOfferPage
from hkpath_desktop.ui.wizard.person import YouPage
from hkpath_desktop.ui.wizard.summary import SummaryPage
from hkpath_desktop.ui.wizard.welcome import WelcomePage


class InterviewWizard(QWizard):
    """Edits one stored household; every page is stored the moment the user leaves it.

    Reopening resumes on the page the user was on, with the Back history rebuilt.

    Signals:
        householdChanged(int): answers of the household (its id is passed) were stored.
    """

    householdChanged = Signal(int)

    def __init__(
        self,
        repository: Repository,
        household_id: int,
        rules: RulePack,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.household_id = household_id
        household = repository.load(household_id)
        self.draft = Draft.of(household, today)
        self._stored: dict[str, Member] = {m.id: m for m in household.members}
        self._left: int = -1
        self._replaying = False
        self.setWindowTitle(self.tr("Interview — %1").replace("%1", household.name))
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        pages: list[AnswerPage] = [
            WelcomePage(say(rules.label, Language(current_language())), rules.released),
            YouPage(),
            FamilyPage(),
            EducationPage(),
            WorkPage(),
            IncomePage(),
            JobOfferPage(),
            JobDetailsPage(),
            LanguagesPage(),
            AssetsPage(),
            RecordsPage(),
            SummaryPage(),
        ]
        for page in pages:
            self.setPage(int(page.page_id), page)
        self.summary = pages[-1]
        assert isinstance(self.summary, SummaryPage)
        self.summary.editRequested.connect(self.go_back_to)
        self.currentIdChanged.connect(self._on_page_changed)
        self.resize(760, 620)
        resume_on = repository.wizard_page(household_id)
        self._replaying = True
        self.restart()
        self._resume(resume_on)

    def answer_page(self, page_id: PageId) -> AnswerPage:
        """The page, its widgets built."""
        page = self.page(int(page_id))
        assert isinstance(page, AnswerPage)
        page.ensure_built()
        return page

    def go_back_to(self, page_id: int) -> None:
        """Step back (keeping the history) until ``page_id`` is showing."""
        while self.currentId() != page_id and page_id in self.visitedIds():
            self.back()

    def _resume(self, page_id: int | None) -> None:
        """Replay Next up to the remembered page, so that Back works as if never closed."""
        try:
            if page_id is None or page_id not in {int(p) for p in PageId}:
                return
            while self.currentId() != page_id and self.currentPage().isComplete():
                if self.nextId() == -1:
                    break
                self.next()
        finally:
            self._replaying = False
        self._left = self.currentId()

    def _on_page_changed(self, page_id: int) -> None:
        if self._replaying:
            self._left = page_id
            return
        self.store_page(self._left)
        self._left = page_id
        if page_id >= 0:
            self.repository.set_wizard_page(self.household_id, page_id)
        if page_id == PageId.SUMMARY:
            self.summary.load(self.draft)

    def store_page(self, page_id: int) -> None:
        """Write a page's answers into the draft and store what changed (if the page is valid)."""
        if page_id < 0:
            return
        page = self.answer_page(PageId(page_id))
        if not page.isComplete():
            return
        page.apply(self.draft)
        changed = False
        current = {m.id: m for m in self.draft.members()}
        for member in self.draft.members():
            stored = self._stored.get(member.id)
            if stored is None:
                self.repository.save_member(self.household_id, member)
                changed = True
            elif stored != member:
                self.repository.update_member(self.household_id, stored, member)
                changed = True
        for member_id in set(self._stored) - set(current):
            self.repository.remove_member(self.household_id, member_id)
            changed = True
        self._stored = current
        if changed:
            self.householdChanged.emit(self.household_id)

    def done(self, result: int) -> None:
        """Finish, Cancel and closing the window all keep the page on screen."""
        self.store_page(self.currentId())
        super().done(result)
