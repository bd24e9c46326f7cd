"""The household as plain, frozen facts: what every other part of the program reads.

These classes mirror profile JSON v1 (``shared/design/profile-format.md``) one to one, so that
the store, the engine, the GUI and the PDF builders all speak about the same things. ``None``
always means "unknown" (the user answered "I don't know" or skipped the question); the engine
answers ``unknown`` for whatever depends on it and never guesses. Where the contract lets an
object be "none" (no job offer, no business, no achievement) the value is ``False``.

No Qt and no SQLAlchemy here: the core must import in a bare interpreter.
"""

from __future__ import annotations

from calendar import isleap
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal

from dateutil.relativedelta import relativedelta

STATELESS = "stateless"
"""The nationality value of a person who has none."""


class Role(StrEnum):
    PRINCIPAL = "principal"
    SPOUSE = "spouse"
    CHILD = "child"


class HKStatus(StrEnum):
    NONE = "none"
    VISITOR = "visitor"
    STUDENT = "student"
    NON_PERMANENT = "non_permanent"
    PERMANENT = "permanent"


class Relationship(StrEnum):
    MARRIED = "married"
    CIVIL_PARTNERSHIP = "civil_partnership"
    CIVIL_UNION = "civil_union"


class EducationLevel(StrEnum):
    SUB_DEGREE = "sub_degree"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"
    PROFESSIONAL = "professional"


class Sector(StrEnum):
    INNOVATION_TECHNOLOGY = "innovation_technology"
    FINANCIAL_SERVICES = "financial_services"
    INTERNATIONAL_TRADE = "international_trade"
    OTHER = "other"


class IncomeKind(StrEnum):
    EMPLOYMENT = "employment"
    BUSINESS = "business"
    INVESTMENT = "investment"


class StayPathway(StrEnum):
    TTPS = "ttps"
    QMAS = "qmas"
    ASMTP = "asmtp"
    GEP = "gep"
    CIES = "cies"
    DEPENDANT = "dependant"
    OTHER = "other"


class WorkKind(StrEnum):
    EMPLOYMENT = "employment"
    BUSINESS = "business"


class HoldingKind(StrEnum):
    EQUITIES = "equities"
    DEBT = "debt"
    CD = "cd"
    SUBORDINATED_DEBT = "subordinated_debt"
    CIS = "cis"
    PRIVATE_LPF = "private_lpf"
    PRIVATE_OFC = "private_ofc"
    NON_RESIDENTIAL_RE = "non_residential_re"
    RESIDENTIAL_RE = "residential_re"
    CIES_IP = "cies_ip"


PATHWAY_IDS: tuple[str, ...] = ("ttps", "qmas", "asmtp", "gep", "cies")
"""The five routes the engine compares, in the order the contract lists them."""


@dataclass(frozen=True, slots=True)
class Residence:
    country: str | None
    """Where the person lives now (ISO alpha-2; ``CN`` means the Mainland)."""
    permanent_residence_abroad: tuple[str, ...] | None = ()
    """Countries other than the nationality where the person holds permanent residence."""
    hk_status: HKStatus | None = HKStatus.NONE


@dataclass(frozen=True, slots=True)
class Education:
    level: EducationLevel | None
    institution: str | None = None
    country: str | None = None
    awarded_on: date | None = None
    honorary: bool | None = None
    on_ttps_list: bool | None = None
    renowned: bool | None = None
    stem: bool | None = None


@dataclass(frozen=True, slots=True)
class Work:
    start: date | None
    end: date | None = None
    """``None`` with a known start means the job goes on today."""
    full_time: bool | None = None
    self_employed: bool | None = None
    graduate_level: bool | None = None
    senior: bool | None = None
    international: bool | None = None
    multinational: bool | None = None
    sector: Sector | None = None
    employer: str | None = None
    post: str | None = None
    """The job title."""


@dataclass(frozen=True, slots=True)
class Income:
    year_ending: date | None
    hkd: int | None
    kind: IncomeKind | None


@dataclass(frozen=True, slots=True)
class JobOffer:
    employer: str | None = None
    post: str | None = None
    monthly_salary_hkd: int | None = None
    start: date | None = None
    contract_months: int | None = None
    employer_listed: bool | None = None


@dataclass(frozen=True, slots=True)
class HKWork:
    """Work in Hong Kong, done or planned: what every renewal of a work-based stay asks about."""

    kind: WorkKind
    employer: str
    start: date
    end: date | None = None
    """``None``: open-ended (no end planned)."""
    post: str | None = None
    monthly_salary_hkd: int | None = None
    degree_level: bool | None = None
    """A post commonly taken up by degree holders (graduate, specialist or senior level)."""
    market_pay: bool | None = None
    approved: bool | None = None
    """The Immigration Department approved this employment (GEP and ASMTP)."""

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Languages:
    chinese: bool | None = None
    english: bool | None = None
    other: tuple[str, ...] | None = ()


@dataclass(frozen=True, slots=True)
class Business:
    annual_profit_hkd: int | None = None
    listed: bool | None = None


@dataclass(frozen=True, slots=True)
class NetAssets:
    hkd: int | None
    held_since: date | None = None


@dataclass(frozen=True, slots=True)
class Records:
    criminal: bool | None = None
    adverse_immigration: bool | None = None


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    role: Role
    given_name: str
    family_name: str
    date_of_birth: date | None
    nationality: str | None
    residence: Residence
    travel_document_expiry: date | None = None
    relationship: Relationship | None = None
    unmarried: bool | None = None
    education: tuple[Education, ...] | None = None
    work: tuple[Work, ...] | None = None
    income: tuple[Income, ...] | None = None
    job_offer: JobOffer | Literal[False] | None = None
    languages: Languages | None = None
    talent_list: bool | None = None
    family_in_hk: bool | None = None
    achievement: str | Literal[False] | None = None
    business: Business | Literal[False] | None = None
    net_assets: NetAssets | None = None
    records: Records | None = None
    support_funds_hkd: int | None = None
    hk_work: tuple[HKWork, ...] | None = None
    """Work in Hong Kong, actual or planned; ``None`` unknown, ``()`` none."""

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    def age_on(self, on: date) -> int | None:
        """Whole years of age on ``on``; ``None`` when the date of birth is unknown."""
        if self.date_of_birth is None:
            return None
        return whole_years(self.date_of_birth, on)


@dataclass(frozen=True, slots=True)
class Stay:
    member: str
    pathway: StayPathway
    entry: date
    limit_of_stay: date
    sponsor: str | None = None
    formal_approval: date | None = None


@dataclass(frozen=True, slots=True)
class Trip:
    member: str
    left: date
    returned: date | None = None
    """``None`` while the person is still away."""


@dataclass(frozen=True, slots=True)
class DocumentRef:
    member: str
    item: str
    path: str
    sha256: str | None = None
    size: int | None = None
    mtime: float | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """A user's note, on an item of a member's checklist or on the household."""

    text: str
    member: str | None = None
    item: str | None = None


@dataclass(frozen=True, slots=True)
class Holding:
    kind: HoldingKind
    market_value_hkd: int | None = None
    price_hkd: int | None = None
    mortgage_hkd: int | None = None
    completion: date | None = None
    acquired: date | None = None


@dataclass(frozen=True, slots=True)
class Portfolio:
    holdings: tuple[Holding, ...] = ()


@dataclass(frozen=True, slots=True)
class HouseholdPlan:
    """The route the household means to take and when the principal expects to enter."""

    pathway: str | None = None
    """One of :data:`PATHWAY_IDS`; ``None``: not decided."""
    entry: date | None = None


@dataclass(frozen=True, slots=True)
class Household:
    name: str
    members: tuple[Member, ...]
    stays: tuple[Stay, ...] = ()
    trips: tuple[Trip, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
    notes: tuple[Note, ...] = ()
    cies_portfolio: Portfolio | None = None
    as_of: date | None = None
    plan: HouseholdPlan | None = None

    @property
    def principal(self) -> Member:
        """The one principal applicant (profile validation guarantees there is exactly one)."""
        return next(m for m in self.members if m.role is Role.PRINCIPAL)

    @property
    def dependants(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.role is not Role.PRINCIPAL)

    def member(self, member_id: str) -> Member:
        for m in self.members:
            if m.id == member_id:
                return m
        raise KeyError(member_id)


@dataclass(frozen=True, slots=True)
class HouseholdSummary:
    """A row of the household list: enough to show and open it, nothing more."""

    id: int
    name: str
    members: int
    updated_at: str = field(default="")


def whole_years(born: date, on: date) -> int:
    """``relativedelta(on, born).years``, worked out without building a relativedelta.

    A birthday on 29 February falls on 28 February in other years, as ``relativedelta`` counts
    it. Ages are asked for every member several times per comparison, and building the
    relativedelta was a tenth of the comparison's time (``benchmarks/run.py``).
    """
    if on < born:
        return relativedelta(on, born).years
    leap_day = born.month == 2 and born.day == 29 and not isleap(on.year)
    birthday = (2, 28) if leap_day else (born.month, born.day)
    return on.year - born.year - ((on.month, on.day) < birthday)
