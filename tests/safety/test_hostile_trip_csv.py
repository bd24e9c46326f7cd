"""A hostile trip CSV through the Residence tab: a clear row-and-column error, nothing stored.

Each example corrupts one row of a good file in a way a spreadsheet, a wrong export or an
attacker could; the preview must name that row, keep Import disabled, and even an accept
forced past the disabled button must leave the household and its change time as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.core.rules import load_builtin
from hkpath_desktop.store.repository import Repository
from hkpath_desktop.ui.session import HouseholdSession
from hkpath_desktop.ui.views.residence_view import ResidenceView

pytestmark = pytest.mark.gui

FAMILY = Path(__file__).resolve().parents[1] / "fixtures" / "family.json"
GOOD = [b"m3", b"2020-01-01", b"2020-01-05"], [b"Ren Sato", b"2021-02-01", b""]


@pytest.fixture
def tab(qtbot, data_dir: Path) -> Iterator[tuple[ResidenceView, Repository, int]]:  # type: ignore[no-untyped-def]
    repo = Repository.open(data_dir)
    household_id = repo.add_household(load_profile_file(FAMILY))
    view = ResidenceView(HouseholdSession(repo), load_builtin(), lambda: date(2026, 11, 22))
    qtbot.addWidget(view)
    view.show_household(household_id)
    yield view, repo, household_id
    repo.close()


_DAY_OUT_OF_RANGE = st.one_of(
    st.dates(max_value=date(1899, 12, 31)), st.dates(min_value=date(2201, 1, 1))
).map(lambda d: d.isoformat().encode())
_MUTATION = st.one_of(
    st.tuples(st.just(0), st.sampled_from([b"=cmd|' /C calc'!A0", b"@SUM(1+1)", b"+1", b"-2"])),
    # an unknown member; a line break would start the next row, which is then the one named
    st.tuples(
        st.just(0),
        st.text(
            st.characters(exclude_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
            min_size=1,
            max_size=20,
        ).map(lambda s: b"zz" + s.encode()),
    ),
    st.tuples(st.sampled_from([1, 2]), _DAY_OUT_OF_RANGE),
    st.tuples(st.sampled_from([1, 2]), st.sampled_from([b"2020-02-30", b"01/02/2020", b"x"])),
    st.tuples(st.integers(0, 2), st.integers(201, 5000).map(lambda n: b'"' + b"x" * n + b'"')),
    st.tuples(st.integers(0, 2), st.binary(min_size=1, max_size=8).map(lambda b: b"\xff" + b)),
    st.tuples(st.integers(0, 2), st.just(b"a\x00b")),
    st.tuples(st.just(3), st.just(b"extra")),
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.sampled_from([0, 1]), _MUTATION)
def test_a_hostile_row_is_named_and_nothing_is_stored(
    tab: tuple[ResidenceView, Repository, int],
    tmp_path: Path,
    row: int,
    mutation: tuple[int, bytes],
) -> None:
    view, repo, household_id = tab
    column, junk = mutation
    rows = [list(r) for r in GOOD]
    if column < 3:
        rows[row][column] = junk
    else:
        rows[row].append(junk)
    data = b"member,left,returned\r\n" + b"".join(b",".join(r) + b"\r\n" for r in rows)
    path = tmp_path / "hostile.csv"
    path.write_bytes(data)
    before = (repo.load(household_id), repo.list_households())
    changed: list[int] = []
    view.session.changed.connect(changed.append)
    dialog = view.import_csv(path)
    assert dialog is not None
    reading = dialog.reading()
    assert reading is not None and not reading.ok and dialog.trips() == ()
    assert not dialog.import_button.isEnabled()
    assert any(e.row == row + 2 for e in reading.errors), reading.errors
    assert all(str(e).startswith(f"row {e.row}") for e in reading.errors)
    dialog.accept()
    dialog.deleteLater()
    view.session.changed.disconnect(changed.append)
    assert changed == []
    assert (repo.load(household_id), repo.list_households()) == before


def test_a_hundred_thousand_rows_store_nothing(
    tab: tuple[ResidenceView, Repository, int], tmp_path: Path
) -> None:
    view, repo, household_id = tab
    path = tmp_path / "huge.csv"
    path.write_text("member,left,returned\n" + "m3,2020-01-01,\n" * 100_000, encoding="utf-8")
    before = (repo.load(household_id), repo.list_households())
    dialog = view.import_csv(path)
    assert dialog is not None and not dialog.import_button.isEnabled()
    assert "at most 10000" in dialog.file_error.text()
    dialog.accept()
    assert (repo.load(household_id), repo.list_households()) == before
