"""Every answer on one page, with a link back to the page where it can be changed."""

from __future__ import annotations

from html import escape
from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from hkpath_desktop.core.facts import JobOffer, Member, Role
from hkpath_desktop.ui import labels
from hkpath_desktop.ui.widgets import timeline_style as style
from hkpath_desktop.ui.widgets.country_combo import territory_name
from hkpath_desktop.ui.wizard.base import AnswerPage
from hkpath_desktop.ui.wizard.draft import Draft
from hkpath_desktop.ui.wizard.ids import PageId
from hkpath_desktop.ui.wizard.plan_pages import current_stay, pathway_name


def _country(code: str | None) -> str:
    return labels.unknown() if code is None else territory_name(code)


def _countries(codes: tuple[str, ...] | None, none_text: str) -> str:
    if codes is None:
        return labels.unknown()
    return ", ".join(territory_name(code) for code in codes) or none_text


def _achievement(value: str | Literal[False] | None, none_text: str) -> str:
    if value is None:
        return labels.unknown()
    return value or none_text


def _count(items: tuple[object, ...] | None, none_text: str) -> str:
    if items is None:
        return labels.unknown()
    return str(len(items)) if items else none_text


class SummaryText(QTextBrowser):
    """The answers as a read-only document whose links are reported, never opened.

    A word-wrapped rich-text label in a scroll area measured itself for many widths each time
    its text changed (a sixteenth of a second for the summary); a text browser lays the
    document out once for its width.

    Signals:
        linkActivated(str): the user followed a link (by mouse or keyboard); passes its href.
    """

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._html = ""
        self.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))

    def show_html(self, html: str) -> None:
        """Show ``html``; the same document again is not laid out again."""
        if html != self._html:
            self._html = html
            self.setHtml(html)

    def text(self) -> str:
        """The HTML shown."""
        return self._html


class SummaryPage(AnswerPage):
    """Signals:
    editRequested(int): the user followed an "Edit" link; passes the page id.
    """

    page_id = PageId.SUMMARY
    editRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Summary"),
            self.tr('Check your answers. Follow "Edit" to change a section.'),
            parent,
        )

    def build(self) -> None:
        self.text = SummaryText(self)
        self.text.setAccessibleName(self.tr("All your answers"))
        self.text.linkActivated.connect(self._link)
        self.outer.addWidget(self.text, 1)

    def _link(self, href: str) -> None:
        self.editRequested.emit(int(href.removeprefix("page:")))

    def load(self, draft: Draft) -> None:
        self.text.show_html(self.html(draft))

    def _section(self, title: str, page: PageId, rows: list[tuple[str, str]]) -> str:
        body = "".join(
            f"<tr><td>{escape(k)}</td><td>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        edit = escape(self.tr("Edit"))
        return (
            f"<h3>{escape(title)} &nbsp;<a href='page:{int(page)}'>{edit}</a></h3>"
            f"<table>{body}</table>"
        )

    def _person(self, member: Member) -> list[tuple[str, str]]:
        return [
            (self.tr("Name"), member.display_name or labels.unknown()),
            (self.tr("Date of birth"), labels.day(member.date_of_birth)),
            (self.tr("Nationality"), _country(member.nationality)),
        ]

    def _education(self, member: Member) -> list[tuple[str, str]]:
        """One row per qualification: its level, then where and when it was awarded."""
        if not member.education:
            return [(self.tr("Qualifications"), _count(member.education, self.tr("None")))]
        levels = labels.education_level()
        rows = []
        for item in member.education:
            level = labels.unknown() if item.level is None else levels[item.level]
            where = ", ".join(
                part
                for part in (item.institution, item.country and territory_name(item.country))
                if part
            )
            awarded = self.tr("awarded %1").replace("%1", labels.day(item.awarded_on))
            rows.append((level, " · ".join(part for part in (where, awarded) if part)))
        return rows

    def _work(self, member: Member) -> list[tuple[str, str]]:
        """One row per work period: from and to, then what kind of work it was."""
        if not member.work:
            return [(self.tr("Work periods"), _count(member.work, self.tr("None")))]
        rows = []
        for item in member.work:
            end = self.tr("today") if item.end is None and item.start else labels.day(item.end)
            span = self.tr("%1 to %2").replace("%1", labels.day(item.start)).replace("%2", end)
            kind = [
                text
                for flag, text in (
                    (item.full_time, self.tr("full-time")),
                    (item.self_employed, self.tr("self-employed")),
                    (item.graduate_level, self.tr("graduate level")),
                    (item.senior, self.tr("senior role")),
                )
                if flag
            ]
            job = " · ".join(part for part in (item.post, item.employer) if part)
            rows.append((span, " · ".join(part for part in (job, ", ".join(kind)) if part) or "—"))
        return rows

    def html(self, draft: Draft) -> str:
        p = draft.principal
        status = p.residence.hk_status
        you = [
            *self._person(p),
            (self.tr("Living in"), _country(p.residence.country)),
            (
                self.tr("Hong Kong status"),
                labels.unknown() if status is None else labels.hk_status()[status],
            ),
            (
                self.tr("Permanent residence elsewhere"),
                _countries(p.residence.permanent_residence_abroad, self.tr("None")),
            ),
            (self.tr("Travel document valid until"), labels.day(p.travel_document_expiry)),
        ]
        family = [
            (
                self.tr("Spouse or partner") if m.role is Role.SPOUSE else self.tr("Child"),
                " · ".join(
                    (
                        m.display_name or "—",
                        self.tr("lives in %1").replace("%1", _country(m.residence.country)),
                    )
                ),
            )
            for m in draft.dependants
        ] or [(self.tr("Family members coming"), self.tr("None"))]
        offer = p.job_offer
        if offer is None:
            offer_text = labels.unknown()
        elif offer is False:
            offer_text = self.tr("No job offer")
        elif isinstance(offer, JobOffer) and offer.employer:
            offer_text = f"{offer.post or ''} — {offer.employer}".strip(" —")
        else:
            offer_text = self.tr("Offer expected, details not known")
        languages = p.languages
        assets = p.net_assets
        records = p.records
        sections = [
            self._section(self.tr("About you"), PageId.YOU, you),
            self._section(self.tr("Family"), PageId.FAMILY, family),
            self._section(self.tr("Education"), PageId.EDUCATION, self._education(p)),
            self._section(self.tr("Work"), PageId.WORK, self._work(p)),
            self._section(
                self.tr("Income"),
                PageId.INCOME,
                [
                    (
                        self.tr("Twelve months ending %1").replace("%1", labels.day(i.year_ending)),
                        labels.hkd(i.hkd),
                    )
                    for i in (p.income or ())
                ]
                or [(self.tr("Income periods"), _count(p.income, self.tr("None")))],
            ),
            self._section(self.tr("Job offer"), PageId.JOB_OFFER, [(self.tr("Offer"), offer_text)]),
            self._section(
                self.tr("Languages, talent and family"),
                PageId.LANGUAGES,
                [
                    (
                        self.tr("Chinese"),
                        labels.yes_no(None if languages is None else languages.chinese),
                    ),
                    (
                        self.tr("English"),
                        labels.yes_no(None if languages is None else languages.english),
                    ),
                    (
                        self.tr("Other"),
                        (labels.languages(languages.other or ()) or self.tr("None"))
                        if languages
                        else labels.unknown(),
                    ),
                    (self.tr("Profession on the Talent List"), labels.yes_no(p.talent_list)),
                    (self.tr("Award or recognition"), _achievement(p.achievement, self.tr("None"))),
                    (self.tr("Family member living in Hong Kong"), labels.yes_no(p.family_in_hk)),
                ],
            ),
            self._section(
                self.tr("Assets"),
                PageId.ASSETS,
                [
                    (self.tr("Net assets"), labels.hkd(None if assets is None else assets.hkd)),
                    (
                        self.tr("Held since"),
                        labels.day(None if assets is None else assets.held_since),
                    ),
                    (self.tr("Money to live on"), labels.hkd(p.support_funds_hkd)),
                ],
            ),
            self._section(
                self.tr("Records"),
                PageId.RECORDS,
                [
                    (
                        self.tr("Criminal conviction"),
                        labels.yes_no(records.criminal if records else None),
                    ),
                    (
                        self.tr("Adverse immigration record"),
                        labels.yes_no(records.adverse_immigration if records else None),
                    ),
                ],
            ),
        ]
        return "".join([*sections, *self._plan_sections(draft)])

    def _plan_sections(self, draft: Draft) -> list[str]:
        """The plan, each member's work in Hong Kong and the stay held now."""
        plan = draft.plan
        route = plan.pathway if plan else None
        entry = plan.entry if plan else None
        work = [
            (
                m.display_name or m.id,
                " · ".join(
                    part
                    for part in (
                        w.post,
                        w.employer,
                        self.tr("%1 to %2")
                        .replace("%1", w.start.isoformat())
                        .replace("%2", w.end.isoformat() if w.end else self.tr("no end planned")),
                        labels.hkd(w.monthly_salary_hkd) if w.monthly_salary_hkd else None,
                    )
                    if part
                ),
            )
            for m in draft.members()
            for w in m.hk_work or ()
        ]
        if not work:
            known = all(m.hk_work == () for m in draft.members())
            work = [(self.tr("Work in Hong Kong"), self.tr("None") if known else labels.unknown())]
        stay = current_stay(draft)
        stay_text = (
            self.tr("%1 from %2, limit of stay %3")
            .replace("%1", style.pathway_title(stay.pathway))
            .replace("%2", stay.entry.isoformat())
            .replace("%3", stay.limit_of_stay.isoformat())
            if stay
            else self.tr("No stay recorded")
        )
        return [
            self._section(
                self.tr("Your plan"),
                PageId.PLAN,
                [
                    (
                        self.tr("Route"),
                        pathway_name(route) if route else self.tr("Not decided yet"),
                    ),
                    (self.tr("Expected entry"), labels.day(entry)),
                ],
            ),
            self._section(self.tr("Work in Hong Kong"), PageId.HK_WORK, work),
            self._section(
                self.tr("In Hong Kong now"), PageId.HK_STAY, [(self.tr("Stay"), stay_text)]
            ),
        ]
