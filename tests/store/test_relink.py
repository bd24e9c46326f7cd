"""Relinking a file record: one transaction, the item keeps one record per file."""

from __future__ import annotations

import pytest
from store_samples import principal

from hkpath_desktop.core.facts import DocumentRef, Household
from hkpath_desktop.store.repository import NotFound, Repository

ITEM = "ttps.entry.photo"


def _household(repo: Repository, *documents: DocumentRef) -> int:
    return repo.add_household(Household(name="H", members=(principal(),), documents=documents))


def test_relink_replaces_the_record_in_place(repo: Repository) -> None:
    old = DocumentRef("m1", ITEM, "/old/photo.jpg", "a" * 64, 10, 1.0)
    other = DocumentRef("m1", ITEM, "/other.jpg", "c" * 64, 5, 2.0)
    household_id = _household(repo, old, other)
    new = DocumentRef("m1", ITEM, "/new/photo.jpg", "b" * 64, 11, 3.5)
    repo.relink_document(household_id, "m1", ITEM, "/old/photo.jpg", new)
    assert repo.load(household_id).documents == (new, other)


def test_relink_onto_a_file_already_listed_keeps_one_record(repo: Repository) -> None:
    old = DocumentRef("m1", ITEM, "/old.jpg", "a" * 64, 10, 1.0)
    there = DocumentRef("m1", ITEM, "/there.jpg", "c" * 64, 5, 2.0)
    household_id = _household(repo, old, there)
    new = DocumentRef("m1", ITEM, "/there.jpg", "d" * 64, 6, 4.0)
    repo.relink_document(household_id, "m1", ITEM, "/old.jpg", new)
    assert repo.load(household_id).documents == (new,)


def test_relink_to_the_same_path_accepts_the_changed_file(repo: Repository) -> None:
    old = DocumentRef("m1", ITEM, "/a.jpg", "a" * 64, 10, 1.0)
    household_id = _household(repo, old)
    new = DocumentRef("m1", ITEM, "/a.jpg", "e" * 64, 12, 9.0)
    repo.relink_document(household_id, "m1", ITEM, "/a.jpg", new)
    assert repo.load(household_id).documents == (new,)


def test_relink_refuses_an_unknown_record_or_another_item(repo: Repository) -> None:
    old = DocumentRef("m1", ITEM, "/a.jpg", "a" * 64, 10, 1.0)
    household_id = _household(repo, old)
    with pytest.raises(NotFound):
        repo.relink_document(household_id, "m1", ITEM, "/nope.jpg", old)
    with pytest.raises(ValueError, match="must stay the same"):
        repo.relink_document(
            household_id, "m1", ITEM, "/a.jpg", DocumentRef("m1", "other", "/b.jpg")
        )
    assert repo.load(household_id).documents == (old,)
