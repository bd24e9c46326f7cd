"""Every write to a household moves its revision on by exactly one, in the same transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from store_samples import child, rich_household

from hkpath_desktop.core.facts import DocumentRef, Holding, HoldingKind, Portfolio, Stay, Trip
from hkpath_desktop.core.facts import StayPathway as P
from hkpath_desktop.store.repository import HouseholdNotFound, Repository

Write = Callable[[Repository, int], object]

_TRIP = Trip("m1", date(2026, 6, 1), date(2026, 6, 15))
_NEW_TRIP = Trip("m2", date(2026, 7, 1), None)
_DOC = DocumentRef("m1", "ttps.entry.photo", "/home/mei/photo.jpg")


def _first_document(repo: Repository, hid: int) -> DocumentRef:
    return repo.load(hid).documents[0]


WRITES: dict[str, Write] = {
    "rename": lambda r, h: r.rename(h, "Sato family"),
    "replace": lambda r, h: r.replace(h, dataclasses.replace(rich_household(), name="Other")),
    "household_answers": lambda r, h: r.save_household_answers(
        h,
        dataclasses.replace(
            r.load(h), cies_portfolio=Portfolio((Holding(HoldingKind.EQUITIES, 30_000_000),))
        ),
    ),
    "save_member": lambda r, h: r.save_member(
        h, dataclasses.replace(child(), id="m4", given_name="Aki")
    ),
    "update_member": lambda r, h: r.update_member(
        h, r.load(h).principal, dataclasses.replace(r.load(h).principal, given_name="May")
    ),
    "remove_member": lambda r, h: r.remove_member(h, "m3"),
    "set_stays": lambda r, h: r.set_stays(
        h, (Stay("m1", P.TTPS, date(2026, 1, 1), date(2028, 1, 1)),)
    ),
    "set_trips": lambda r, h: r.set_trips(h, (_TRIP,)),
    "add_trip": lambda r, h: r.add_trip(h, _NEW_TRIP),
    "remove_trip": lambda r, h: r.remove_trip(h, r.load(h).trips[0]),
    "replace_trip": lambda r, h: r.replace_trip(h, r.load(h).trips[0], _NEW_TRIP),
    "attach_document": lambda r, h: r.attach_document(h, _DOC),
    "attach_documents": lambda r, h: r.attach_documents(h, (_DOC,)),
    "detach_document": lambda r, h: r.detach_document(
        h, *(lambda d: (d.member, d.item, d.path))(_first_document(r, h))
    ),
    "relink_document": lambda r, h: r.relink_document(
        h,
        (d := _first_document(r, h)).member,
        d.item,
        d.path,
        dataclasses.replace(d, path="/elsewhere.pdf"),
    ),
    "set_note": lambda r, h: r.set_note(h, "m1", "ttps.entry.photo", "a new note"),
    "clear_note": lambda r, h: r.set_note(h, (n := r.load(h).notes[0]).member, n.item, ""),
}


def test_a_new_household_starts_at_revision_one(repo: Repository) -> None:
    assert repo.revision(repo.add_household(rich_household())) == 1
    assert repo.revision(repo.create_household("Empty")) == 1


@pytest.mark.parametrize("name", WRITES)
def test_each_write_moves_the_revision_on_by_one(repo: Repository, name: str) -> None:
    household_id = repo.add_household(rich_household())
    other_id = repo.add_household(rich_household())
    before = repo.load(household_id)
    WRITES[name](repo, household_id)
    assert repo.load(household_id) != before  # the write did change something
    assert repo.revision(household_id) == 2
    assert repo.revision(other_id) == 1


def test_a_refused_write_leaves_the_revision_alone(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    with pytest.raises(ValueError, match="unknown member id"):
        repo.add_trip(household_id, Trip("m9", date(2026, 1, 1), None))
    with pytest.raises(ValueError, match="principal"):
        repo.remove_member(household_id, "m1")
    assert repo.revision(household_id) == 1


def test_turning_the_interviews_page_is_not_a_change_of_the_household(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    repo.set_wizard_page(household_id, 3)
    assert repo.wizard_page(household_id) == 3
    assert repo.revision(household_id) == 1


def test_an_unchanged_member_writes_nothing(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    principal = repo.load(household_id).principal
    repo.update_member(household_id, principal, principal)
    assert repo.revision(household_id) == 1


def test_another_window_on_the_same_file_sees_the_revision(data_dir: Path) -> None:
    with Repository.open(data_dir) as first, Repository.open(data_dir) as second:
        household_id = first.add_household(rich_household())
        second.rename(household_id, "Sato family")
        assert first.revision(household_id) == 2


def test_the_revision_of_a_missing_household_is_not_found(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    repo.delete(household_id)
    with pytest.raises(HouseholdNotFound):
        repo.revision(household_id)
