"""Trips from CSV: every problem names its row and column, and a bad file gives no trips."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.facts import Household, Trip
from hkpath_desktop.core.i18n import Language
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.residence import validate_trips
from hkpath_desktop.core.texts import say
from hkpath_desktop.core.trip_csv import (
    COLUMNS,
    MAX_BYTES,
    MAX_FIELD,
    MAX_ROWS,
    RowError,
    TripImport,
    read_trips,
    write_trips,
)

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
D = date


@pytest.fixture(scope="module")
def family() -> Household:
    return load_profile_file(FAMILY)


def _read(text: str | bytes, family: Household, existing: tuple[Trip, ...] = ()) -> TripImport:
    return read_trips(text, family.members, existing)


def _where(result: TripImport) -> list[tuple[int, str | None]]:
    return [(e.row, e.column) for e in result.errors]


def test_a_good_file_gives_its_trips_by_id_or_by_name(family: Household) -> None:
    text = (
        "member,left,returned\n"
        "m1,2025-01-02,2025-01-09\n"
        "mei chan,2025-03-01,2025-03-04\n"  # full name, any case
        "Ken,2025-04-01,\n"  # the given name alone: only one Ken
        "  Yui   Sato ,2025-05-01,2025-05-02\n"
    )
    result = _read(text, family)
    assert result.ok and result.errors == ()
    assert result.trips == (
        Trip("m1", D(2025, 1, 2), D(2025, 1, 9)),
        Trip("m1", D(2025, 3, 1), D(2025, 3, 4)),
        Trip("m2", D(2025, 4, 1), None),
        Trip("m3", D(2025, 5, 1), D(2025, 5, 2)),
    )
    assert [r.row for r in result.rows] == [2, 3, 4, 5]


def test_bom_crlf_semicolons_tabs_column_order_and_blank_rows_are_tolerated(
    family: Household,
) -> None:
    expected = (Trip("m1", D(2025, 1, 2), D(2025, 1, 9)), Trip("m2", D(2025, 2, 1), None))
    for sep in (",", ";", "\t"):
        rows = [
            "Returned{0}Member{0}LEFT",
            "2025-01-09{0}m1{0}2025-01-02",
            "",
            "{0}m2{0}2025-02-01",
        ]
        data = ("\r\n".join(rows).format(sep) + "\r\n").encode("utf-8-sig")
        result = _read(data, family)
        assert result.trips == expected, (sep, result.errors)


def test_each_bad_cell_is_named_by_row_and_column(family: Household) -> None:
    text = (
        "member,left,returned\n"
        "m9,2025-01-02,2025-01-09\n"
        "m1,02/01/2025,\n"
        "m1,2025-02-30,\n"
        "m1,2025-03-10,2025-03-01\n"
        ",,\n"  # blank: skipped
        ",2025-04-01,\n"
        "m1,,2025-04-01\n"
        "m1,1899-12-31,\n"
        "m1,2025-05-01,2201-01-01\n"
        '=HYPERLINK("x"),2025-06-01,\n'
        "m1,2025-07-01\n"
        "m1,2025-08-01,,extra\n"
    )
    result = _read(text, family)
    assert result.trips == () and not result.ok
    assert _where(result) == [
        (2, "member"),
        (3, "left"),
        (4, "left"),
        (5, "returned"),
        (7, "member"),
        (8, "left"),
        (9, "left"),
        (10, "returned"),
        (11, "member"),
        (12, "returned"),
        (13, None),
    ]
    messages = [str(e) for e in result.errors]
    assert messages[0] == "row 2, column member: 'm9' is not a member of this household"
    assert "YYYY-MM-DD" in messages[1]
    assert "not a day of the calendar" in messages[2]
    assert "before the day left" in messages[3]
    assert "spreadsheet formula" in messages[8]
    assert messages[9] == "row 12, column returned: has 2 cells; the header has 3"


def test_a_name_two_members_share_must_be_given_as_an_id(family: Household) -> None:
    twin = dataclasses.replace(family.members[2], id="m5")
    result = read_trips("member,left,returned\nYui Sato,2025-01-01,\n", (*family.members, twin))
    assert str(result.errors[0]) == (
        "row 2, column member: 'Yui Sato' is the name of two members; use the member id"
    )


def test_header_problems_are_row_one(family: Household) -> None:
    cases = {
        "": (1, None),
        "m1,2025-01-01,\n": (1, "m1"),
        "member,left\nm1,2025-01-01\n": (1, "returned"),
        "member,left,returned,where\n": (1, "where"),
        "member,left,left,returned\n": (1, "left"),
    }
    for text, where in cases.items():
        assert _where(_read(text, family)) == [where], text


def test_overlaps_and_repeats_name_the_rows_within_the_file_and_against_the_log(
    family: Household,
) -> None:
    text = (
        "member,left,returned\n"
        "m1,2026-06-10,2026-06-20\n"  # overlaps the recorded 1-15 June trip
        "m2,2025-01-01,2025-01-10\n"
        "m2,2025-01-05,2025-01-07\n"  # inside row 3
        "m2,2025-01-10,2025-01-12\n"  # leaves the day row 3 returns: allowed
        "m1,2026-06-01,2026-06-15\n"  # already recorded
        "m3,2025-02-01,2025-02-03\n"
        "m3,2025-02-01,2025-02-03\n"  # repeats row 7
    )
    result = _read(text, family, family.trips)
    assert [str(e) for e in result.errors] == [
        "row 2, column left: overlaps a trip already recorded (left 2026-06-01, back 2026-06-15)",
        "row 4, column left: overlaps row 3 (left 2025-01-01, back 2025-01-10)",
        "row 6, column left: this trip is already recorded",
        "row 8, column left: repeats row 7",
    ]
    fixed = "\n".join(line for i, line in enumerate(text.splitlines()) if i not in (1, 3, 5, 7))
    good = _read(fixed, family, family.trips)
    assert good.ok and len(good.trips) == 3
    assert validate_trips([*family.trips, *good.trips]) == []


def test_a_trip_still_away_overlaps_any_later_trip(family: Household) -> None:
    result = _read("member,left,returned\nm1,2026-11-20,2026-11-21\n", family, family.trips)
    assert str(result.errors[0]) == (
        "row 2, column left: overlaps a trip already recorded (left 2026-11-10, back still away)"
    )


def test_limits_on_size_rows_and_fields(family: Household) -> None:
    huge = b"member,left,returned\n" + b"m1," * (MAX_BYTES // 3) + b"\n"
    assert [str(e) for e in _read(huge, family).errors] == ["file: is larger than 2 MB"]
    long_name = "member,left,returned\n" + "x" * (MAX_FIELD + 1) + ",2025-01-01,\n"
    assert _where(_read(long_name, family)) == [(2, "member")]
    day = D(1990, 1, 1)
    rows = ["member,left,returned"]
    for _ in range(MAX_ROWS + 1):
        rows.append(f"m1,{day},{day + timedelta(days=1)}")
        day += timedelta(days=2)
    too_many = _read("\n".join(rows), family)
    assert _where(too_many) == [(MAX_ROWS + 2, None)] and too_many.trips == ()
    just_enough = _read("\n".join(rows[:-1]), family)
    assert just_enough.ok and len(just_enough.trips) == MAX_ROWS
    with_log = _read("\n".join(rows[:-1]), family, family.trips)
    assert "3 are recorded already" in str(with_log.errors[0])


def test_a_hundred_thousand_rows_are_refused_without_reading_them_all(family: Household) -> None:
    data = "member,left,returned\n" + "m1,2025-01-01,\n" * 100_000
    result = _read(data, family)
    assert not result.ok and result.trips == () and result.errors[0].row == MAX_ROWS + 2


def test_encodings_nul_and_broken_quotes_are_refused_with_the_row(family: Household) -> None:
    bad_utf8 = b"member,left,returned\nm1,2025-01-01,\n\xff\xfe\xfa,2025-01-01,\n"
    assert _where(_read(bad_utf8, family)) == [(3, None)]
    assert "UTF-8" in str(_read(bad_utf8, family).errors[0])
    utf16 = "member,left,returned\n".encode("utf-16")
    assert "UTF-16" in str(_read(utf16, family).errors[0])
    nul = b"member,left,returned\nm1,2025-01-01,\nm1\x00,2025-02-01,\n"
    assert _where(_read(nul, family)) == [(3, None)]
    quote = 'member,left,returned\nm1,2025-01-01,\n"m1"x,2025-02-01,\n'
    assert _where(_read(quote, family)) == [(3, None)]


def test_export_reads_back_and_defuses_formulas(family: Household) -> None:
    text = write_trips(family.trips)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert set(_read(text, family).trips) == set(family.trips)
    odd = dataclasses.replace(family.members[3], id="-m4")
    trips = (Trip("-m4", D(2025, 1, 1), None),)
    exported = write_trips(trips)
    assert exported.splitlines()[1] == "'-m4,2025-01-01,"
    assert read_trips(exported, (*family.members, odd)).trips == trips


# -- hostile files: never a crash, never a partial result, always a row and a column -----------

_CELL = st.one_of(
    st.sampled_from(["m1", "Mei Chan", "2025-01-01", "", "=1+1", "@SUM(A1)", "+1", "-1", '"']),
    st.text(max_size=30),
    st.dates(min_value=D(1, 1, 1)).map(date.isoformat),
    st.integers().map(str),
)


def _assert_clean(result: TripImport) -> None:
    if not result.ok:
        assert result.trips == ()
    for error in result.errors:
        assert isinstance(error, RowError) and error.message
        assert error.column in (*COLUMNS, None) or error.row == 1
        assert str(error).startswith("row " if error.row else "file")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(family: Household, data: bytes) -> None:
    _assert_clean(_read(data, family, family.trips))
    _assert_clean(_read(b"member,left,returned\n" + data, family, family.trips))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL, min_size=0, max_size=5), max_size=20), st.sampled_from(",;\t"))
def test_random_cells_never_crash_and_bad_rows_are_named(
    family: Household, rows: list[list[str]], sep: str
) -> None:
    lines = [sep.join(COLUMNS)] + [sep.join(r) for r in rows]
    result = _read("\r\n".join(lines), family, family.trips)
    _assert_clean(result)
    if result.ok:
        assert validate_trips([*family.trips, *result.trips]) == []


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=0, max_value=9),
    st.sampled_from(COLUMNS[:2]),
    st.one_of(
        st.text(min_size=1, max_size=MAX_FIELD + 50).filter(
            lambda s: s.strip() == s and "\n" not in s
        ),
        st.sampled_from(
            ["2025-13-01", "2025-00-10", "0001-01-01", "9999-12-31", "=cmd|'/c calc'!A1"]
        ),
    ),
)
def test_one_corrupt_cell_in_a_good_file_is_named_and_nothing_is_kept(
    family: Household, index: int, column: str, junk: str
) -> None:
    rows = [["m1", f"2000-01-{2 * i + 1:02d}", f"2000-01-{2 * i + 2:02d}"] for i in range(10)]
    rows[index][COLUMNS.index(column)] = junk
    text = "member,left,returned\n" + "\n".join(
        ",".join('"' + c.replace('"', '""') + '"' for c in r) for r in rows
    )
    result = _read(text, family)
    _assert_clean(result)
    if not result.ok:
        assert result.trips == ()
        assert {e.row for e in result.errors} <= set(range(2, 12))
        named = any(e.row == index + 2 for e in result.errors)
        assert named or all("overlaps" in e.message for e in result.errors)


BAD_FILES = [
    b"\xff\xfemember",
    b"member,left,returned\n\xff,2025-01-01,\n",
    b"who,left,returned\n",
    b",left,returned\n",
    b"member,member,returned\n",
    b"member,left\n",
    b"",
    b"member,left,returned\nm1\x00,2025-01-01,\n",
    b'member,left,returned\n"m1,2025-01-01\n',
    b"member,left,returned\nnobody,2025-01-01,\n=SUM(A1),2025-01-01,\n,,2025-01-02\n",
    b"member,left,returned\nm1,1 May 2025,\nm1,2025-02-30,\nm1,1899-01-01,\n",
    b"member,left,returned\nm1,2025-03-10,2025-03-01\n",
    b"member,left,returned\nm1,2025-01-01,2025-01-10\nm1,2025-01-01,2025-01-10\n",
    b"member,left,returned\nm1,2025-01-01,2025-01-10\nm1,2025-01-05,\n",
]


@pytest.mark.parametrize("data", BAD_FILES)
def test_every_problem_is_said_in_chinese(family: Household, data: bytes) -> None:
    """The import dialog shows these messages in the GUI's language: none may stay English.

    Only Python's own CSV error, quoted in brackets, stays as Python says it.
    """
    errors = read_trips(data, family.members, (Trip("m1", date(2024, 6, 1), None),)).errors
    assert errors
    for error in errors:
        for language in (Language.ZH_HK, Language.ZH_CN):
            said = say(error.message, language)
            english = re.search(r"[a-z]{3,} [a-z]{3,}", re.sub(r"（[^）]*）", "", said))
            assert said != error.message and not english, said


def test_a_problem_in_chinese_keeps_the_users_cell(family: Household) -> None:
    [error] = _read("member,left,returned\nm1,1 May 2025,\n", family).errors
    hk = "'1 May 2025' 不是日期；請寫成 YYYY-MM-DD，例如 2026-06-01"
    assert say(error.message, Language.ZH_HK) == hk
    assert say(error.message, Language.ZH_CN) == hk.replace("請寫", "请写")
