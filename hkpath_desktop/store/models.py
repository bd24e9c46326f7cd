"""The tables, the one description of the file's schema (migrations and checks derive from it).

One file holds several households. Answers are stored as profile JSON v1, checked by
``core.profile_io`` whenever they are read: a member's in ``members.answers`` (the member
object of the profile) and the household's own in ``households.answers`` (``as_of``,
``cies_portfolio`` and any other top-level field). Tables remain for what is looked up or
listed on its own: households, members' ids and names, stays, trips, documents and notes.

Everything hangs off ``households`` with ``ON DELETE CASCADE``. Stays, trips, documents and
notes name the member by its textual id ("m1") through a composite foreign key, so removing a
member removes what refers to it. That key is checked at commit (deferred), so that a
household's rows can be written in any order within its transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, ForeignKey, ForeignKeyConstraint, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that later migrations (batch mode on SQLite) can refer to them."""


def _answers() -> Mapped[dict[str, Any]]:
    """Profile JSON; the default only fills the rows that existed when the column was added."""
    return mapped_column(JSON, server_default="{}")


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
    answers: Mapped[dict[str, Any]] = _answers()
    """The profile's top-level fields but ``format``, ``version``, ``household`` and the lists
    kept in tables."""


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
    answers: Mapped[dict[str, Any]] = _answers()
    """The member object of profile JSON v1, whole (its id, role and names too)."""


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
