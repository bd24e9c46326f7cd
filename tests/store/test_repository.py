"""The repository on a real file: round trips without loss, one transaction per change."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event
from store_samples import child, principal, rich_household, spouse

from hkpath_desktop.core.facts import (
    DocumentRef,
    HKWork,
    Household,
    HouseholdPlan,
    HouseholdSummary,
    JobOffer,
    Member,
    Note,
    Portfolio,
    Residence,
    Role,
    Stay,
    StayPathway,
    Trip,
    WorkKind,
)
from hkpath_desktop.store.db import database_path
from hkpath_desktop.store.repository import HouseholdNotFound, NotFound, Repository

_TABLES = ("households", "members", "stays", "trips", "documents", "notes")


def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _counts(path: Path) -> dict[str, int]:
    return {t: len(_dump(path, t)) for t in _TABLES}


def test_rich_household_round_trips_field_for_field(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    loaded = repo.load(household_id)
    assert loaded == rich_household()
    assert loaded.members[1].job_offer is False
    assert loaded.members[2].job_offer is None
    assert loaded.members[0].achievement == "Led the design of a national payment system"
    assert loaded.members[1].education == ()
    assert loaded.members[2].education is None


def test_reopening_the_file_gives_the_same_household(data_dir: Path) -> None:
    with Repository.open(data_dir) as repo:
        household_id = repo.add_household(rich_household())
    with Repository.open(data_dir) as repo:
        assert repo.load(household_id) == rich_household()


@pytest.mark.parametrize(
    "portfolio", [None, Portfolio(())], ids=["no-portfolio", "empty-portfolio"]
)
def test_unknown_and_empty_stay_apart(repo: Repository, portfolio: Portfolio | None) -> None:
    h = Household("Unknowns", (child_as_principal(),), cies_portfolio=portfolio)
    assert repo.load(repo.add_household(h)) == h


def child_as_principal() -> Member:
    return dataclasses.replace(child(), id="m1", role=Role.PRINCIPAL)


def test_new_household_has_one_empty_principal(repo: Repository) -> None:
    household_id = repo.create_household("Lee household")
    h = repo.load(household_id)
    assert h.name == "Lee household"
    assert [m.id for m in h.members] == ["m1"]
    m = h.principal
    assert (m.date_of_birth, m.nationality, m.education, m.job_offer, m.business) == (
        None, None, None, None, None,
    )  # fmt: skip
    assert m.residence == Residence(None, None, None)
    assert repo.wizard_page(household_id) is None


def test_list_households_counts_members(repo: Repository) -> None:
    assert repo.list_households() == []
    first = repo.add_household(rich_household())
    second = repo.create_household("Lee household")
    summaries = repo.list_households()
    assert [(s.id, s.name, s.members) for s in summaries] == [
        (first, "Chan family", 3),
        (second, "Lee household", 1),
    ]
    assert all(isinstance(s, HouseholdSummary) and s.updated_at.endswith("Z") for s in summaries)


def test_missing_household_is_a_key_error(repo: Repository) -> None:
    with pytest.raises(HouseholdNotFound, match="no household with id 42"):
        repo.load(42)
    with pytest.raises(KeyError):
        repo.rename(42, "x")


def test_add_household_refuses_a_broken_shape_and_stores_nothing(repo: Repository) -> None:
    bad_trip = dataclasses.replace(rich_household(), trips=(Trip("m9", date(2026, 1, 1)),))
    two_principals = dataclasses.replace(
        rich_household(), members=(principal(), dataclasses.replace(spouse(), role=Role.PRINCIPAL))
    )
    twice_m1 = dataclasses.replace(
        rich_household(), members=(principal(), dataclasses.replace(spouse(), id="m1"))
    )
    for bad, message in [
        (bad_trip, "unknown member id 'm9'"),
        (two_principals, "exactly one principal"),
        (twice_m1, "'m1' is used twice"),
    ]:
        with pytest.raises(ValueError, match=message):
            repo.add_household(bad)
    assert _counts(repo.database_path) == dict.fromkeys(_TABLES, 0)


def test_delete_cascades_to_every_table(repo: Repository) -> None:
    keep = repo.add_household(rich_household())
    gone = repo.add_household(rich_household())
    before = _counts(repo.database_path)
    repo.delete(gone)
    after = _counts(repo.database_path)
    assert all(after[t] * 2 == before[t] for t in _TABLES)
    assert repo.load(keep) == rich_household()


def test_replace_swaps_the_whole_household(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    other = repo.add_household(rich_household())
    smaller = Household("Just Mei", (principal(),), trips=(Trip("m1", date(2027, 1, 1)),))
    repo.replace(household_id, smaller)
    assert repo.load(household_id) == smaller
    assert repo.load(other) == rich_household()


def test_save_member_touches_no_other_member(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    other = repo.add_household(rich_household())
    path = repo.database_path
    before = {t: _dump(path, t) for t in _TABLES}
    (m1_id,) = [r[0] for r in before["members"] if (r[1], r[2]) == (household_id, "m1")]

    changed = dataclasses.replace(
        principal(), given_name="May", job_offer=False, education=(principal().education or ())[:1]
    )
    repo.save_member(household_id, changed)
    after = {t: _dump(path, t) for t in _TABLES}

    def others(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        return [r for r in rows if r[0] != m1_id]

    assert others(after["members"]) == others(before["members"])
    for table in ("stays", "trips", "documents", "notes"):
        assert after[table] == before[table], table
    assert [r[0] for r in after["members"]] == [r[0] for r in before["members"]]

    expected = dataclasses.replace(rich_household(), members=(changed, spouse(), child()))
    assert repo.load(household_id) == expected
    assert repo.load(other) == rich_household()


def test_save_member_appends_a_new_member(repo: Repository) -> None:
    household_id = repo.create_household("Lee household")
    baby = dataclasses.replace(child(), id="m2", given_name="Ann")
    repo.save_member(household_id, baby)
    assert [m.id for m in repo.load(household_id).members] == ["m1", "m2"]


def test_save_member_refuses_a_second_principal(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    with pytest.raises(ValueError, match="exactly one principal"):
        repo.save_member(household_id, dataclasses.replace(spouse(), role=Role.PRINCIPAL))
    with pytest.raises(ValueError, match="exactly one principal"):
        repo.save_member(household_id, dataclasses.replace(principal(), role=Role.SPOUSE))
    assert repo.load(household_id) == rich_household()


def test_remove_member_takes_its_stays_trips_documents_and_notes(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    repo.remove_member(household_id, "m2")
    h = repo.load(household_id)
    assert [m.id for m in h.members] == ["m1", "m3"]
    assert {s.member for s in h.stays} == {"m1"}
    assert {t.member for t in h.trips} == {"m1"}
    assert {d.member for d in h.documents} == {"m1"}
    assert [n.member for n in h.notes] == ["m1", None]


def test_removing_a_sponsor_keeps_the_stays_it_sponsored(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    sponsored = (Stay("m3", StayPathway.DEPENDANT, date(2026, 3, 1), date(2028, 3, 1), "m2"),)
    repo.set_stays(household_id, sponsored)
    repo.remove_member(household_id, "m2")
    assert repo.load(household_id).stays == (dataclasses.replace(sponsored[0], sponsor=None),)


def test_remove_member_refuses_the_principal_and_strangers(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    with pytest.raises(ValueError, match="principal"):
        repo.remove_member(household_id, "m1")
    with pytest.raises(NotFound, match="no member 'm7'"):
        repo.remove_member(household_id, "m7")
    assert repo.load(household_id) == rich_household()


def test_trips_of_unknown_members_are_refused_with_nothing_written(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    good = Trip("m3", date(2027, 2, 1), date(2027, 2, 10))
    with pytest.raises(ValueError, match="unknown member id 'nobody'"):
        repo.set_trips(household_id, (good, Trip("nobody", date(2027, 3, 1))))
    with pytest.raises(ValueError, match="unknown member id 'nobody'"):
        repo.add_trip(household_id, Trip("nobody", date(2027, 3, 1)))
    with pytest.raises(ValueError, match="unknown member id 'nobody'"):
        stay = Stay("nobody", StayPathway.TTPS, date(2027, 1, 1), date(2029, 1, 1))
        repo.set_stays(household_id, (stay,))
    assert repo.load(household_id) == rich_household()


def test_trips_are_added_and_removed_one_by_one(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    extra = Trip("m3", date(2027, 2, 1), date(2027, 2, 10))
    repo.add_trip(household_id, extra)
    assert repo.load(household_id).trips == (*rich_household().trips, extra)
    repo.remove_trip(household_id, rich_household().trips[0])
    assert repo.load(household_id).trips == (*rich_household().trips[1:], extra)
    with pytest.raises(NotFound):
        repo.remove_trip(household_id, rich_household().trips[0])
    repo.set_trips(household_id, ())
    repo.set_stays(household_id, ())
    h = repo.load(household_id)
    assert (h.trips, h.stays) == ((), ())


def test_documents_attach_update_and_detach(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    doc = DocumentRef("m3", "cies.entry.photo", "/home/mei/yui.jpg", None, 1200, 1.5)
    repo.attach_document(household_id, doc)
    hashed = dataclasses.replace(doc, sha256="ab" * 32, size=1300)
    repo.attach_document(household_id, hashed)
    assert repo.load(household_id).documents == (*rich_household().documents, hashed)
    added_at = [r[-1] for r in _dump(repo.database_path, "documents")]
    assert all(a.endswith("Z") for a in added_at)
    repo.detach_document(household_id, "m3", "cies.entry.photo", "/home/mei/yui.jpg")
    assert repo.load(household_id) == rich_household()
    with pytest.raises(NotFound):
        repo.detach_document(household_id, "m3", "cies.entry.photo", "/home/mei/yui.jpg")
    with pytest.raises(ValueError, match="unknown member id 'm9'"):
        repo.attach_document(household_id, dataclasses.replace(doc, member="m9"))


def test_notes_are_set_replaced_and_cleared(repo: Repository) -> None:
    household_id = repo.create_household("Notes")
    repo.set_note(household_id, "m1", "ttps.entry.photo", "white background")
    repo.set_note(household_id, None, None, "call the bank")
    repo.set_note(household_id, "m1", "ttps.entry.photo", "white background, 40x50 mm")
    assert repo.load(household_id).notes == (
        Note("white background, 40x50 mm", "m1", "ttps.entry.photo"),
        Note("call the bank"),
    )
    repo.set_note(household_id, "m1", "ttps.entry.photo", "  ")
    assert repo.load(household_id).notes == (Note("call the bank"),)
    with pytest.raises(ValueError, match="unknown member id 'm4'"):
        repo.set_note(household_id, "m4", None, "x")


def test_household_level_settings(repo: Repository) -> None:
    household_id = repo.create_household("Lee household")
    first_update = repo.list_households()[0].updated_at
    repo.rename(household_id, "Lee family")
    repo.set_wizard_page(household_id, 7)
    portfolio = rich_household().cies_portfolio
    loaded = repo.load(household_id)
    answered = dataclasses.replace(loaded, as_of=date(2027, 1, 1), cies_portfolio=portfolio)
    repo.save_household_answers(household_id, dataclasses.replace(answered, name="ignored"))
    assert repo.load(household_id) == answered
    assert repo.wizard_page(household_id) == 7
    assert repo.list_households()[0].updated_at >= first_update
    repo.save_household_answers(household_id, loaded)
    assert repo.load(household_id) == loaded


def test_the_interview_page_of_a_missing_household_is_refused(repo: Repository) -> None:
    household_id = repo.create_household("Lee household")
    with pytest.raises(HouseholdNotFound):
        repo.wizard_page(household_id + 1)
    with pytest.raises(HouseholdNotFound):
        repo.set_wizard_page(household_id + 1, 3)
    assert repo.wizard_page(household_id) is None


def test_job_offer_tri_state_survives_save_member(repo: Repository) -> None:
    household_id = repo.create_household("Offer")
    base = repo.load(household_id).principal
    for offer in (JobOffer(employer="Acme"), False, None, JobOffer()):
        member = dataclasses.replace(base, job_offer=offer)
        repo.save_member(household_id, member)
        assert repo.load(household_id).principal.job_offer == offer


def _statements_to_load(repo: Repository, household_id: int) -> int:
    statements: list[str] = []
    engine = repo._engine  # the only way to watch the SQL the repository sends

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        repo.load(household_id)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(statements)


def test_load_uses_the_same_number_of_queries_for_any_size(repo: Repository) -> None:
    small = repo.create_household("One person")
    big = repo.add_household(rich_household())
    for n in range(4, 12):
        repo.save_member(big, dataclasses.replace(principal(), id=f"m{n}", role=Role.CHILD))
    assert _statements_to_load(repo, small) == _statements_to_load(repo, big)


def test_paths(repo: Repository, data_dir: Path) -> None:
    assert repo.data_dir == data_dir
    assert repo.database_path == database_path(data_dir)


def test_answers_added_to_the_profile_are_stored_without_a_change_here(repo: Repository) -> None:
    """The plan issue's fields came after the store stopped knowing the answers one by one."""
    job = HKWork(WorkKind.EMPLOYMENT, "Acme HK Ltd", date(2027, 4, 1), monthly_salary_hkd=90_000)
    working = dataclasses.replace(principal(), hk_work=(job,))
    planned = dataclasses.replace(
        rich_household(),
        members=(working, spouse(), child()),
        plan=HouseholdPlan("ttps", date(2027, 3, 1)),
    )
    household_id = repo.add_household(planned)
    assert repo.load(household_id) == planned
    stopped = dataclasses.replace(working, hk_work=())
    repo.update_member(household_id, working, stopped)
    repo.save_household_answers(household_id, dataclasses.replace(planned, plan=None))
    assert repo.load(household_id) == dataclasses.replace(
        planned, members=(stopped, spouse(), child()), plan=None
    )
