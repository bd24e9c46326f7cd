"""A kept reading of a household is never handed out after anything changed the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from store_samples import rich_household

from hkpath_desktop.core.facts import DocumentRef, Household, Portfolio, Stay, StayPathway, Trip
from hkpath_desktop.store import load_cache, narrow
from hkpath_desktop.store.repository import Repository

Write = Callable[[Repository, int, Household], None]
NEW_TRIP = Trip("m2", date(2027, 1, 2), date(2027, 1, 9))
NEW_DOC = DocumentRef("m1", "cies.entry.photo", "/home/mei/photo.jpg")


def _member(h: Household, member_id: str):  # type: ignore[no-untyped-def]
    return next(m for m in h.members if m.id == member_id)


WRITES: dict[str, tuple[Write, Callable[[Household], bool]]] = {
    "rename": (lambda r, i, h: r.rename(i, "Renamed"), lambda h: h.name == "Renamed"),
    "replace": (
        lambda r, i, h: r.replace(i, replace(h, name="Replaced")),
        lambda h: h.name == "Replaced",
    ),
    "as_of": (
        lambda r, i, h: r.set_household_as_of(i, date(2027, 5, 1)),
        lambda h: h.as_of == date(2027, 5, 1),
    ),
    "portfolio": (
        lambda r, i, h: r.set_portfolio(i, Portfolio(())),
        lambda h: h.cies_portfolio == Portfolio(()),
    ),
    "save_member": (
        lambda r, i, h: r.save_member(i, replace(_member(h, "m2"), given_name="Kenji")),
        lambda h: _member(h, "m2").given_name == "Kenji",
    ),
    "update_member": (
        lambda r, i, h: r.update_member(
            i, _member(h, "m2"), replace(_member(h, "m2"), given_name="Ken2")
        ),
        lambda h: _member(h, "m2").given_name == "Ken2",
    ),
    "remove_member": (
        lambda r, i, h: r.remove_member(i, "m3"),
        lambda h: all(m.id != "m3" for m in h.members),
    ),
    "set_stays": (
        lambda r, i, h: r.set_stays(
            i, (Stay("m1", StayPathway.CIES, date(2027, 1, 1), date(2029, 1, 1)),)
        ),
        lambda h: len(h.stays) == 1,
    ),
    "set_trips": (lambda r, i, h: r.set_trips(i, ()), lambda h: h.trips == ()),
    "add_trip": (lambda r, i, h: r.add_trip(i, NEW_TRIP), lambda h: NEW_TRIP in h.trips),
    "remove_trip": (
        lambda r, i, h: r.remove_trip(i, h.trips[0]),
        lambda h: len(h.trips) == 2,
    ),
    "replace_trip": (
        lambda r, i, h: r.replace_trip(i, h.trips[0], NEW_TRIP),
        lambda h: NEW_TRIP in h.trips,
    ),
    "attach_documents": (
        lambda r, i, h: r.attach_documents(i, (NEW_DOC,)),
        lambda h: NEW_DOC in h.documents,
    ),
    "detach_document": (
        lambda r, i, h: r.detach_document(
            i, h.documents[1].member, h.documents[1].item, h.documents[1].path
        ),
        lambda h: len(h.documents) == 1,
    ),
    "relink_document": (
        lambda r, i, h: r.relink_document(
            i,
            h.documents[1].member,
            h.documents[1].item,
            h.documents[1].path,
            replace(h.documents[1], path="/moved.pdf"),
        ),
        lambda h: any(d.path == "/moved.pdf" for d in h.documents),
    ),
    "set_note": (
        lambda r, i, h: r.set_note(i, "m1", "x.y", "A new note"),
        lambda h: any(n.text == "A new note" for n in h.notes),
    ),
}


@pytest.mark.parametrize("name", sorted(WRITES))
@pytest.mark.parametrize("files_watched", [True, False], ids=["files", "events-only"])
def test_every_write_is_seen_by_the_next_load(
    repo: Repository, name: str, files_watched: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also with the file times blind (a write within one clock tick): the commit is seen."""
    if not files_watched:
        monkeypatch.setattr(load_cache, "_file_stamp", lambda _path: None)
    write, seen = WRITES[name]
    household_id = repo.add_household(rich_household())
    before = repo.load(household_id)
    assert repo.load(household_id) is before  # kept
    assert not seen(before)
    write(repo, household_id, before)
    assert seen(repo.load(household_id))


def test_a_core_write_through_narrow_is_seen(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load_cache, "_file_stamp", lambda _path: None)
    household_id = repo.add_household(rich_household())
    before = repo.load(household_id)
    with repo._writer.begin() as connection:
        narrow.save_member(connection, household_id, replace(_member(before, "m3"), given_name="Z"))
    assert _member(repo.load(household_id), "m3").given_name == "Z"


def test_a_write_by_another_repository_is_seen(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    repo.load(household_id)
    other = Repository.open(repo.data_dir)
    try:
        other.rename(household_id, "Elsewhere")
    finally:
        other.close()
    assert repo.load(household_id).name == "Elsewhere"


def test_a_write_by_plain_sqlite_is_seen(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    repo.load(household_id)
    for name in ("First", "Second"):  # twice: the second write grows the log by no new page
        with sqlite3.connect(repo.database_path) as connection:
            connection.execute("UPDATE households SET name = ? WHERE id = ?", (name, household_id))
        connection.close()
        assert repo.load(household_id).name == name


def test_a_failed_write_keeps_nothing_stale(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    before = repo.load(household_id)
    with pytest.raises(ValueError):
        repo.add_trip(household_id, Trip("nobody", date(2027, 1, 1), None))
    assert repo.load(household_id) == before


def test_households_are_kept_apart(repo: Repository) -> None:
    first = repo.add_household(rich_household())
    second = repo.add_household(replace(rich_household(), name="Second"))
    assert repo.load(first).name == "Chan family"
    assert repo.load(second).name == "Second"
    assert repo.load(first).name == "Chan family"


def test_an_equal_reading_is_the_same_object(repo: Repository) -> None:
    """Only the wizard's page moved on: the reading is read again, and found unchanged."""
    household_id = repo.add_household(rich_household())
    before = repo.load(household_id)
    repo.set_wizard_page(household_id, 3)
    assert repo.load(household_id) is before
    repo.rename(household_id, "Changed")
    after = repo.load(household_id)
    assert after is not before and after.name == "Changed"
