"""Alembic's entry point, run by ``store.db.open_database`` (never by hand in normal use).

The caller hands over an open connection in ``config.attributes["connection"]``, so the upgrade
runs inside the program's own transaction with its pragmas. No ``fileConfig``: the program,
not Alembic, decides how logging is set up. For developers, ``sqlalchemy.url`` works too
(e.g. to autogenerate a new revision against a scratch database).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from hkpath_desktop.store.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if isinstance(connection, Connection):
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("no connection and no sqlalchemy.url given to the migrations")
    engine = create_engine(url)
    try:
        with engine.begin() as own_connection:
            _run(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
