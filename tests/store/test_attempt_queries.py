"""The attempt reads the screens use: by id, summaries without code, aggregates in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from mlinterview.store import Store


def add(
    store: Store, problem: str, verdict: str, when: datetime, *, mode: str = "submit", code: str = "x"
) -> int:
    report = {"verdict": verdict, "passed": int(verdict == "accepted"), "total": 1, "cases": []}
    return store.add_attempt(
        problem_id=f"dsa.{problem}",
        slug=problem,
        track="dsa",
        mode=mode,
        report=report,
        code=code,
        hints_used=0,
        time_spent_s=None,
        now=when,
    )


def day(d: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, d, hour, tzinfo=UTC)


def test_lookups_and_aggregates_agree_with_the_attempts(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    first = add(store, "two-sum", "wrong_answer", day(1), code="first try")
    add(store, "two-sum", "accepted", day(2))
    add(store, "two-sum", "accepted", day(3), code="newest")
    add(store, "two-sum", "accepted", day(3, 13), mode="run", code="a run")
    add(store, "valid-anagram", "wrong_answer", day(3))

    found = store.attempt(first)
    assert found is not None and found["code"] == "first try" and found["created_at"] == day(1)
    assert store.attempt(first + 100) is None

    summaries = store.attempt_summaries("dsa.two-sum", limit=2)
    assert [s["mode"] for s in summaries] == ["run", "submit"]  # newest first
    assert "code" not in summaries[0] and "report_json" not in summaries[0]
    assert store.latest_code("dsa.two-sum") == ("a run", day(3, 13))
    assert store.latest_code("dsa.nothing") is None

    assert store.status_by_problem() == {"dsa.two-sum": "solved", "dsa.valid-anagram": "attempted"}
    assert store.submissions_by_problem() == {"dsa.two-sum": (3, 2), "dsa.valid-anagram": (1, 0)}
    assert store.first_accepted() == [("dsa.two-sum", "two-sum", "dsa", day(2))]
    assert store.last_accepted_at("dsa.two-sum") == day(3)  # a run never counts as accepted
    assert store.activity_by_day() == {date(2026, 3, 1): 1, date(2026, 3, 2): 1, date(2026, 3, 3): 3}
    store.close()
