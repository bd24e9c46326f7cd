"""Rows <-> core.facts, field by field; used only by ``store.repository``.

Kept apart from the repository so that the long, boring list of columns does not hide the
transactions. Each ``*_known`` / ``has_*`` flag is written and read here, and nowhere else.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from hkpath_desktop.core.facts import (
    Business,
    DocumentRef,
    Education,
    EducationLevel,
    HKStatus,
    Holding,
    HoldingKind,
    Household,
    Income,
    IncomeKind,
    JobOffer,
    Languages,
    Member,
    NetAssets,
    Note,
    Portfolio,
    Records,
    Relationship,
    Residence,
    Role,
    Sector,
    Stay,
    StayPathway,
    Trip,
    Work,
)
from hkpath_desktop.store.models import (
    DocumentRow,
    EducationRow,
    HoldingRow,
    HouseholdRow,
    IncomeRow,
    MemberRow,
    NoteRow,
    StayRow,
    TripRow,
    WorkRow,
)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _codes(values: tuple[str, ...] | None) -> list[str] | None:
    return None if values is None else list(values)


def _tuple(values: list[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(values)


Line = dict[str, Any]
"""One education, work or income row's columns by name, without the row's own keys."""


def fill_member(row: MemberRow, m: Member) -> None:
    """Write every fact of ``m`` into ``row`` (a new row or the member's existing one)."""
    fill_member_answers(row, m)
    row.education = [EducationRow(**line) for line in education_lines(m)]
    row.work = [WorkRow(**line) for line in work_lines(m)]
    row.income = [IncomeRow(**line) for line in income_lines(m)]


def fill_member_answers(row: MemberRow, m: Member) -> None:
    """Write the member's own columns, leaving its education, work and income lists alone.

    ``row`` may be any object taking attributes: the autosave fills a plain one, as the
    ORM's bookkeeping on every attribute cost more than the write.
    """
    row.member_key = m.id
    row.role = m.role.value
    row.given_name = m.given_name
    row.family_name = m.family_name
    row.date_of_birth = m.date_of_birth
    row.nationality = m.nationality
    row.residence_country = m.residence.country
    row.permanent_residence_abroad = _codes(m.residence.permanent_residence_abroad)
    row.hk_status = None if m.residence.hk_status is None else m.residence.hk_status.value
    row.travel_document_expiry = m.travel_document_expiry
    row.relation = None if m.relationship is None else m.relationship.value
    row.unmarried = m.unmarried
    row.education_known = m.education is not None
    row.work_known = m.work is not None
    row.income_known = m.income is not None
    _fill_job_offer(row, m.job_offer)
    _fill_languages(row, m.languages)
    row.talent_list = m.talent_list
    row.family_in_hk = m.family_in_hk
    row.has_achievement = None if m.achievement is None else m.achievement is not False
    row.achievement = m.achievement if isinstance(m.achievement, str) else None
    _fill_business(row, m.business)
    row.net_assets_known = m.net_assets is not None
    row.net_assets_hkd = m.net_assets.hkd if m.net_assets else None
    row.net_assets_held_since = m.net_assets.held_since if m.net_assets else None
    row.records_known = m.records is not None
    row.criminal_record = m.records.criminal if m.records else None
    row.adverse_immigration_record = m.records.adverse_immigration if m.records else None
    row.support_funds_hkd = m.support_funds_hkd


def _fill_job_offer(row: MemberRow, offer: JobOffer | Literal[False] | None) -> None:
    row.has_job_offer = None if offer is None else offer is not False
    known = offer if isinstance(offer, JobOffer) else JobOffer()
    row.job_offer_employer = known.employer
    row.job_offer_post = known.post
    row.job_offer_monthly_salary_hkd = known.monthly_salary_hkd
    row.job_offer_start = known.start
    row.job_offer_contract_months = known.contract_months
    row.job_offer_employer_listed = known.employer_listed


def _fill_languages(row: MemberRow, languages: Languages | None) -> None:
    row.languages_known = languages is not None
    row.speaks_chinese = languages.chinese if languages else None
    row.speaks_english = languages.english if languages else None
    row.other_languages = _codes(languages.other) if languages else None


def _fill_business(row: MemberRow, business: Business | Literal[False] | None) -> None:
    row.has_business = None if business is None else business is not False
    known = business if isinstance(business, Business) else Business()
    row.business_annual_profit_hkd = known.annual_profit_hkd
    row.business_listed = known.listed


def education_lines(m: Member) -> list[Line]:
    return [
        {
            "position": i,
            "level": None if e.level is None else e.level.value,
            "institution": e.institution,
            "country": e.country,
            "awarded_on": e.awarded_on,
            "honorary": e.honorary,
            "on_ttps_list": e.on_ttps_list,
            "renowned": e.renowned,
            "stem": e.stem,
        }
        for i, e in enumerate(m.education or ())
    ]


def work_lines(m: Member) -> list[Line]:
    return [
        {
            "position": i,
            "start": w.start,
            "end": w.end,
            "full_time": w.full_time,
            "self_employed": w.self_employed,
            "graduate_level": w.graduate_level,
            "senior": w.senior,
            "international": w.international,
            "multinational": w.multinational,
            "sector": None if w.sector is None else w.sector.value,
        }
        for i, w in enumerate(m.work or ())
    ]


def income_lines(m: Member) -> list[Line]:
    return [
        {
            "position": i,
            "year_ending": x.year_ending,
            "hkd": x.hkd,
            "kind": None if x.kind is None else x.kind.value,
        }
        for i, x in enumerate(m.income or ())
    ]


def stay_row(s: Stay, position: int) -> StayRow:
    return StayRow(
        member_key=s.member,
        position=position,
        pathway=s.pathway.value,
        entry=s.entry,
        limit_of_stay=s.limit_of_stay,
        sponsor=s.sponsor,
        formal_approval=s.formal_approval,
    )


def trip_row(t: Trip, position: int) -> TripRow:
    return TripRow(member_key=t.member, position=position, left=t.left, returned=t.returned)


def fill_document(row: DocumentRow, d: DocumentRef) -> None:
    row.member_key = d.member
    row.item = d.item
    row.path = d.path
    row.sha256 = d.sha256
    row.size = d.size
    row.mtime = d.mtime


def document_row(d: DocumentRef) -> DocumentRow:
    row = DocumentRow(added_at=utc_now())
    fill_document(row, d)
    return row


def note_row(n: Note) -> NoteRow:
    return NoteRow(member_key=n.member, item=n.item, text=n.text)


def holding_rows(portfolio: Portfolio | None) -> list[HoldingRow]:
    return [
        HoldingRow(
            position=i,
            kind=h.kind.value,
            market_value_hkd=h.market_value_hkd,
            price_hkd=h.price_hkd,
            mortgage_hkd=h.mortgage_hkd,
            completion=h.completion,
            acquired=h.acquired,
        )
        for i, h in enumerate(portfolio.holdings if portfolio else ())
    ]


def fill_household(row: HouseholdRow, h: Household) -> None:
    """Write the whole household into ``row``, whose child collections must be empty."""
    row.name = h.name
    row.as_of = h.as_of
    row.members = []
    for i, m in enumerate(h.members):
        member = MemberRow(position=i)
        fill_member(member, m)
        row.members.append(member)
    row.stays = [stay_row(s, i) for i, s in enumerate(h.stays)]
    row.trips = [trip_row(t, i) for i, t in enumerate(h.trips)]
    row.documents = [document_row(d) for d in h.documents]
    row.notes = [note_row(n) for n in h.notes]
    row.has_portfolio = h.cies_portfolio is not None
    row.holdings = holding_rows(h.cies_portfolio)


def household(row: HouseholdRow) -> Household:
    return Household(
        name=row.name,
        members=tuple(member(m) for m in row.members),
        stays=tuple(stay(s) for s in row.stays),
        trips=tuple(Trip(member=t.member_key, left=t.left, returned=t.returned) for t in row.trips),
        documents=tuple(document(d) for d in row.documents),
        notes=tuple(Note(text=n.text, member=n.member_key, item=n.item) for n in row.notes),
        cies_portfolio=Portfolio(tuple(holding(h) for h in row.holdings))
        if row.has_portfolio
        else None,
        as_of=row.as_of,
    )


def member(row: MemberRow) -> Member:
    return Member(
        id=row.member_key,
        role=Role(row.role),
        given_name=row.given_name,
        family_name=row.family_name,
        date_of_birth=row.date_of_birth,
        nationality=row.nationality,
        residence=Residence(
            country=row.residence_country,
            permanent_residence_abroad=_tuple(row.permanent_residence_abroad),
            hk_status=None if row.hk_status is None else HKStatus(row.hk_status),
        ),
        travel_document_expiry=row.travel_document_expiry,
        relationship=None if row.relation is None else Relationship(row.relation),
        unmarried=row.unmarried,
        education=tuple(education(e) for e in row.education) if row.education_known else None,
        work=tuple(work(w) for w in row.work) if row.work_known else None,
        income=tuple(income(x) for x in row.income) if row.income_known else None,
        job_offer=_job_offer(row),
        languages=Languages(
            chinese=row.speaks_chinese,
            english=row.speaks_english,
            other=_tuple(row.other_languages),
        )
        if row.languages_known
        else None,
        talent_list=row.talent_list,
        family_in_hk=row.family_in_hk,
        achievement=_achievement(row),
        business=_business(row),
        net_assets=NetAssets(hkd=row.net_assets_hkd, held_since=row.net_assets_held_since)
        if row.net_assets_known
        else None,
        records=Records(
            criminal=row.criminal_record, adverse_immigration=row.adverse_immigration_record
        )
        if row.records_known
        else None,
        support_funds_hkd=row.support_funds_hkd,
    )


def _job_offer(row: MemberRow) -> JobOffer | Literal[False] | None:
    if row.has_job_offer is None:
        return None
    if not row.has_job_offer:
        return False
    return JobOffer(
        employer=row.job_offer_employer,
        post=row.job_offer_post,
        monthly_salary_hkd=row.job_offer_monthly_salary_hkd,
        start=row.job_offer_start,
        contract_months=row.job_offer_contract_months,
        employer_listed=row.job_offer_employer_listed,
    )


def _achievement(row: MemberRow) -> str | Literal[False] | None:
    if row.has_achievement is None:
        return None
    if not row.has_achievement:
        return False
    return row.achievement or ""


def _business(row: MemberRow) -> Business | Literal[False] | None:
    if row.has_business is None:
        return None
    if not row.has_business:
        return False
    return Business(annual_profit_hkd=row.business_annual_profit_hkd, listed=row.business_listed)


def education(row: EducationRow) -> Education:
    return Education(
        level=None if row.level is None else EducationLevel(row.level),
        institution=row.institution,
        country=row.country,
        awarded_on=row.awarded_on,
        honorary=row.honorary,
        on_ttps_list=row.on_ttps_list,
        renowned=row.renowned,
        stem=row.stem,
    )


def work(row: WorkRow) -> Work:
    return Work(
        start=row.start,
        end=row.end,
        full_time=row.full_time,
        self_employed=row.self_employed,
        graduate_level=row.graduate_level,
        senior=row.senior,
        international=row.international,
        multinational=row.multinational,
        sector=None if row.sector is None else Sector(row.sector),
    )


def income(row: IncomeRow) -> Income:
    kind = None if row.kind is None else IncomeKind(row.kind)
    return Income(year_ending=row.year_ending, hkd=row.hkd, kind=kind)


def stay(row: StayRow) -> Stay:
    return Stay(
        member=row.member_key,
        pathway=StayPathway(row.pathway),
        entry=row.entry,
        limit_of_stay=row.limit_of_stay,
        sponsor=row.sponsor,
        formal_approval=row.formal_approval,
    )


def document(row: DocumentRow) -> DocumentRef:
    return DocumentRef(
        member=row.member_key,
        item=row.item,
        path=row.path,
        sha256=row.sha256,
        size=row.size,
        mtime=row.mtime,
    )


def holding(row: HoldingRow) -> Holding:
    return Holding(
        kind=HoldingKind(row.kind),
        market_value_hkd=row.market_value_hkd,
        price_hkd=row.price_hkd,
        mortgage_hkd=row.mortgage_hkd,
        completion=row.completion,
        acquired=row.acquired,
    )
