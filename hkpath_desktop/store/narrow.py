"""Writes that touch only the rows they change, for the two hot paths of the GUI.

The wizard stores one member each time a page is left, and the Checklist tab records many
files at once. Loading the whole household (one query per table) before such a write cost
ten times the write itself, so these read only the rows they need. Each function runs inside
the caller's write transaction; the member save speaks SQLAlchemy Core, as the ORM's
bookkeeping alone cost more than the write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from hkpath_desktop.core.facts import DocumentRef, Member, Role
from hkpath_desktop.store import mapping
from hkpath_desktop.store.models import (
    Base,
    DocumentRow,
    EducationRow,
    HouseholdRow,
    IncomeRow,
    MemberRow,
    WorkRow,
)

_MEMBER_OWN = ("id", "household_id", "position")
"""Member columns that say where the row is, not what the member answered."""
_CHILD_OWN = ("id", "member_id")


def _table(row_type: type[Base]) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table


_TOUCH = (
    update(HouseholdRow)
    .where(HouseholdRow.id == bindparam("_household"))
    .values(updated_at=bindparam("_now"), revision=HouseholdRow.revision + 1)
)
"""Built once: building a statement cost more than running it (the autosave figure)."""
_SET_PAGE = (
    update(HouseholdRow)
    .where(HouseholdRow.id == bindparam("_household"))
    .values(wizard_page=bindparam("_page"))
)
"""The interview's page is not a fact: it leaves ``revision`` and ``updated_at`` alone."""
_MEMBER = _table(MemberRow)
_UPDATE_MEMBER = update(_MEMBER).where(
    _MEMBER.c.household_id == bindparam("_household"),
    _MEMBER.c.member_key == bindparam("_member"),
)
"""The columns to set come with the parameters."""


REVISION = select(HouseholdRow.revision).where(HouseholdRow.id == bindparam("_household"))
WIZARD_PAGE = select(HouseholdRow.wizard_page).where(HouseholdRow.id == bindparam("_household"))
"""The interview's page to resume on, read as the interview opens (built once, as ``_TOUCH``)."""


def touch(connection: Connection, household_id: int) -> bool:
    """Move the household's ``updated_at`` and ``revision`` on; ``False`` when there is no
    such household."""
    values = {"_household": household_id, "_now": mapping.utc_now()}
    return connection.execute(_TOUCH, values).rowcount == 1


def set_page(connection: Connection, household_id: int, page: int) -> bool:
    values = {"_household": household_id, "_page": page}
    return connection.execute(_SET_PAGE, values).rowcount == 1


@cache
def _names(row_type: type[Base], skip: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(attribute, column) of each column of a table but ``skip`` (``relation`` is
    ``relationship``)."""
    return tuple(
        (prop.key, prop.columns[0].name)
        for prop in inspect(row_type).column_attrs
        if prop.columns[0].name not in skip
    )


def _columns(row: Base, skip: tuple[str, ...]) -> dict[str, Any]:
    """A transient row's column values by column name."""
    return {column: getattr(row, key) for key, column in _names(type(row), skip)}


@lru_cache(maxsize=16)
def _answers(member: Member) -> dict[str, Any]:
    """The member's own columns. Cached: the next autosave compares with the member it
    stored last."""
    row = cast(MemberRow, _Plain())
    mapping.fill_member_answers(row, member)
    return {column: getattr(row, key) for key, column in _names(MemberRow, _MEMBER_OWN)}


class _Plain:
    """Takes what ``fill_member_answers`` sets, without the ORM's bookkeeping."""


_LISTS: tuple[tuple[type[Base], str, Callable[[Member], list[mapping.Line]]], ...] = (
    (EducationRow, "education", mapping.education_lines),
    (WorkRow, "work", mapping.work_lines),
    (IncomeRow, "income", mapping.income_lines),
)
"""Each list a member has: its table, the Member field and the field's rows."""


def save_member(connection: Connection, household_id: int, member: Member) -> None:
    """Insert ``member`` or overwrite the member with the same id, writing only what changed.

    The member's columns and its education, work and income lists are compared with what is
    stored; a list is rewritten only when it differs.
    """
    table = _table(MemberRow)
    rows = connection.execute(
        select(table.c.id, table.c.member_key, table.c.role, table.c.position).where(
            table.c.household_id == household_id
        )
    ).all()
    principals = {r.member_key for r in rows if r.role == Role.PRINCIPAL.value}
    principals.discard(member.id)
    if member.role is Role.PRINCIPAL:
        principals.add(member.id)
    if len(principals) != 1:
        raise ValueError(f"member {member.id!r}: a household has exactly one principal applicant")
    wanted = _answers(member)
    existing = next((r for r in rows if r.member_key == member.id), None)
    if existing is None:
        position = max((r.position for r in rows), default=-1) + 1
        inserted = connection.execute(
            insert(table).values(household_id=household_id, position=position, **wanted)
        )
        key = inserted.inserted_primary_key
        assert key is not None
        member_id = int(key[0])
    else:
        member_id = existing.id
        stored = connection.execute(select(table).where(table.c.id == member_id)).one()._mapping
        changed = {name: value for name, value in wanted.items() if stored[name] != value}
        if changed:
            connection.execute(update(table).where(table.c.id == member_id).values(**changed))
    for child, _field, lines_of in _LISTS:
        if existing is None:
            _rewrite_lines(connection, _table(child), member_id, lines_of(member))
        else:
            _replace_lines(connection, _table(child), member_id, lines_of(member))


def update_member(connection: Connection, household_id: int, before: Member, after: Member) -> bool:
    """Write only the answers in which ``after`` differs from ``before``, reading nothing.

    ``before`` is the member as the caller last stored it. ``False`` (nothing written) when
    that cannot stand in for a read: the role changes (the one-principal rule needs the
    other members) or the member is not stored; ``save_member`` is the way then.
    """
    if before.id != after.id or before.role is not after.role:
        return False
    stored = _answers(before)
    wanted = _answers(after)
    changed = {name: value for name, value in wanted.items() if stored[name] != value}
    if changed:
        where = {"_household": household_id, "_member": after.id}
        if connection.execute(_UPDATE_MEMBER, {**changed, **where}).rowcount != 1:
            return False
    lists = [
        (_table(child), lines_of(after))
        for child, field, lines_of in _LISTS
        if getattr(before, field) != getattr(after, field)
    ]
    if not lists:
        return True
    mine = (_MEMBER.c.household_id == household_id) & (_MEMBER.c.member_key == after.id)
    member_id = connection.execute(select(_MEMBER.c.id).where(mine)).scalar_one_or_none()
    if member_id is None:
        return False
    for child, lines in lists:
        _rewrite_lines(connection, child, member_id, lines)
    return True


def _replace_lines(
    connection: Connection, table: Table, member_id: int, lines: list[dict[str, Any]]
) -> None:
    """Make ``table`` hold exactly ``lines`` for the member, rewriting only on a difference."""
    stmt = select(table).where(table.c.member_id == member_id).order_by(table.c.position)
    stored = [
        {k: v for k, v in r._mapping.items() if k not in _CHILD_OWN}
        for r in connection.execute(stmt)
    ]
    if stored != lines:
        _rewrite_lines(connection, table, member_id, lines)


def _rewrite_lines(
    connection: Connection, table: Table, member_id: int, lines: list[dict[str, Any]]
) -> None:
    connection.execute(delete(table).where(table.c.member_id == member_id))
    if lines:
        connection.execute(insert(table), [dict(line, member_id=member_id) for line in lines])


def member_keys(s: Session, household_id: int) -> set[str]:
    stmt = select(MemberRow.member_key).where(MemberRow.household_id == household_id)
    return set(s.scalars(stmt))


def attach_documents(s: Session, household_id: int, refs: Sequence[DocumentRef]) -> int:
    """Record ``refs``; a path already listed for the same member and item is updated.

    One query finds the records that exist; the rest are inserted together. Returns how many
    distinct files were recorded.
    """
    wanted = {(d.member, d.item, d.path): d for d in refs}
    if not wanted:
        return 0
    existing = s.scalars(
        select(DocumentRow).where(
            DocumentRow.household_id == household_id,
            DocumentRow.member_key.in_({d.member for d in refs}),
            DocumentRow.item.in_({d.item for d in refs}),
        )
    )
    fresh = dict(wanted)
    for row in existing:
        ref = fresh.pop((row.member_key, row.item, row.path), None)
        if ref is not None:
            mapping.fill_document(row, ref)
    if fresh:
        added = mapping.utc_now()
        lines = [_columns(mapping.document_row(ref), ("id",)) for ref in fresh.values()]
        s.execute(
            insert(DocumentRow),
            [{**line, "household_id": household_id, "added_at": added} for line in lines],
        )
    return len(wanted)
