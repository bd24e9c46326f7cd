"""The tables: one file holds several households, each with its members and their facts.

Every fact of profile JSON v1 has a typed column or a child table. Where the contract tells
"unknown" apart from "none" the row keeps both: a ``*_known`` flag says whether a list or an
object was answered at all (``False`` = unknown), and a nullable ``has_*`` flag keeps the
three states of job offer, business and achievement (``None`` unknown, ``False`` none,
``True`` the columns beside it hold the answer). Short lists of codes are JSON text.

Everything hangs off ``households`` with ``ON DELETE CASCADE``. Stays, trips, documents and
notes name the member by its textual id ("m1") through a composite foreign key, so removing a
member removes what refers to it. That key is checked at commit (deferred), because the ORM
does not know that a member must be inserted before the rows that name it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, ForeignKey, ForeignKeyConstraint, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that later migrations (batch mode on SQLite) can refer to them."""

_CASCADE = "all, delete-orphan"


def _codes() -> Mapped[list[str] | None]:
    """A nullable JSON list of short codes (``None`` = unknown, ``[]`` = none)."""
    return mapped_column(JSON(none_as_null=True))


def _household_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("households.id", ondelete="CASCADE"), index=True)


def _member_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["household_id", "member_key"],
        ["members.household_id", "members.member_key"],
        ondelete="CASCADE",
        deferrable=True,
        initially="DEFERRED",
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class HouseholdRow(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    created_at: Mapped[str]
    """UTC, ISO 8601 with a ``Z``."""
    updated_at: Mapped[str]
    wizard_page: Mapped[int | None]
    revision: Mapped[int] = mapped_column(server_default="0")
    """Moves on by one in the same transaction as every change to the household's facts, so
    a reader can tell "changed since I looked" without reading it (the wizard's page is not
    a fact and leaves it alone)."""
    as_of: Mapped[date | None]
    has_portfolio: Mapped[bool]
    """``False``: no CIES portfolio was entered (``None`` in the facts)."""

    members: Mapped[list[MemberRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="MemberRow.position"
    )
    stays: Mapped[list[StayRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="StayRow.position"
    )
    trips: Mapped[list[TripRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="TripRow.position"
    )
    documents: Mapped[list[DocumentRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="DocumentRow.id"
    )
    notes: Mapped[list[NoteRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="NoteRow.id"
    )
    holdings: Mapped[list[HoldingRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="HoldingRow.position"
    )


class MemberRow(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("household_id", "member_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    member_key: Mapped[str]
    """The member's textual id in the profile ("m1"), unique within the household."""
    position: Mapped[int]
    role: Mapped[str]
    given_name: Mapped[str]
    family_name: Mapped[str]
    date_of_birth: Mapped[date | None]
    nationality: Mapped[str | None]
    residence_country: Mapped[str | None]
    permanent_residence_abroad: Mapped[list[str] | None] = _codes()
    hk_status: Mapped[str | None]
    travel_document_expiry: Mapped[date | None]
    relation: Mapped[str | None] = mapped_column("relationship")
    unmarried: Mapped[bool | None]

    education_known: Mapped[bool]
    work_known: Mapped[bool]
    income_known: Mapped[bool]

    has_job_offer: Mapped[bool | None]
    job_offer_employer: Mapped[str | None]
    job_offer_post: Mapped[str | None]
    job_offer_monthly_salary_hkd: Mapped[int | None]
    job_offer_start: Mapped[date | None]
    job_offer_contract_months: Mapped[int | None]
    job_offer_employer_listed: Mapped[bool | None]

    languages_known: Mapped[bool]
    speaks_chinese: Mapped[bool | None]
    speaks_english: Mapped[bool | None]
    other_languages: Mapped[list[str] | None] = _codes()

    talent_list: Mapped[bool | None]
    family_in_hk: Mapped[bool | None]
    has_achievement: Mapped[bool | None]
    achievement: Mapped[str | None]

    has_business: Mapped[bool | None]
    business_annual_profit_hkd: Mapped[int | None]
    business_listed: Mapped[bool | None]

    net_assets_known: Mapped[bool]
    net_assets_hkd: Mapped[int | None]
    net_assets_held_since: Mapped[date | None]

    records_known: Mapped[bool]
    criminal_record: Mapped[bool | None]
    adverse_immigration_record: Mapped[bool | None]

    support_funds_hkd: Mapped[int | None]

    education: Mapped[list[EducationRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="EducationRow.position"
    )
    work: Mapped[list[WorkRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="WorkRow.position"
    )
    income: Mapped[list[IncomeRow]] = relationship(
        cascade=_CASCADE, passive_deletes=True, order_by="IncomeRow.position"
    )


class EducationRow(Base):
    __tablename__ = "education"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    level: Mapped[str | None]
    institution: Mapped[str | None]
    country: Mapped[str | None]
    awarded_on: Mapped[date | None]
    honorary: Mapped[bool | None]
    on_ttps_list: Mapped[bool | None]
    renowned: Mapped[bool | None]
    stem: Mapped[bool | None]


class WorkRow(Base):
    __tablename__ = "work"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    start: Mapped[date | None]
    end: Mapped[date | None]
    full_time: Mapped[bool | None]
    self_employed: Mapped[bool | None]
    graduate_level: Mapped[bool | None]
    senior: Mapped[bool | None]
    international: Mapped[bool | None]
    multinational: Mapped[bool | None]
    sector: Mapped[str | None]


class IncomeRow(Base):
    __tablename__ = "income"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    year_ending: Mapped[date | None]
    hkd: Mapped[int | None]
    kind: Mapped[str | None]


class StayRow(Base):
    __tablename__ = "stays"
    __table_args__ = (_member_fk(),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    member_key: Mapped[str]
    position: Mapped[int]
    pathway: Mapped[str]
    entry: Mapped[date]
    limit_of_stay: Mapped[date]
    sponsor: Mapped[str | None]
    formal_approval: Mapped[date | None]


class TripRow(Base):
    __tablename__ = "trips"
    __table_args__ = (_member_fk(),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    member_key: Mapped[str]
    position: Mapped[int]
    left: Mapped[date]
    returned: Mapped[date | None]


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        _member_fk(),
        UniqueConstraint("household_id", "member_key", "item", "path"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    member_key: Mapped[str]
    item: Mapped[str]
    """The checklist item id, e.g. ``ttps.entry.income_proof``."""
    path: Mapped[str]
    size: Mapped[int | None]
    mtime: Mapped[float | None]
    sha256: Mapped[str | None]
    added_at: Mapped[str]


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (_member_fk(),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    member_key: Mapped[str | None]
    """``None``: a note on the household rather than on one person."""
    item: Mapped[str | None]
    text: Mapped[str]


class HoldingRow(Base):
    __tablename__ = "holdings"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = _household_fk()
    position: Mapped[int]
    kind: Mapped[str]
    market_value_hkd: Mapped[int | None]
    price_hkd: Mapped[int | None]
    mortgage_hkd: Mapped[int | None]
    completion: Mapped[date | None]
    acquired: Mapped[date | None]
