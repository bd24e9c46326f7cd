"""The wizard's autosave and the Checklist's bulk attach write only what changed."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from store_samples import child, principal, rich_household, spouse

from hkpath_desktop.core.facts import DocumentRef, Education, HKWork, Role, Work, WorkKind
from hkpath_desktop.store.repository import HouseholdNotFound, Repository

_TABLES = ("members", "stays", "trips", "documents", "notes")


def _dump(path: Path, table: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _updated_at(path: Path, household_id: int) -> str:
    with closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT updated_at FROM households WHERE id = ?", (household_id,))
        return str(row.fetchone()[0])


def _docs(count: int, member: str = "m1") -> list[DocumentRef]:
    return [
        DocumentRef(member, "ttps.entry.degree", f"/scans/page-{n:03d}.pdf", None, 100 + n, 1.0)
        for n in range(count)
    ]


def test_attach_documents_records_all_of_them_once(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    docs = _docs(50)
    assert repo.attach_documents(household_id, [*docs, docs[0]]) == 50
    changed = dataclasses.replace(docs[3], sha256="cd" * 32, size=7)
    assert repo.attach_documents(household_id, [changed, *_docs(52)[50:]]) == 3
    stored = repo.load(household_id).documents
    assert stored == (*rich_household().documents, *docs[:3], changed, *docs[4:], *_docs(52)[50:])


def test_attach_documents_is_all_or_nothing(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    before = _dump(repo.database_path, "documents")
    with pytest.raises(ValueError, match="unknown member id 'm9'"):
        repo.attach_documents(household_id, [*_docs(5), *_docs(1, member="m9")])
    assert _dump(repo.database_path, "documents") == before
    with pytest.raises(HouseholdNotFound):
        repo.attach_documents(household_id + 1, _docs(1))


def test_update_member_writes_only_the_changed_answer(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    other = repo.add_household(rich_household())
    path = repo.database_path
    before = {t: _dump(path, t) for t in _TABLES}
    renamed = dataclasses.replace(principal(), given_name="May")
    repo.update_member(household_id, principal(), renamed)
    after = {t: _dump(path, t) for t in _TABLES}
    for table in _TABLES[1:]:
        assert after[table] == before[table], table  # not even rewritten with new ids
    changed = [(b, a) for b, a in zip(before["members"], after["members"], strict=True) if a != b]
    assert len(changed) == 1 and "May" in changed[0][1] and "May" not in changed[0][0]
    assert repo.load(household_id).members == (renamed, spouse(), child())
    assert repo.load(other) == rich_household()


def test_update_member_rewrites_a_changed_list(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    degree = Education(level=None, institution="Open University", country="GB")
    studied = dataclasses.replace(
        principal(), education=(*(principal().education or ()), degree), job_offer=False
    )
    repo.update_member(household_id, principal(), studied)
    assert repo.load(household_id).members == (studied, spouse(), child())
    unknown = dataclasses.replace(studied, education=None)
    repo.update_member(household_id, studied, unknown)
    assert repo.load(household_id).principal == unknown


def test_update_member_keeps_the_one_principal_rule(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    with pytest.raises(ValueError, match="exactly one principal"):
        repo.update_member(
            household_id, spouse(), dataclasses.replace(spouse(), role=Role.PRINCIPAL)
        )
    assert repo.load(household_id) == rich_household()


def test_update_member_of_an_unstored_member_inserts_it(repo: Repository) -> None:
    household_id = repo.create_household("Lee household")
    baby = dataclasses.replace(child(), id="m2", given_name="Ann")
    repo.update_member(household_id, dataclasses.replace(baby, given_name=""), baby)
    assert repo.load(household_id).members[1] == baby


def test_an_unchanged_member_is_not_written(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    stamp = _updated_at(repo.database_path, household_id)
    repo.update_member(household_id, principal(), principal())
    assert _updated_at(repo.database_path, household_id) == stamp
    assert repo.load(household_id) == rich_household()
    with pytest.raises(HouseholdNotFound):
        repo.update_member(household_id + 1, principal(), spouse())


def test_the_autosave_refuses_an_answer_an_import_would_refuse(repo: Repository) -> None:
    household_id = repo.add_household(rich_household())
    backwards = Work(start=date(2020, 1, 1), end=date(2019, 1, 1))
    job = HKWork(WorkKind.EMPLOYMENT, "Acme", start=date(2024, 1, 1), end=date(2023, 1, 1))
    for bad in (
        dataclasses.replace(principal(), work=(backwards,)),
        dataclasses.replace(principal(), given_name="M" * 201),
        dataclasses.replace(principal(), hk_work=(job,)),
        dataclasses.replace(principal(), achievement="A" * 10_001),
    ):
        field = r"work\[0\]\.end|given_name|hk_work\[0\]\.end|achievement"
        with pytest.raises(ValueError, match=rf"member\.({field})"):
            repo.update_member(household_id, principal(), bad)
    assert repo.load(household_id) == rich_household()
    assert repo.revision(household_id) == 1
