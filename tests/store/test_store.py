from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mlinterview.errors import StoreError
from mlinterview.store import Store
from mlinterview.store.migrations import LATEST

REPORT = {"verdict": "accepted", "passed": 3, "total": 3, "time_s": 0.01, "memory_mb": 1.0, "cases": []}


def test_migrations_apply_once_and_attempts_round_trip(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    store = Store(url)
    assert store.version() == LATEST
    when = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    store.add_attempt(
        problem_id="dsa.two-sum",
        slug="two-sum",
        track="dsa",
        mode="submit",
        report=REPORT,
        code="pass",
        hints_used=1,
        time_spent_s=12.0,
        now=when,
    )
    store.close()
    again = Store(url)  # reopening applies nothing twice
    rows = again.attempt_summaries("dsa.two-sum")
    assert len(rows) == 1 and rows[0]["created_at"] == when and rows[0]["hints_used"] == 1
    assert again.status_by_problem() == {"dsa.two-sum": "solved"}
    with sqlite3.connect(tmp_path / "db.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer than this mlinterview"):
        Store(f"sqlite:///{path}")


def test_corrupted_database_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="cannot be opened") as info:
        Store(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert path.read_bytes() == garbage


def test_hints_and_sessions(tmp_path: Path) -> None:
    store = Store("sqlite://")
    assert store.hints_used("p") == 0
    store.set_hints_used("p", 2)
    assert store.hints_used("p") == 2
    start = datetime(2026, 5, 1, tzinfo=UTC)
    store.start_session("p", start)
    assert store.session_started("p") == start
