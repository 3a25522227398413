"""The only code that writes SQL: attempts, hints, reviews. SQLite by default, any SQLAlchemy URL."""

from mlinterview.store.db import Store

__all__ = ["Store"]
