"""Editing a trip is one transaction: the trip changes in place, or nothing changes."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from store_samples import rich_household

from hkpath_desktop.core.facts import Trip
from hkpath_desktop.store.repository import NotFound, Repository


def test_replace_trip_changes_one_trip_in_its_place(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    first, second, third = rich_household().trips
    edited = Trip("m3", date(2026, 6, 2), None)
    repo.replace_trip(household_id, second, edited)
    assert repo.load(household_id).trips == (first, edited, third)


def test_replace_trip_refuses_a_missing_trip_or_a_stranger_and_writes_nothing(
    repo: Repository,
) -> None:
    household_id = repo.add_household(rich_household())
    first = rich_household().trips[0]
    before = repo.list_households()
    with pytest.raises(NotFound, match="no such trip"):
        repo.replace_trip(household_id, dataclasses.replace(first, returned=None), first)
    with pytest.raises(ValueError, match="unknown member id 'nobody'"):
        repo.replace_trip(household_id, first, dataclasses.replace(first, member="nobody"))
    assert repo.load(household_id) == rich_household()
    assert repo.list_households() == before
