"""The one writer: every change to a household goes through here and is committed at once.

Callers speak ``core.facts`` only; rows never leave this module. Each public method is one
transaction, so a failure leaves the file as it was. What would break the household's shape
(a second principal, a trip of someone who is not a member) is refused with a ``ValueError``
before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.interfaces import LoaderOption

from hkpath_desktop.core.facts import (
    DocumentRef,
    Household,
    HouseholdSummary,
    Member,
    Portfolio,
    Residence,
    Role,
    Stay,
    Trip,
)
from hkpath_desktop.store import mapping, narrow
from hkpath_desktop.store.db import open_database, resolve_data_dir, writer
from hkpath_desktop.store.models import (
    DocumentRow,
    HoldingRow,
    HouseholdRow,
    MemberRow,
    NoteRow,
    StayRow,
    TripRow,
)

_CHILD_TABLES = (StayRow, TripRow, DocumentRow, NoteRow, HoldingRow, MemberRow)
_FULL: tuple[LoaderOption, ...] = (
    selectinload(HouseholdRow.members).selectinload(MemberRow.education),
    selectinload(HouseholdRow.members).selectinload(MemberRow.work),
    selectinload(HouseholdRow.members).selectinload(MemberRow.income),
    selectinload(HouseholdRow.stays),
    selectinload(HouseholdRow.trips),
    selectinload(HouseholdRow.documents),
    selectinload(HouseholdRow.notes),
    selectinload(HouseholdRow.holdings),
)
"""Load a whole household in one query per table, not one per row."""


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
    def __init__(self, engine: Engine, data_dir: Path | None = None) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer = writer(engine)
        self._writes = sessionmaker(self._writer, expire_on_commit=False)
        self._data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Repository:
        """Open (create, migrate) the database in ``data_dir`` or the default data folder."""
        resolved = resolve_data_dir(data_dir)
        return cls(open_database(resolved), resolved)

    @property
    def database_path(self) -> Path:
        return Path(str(self._engine.url.database))

    @property
    def data_dir(self) -> Path:
        return self._data_dir if self._data_dir is not None else self.database_path.parent

    def close(self) -> None:
        self._engine.dispose()

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
        stmt = (
            select(
                HouseholdRow.id,
                HouseholdRow.name,
                HouseholdRow.updated_at,
                func.count(MemberRow.id),
            )
            .outerjoin(HouseholdRow.members)
            .group_by(HouseholdRow.id)
            .order_by(HouseholdRow.id)
        )
        with self._sessions() as s:
            return [
                HouseholdSummary(id=i, name=name, members=count, updated_at=updated)
                for i, name, updated, count in s.execute(stmt)
            ]

    def create_household(self, name: str) -> int:
        return self.add_household(Household(name=name, members=(empty_principal(),)))

    def add_household(self, h: Household) -> int:
        _check_household(h)
        with self._writes.begin() as s:
            now = mapping.utc_now()
            row = HouseholdRow(created_at=now, updated_at=now, revision=1)
            mapping.fill_household(row, h)
            s.add(row)
            s.flush()
            return row.id

    def load(self, household_id: int) -> Household:
        """The whole household, read from the file now (``revision`` tells whether it changed)."""
        with self._sessions() as s:
            return mapping.household(self._row(s, household_id, full=True))

    def replace(self, household_id: int, h: Household) -> None:
        _check_household(h)
        with self._write(household_id) as (s, row):
            for table in _CHILD_TABLES:
                s.execute(delete(table).where(table.household_id == household_id))
            s.expire(row)
            mapping.fill_household(row, h)

    def rename(self, household_id: int, name: str) -> None:
        with self._write(household_id) as (_s, row):
            row.name = name

    def delete(self, household_id: int) -> None:
        with self._writes.begin() as s:
            s.delete(self._row(s, household_id))

    def revision(self, household_id: int) -> int:
        """How many times the household's facts were written: a household read at one
        revision is the same at that revision (one indexed read, for the views' "changed?")."""
        with self._engine.connect() as connection:
            value = connection.execute(narrow.REVISION, {"_household": household_id}).scalar()
        if value is None:
            raise HouseholdNotFound(household_id)
        return int(value)

    def wizard_page(self, household_id: int) -> int | None:
        with self._engine.connect() as connection:
            row = connection.execute(narrow.WIZARD_PAGE, {"_household": household_id}).first()
        if row is None:
            raise HouseholdNotFound(household_id)
        page: int | None = row.wizard_page
        return page

    def set_wizard_page(self, household_id: int, page: int) -> None:
        """Remember the interview's page: one small write each time the user turns one."""
        with self._writer.begin() as connection:
            if not narrow.set_page(connection, household_id, page):
                raise HouseholdNotFound(household_id)

    def set_household_as_of(self, household_id: int, as_of: date | None) -> None:
        with self._write(household_id) as (_s, row):
            row.as_of = as_of

    def set_portfolio(self, household_id: int, portfolio: Portfolio | None) -> None:
        with self._write(household_id) as (_s, row):
            row.has_portfolio = portfolio is not None
            row.holdings = mapping.holding_rows(portfolio)

    # -- members -----------------------------------------------------------------------------

    def save_member(self, household_id: int, member: Member) -> None:
        """Insert ``member`` or overwrite every fact of the member with the same id.

        Reads only the household's member list and this member's rows (the wizard calls it
        each time a page is left), and writes only what changed.
        """
        with self._writer.begin() as connection:
            if not narrow.touch(connection, household_id):
                raise HouseholdNotFound(household_id)
            narrow.save_member(connection, household_id, member)

    def update_member(self, household_id: int, before: Member, after: Member) -> None:
        """Store what changed from ``before`` (the member as last stored) to ``after``.

        The wizard's autosave: it writes only the changed answers and reads nothing, so one
        answer costs about one small write. A role change or a member not stored yet takes
        the ``save_member`` way, in the same transaction.
        """
        if before == after:
            return
        with self._writer.begin() as connection:
            if not narrow.touch(connection, household_id):
                raise HouseholdNotFound(household_id)
            if not narrow.update_member(connection, household_id, before, after):
                narrow.save_member(connection, household_id, after)

    def remove_member(self, household_id: int, member_id: str) -> None:
        """Remove a dependant together with its stays, trips, documents and notes."""
        with self._write(household_id, members=True) as (s, row):
            target = next((m for m in row.members if m.member_key == member_id), None)
            if target is None:
                raise NotFound(f"household {household_id} has no member {member_id!r}")
            if target.role == Role.PRINCIPAL.value:
                raise ValueError(f"member {member_id!r} is the principal applicant: keep one")
            s.delete(target)

    # -- stays, trips, documents, notes --------------------------------------------------------

    def set_stays(self, household_id: int, stays: tuple[Stay, ...]) -> None:
        with self._write(household_id, members=True) as (_s, row):
            _check_members(row, [("stay", s.member) for s in stays])
            row.stays = [mapping.stay_row(st, i) for i, st in enumerate(stays)]

    def set_trips(self, household_id: int, trips: tuple[Trip, ...]) -> None:
        with self._write(household_id, members=True) as (_s, row):
            _check_members(row, [("trip", t.member) for t in trips])
            row.trips = [mapping.trip_row(t, i) for i, t in enumerate(trips)]

    def add_trip(self, household_id: int, trip: Trip) -> None:
        with self._write(household_id, members=True) as (_s, row):
            _check_members(row, [("trip", trip.member)])
            position = max((t.position for t in row.trips), default=-1) + 1
            row.trips.append(mapping.trip_row(trip, position))

    def remove_trip(self, household_id: int, trip: Trip) -> None:
        """Remove one trip equal to ``trip`` (same member and dates)."""
        with self._write(household_id) as (s, row):
            for candidate in row.trips:
                if Trip(candidate.member_key, candidate.left, candidate.returned) == trip:
                    s.delete(candidate)
                    return
            raise NotFound(f"household {household_id} has no such trip: {trip}")

    def replace_trip(self, household_id: int, old: Trip, new: Trip) -> None:
        """Change one trip equal to ``old`` into ``new`` in one transaction (an edit)."""
        with self._write(household_id, members=True) as (_s, row):
            _check_members(row, [("trip", new.member)])
            for candidate in row.trips:
                if Trip(candidate.member_key, candidate.left, candidate.returned) == old:
                    candidate.member_key, candidate.left = new.member, new.left
                    candidate.returned = new.returned
                    return
            raise NotFound(f"household {household_id} has no such trip: {old}")

    def attach_document(self, household_id: int, document: DocumentRef) -> None:
        """Record a file for a checklist item; attaching the same path again updates it."""
        self.attach_documents(household_id, (document,))

    def attach_documents(self, household_id: int, documents: Sequence[DocumentRef]) -> int:
        """Record many files in one transaction (all or none); returns how many were recorded.

        A path already listed for the same member and item is updated, not listed twice.
        """
        with self._writes.begin() as s:
            if not narrow.touch(s.connection(), household_id):
                raise HouseholdNotFound(household_id)
            known = narrow.member_keys(s, household_id)
            for document in documents:
                if document.member not in known:
                    raise ValueError(
                        f"document of {document.member!r}: there is no such member in the household"
                    )
            return narrow.attach_documents(s, household_id, documents)

    def detach_document(self, household_id: int, member: str, item: str, path: str) -> None:
        with self._write(household_id) as (s, row):
            for candidate in row.documents:
                if (candidate.member_key, candidate.item, candidate.path) == (member, item, path):
                    s.delete(candidate)
                    return
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
        with self._write(household_id, members=True) as (s, row):
            by_path = {d.path: d for d in row.documents if (d.member_key, d.item) == (member, item)}
            old = by_path.get(old_path)
            if old is None:
                raise NotFound(f"no document {old_path!r} for {member!r} on item {item!r}")
            existing = by_path.get(new.path)
            if existing is not None and existing is not old:
                s.delete(old)
                old = existing
            mapping.fill_document(old, new)

    def set_note(self, household_id: int, member: str | None, item: str | None, text: str) -> None:
        """Set the note on a member's item (or the household); blank text removes it."""
        with self._write(household_id, members=True) as (s, row):
            if member is not None:
                _check_members(row, [("note", member)])
            current = next((n for n in row.notes if (n.member_key, n.item) == (member, item)), None)
            if not text.strip():
                if current is not None:
                    s.delete(current)
            elif current is None:
                row.notes.append(NoteRow(member_key=member, item=item, text=text))
            else:
                current.text = text

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _write(
        self, household_id: int, *, members: bool = False
    ) -> Iterator[tuple[Session, HouseholdRow]]:
        """One committed transaction on one household; its ``updated_at`` moves on."""
        with self._writes.begin() as s:
            row = self._row(s, household_id, full=members)
            yield s, row
            row.updated_at = mapping.utc_now()
            row.revision = HouseholdRow.revision + 1

    @staticmethod
    def _row(s: Session, household_id: int, *, full: bool = False) -> HouseholdRow:
        stmt = select(HouseholdRow).where(HouseholdRow.id == household_id)
        if full:
            stmt = stmt.options(*_FULL)
        row = s.scalars(stmt).one_or_none()
        if row is None:
            raise HouseholdNotFound(household_id)
        return row


def _check_household(h: Household) -> None:
    ids = [m.id for m in h.members]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"household {h.name!r}: member id {duplicates[0]!r} is used twice")
    if not all(ids):
        raise ValueError(f"household {h.name!r}: every member needs an id")
    if sum(m.role is Role.PRINCIPAL for m in h.members) != 1:
        raise ValueError(f"household {h.name!r}: a household has exactly one principal applicant")
    known = set(ids)
    refs = [
        *(("stay", s.member) for s in h.stays),
        *(("trip", t.member) for t in h.trips),
        *(("document", d.member) for d in h.documents),
        *(("note", n.member) for n in h.notes if n.member is not None),
    ]
    for kind, member in refs:
        if member not in known:
            raise ValueError(f"{kind} of {member!r}: there is no such member in the household")


def _check_members(row: HouseholdRow, refs: Iterable[tuple[str, str]]) -> None:
    known = {m.member_key for m in row.members}
    for kind, member in refs:
        if member not in known:
            raise ValueError(f"{kind} of {member!r}: there is no such member in the household")
