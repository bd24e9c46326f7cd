"""The engine: pure Python, deterministic, no Qt and no SQLAlchemy (a test keeps it so)."""
