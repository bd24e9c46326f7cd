"""The one writer: every change to a household goes through here and is committed at once.

Callers speak ``core.facts`` only; rows never leave this module. A member's answers and the
household's own are stored as profile JSON v1 (``core.profile_io`` reads them, so the contract
is the one description of an answer); stays, trips, documents and notes keep their tables.
Each public method is one transaction that moves the household's ``revision`` on, and checks
the household it leaves as an import would, so a failure leaves the file as it was and
nothing is stored that could not be read back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Column, Connection, Engine, Table, bindparam, delete, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from hkpath_desktop.core import profile_io
from hkpath_desktop.core.facts import (
    DocumentRef,
    Household,
    HouseholdSummary,
    Member,
    Note,
    Residence,
    Role,
    Stay,
    Trip,
)
from hkpath_desktop.core.profile_writer import dump_household, dump_member
from hkpath_desktop.store.db import (
    database_path,
    open_database,
    open_read_only,
    refused,
    resolve_data_dir,
    writer,
)
from hkpath_desktop.store.held_file import HeldFile
from hkpath_desktop.store.models import (
    Base,
    DocumentRow,
    HouseholdRow,
    MemberRow,
    NoteRow,
    StayRow,
    TripRow,
)


def _table(row_type: type[Base]) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table


_HOUSEHOLDS = _table(HouseholdRow)
_MEMBERS = _table(MemberRow)
_LISTS = {
    "stays": _table(StayRow),
    "trips": _table(TripRow),
    "documents": _table(DocumentRow),
    "notes": _table(NoteRow),
}
"""The profile's lists that keep a table each, by their key in profile JSON v1."""
_STAYS, _TRIPS, _DOCUMENTS, _NOTES = _LISTS.values()
_OWN_COLUMNS = frozenset({"id", "household_id", "position", "added_at"})
"""Columns that say where a row is, not what the profile says."""
_NOT_ANSWERS = frozenset({"format", "version", "household", *_LISTS})
"""Profile keys that are not the household's own answers (``as_of``, ``cies_portfolio``, …)."""

_BUMP = (
    sql_update(_HOUSEHOLDS)
    .where(_HOUSEHOLDS.c.id == bindparam("_household"))
    .values(updated_at=bindparam("_now"), revision=_HOUSEHOLDS.c.revision + 1)
)
_UPDATE_MEMBER = (
    sql_update(_MEMBERS)
    .where(
        _MEMBERS.c.household_id == bindparam("_household"),
        _MEMBERS.c.member_key == bindparam("_member"),
    )
    .values(
        given_name=bindparam("_given"), family_name=bindparam("_family"), answers=bindparam("_a")
    )
)
"""Built once: the autosave runs them each time an answer changes."""
_MEMBER_FIELDS = tuple(field.name for field in dataclasses.fields(Member))
"""A member's fields, each named as its key in the member object of profile JSON v1."""


class NotFound(KeyError):
    """What was asked for is not in the database (a stale id, a removed member)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not found"


class HouseholdNotFound(NotFound):
    def __init__(self, household_id: int) -> None:
        super().__init__(f"there is no household with id {household_id}")
        self.household_id = household_id


def empty_principal(member_id: str = "m1") -> Member:
    """A principal applicant of whom nothing is known yet (the wizard fills it in)."""
    return Member(
        id=member_id,
        role=Role.PRINCIPAL,
        given_name="",
        family_name="",
        date_of_birth=None,
        nationality=None,
        residence=Residence(country=None, permanent_residence_abroad=None, hk_status=None),
    )


class Repository:
    def __init__(
        self, engine: Engine, data_dir: Path | None = None, held: HeldFile | None = None
    ) -> None:
        self._engine = engine
        self._writer = writer(engine)
        self._data_dir = data_dir
        self._held = held

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Repository:
        """Open (create, migrate) the database in ``data_dir`` or the default data folder."""
        resolved = resolve_data_dir(data_dir)
        return cls(open_database(resolved), resolved)

    @classmethod
    def open_read_only(cls, data_dir: Path | None = None) -> Repository:
        """Open the database only to read it (``hkpath list``, ``export``): a full or
        read-only data disk does not stop a command that writes nothing there."""
        resolved = resolve_data_dir(data_dir)
        engine, held = open_read_only(resolved)
        return cls(engine, resolved, held)

    @property
    def database_path(self) -> Path:
        if self._data_dir is not None:
            return database_path(self._data_dir)
        return Path(str(self._engine.url.database))

    @property
    def data_dir(self) -> Path:
        return self._data_dir if self._data_dir is not None else self.database_path.parent

    def close(self) -> None:
        self._engine.dispose()
        if self._held is not None:
            self._held.release()

    def __enter__(self) -> Repository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- households --------------------------------------------------------------------------

    def list_households(self) -> list[HouseholdSummary]:
        h, m = _HOUSEHOLDS.c, _MEMBERS.c
        stmt = (
            select(h.id, h.name, h.updated_at, func.count(m.id))
            .outerjoin(_MEMBERS, m.household_id == h.id)
            .group_by(h.id)
            .order_by(h.id)
        )
        with self._engine.connect() as c:
            return [
                HouseholdSummary(id=i, name=name, members=count, updated_at=updated)
                for i, name, updated, count in c.execute(stmt)
            ]

    def named_households(self) -> list[tuple[str, Household]]:
        """Every stored household with its name, in the order of ``list_households``."""
        return [(s.name, self.load(s.id)) for s in self.list_households()]

    def create_household(self, name: str) -> int:
        return self.add_household(Household(name=name, members=(empty_principal(),)))

    def add_household(self, h: Household) -> int:
        """Store a new household (an import), all of it in one transaction, or nothing; it
        starts at revision 1. Everything is checked and written out before the transaction,
        so another program's autosave waits for no more than the rows' writing."""
        document = _checked(h)
        with self._begin() as c:
            now = _utc_now()
            values = {"name": h.name, "answers": _answers(document), "revision": 1}
            inserted = c.execute(
                insert(_HOUSEHOLDS).values(created_at=now, updated_at=now, **values)
            )
            key = inserted.inserted_primary_key
            assert key is not None
            household_id = int(key[0])
            _insert_contents(c, household_id, h, document)
            return household_id

    def load(self, household_id: int) -> Household:
        """The whole household, read from the file now (``revision`` tells whether it changed)."""
        with self._engine.connect() as c:
            return _read(c, household_id)

    def revision(self, household_id: int) -> int:
        """How many times the household's facts were written: a household read at one
        revision is the same at that revision (one indexed read, for the views' "changed?")."""
        stmt = select(_HOUSEHOLDS.c.revision).where(_HOUSEHOLDS.c.id == household_id)
        with self._engine.connect() as c:
            value = c.execute(stmt).scalar()
        if value is None:
            raise HouseholdNotFound(household_id)
        return int(value)

    def replace(self, household_id: int, h: Household) -> None:
        """Overwrite everything the household holds with ``h``."""
        document = _checked(h)
        with self._write(household_id) as c:
            for table in (*_LISTS.values(), _MEMBERS):
                c.execute(delete(table).where(table.c.household_id == household_id))
            c.execute(
                sql_update(_HOUSEHOLDS)
                .where(_HOUSEHOLDS.c.id == household_id)
                .values(name=h.name, answers=_answers(document))
            )
            _insert_contents(c, household_id, h, document)

    def rename(self, household_id: int, name: str) -> None:
        with self._write(household_id) as c:
            c.execute(
                sql_update(_HOUSEHOLDS).where(_HOUSEHOLDS.c.id == household_id).values(name=name)
            )

    def save_household_answers(self, household_id: int, h: Household) -> None:
        """Store the household's own answers as ``h`` has them (``as_of``, ``cies_portfolio``
        and whatever the profile adds at its top level); its name, members, stays, trips,
        documents and notes are stored by their own methods and are left as they are."""
        answers = _answers(dump_household(h))
        with self._write(household_id) as c:
            c.execute(
                sql_update(_HOUSEHOLDS)
                .where(_HOUSEHOLDS.c.id == household_id)
                .values(answers=answers)
            )

    def delete(self, household_id: int) -> None:
        with self._begin() as c:
            gone = c.execute(delete(_HOUSEHOLDS).where(_HOUSEHOLDS.c.id == household_id))
            if gone.rowcount != 1:
                raise HouseholdNotFound(household_id)

    def wizard_page(self, household_id: int) -> int | None:
        stmt = select(_HOUSEHOLDS.c.wizard_page).where(_HOUSEHOLDS.c.id == household_id)
        with self._engine.connect() as c:
            row = c.execute(stmt).first()
        if row is None:
            raise HouseholdNotFound(household_id)
        page: int | None = row.wizard_page
        return page

    def set_wizard_page(self, household_id: int, page: int) -> None:
        """Remember the interview's page. Not a fact of the household: its revision stays."""
        stmt = (
            sql_update(_HOUSEHOLDS).where(_HOUSEHOLDS.c.id == household_id).values(wizard_page=page)
        )
        with self._begin() as c:
            if c.execute(stmt).rowcount != 1:
                raise HouseholdNotFound(household_id)

    # -- members -----------------------------------------------------------------------------

    def save_member(self, household_id: int, member: Member) -> None:
        """Insert ``member`` or overwrite every answer of the member with the same id."""
        answers = _member_answers(member)
        with self._write(household_id) as c:
            _save_member(c, household_id, member, answers)

    def update_member(self, household_id: int, before: Member, after: Member) -> None:
        """The wizard's autosave: store ``after``, the member last stored as ``before``.

        One answer costs two small updates and a commit: nothing else is read or checked
        but the member itself, as nothing else can change. A new role or a member not stored
        yet takes the ``save_member`` way.
        """
        if before == after:
            return
        if before.id != after.id or before.role is not after.role:
            self.save_member(household_id, after)
            return
        answers = _member_answers(after, before)
        values = {
            "_household": household_id,
            "_member": after.id,
            "_given": after.given_name,
            "_family": after.family_name,
            "_a": answers,
        }
        with self._begin() as c:
            _bump(c, household_id)
            if c.execute(_UPDATE_MEMBER, values).rowcount != 1:
                _save_member(c, household_id, after, answers)
                _read(c, household_id)

    def remove_member(self, household_id: int, member_id: str) -> None:
        """Remove a dependant together with its stays, trips, documents and notes; a stay
        it sponsored keeps its dates but no longer names it."""
        m = _MEMBERS.c
        mine = (m.household_id == household_id) & (m.member_key == member_id)
        with self._write(household_id) as c:
            role = c.execute(select(m.role).where(mine)).scalar()
            if role is None:
                raise NotFound(f"household {household_id} has no member {member_id!r}")
            if role == Role.PRINCIPAL.value:
                raise ValueError(f"member {member_id!r} is the principal applicant: keep one")
            c.execute(
                sql_update(_STAYS)
                .where(_STAYS.c.household_id == household_id, _STAYS.c.sponsor == member_id)
                .values(sponsor=None)
            )
            c.execute(delete(_MEMBERS).where(mine))

    # -- stays, trips, documents, notes --------------------------------------------------------

    def set_stays(self, household_id: int, stays: tuple[Stay, ...]) -> None:
        with self._write(household_id) as c:
            c.execute(delete(_STAYS).where(_STAYS.c.household_id == household_id))
            _insert_lines(c, _STAYS, household_id, stays)

    def set_trips(self, household_id: int, trips: tuple[Trip, ...]) -> None:
        with self._write(household_id) as c:
            c.execute(delete(_TRIPS).where(_TRIPS.c.household_id == household_id))
            _insert_lines(c, _TRIPS, household_id, trips)

    def add_trip(self, household_id: int, trip: Trip) -> None:
        with self._write(household_id) as c:
            last = c.execute(
                select(func.max(_TRIPS.c.position)).where(_TRIPS.c.household_id == household_id)
            ).scalar()
            _insert_lines(c, _TRIPS, household_id, (trip,), start=0 if last is None else last + 1)

    def remove_trip(self, household_id: int, trip: Trip) -> None:
        """Remove one trip equal to ``trip`` (same member and dates)."""
        with self._write(household_id) as c:
            c.execute(delete(_TRIPS).where(_TRIPS.c.id == _trip_id(c, household_id, trip)))

    def replace_trip(self, household_id: int, old: Trip, new: Trip) -> None:
        """Change one trip equal to ``old`` into ``new`` in one transaction (an edit)."""
        with self._write(household_id) as c:
            c.execute(
                sql_update(_TRIPS)
                .where(_TRIPS.c.id == _trip_id(c, household_id, old))
                .values(_line(new))
            )

    def attach_document(self, household_id: int, document: DocumentRef) -> None:
        """Record a file for a checklist item; attaching the same path again updates it."""
        self.attach_documents(household_id, (document,))

    def attach_documents(self, household_id: int, documents: Sequence[DocumentRef]) -> int:
        """Record many files in one transaction (all or none); returns how many were recorded.

        A path already listed for the same member and item is updated, not listed twice.
        """
        wanted = list({(d.member, d.item, d.path): d for d in documents}.values())
        with self._write(household_id) as c:
            _upsert_documents(c, household_id, wanted)
        return len(wanted)

    def detach_document(self, household_id: int, member: str, item: str, path: str) -> None:
        with self._write(household_id) as c:
            gone = c.execute(delete(_DOCUMENTS).where(_document(household_id, member, item, path)))
            if gone.rowcount == 0:
                raise NotFound(f"no document {path!r} for {member!r} on item {item!r}")

    def relink_document(
        self, household_id: int, member: str, item: str, old_path: str, new: DocumentRef
    ) -> None:
        """Point a moved or changed file's record at ``new``, in one transaction.

        ``new`` keeps the member and item of the old record. If the item already lists
        ``new.path``, that record is updated and the old one removed, so no file is listed twice.
        """
        if (new.member, new.item) != (member, item):
            raise ValueError(f"relink of {old_path!r}: the member and item must stay the same")
        with self._write(household_id) as c:
            old = _document(household_id, member, item, old_path)
            if c.execute(select(_DOCUMENTS.c.id).where(old)).first() is None:
                raise NotFound(f"no document {old_path!r} for {member!r} on item {item!r}")
            if new.path != old_path:
                target = _document(household_id, member, item, new.path)
                if c.execute(select(_DOCUMENTS.c.id).where(target)).first() is not None:
                    c.execute(delete(_DOCUMENTS).where(old))
                    old = target
            c.execute(sql_update(_DOCUMENTS).where(old).values(_line(new)))

    def set_note(self, household_id: int, member: str | None, item: str | None, text: str) -> None:
        """Set the note on a member's item (or the household); blank text removes it."""
        n = _NOTES.c
        where = (n.household_id == household_id) & _is(n.member_key, member) & _is(n.item, item)
        with self._write(household_id) as c:
            if not text.strip():
                c.execute(delete(_NOTES).where(where))
            elif c.execute(sql_update(_NOTES).where(where).values(text=text)).rowcount == 0:
                _insert_lines(c, _NOTES, household_id, (Note(text, member, item),))

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """One write transaction; a full disk, a read-only one or a busy file is raised as the
        ``DatabaseError`` that says so (``store.datafile.refusal``), and nothing is stored."""
        try:
            with self._writer.begin() as c:
                yield c
        except DBAPIError as exc:
            raise refused(self.database_path, exc) from exc

    @contextmanager
    def _write(self, household_id: int) -> Iterator[Connection]:
        """One committed transaction on one household, which must still read as a profile."""
        with self._begin() as c:
            _bump(c, household_id)
            yield c
            _read(c, household_id)


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _bump(c: Connection, household_id: int) -> None:
    """Move the household's revision and ``updated_at`` on, first, so a missing one is told."""
    if c.execute(_BUMP, {"_household": household_id, "_now": _utc_now()}).rowcount != 1:
        raise HouseholdNotFound(household_id)


def _checked(h: Household) -> dict[str, Any]:
    """``h`` as profile JSON, refused (``ProfileError``, a ``ValueError``) where an import would."""
    document = dump_household(h)
    profile_io.household_from_json(document)
    return document


def _answers(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in _NOT_ANSWERS}


def _member_answers(member: Member, stored: Member | None = None) -> dict[str, Any]:
    """The member's answers as profile JSON, refused where an import would refuse them.

    With ``stored`` (the member as it was last stored, so already checked), only the answers
    that differ from it are checked: the autosave's one changed answer, not all of them.
    """
    answers = dump_member(member)
    if stored is None:
        profile_io.member_from_json(answers)
    else:
        changed = {
            name for name in _MEMBER_FIELDS if getattr(member, name) != getattr(stored, name)
        }
        changed.update(profile_io.MEMBER_REQUIRED)
        profile_io.member_from_json({k: v for k, v in answers.items() if k in changed})
    return answers


def _member_values(member: Member, answers: dict[str, Any]) -> dict[str, Any]:
    return {
        "member_key": member.id,
        "role": member.role.value,
        "given_name": member.given_name,
        "family_name": member.family_name,
        "answers": answers,
    }


def _save_member(c: Connection, household_id: int, member: Member, answers: dict[str, Any]) -> None:
    m = _MEMBERS.c
    values = _member_values(member, answers)
    mine = (m.household_id == household_id) & (m.member_key == member.id)
    if c.execute(sql_update(_MEMBERS).where(mine).values(**values)).rowcount == 1:
        return
    last = c.execute(select(func.max(m.position)).where(m.household_id == household_id)).scalar()
    position = 0 if last is None else last + 1
    c.execute(insert(_MEMBERS).values(household_id=household_id, position=position, **values))


def _insert_contents(
    c: Connection, household_id: int, h: Household, document: dict[str, Any]
) -> None:
    """Insert ``h``'s members and lines; ``document`` is ``h`` as profile JSON (``_checked``),
    whose member answers are stored as they are."""
    answers = document["household"]["members"]
    if h.members:
        c.execute(
            insert(_MEMBERS),
            [
                {"household_id": household_id, "position": i, **_member_values(m, a)}
                for i, (m, a) in enumerate(zip(h.members, answers, strict=True))
            ],
        )
    _insert_lines(c, _STAYS, household_id, h.stays)
    _insert_lines(c, _TRIPS, household_id, h.trips)
    _upsert_documents(c, household_id, h.documents)
    _insert_lines(c, _NOTES, household_id, h.notes)


def _line(value: Stay | Trip | DocumentRef | Note) -> dict[str, Any]:
    """A stay's, trip's, document's or note's columns: its fields, ``member`` as ``member_key``."""
    return {
        "member_key" if field.name == "member" else field.name: _column_value(
            getattr(value, field.name)
        )
        for field in dataclasses.fields(value)
    }


def _column_value(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _insert_lines(
    c: Connection,
    table: Table,
    household_id: int,
    values: Sequence[Stay | Trip | Note],
    start: int = 0,
) -> None:
    if not values:
        return
    rows = [{"household_id": household_id, **_line(v)} for v in values]
    if "position" in table.c:
        for i, row in enumerate(rows):
            row["position"] = start + i
    c.execute(insert(table), rows)


def _upsert_documents(c: Connection, household_id: int, documents: Sequence[DocumentRef]) -> None:
    if not documents:
        return
    stmt = upsert(_DOCUMENTS)
    stmt = stmt.on_conflict_do_update(
        index_elements=["household_id", "member_key", "item", "path"],
        set_={name: stmt.excluded[name] for name in ("sha256", "size", "mtime")},
    )
    added = _utc_now()
    c.execute(
        stmt, [{"household_id": household_id, "added_at": added, **_line(d)} for d in documents]
    )


def _is(column: Column[Any], value: object) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def _document(household_id: int, member: str, item: str, path: str) -> ColumnElement[bool]:
    d = _DOCUMENTS.c
    mine = (d.household_id == household_id) & (d.member_key == member)
    return mine & (d.item == item) & (d.path == path)


def _trip_id(c: Connection, household_id: int, trip: Trip) -> int:
    t = _TRIPS.c
    stmt = (
        select(t.id)
        .where(
            t.household_id == household_id,
            t.member_key == trip.member,
            t.left == trip.left,
            _is(t.returned, trip.returned),
        )
        .order_by(t.position)
        .limit(1)
    )
    found = c.execute(stmt).scalar()
    if found is None:
        raise NotFound(f"household {household_id} has no such trip: {trip}")
    return int(found)


def _read(c: Connection, household_id: int) -> Household:
    """The household as profile JSON v1, read and checked by ``core.profile_io``."""
    row = c.execute(
        select(_HOUSEHOLDS.c.name, _HOUSEHOLDS.c.answers).where(_HOUSEHOLDS.c.id == household_id)
    ).first()
    if row is None:
        raise HouseholdNotFound(household_id)
    members = c.execute(
        select(_MEMBERS.c.answers)
        .where(_MEMBERS.c.household_id == household_id)
        .order_by(_MEMBERS.c.position)
    ).scalars()
    document: dict[str, Any] = {
        "format": profile_io.FORMAT,
        "version": profile_io.VERSION,
        **row.answers,
        "household": {"name": row.name, "members": list(members)},
    }
    for key, table in _LISTS.items():
        order = table.c.position if "position" in table.c else table.c.id
        columns = [column for column in table.c if column.name not in _OWN_COLUMNS]
        stmt = select(*columns).where(table.c.household_id == household_id).order_by(order)
        document[key] = [_profile_line(line._mapping) for line in c.execute(stmt)]
    return profile_io.household_from_json(document)


def _profile_line(columns: Any) -> dict[str, object]:
    return {
        "member" if name == "member_key" else name: value.isoformat()
        if isinstance(value, date)
        else value
        for name, value in columns.items()
    }


def stored_households(data_dir: Path) -> list[tuple[str, Household]]:
    """The households of the data file in ``data_dir``; none, and no file made, when there is
    no file yet (``DatabaseError`` when it cannot be read)."""
    if not database_path(data_dir).exists():
        return []
    with Repository.open(data_dir) as repository:
        return repository.named_households()
