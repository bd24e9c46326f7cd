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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hkpath_desktop.core import profile_fields as f
from hkpath_desktop.core.facts import Member, Trip
from hkpath_desktop.core.residence import validate_trips

COLUMNS = ("member", "left", "returned")
MAX_BYTES = 2 * 1024 * 1024
"""Largest file we read: 10,000 trips with long names fit several times over."""
MAX_ROWS = f.MAX_ITEMS
"""Most trips a household may hold, so that its profile can still be exported and imported."""
MAX_FIELD = f.MAX_NAME
"""Longest cell (characters)."""

_DELIMITERS = (",", ";", "\t")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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
        return RowError(0, None, f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
    if isinstance(data, str):
        return data.removeprefix(_BOM)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return RowError(0, None, "is UTF-16 text; save it as 'CSV UTF-8' and choose it again")
    try:
        return data.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        return RowError(row, None, "is not UTF-8 text; save the file as 'CSV UTF-8'")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header(cells: list[str]) -> list[str] | RowError:
    names = [c.strip().casefold() for c in cells]
    for i, name in enumerate(names):
        if name not in COLUMNS:
            shown = cells[i].strip()[:40] or f"number {i + 1} (empty)"
            return RowError(1, shown, f"unknown column; the header must be {','.join(COLUMNS)}")
        if names.index(name) != i:
            return RowError(1, name, "appears twice in the header")
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        return RowError(1, missing[0], f"is missing; the header must be {','.join(COLUMNS)}")
    return names


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


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
            raise LookupError(f"{_show(cell)} is the name of two members; use the member id")
        if cell.startswith(_FORMULA):
            raise LookupError(f"{_show(cell)} looks like a spreadsheet formula, not a member")
        raise LookupError(f"{_show(cell)} is not a member of this household")


def _show(cell: str) -> str:
    return repr(cell if len(cell) <= 40 else cell[:37] + "...")


def _day(cell: str) -> date:
    if not _ISO_DATE.fullmatch(cell):
        raise ValueError(f"{_show(cell)} is not a date; write it as YYYY-MM-DD, e.g. 2026-06-01")
    try:
        value = date.fromisoformat(cell)
    except ValueError:
        raise ValueError(f"{_show(cell)} is not a day of the calendar") from None
    if not f.EARLIEST <= value <= f.LATEST:
        raise ValueError(f"{cell} is outside {f.EARLIEST.year}-{f.LATEST.year}")
    return value


def _read_row(number: int, cells: tuple[str, str, str], members: _Members) -> CsvRow:
    errors = [
        RowError(number, column, f"is longer than {MAX_FIELD} characters")
        for column, text in zip(COLUMNS, cells, strict=True)
        if len(text) > MAX_FIELD
    ]
    if errors:
        return CsvRow(number, cells, None, tuple(errors))
    member_cell, left_cell, returned_cell = cells
    member = left = returned = None
    try:
        member = members.find(member_cell) if member_cell else None
        if not member_cell:
            errors.append(RowError(number, "member", "is empty"))
    except LookupError as exc:
        errors.append(RowError(number, "member", str(exc.args[0])))
    try:
        left = _day(left_cell) if left_cell else None
        if not left_cell:
            errors.append(RowError(number, "left", "is empty; give the day you left Hong Kong"))
    except ValueError as exc:
        errors.append(RowError(number, "left", str(exc)))
    try:
        returned = _day(returned_cell) if returned_cell else None
    except ValueError as exc:
        errors.append(RowError(number, "returned", str(exc)))
    if left is not None and returned is not None and returned < left:
        errors.append(RowError(number, "returned", f"{returned} is before the day left, {left}"))
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
            add(r.row, f"repeats row {seen}" if seen else "this trip is already recorded")
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
                    text = f"row {theirs}" if theirs else "a trip already recorded"
                    back = other.returned.isoformat() if other.returned else "still away"
                    add(row_of[id(mine)], f"overlaps {text} (left {other.left}, back {back})")
                    break
    return [
        CsvRow(r.row, r.cells, r.trip, r.errors + tuple(found[r.row])) if r.row in found else r
        for r in rows
    ]


def read_trips(
    data: bytes | str, members: Sequence[Member], existing: Sequence[Trip] = ()
) -> TripImport:
    """Read a trips CSV against a household's members and the trips it already has."""
    text = _decode(data)
    if isinstance(text, RowError):
        return TripImport((), (text,))
    if "\x00" in text:
        row = text[: text.index("\x00")].count("\n") + 1
        return _failed(row, None, "contains a NUL character; this is not a CSV text file")
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]), strict=True
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
                    held = f" ({len(existing)} are recorded already)" if existing else ""
                    message = f"is one trip too many: a household holds at most {MAX_ROWS}{held}"
                    return _failed(number, None, message)
                rows.append(_row(number, cells, order, known))
    except csv.Error as exc:
        return _failed(number + 1, None, f"is not valid CSV here ({exc})")
    if not order:
        return _failed(1, None, f"is empty; the first row must be {','.join(COLUMNS)}")
    result = TripImport(tuple(_overlaps(rows, existing)), ())
    if result.ok and len(validate_trips([*existing, *result.trips])) > len(
        validate_trips(existing)
    ):
        return TripImport(result.rows, (RowError(0, None, "some trips overlap"),))
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
