"""The plan: the route the household means to take and when, each member's work in Hong Kong
(done or planned), and the stay the principal holds now. The Plan tab reads these answers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QWidget

from hkpath_desktop.core.facts import (
    PATHWAY_IDS,
    HKWork,
    HouseholdPlan,
    Member,
    Stay,
    StayPathway,
    WorkKind,
)
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.report import labels as words
from hkpath_desktop.ui import theme
from hkpath_desktop.ui.i18n import current_language
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.entry_list import Card
from hkpath_desktop.ui.widgets.field_error import FieldError
from hkpath_desktop.ui.widgets.money import MoneyEdit
from hkpath_desktop.ui.widgets.optional_date import OptionalDateEdit
from hkpath_desktop.ui.widgets.text_field import text_field
from hkpath_desktop.ui.widgets.tristate import TriStateChoice
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.lists import ListPage

_UNDECIDED = ""


def pathway_name(pathway: str) -> str:
    return words.pathway(pathway, Language(current_language()))


class PlanPage(AnswerPage):
    page_id = PageId.PLAN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your plan"),
            self.tr(
                "The route you mean to take and when you expect to enter Hong Kong. The Plan "
                "tab then checks each renewal of that route; while the route is not decided "
                "it checks every route open to you."
            ),
            parent,
        )

    def build(self) -> None:
        self.route = QComboBox(self)
        self.route.setAccessibleName(self.tr("Route you mean to take"))
        self.route.addItem(self.tr("Not decided yet"), _UNDECIDED)
        for pathway in PATHWAY_IDS:
            self.route.addItem(pathway_name(pathway), pathway)
        self.entry = OptionalDateEdit(self.tr("Expected date of entry to Hong Kong"), parent=self)
        hint = QLabel(self.tr("Leave the date empty if you do not know it yet."), self)
        theme.style_label(hint, "hint")
        hint.setWordWrap(True)
        self.form.addRow(self.tr("&Route:"), self.route)
        self.form.addRow(self.tr("Expected &entry:"), self.entry)
        self.form.addRow("", hint)
        self.route.currentIndexChanged.connect(self.changed)

    def load(self, draft: Draft) -> None:
        plan = draft.plan or HouseholdPlan()
        self.route.setCurrentIndex(max(self.route.findData(plan.pathway or _UNDECIDED), 0))
        self.entry.setValue(plan.entry)

    def apply(self, draft: Draft) -> None:
        pathway = self.route.currentData() or None
        entry = self.entry.value()
        plan = HouseholdPlan(pathway=pathway, entry=entry)
        # No answer leaves no plan, rather than an empty one.
        draft.plan = None if plan == HouseholdPlan() and draft.plan is None else plan

    def focus_chain(self) -> list[QWidget]:
        return [self.route, *self.entry.focus_widgets()]


class HKWorkCard(Card):
    """One job or business in Hong Kong of one member of the household."""

    def __init__(self, members: tuple[Member, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Work in Hong Kong"), parent)
        self.person = QComboBox(self)
        self.person.setAccessibleName(self.tr("Whose work"))
        for m in members:
            self.person.addItem(m.display_name or m.id, m.id)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of work"))
        self.kind.addItem(self.tr("Employment"), WorkKind.EMPLOYMENT.value)
        self.kind.addItem(self.tr("Own business"), WorkKind.BUSINESS.value)
        self.employer = text_field(self)
        self.employer.setAccessibleName(self.tr("Employer or business name"))
        self.post = text_field(self)
        self.post.setAccessibleName(self.tr("Job title"))
        self.start = OptionalDateEdit(self.tr("Starts or started"), parent=self)
        self.end = OptionalDateEdit(
            self.tr("Ends or ended"), unknown_label=self.tr("No end planned"), parent=self
        )
        self.error = FieldError(self)
        self.salary = MoneyEdit(self.tr("Monthly salary"), self)
        self.salary_error = FieldError(self)
        self.degree = TriStateChoice(self.tr("A post usually taken by degree holders"), self)
        self.market = TriStateChoice(self.tr("Paid at the market rate"), self)
        self.approved = TriStateChoice(
            self.tr("The Immigration Department approved this employment"), self
        )
        hint = QLabel(self.tr("Approval matters for GEP and ASMTP stays."), self)
        theme.style_label(hint, "hint")
        self.form.addRow(self.tr("Person:"), self.person)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Employer or business:"), self.employer)
        self.form.addRow(self.tr("Job title:"), self.post)
        self.form.addRow(self.tr("From:"), self.start)
        self.form.addRow(self.tr("Until:"), self.end)
        self.form.addRow("", self.error)
        self.form.addRow(self.tr("Monthly salary:"), self.salary)
        self.form.addRow("", self.salary_error)
        self.form.addRow(self.tr("Degree-level post:"), self.degree)
        self.form.addRow(self.tr("Market pay:"), self.market)
        self.form.addRow(self.tr("Approved by ImmD:"), self.approved)
        self.form.addRow("", hint)
        self.form.setRowVisible(self.person, len(members) > 1)
        self.finish()
        self.employer.textChanged.connect(self.changed)
        self.start.valueChanged.connect(self.changed)
        self.end.valueChanged.connect(self.changed)
        self.salary.valueChanged.connect(self.changed)

    def member(self) -> str:
        return str(self.person.currentData())

    def load(self, member: str, item: HKWork) -> None:
        self.person.setCurrentIndex(max(self.person.findData(member), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind.value), 0))
        self.employer.setText(item.employer)
        self.post.setText(item.post or "")
        self.start.setValue(item.start)
        self.end.setValue(item.end)
        self.salary.setHkd(item.monthly_salary_hkd)
        self.degree.setValue(item.degree_level)
        self.market.setValue(item.market_pay)
        self.approved.setValue(item.approved)

    def item(self) -> HKWork:
        """The work as typed; only called once ``check`` passed (the start date is given)."""
        start = self.start.value()
        assert start is not None
        return HKWork(
            kind=WorkKind(self.kind.currentData()),
            employer=self.employer.text().strip(),
            start=start,
            end=self.end.value(),
            post=self.post.text().strip() or None,
            monthly_salary_hkd=self.salary.hkd(),
            degree_level=self.degree.value(),
            market_pay=self.market.value(),
            approved=self.approved.value(),
        )

    def check(self) -> bool:
        start, end = self.start.value(), self.end.value()
        message = None
        if not self.employer.text().strip():
            message = self.tr("Name the employer or the business.")
        elif start is None:
            message = self.tr("Give the start date (a planned date is fine).")
        elif end is not None and end < start:
            message = self.tr("The end date is before the start date.")
        self.error.show_message(message)
        salary = self.salary.error()
        self.salary_error.show_message(salary)
        return message is None and salary is None

    def focus_chain(self) -> list[QWidget]:
        return [
            self.person,
            self.kind,
            self.employer,
            self.post,
            *self.start.focus_widgets(),
            *self.end.focus_widgets(),
            *self.salary.focus_widgets(),
            *self.degree.focus_widgets(),
            *self.market.focus_widgets(),
            *self.approved.focus_widgets(),
        ]


_Entry = tuple[str, HKWork]
"""A member's id and one of their works in Hong Kong."""


class HKWorkPage(ListPage[HKWorkCard, _Entry]):
    """Every member's ``hk_work`` on one list, each card naming whose work it is.

    "No" stores an empty list for everyone, "Don't know" stores unknown for everyone; "Yes"
    stores each member's cards (a member with none keeps the answer they had, or none if
    their cards were removed).
    """

    page_id = PageId.HK_WORK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Work in Hong Kong"),
            self.tr(
                "Each job or business in Hong Kong, now or planned, of anyone in the family. "
                "Renewals of most stays ask about it."
            ),
            self.tr("Will anyone work in Hong Kong?"),
            lambda parent: HKWorkCard(self.draft.members(), parent),
            self.tr("Add &work in Hong Kong"),
            parent,
        )

    def items_of(self, draft: Draft) -> tuple[_Entry, ...] | None:
        members = draft.members()
        entries = tuple((m.id, w) for m in members for w in m.hk_work or ())
        if entries:
            return entries
        if all(m.hk_work == () for m in members):
            return ()
        return None

    def with_items(self, draft: Draft, items: tuple[_Entry, ...] | None) -> None:
        def work(member: Member) -> tuple[HKWork, ...] | None:
            if items is None:
                return None if member.hk_work else member.hk_work
            if not items:
                return ()
            own = tuple(w for who, w in items if who == member.id)
            return own if own or member.hk_work is None else ()

        draft.principal = replace(draft.principal, hk_work=work(draft.principal))
        draft.dependants = [replace(m, hk_work=work(m)) for m in draft.dependants]

    def load_card(self, card: HKWorkCard, item: _Entry) -> None:
        card.load(*item)

    def card_item(self, card: HKWorkCard) -> _Entry:
        return card.member(), card.item()

    def card_ok(self, card: HKWorkCard) -> bool:
        return card.check()


_NO, _YES = 0, 1
_ROUTES = [p for p in StayPathway if p is not StayPathway.DEPENDANT]
"""The stays a principal can hold (a dependant's stay is sponsored by a family member)."""


def current_stay(draft: Draft) -> Stay | None:
    """The principal's recorded stay that covers the interview's day, if any (the latest)."""
    mine = [
        s
        for s in draft.stays
        if s.member == draft.principal.id and s.entry <= draft.today <= s.limit_of_stay
    ]
    return max(mine, key=lambda s: s.entry, default=None)


class HKStayPage(AnswerPage):
    """Are you in Hong Kong now, on what stay, until when: adds or edits that stay (the
    stays of the rest of the family are in the Timeline tab's Stays… list)."""

    page_id = PageId.HK_STAY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("In Hong Kong now"),
            self.tr(
                "If you hold a Hong Kong visa or entry permit now, give its route and dates "
                "as on the visa label: the plan starts from it. The rest of the family's stays "
                "can be added in the Timeline tab (Stays…)."
            ),
            parent,
        )

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.no = QRadioButton(self.tr("N&o, I do not live in Hong Kong on a stay now"), self)
        self.yes = QRadioButton(self.tr("&Yes, I am in Hong Kong on this stay:"), self)
        for key, button in ((_NO, self.no), (_YES, self.yes)):
            button.setAccessibleName(button.text().replace("&", ""))
            self.group.addButton(button, key)
            self.form.addRow(button)
        self.route = QComboBox(self)
        self.route.setAccessibleName(self.tr("Route of the stay"))
        for pathway in _ROUTES:
            self.route.addItem(style.pathway_title(pathway), pathway.value)
        self.entry = OptionalDateEdit(self.tr("Entry date"), parent=self)
        self.limit = OptionalDateEdit(self.tr("Limit of stay"), parent=self)
        self.approval = OptionalDateEdit(self.tr("Formal Approval (New CIES)"), parent=self)
        self.error = FieldError(self)
        self.form.addRow(self.tr("Route:"), self.route)
        self.form.addRow(self.tr("Entry date:"), self.entry)
        self.form.addRow(self.tr("Limit of stay:"), self.limit)
        self.form.addRow(self.tr("Formal Approval (New CIES):"), self.approval)
        self.form.addRow("", self.error)
        self.kept = QLabel(
            self.tr(
                "A stay covering today is recorded: it is kept. Delete it in the Timeline tab "
                "(Stays…) if it is wrong."
            ),
            self,
        )
        theme.style_label(self.kept, "hint")
        self.kept.setWordWrap(True)
        self.kept.hide()
        self.form.addRow(self.kept)
        self.group.idToggled.connect(self._answer_changed)
        self.route.currentIndexChanged.connect(self._answer_changed)
        for field in (self.entry, self.limit, self.approval):
            field.valueChanged.connect(self.changed)

    def _answer_changed(self, *_args: object) -> None:
        on_stay = self.group.checkedId() == _YES
        for field in (self.route, self.entry, self.limit, self.approval):
            field.setEnabled(on_stay)
        cies = self.route.currentData() == StayPathway.CIES.value
        self.form.setRowVisible(self.approval, cies)
        self.changed()

    def load(self, draft: Draft) -> None:
        stay = current_stay(draft)
        (self.yes if stay else self.no).setChecked(True)
        if stay is not None:
            self.route.setCurrentIndex(max(self.route.findData(stay.pathway.value), 0))
            self.entry.setValue(stay.entry)
            self.limit.setValue(stay.limit_of_stay)
            self.approval.setValue(stay.formal_approval)
        self._answer_changed()

    def stay(self) -> Stay | None:
        """The stay as typed (``None`` for "No"); only read once ``check`` passed."""
        if self.group.checkedId() != _YES:
            return None
        entry, limit = self.entry.value(), self.limit.value()
        assert entry is not None and limit is not None
        pathway = StayPathway(self.route.currentData())
        approval = self.approval.value() if pathway is StayPathway.CIES else None
        return Stay(self.draft.principal.id, pathway, entry, limit, formal_approval=approval)

    def apply(self, draft: Draft) -> None:
        """ "Yes" adds the stay or changes the one covering today; "No" deletes nothing (a
        stay is removed in the Stays… list, where all of them show)."""
        new, old = self.stay(), current_stay(draft)
        if new is None or new == old:
            return
        kept = [s for s in draft.stays if s != old]
        draft.stays = (*kept, new)

    def check(self) -> bool:
        message = None
        if self.group.checkedId() == _YES:
            entry, limit, today = self.entry.value(), self.limit.value(), self.draft.today
            if entry is None or limit is None:
                message = self.tr("Give the entry date and the limit of stay on the visa label.")
            elif limit < entry:
                message = self.tr(
                    "The limit of stay is before the entry date: check the two dates."
                )
            elif entry > today:
                message = self.tr("A stay you are on now began today or earlier.")
            elif limit < today:
                message = self.tr("This stay has ended: its limit of stay is before today.")
        self.kept.setVisible(self.group.checkedId() == _NO and current_stay(self.draft) is not None)
        self.error.show_message(message)
        return message is None

    def focus_chain(self) -> list[QWidget]:
        return [
            self.no,
            self.yes,
            self.route,
            *self.entry.focus_widgets(),
            *self.limit.focus_widgets(),
            *self.approval.focus_widgets(),
        ]
