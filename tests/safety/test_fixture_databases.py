"""Databases as every earlier release left them, upgraded with nothing lost.

``tests/fixtures/db/<revision>.sqlite3`` holds the family fixture in that revision's schema
(made by ``make_fixture_db.py`` when the revision was the newest). Each is opened by today's
program, which migrates it, and must load back as exactly the family.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from hkpath_desktop.core.facts import Household
from hkpath_desktop.core.profile_io import load_profile_file
from hkpath_desktop.store.db import MIGRATIONS_DIR, database_path, open_database
from hkpath_desktop.store.repository import Repository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DATABASES = sorted((FIXTURES / "db").glob("*.sqlite3"))

_NEXT_REVISION = '''"""A later release adds a column (only in this test)."""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("nickname", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("nickname")
'''


def _script(folder: Path = MIGRATIONS_DIR) -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(folder))
    return ScriptDirectory.from_config(config)


def _family() -> Household:
    return load_profile_file(FIXTURES / "family.json")


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def _install(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(fixture, database_path(data_dir))
    return database_path(data_dir)


def test_every_schema_revision_has_a_fixture_database() -> None:
    revisions = {s.revision for s in _script().walk_revisions()}
    assert revisions == {p.stem for p in DATABASES}


@pytest.mark.parametrize("fixture", DATABASES, ids=[p.stem for p in DATABASES])
def test_fixture_database_is_what_its_name_says(fixture: Path) -> None:
    assert _revision(fixture) == fixture.stem


@pytest.mark.parametrize("fixture", DATABASES, ids=[p.stem for p in DATABASES])
def test_fixture_database_opens_today_with_nothing_lost(fixture: Path, data_dir: Path) -> None:
    path = _install(fixture, data_dir)
    head = _script().get_current_head()
    with Repository.open(data_dir) as repo:
        assert [(s.id, s.name, s.members) for s in repo.list_households()] == [
            (1, "Chan family", 4)
        ]
        assert repo.load(1) == _family()
    assert _revision(path) == head
    migrated = fixture.stem != head
    assert len(list(data_dir.glob(f"hkpath.sqlite3.pre-{head}-*.bak"))) == int(migrated)


@pytest.mark.parametrize("fixture", DATABASES, ids=[p.stem for p in DATABASES])
def test_fixture_database_survives_the_next_release_too(
    fixture: Path, data_dir: Path, tmp_path: Path
) -> None:
    """A migration after the newest keeps every fact and leaves a copy from before."""
    folder = tmp_path / "migrations-next"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = _script().get_current_head()
    (folder / "versions" / "9001_nickname.py").write_text(
        _NEXT_REVISION.format(head=head), encoding="utf-8"
    )
    path = _install(fixture, data_dir)

    repo = Repository(open_database(data_dir, migrations=folder), data_dir)
    try:
        assert repo.load(1) == _family()
    finally:
        repo.close()

    assert _revision(path) == "9001"
    copies = list(data_dir.glob("hkpath.sqlite3.pre-9001-*.bak"))
    assert len(copies) == 1
    assert _revision(copies[0]) == fixture.stem
