"""SQLite persistence through SQLAlchemy 2 and Alembic; the only room that knows the rows."""
