"""The Alembic revisions build exactly the models' schema, from nothing and from every older
file, and later revisions are safe to run."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from store_samples import rich_household

from hkpath_desktop.store.db import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    NewerSchemaError,
    database_path,
    open_database,
)
from hkpath_desktop.store.models import Base
from hkpath_desktop.store.repository import Repository

_REVISION_NEXT = '''"""A later release adds a column."""

import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("households") as batch:
        batch.add_column(sa.Column("colour", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("households") as batch:
        batch.drop_column("colour")
'''


def test_migrations_build_exactly_the_models(data_dir: Path) -> None:
    engine = open_database(data_dir)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLDER_FILES = [*sorted((FIXTURES / "db").glob("*.sqlite3")), FIXTURES / "release" / "0001.sqlite3"]


@pytest.mark.parametrize("older", OLDER_FILES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_an_older_file_is_migrated_to_exactly_the_models(data_dir: Path, older: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(older, database_path(data_dir))
    engine = open_database(data_dir)
    try:
        with engine.connect() as conn:
            options = {"compare_type": True, "compare_server_default": True}
            context = MigrationContext.configure(conn, opts=options)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_drift_check_can_see_a_difference(data_dir: Path) -> None:
    engine = open_database(data_dir)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_trips_household_id")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) != []
    finally:
        engine.dispose()


@pytest.fixture
def next_release(tmp_path: Path) -> Path:
    """The migrations folder as a later release would ship it: ours plus one more revision."""
    folder = tmp_path / "migrations-next"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9002_colour.py").write_text(
        _REVISION_NEXT.format(head=SCHEMA_HEAD), encoding="utf-8"
    )
    return folder


def test_upgrade_keeps_the_data_and_a_copy_from_before(data_dir: Path, next_release: Path) -> None:
    with Repository.open(data_dir) as repo:
        household_id = repo.add_household(rich_household())
    path = database_path(data_dir)

    engine = open_database(data_dir, migrations=next_release)
    repo = Repository(engine)
    try:
        assert repo.load(household_id) == rich_household()
    finally:
        repo.close()

    backups = list(data_dir.glob("hkpath.sqlite3.pre-9002-*.bak"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        assert version == [(SCHEMA_HEAD,)]
        assert conn.execute("SELECT name FROM households").fetchall() == [("Chan family",)]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9002",)]
        columns = {row[1] for row in conn.execute("PRAGMA table_info(households)")}
    assert "colour" in columns


def test_a_file_from_the_next_release_is_refused_by_this_one(
    data_dir: Path, next_release: Path
) -> None:
    with Repository.open(data_dir) as repo:
        repo.add_household(rich_household())
    open_database(data_dir, migrations=next_release).dispose()
    path = database_path(data_dir)
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="9002"):
        Repository.open(data_dir)
    assert path.read_bytes() == before
