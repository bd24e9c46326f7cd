"""Trips out of Hong Kong as CSV: read a user's spreadsheet export, write one back.

The format (documented in the README)::

    member,left,returned
    Mei Chan,2026-06-01,2026-06-15
    m2,2026-07-20,

- ``member`` is a member id (``m1``) or a member's name as entered in the household (full
  name, or the given name alone when no one else shares it), compared without regard to case.
- ``left`` and ``returned`` are ISO dates (YYYY-MM-DD); an empty ``returned`` means still away.
- The header row is required, in any column order; UTF-8 with or without a byte-order mark;
  comma, semicolon or tab separated (taken from the header row); LF or CRLF line ends.

The reader never stores anything and never raises on bad input: it returns every row with its
problems, each naming the spreadsheet row (the header is row 1) and the column, so the GUI can
show a preview and the caller can store all the trips or none. Overlaps and reversed trips are
checked together with the trips already recorded, with the same rule as
:func:`core.residence.validate_trips`, which has the last word.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hkpath_desktop.core import profile_fields as f
from hkpath_desktop.core.facts import Member, Trip
from hkpath_desktop.core.residence import validate_trips
from hkpath_desktop.core.texts import text

COLUMNS = ("member", "left", "returned")
_HEADER = ",".join(COLUMNS)
MAX_BYTES = 2 * 1024 * 1024
"""Largest file we read: 10,000 trips with long names fit several times over."""
MAX_ROWS = f.MAX_ITEMS
"""Most trips a household may hold, so that its profile can still be exported and imported."""
MAX_FIELD = f.MAX_NAME
"""Longest cell (characters)."""

_DELIMITERS = (",", ";", "\t")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem; ``row`` counts as a spreadsheet does (header = 1), 0 for the whole file."""

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row as read, the trip it makes (when it makes one) and its problems."""

    row: int
    cells: tuple[str, str, str]
    trip: Trip | None
    errors: tuple[RowError, ...]


@dataclass(frozen=True, slots=True)
class TripImport:
    """The whole reading: store ``trips`` only when ``ok``."""

    rows: tuple[CsvRow, ...]
    file_errors: tuple[RowError, ...]

    @property
    def errors(self) -> tuple[RowError, ...]:
        return self.file_errors + tuple(e for r in self.rows for e in r.errors)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def trips(self) -> tuple[Trip, ...]:
        """Every trip of the file, or none at all when anything is wrong."""
        if not self.ok:
            return ()
        return tuple(r.trip for r in self.rows if r.trip is not None)


def _failed(row: int, column: str | None, message: str) -> TripImport:
    return TripImport((), (RowError(row, column, message),))


def _decode(data: bytes | str) -> str | RowError:
    if len(data) > MAX_BYTES:
        return RowError(0, None, text("trips.file_too_large", megabytes=MAX_BYTES // (1024 * 1024)))
    if isinstance(data, str):
        return data.removeprefix(_BOM)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return RowError(0, None, text("trips.utf16"))
    try:
        return data.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        return RowError(row, None, text("trips.not_utf8"))


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header(cells: list[str]) -> list[str] | RowError:
    names = [c.strip().casefold() for c in cells]
    for i, name in enumerate(names):
        if name not in COLUMNS:
            shown = cells[i].strip()[:40] or text("trips.header.empty_column", number=i + 1)
            return RowError(1, shown, text("trips.header.unknown", header=_HEADER))
        if names.index(name) != i:
            return RowError(1, name, text("trips.header.twice"))
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        return RowError(1, missing[0], text("trips.header.missing", header=_HEADER))
    return names


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Members:
    """Finds a member by id or by name; names shared by two members are refused."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.ids = {m.id for m in members}
        self.names: dict[str, set[str]] = {}
        for m in members:
            forms = {m.display_name, m.given_name, f"{m.family_name} {m.given_name}"}
            forms.add(f"{m.family_name}{m.given_name}")
            for form in forms:
                if form.strip():
                    self.names.setdefault(_key(form), set()).add(m.id)

    def find(self, cell: str) -> str:
        """The member id, or raise ``LookupError`` with the reason."""
        if cell.startswith("'") and cell[1:].startswith(_FORMULA):
            cell = cell[1:]  # written so by write_trips, so that no spreadsheet runs it
        if cell in self.ids:
            return cell
        found = self.names.get(_key(cell), set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            raise LookupError(text("trips.member.shared_name", cell=_show(cell)))
        if cell.startswith(_FORMULA):
            raise LookupError(text("trips.member.formula", cell=_show(cell)))
        raise LookupError(text("trips.member.unknown", cell=_show(cell)))


def _show(cell: str) -> str:
    return repr(cell if len(cell) <= 40 else cell[:37] + "...")


def _day(cell: str) -> date:
    if not f.ISO_DAY.fullmatch(cell):
        raise ValueError(text("trips.date.format", cell=_show(cell)))
    try:
        value = date.fromisoformat(cell)
    except ValueError:
        raise ValueError(text("trips.date.not_a_day", cell=_show(cell))) from None
    if not f.EARLIEST <= value <= f.LATEST:
        raise ValueError(
            text("trips.date.outside", cell=cell, first=f.EARLIEST.year, last=f.LATEST.year)
        )
    return value


def _read_row(number: int, cells: tuple[str, str, str], members: _Members) -> CsvRow:
    errors = [
        RowError(number, column, text("trips.cell.too_long", limit=MAX_FIELD))
        for column, cell in zip(COLUMNS, cells, strict=True)
        if len(cell) > MAX_FIELD
    ]
    if errors:
        return CsvRow(number, cells, None, tuple(errors))
    member_cell, left_cell, returned_cell = cells
    member = left = returned = None
    try:
        member = members.find(member_cell) if member_cell else None
        if not member_cell:
            errors.append(RowError(number, "member", text("trips.cell.empty")))
    except LookupError as exc:
        errors.append(RowError(number, "member", exc.args[0]))
    try:
        left = _day(left_cell) if left_cell else None
        if not left_cell:
            errors.append(RowError(number, "left", text("trips.left.empty")))
    except ValueError as exc:
        errors.append(RowError(number, "left", exc.args[0]))
    try:
        returned = _day(returned_cell) if returned_cell else None
    except ValueError as exc:
        errors.append(RowError(number, "returned", exc.args[0]))
    if left is not None and returned is not None and returned < left:
        errors.append(
            RowError(
                number, "returned", text("trips.returned.before_left", returned=returned, left=left)
            )
        )
    if errors or member is None or left is None:
        return CsvRow(number, cells, None, tuple(errors))
    return CsvRow(number, cells, Trip(member, left, returned), ())


def _overlaps(rows: list[CsvRow], existing: Sequence[Trip]) -> list[CsvRow]:
    """Attach repeat and overlap problems to rows, by the rule of ``validate_trips``."""
    found: dict[int, list[RowError]] = {}

    def add(number: int, message: str) -> None:
        found.setdefault(number, []).append(RowError(number, "left", message))

    first_row: dict[Trip, int] = dict.fromkeys(existing, 0)
    row_of: dict[int, int] = {}
    for r in rows:
        if r.trip is None:
            continue
        if r.trip in first_row:
            seen = first_row[r.trip]
            add(
                r.row,
                text("trips.repeats_row", row=seen) if seen else text("trips.already_recorded"),
            )
        else:
            first_row[r.trip] = r.row
            row_of[id(r.trip)] = r.row
    by_member: dict[str, list[Trip]] = {}
    for t in first_row:
        by_member.setdefault(t.member, []).append(t)
    for group in by_member.values():
        group.sort(key=lambda t: (t.left, t.returned or date.max))
        for earlier, later in itertools.pairwise(group):
            if earlier == later or (earlier.returned and later.left >= earlier.returned):
                continue
            for mine, other in ((later, earlier), (earlier, later)):
                if id(mine) in row_of:
                    theirs = row_of.get(id(other))
                    back = other.returned or text("trips.still_away")
                    add(
                        row_of[id(mine)],
                        text("trips.overlaps_row", row=theirs, left=other.left, back=back)
                        if theirs
                        else text("trips.overlaps_recorded", left=other.left, back=back),
                    )
                    break
    return [
        CsvRow(r.row, r.cells, r.trip, r.errors + tuple(found[r.row])) if r.row in found else r
        for r in rows
    ]


def read_trips(
    data: bytes | str, members: Sequence[Member], existing: Sequence[Trip] = ()
) -> TripImport:
    """Read a trips CSV against a household's members and the trips it already has."""
    content = _decode(data)
    if isinstance(content, RowError):
        return TripImport((), (content,))
    if "\x00" in content:
        row = content[: content.index("\x00")].count("\n") + 1
        return _failed(row, None, text("trips.nul"))
    reader = csv.reader(
        io.StringIO(content, newline=""),
        delimiter=_delimiter(content.split("\n", 1)[0]),
        strict=True,
    )
    known = _Members(members)
    rows: list[CsvRow] = []
    order: list[str] = []
    room = MAX_ROWS - len(existing)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if number == 1:
                header = _header(cells)
                if isinstance(header, RowError):
                    return TripImport((), (header,))
                order = header
            elif any(c.strip() for c in cells):
                if len(rows) >= room:
                    message = (
                        text("trips.too_many_recorded", limit=MAX_ROWS, recorded=len(existing))
                        if existing
                        else text("trips.too_many", limit=MAX_ROWS)
                    )
                    return _failed(number, None, message)
                rows.append(_row(number, cells, order, known))
    except csv.Error as exc:
        return _failed(number + 1, None, text("trips.bad_csv", problem=str(exc)))
    if not order:
        return _failed(1, None, text("trips.empty_file", header=_HEADER))
    result = TripImport(tuple(_overlaps(rows, existing)), ())
    if result.ok and len(validate_trips([*existing, *result.trips])) > len(
        validate_trips(existing)
    ):
        return TripImport(result.rows, (RowError(0, None, text("trips.some_overlap")),))
    return result


def _row(number: int, cells: list[str], order: list[str], known: _Members) -> CsvRow:
    if len(cells) != len(order):
        column = order[len(cells)] if len(cells) < len(order) else None
        message = f"has {len(cells)} cells; the header has {len(order)}"
        shown = [c.strip()[:MAX_FIELD] for c in cells[:3]] + [""] * (3 - min(len(cells), 3))
        as_read = (shown[0], shown[1], shown[2])
        return CsvRow(number, as_read, None, (RowError(number, column, message),))
    by_name = dict(zip(order, (c.strip() for c in cells), strict=True))
    return _read_row(number, (by_name["member"], by_name["left"], by_name["returned"]), known)


def _safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA) else cell


def write_trips(trips: Sequence[Trip]) -> str:
    """The trips as CSV text in the format :func:`read_trips` reads, by member id."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for t in sorted(trips, key=lambda t: (t.member, t.left)):
        back = t.returned.isoformat() if t.returned else ""
        writer.writerow((_safe(t.member), t.left.isoformat(), back))
    return out.getvalue()
