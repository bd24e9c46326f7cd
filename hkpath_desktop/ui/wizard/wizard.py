"""The interview wizard: pages in order, branching, and autosave through the household session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from hkpath_desktop.core.facts import Member, Stay
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.rules import RulePack
from hkpath_desktop.core.texts import say
from hkpath_desktop.store.db import BusyDatabaseError
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.stays_dialog import ChangedMeanwhile, change_stay
from hkpath_desktop.ui.wizard.background import EducationPage, WorkPage
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.extra import LanguagesPage, RecordsPage
from hkpath_desktop.ui.wizard.family import FamilyPage
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.money_pages import AssetsPage, IncomePage
from hkpath_desktop.ui.wizard.offer import JobDetailsPage, JobOfferPage
from hkpath_desktop.ui.wizard.person import YouPage
from hkpath_desktop.ui.wizard.plan_pages import HKStayPage, HKWorkPage, PlanPage
from hkpath_desktop.ui.wizard.steps import StepList
from hkpath_desktop.ui.wizard.summary import SummaryPage
from hkpath_desktop.ui.wizard.welcome import WelcomePage

AUTOSAVE_PAUSE_MS = 400
"""An answer is stored once the typing has paused this long (or the field is left)."""


class InterviewWizard(QWizard):
    """Edits one stored household; an answer is stored as it is typed (after a pause, or when
    its field is left) and every page the moment the user leaves it.

    Reopening resumes on the page the user was on, with the Back history rebuilt.
    """

    def __init__(
        self,
        session: HouseholdSession,
        household_id: int,
        rules: RulePack,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.household_id = household_id
        household = session.load(household_id)
        self.draft = Draft.of(household, today)
        self._stored: dict[str, Member] = {m.id: m for m in household.members}
        self._stored_plan = household.plan
        self._stored_stays: tuple[Stay, ...] = household.stays
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
            PlanPage(),
            HKWorkPage(),
            HKStayPage(),
            SummaryPage(),
        ]
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(AUTOSAVE_PAUSE_MS)
        self._pause.timeout.connect(self.save_typed)
        for page in pages:
            self.setPage(int(page.page_id), page)
            page.completeChanged.connect(self._follow_steps)
            page.answerChanged.connect(self._pause.start)
        self.summary = pages[-1]
        assert isinstance(self.summary, SummaryPage)
        self.summary.editRequested.connect(self.go_back_to)
        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._on_page_changed)
        self.resize(900, 620)
        cast(QApplication, QApplication.instance()).focusChanged.connect(self._focus_moved)
        resume_on = session.repository.wizard_page(household_id)
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
        self._follow_steps()
        if self._replaying:
            self._left = page_id
            return
        self.store_page(self._left, on_page=page_id)
        self._left = page_id
        if page_id == PageId.SUMMARY:
            self.summary.load(self.draft)

    def _follow_steps(self) -> None:
        """An answer can add or skip a step (the offer's details): count them again."""
        if self.currentId() != -1:
            self.steps.follow(self)

    def save_typed(self) -> None:
        """Store the answers on screen now (the pause after typing, a field left, a quit)."""
        self._pause.stop()
        if not self._replaying:
            self.store_page(self.currentId())

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._pause.isActive() and old is not None and self.isAncestorOf(old):
            self.save_typed()

    def store_page(self, page_id: int, on_page: int = -1) -> None:
        """Write a page's answers into the draft and store what changed (if they are valid),
        and ``on_page``, the page the interview is on now (if any)."""
        if page_id < 0:
            return
        page = self.answer_page(PageId(page_id))
        if page.storable():
            page.apply(self.draft)
        stored, members = self._stored, self.draft.members()
        self._stored = {m.id: m for m in members}
        changed = [m for m in members if stored.get(m.id) != m]
        removed = set(stored) - set(self._stored)
        plan = self.draft.plan
        new_plan = plan != self._stored_plan
        self._stored_plan = plan
        gone = [s for s in self._stored_stays if s not in self.draft.stays]
        added = [s for s in self.draft.stays if s not in self._stored_stays]
        self._stored_stays = self.draft.stays
        stay_change = (gone[0] if gone else None, added[0] if added else None)
        if not (changed or removed or new_plan or gone or added) and on_page < 0:
            return
        household_id = self.household_id

        def store(repository: Repository) -> None:
            if new_plan:
                household = repository.load(household_id)
                repository.save_household_answers(household_id, replace(household, plan=plan))
            for member in changed:
                if member.id in stored:
                    repository.update_member(household_id, stored[member.id], member)
                else:
                    repository.save_member(household_id, member)
            for member_id in removed:
                repository.remove_member(household_id, member_id)
            if on_page >= 0:
                repository.set_wizard_page(household_id, on_page)
            if stay_change != (None, None):
                change_stay(repository, household_id, *stay_change)

        self.session.write(household_id, store, failed=self._not_stored)

    def _not_stored(self, error: Exception) -> None:
        """Say why, and count what is stored afresh, so the answers not stored (still on
        screen) are stored by the next pause, field left or page turn."""
        reason = str(error)
        household = self.session.load(self.household_id)
        self._stored = {m.id: m for m in household.members}
        self._stored_plan = household.plan
        self._stored_stays = household.stays
        if isinstance(error, ChangedMeanwhile):
            reason = self.tr("the stays changed meanwhile; look again and retry.")
            self.draft.stays = household.stays
        elif isinstance(error, BusyDatabaseError):
            reason = self.tr(
                "another program kept the data file busy for a minute (a large import, "
                "perhaps). What you typed is still here; it is saved when you next pause, "
                "leave a field or turn the page."
            )
        QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr("The answers of this page were not saved: %1").replace("%1", reason),
        )

    def done(self, result: int) -> None:
        """Finish, Cancel and closing the window all keep the page on screen."""
        self.save_typed()
        super().done(result)
