"""Reading the attempts table the way the screens need it: one attempt by id, summaries without
the code and report, and the aggregates (status, submission counts, activity per day) in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t

# what a list of attempts shows: everything but the code and the judge's report
SUMMARY_COLUMNS = (
    t.attempts.c.id,
    t.attempts.c.problem_id,
    t.attempts.c.slug,
    t.attempts.c.track,
    t.attempts.c.mode,
    t.attempts.c.verdict,
    t.attempts.c.passed,
    t.attempts.c.total,
    t.attempts.c.time_s,
    t.attempts.c.hints_used,
    t.attempts.c.created_at,
)
_NEWEST_FIRST = (t.attempts.c.created_at.desc(), t.attempts.c.id.desc())
_ACCEPTED = (t.attempts.c.mode == "submit") & (t.attempts.c.verdict == "accepted")


def _aware(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class AttemptQueries:
    """Attempt reads, mixed into :class:`~mlinterview.store.db.Store`."""

    engine: Engine

    def attempt(self, attempt_id: int) -> dict[str, Any] | None:
        """One attempt, code and report included, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.attempts).where(t.attempts.c.id == attempt_id)).first()
        if row is None:
            return None
        found = dict(row._mapping)
        found["created_at"] = _aware(found["created_at"])
        return found

    def attempt_summaries(
        self, problem_id: str | None = None, limit: int | None = 20, *, mode: str | None = None
    ) -> list[dict[str, Any]]:
        """The newest attempts (of one problem or of all; runs or submissions or both; ``limit``
        None: every one), without code or report."""
        query = select(*SUMMARY_COLUMNS).order_by(*_NEWEST_FIRST).limit(limit)
        if problem_id:
            query = query.where(t.attempts.c.problem_id == problem_id)
        if mode:
            query = query.where(t.attempts.c.mode == mode)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        for row in rows:
            row["created_at"] = _aware(row["created_at"])
        return rows

    def latest_code(self, problem_id: str) -> tuple[str, datetime] | None:
        """The code of the newest attempt of a problem, and when it was made."""
        query = (
            select(t.attempts.c.code, t.attempts.c.created_at)
            .where(t.attempts.c.problem_id == problem_id)
            .order_by(*_NEWEST_FIRST)
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return (str(row.code), _aware(row.created_at)) if row else None

    def status_by_problem(self) -> dict[str, str]:
        """problem_id -> 'solved' | 'attempted' (submissions only)."""
        solved = func.max(case((t.attempts.c.verdict == "accepted", 1), else_=0))
        query = (
            select(t.attempts.c.problem_id, solved)
            .where(t.attempts.c.mode == "submit")
            .group_by(t.attempts.c.problem_id)
        )
        with self.engine.connect() as conn:
            return {pid: "solved" if ok else "attempted" for pid, ok in conn.execute(query)}

    def submissions_by_problem(self) -> dict[str, tuple[int, int]]:
        """problem_id -> (submissions, accepted ones)."""
        accepted = func.sum(case((t.attempts.c.verdict == "accepted", 1), else_=0))
        query = (
            select(t.attempts.c.problem_id, func.count(), accepted)
            .where(t.attempts.c.mode == "submit")
            .group_by(t.attempts.c.problem_id)
        )
        with self.engine.connect() as conn:
            return {pid: (int(n), int(ok or 0)) for pid, n, ok in conn.execute(query)}

    def first_accepted(self) -> list[tuple[str, str, str, datetime]]:
        """(problem_id, slug, track, when it was first accepted) for every solved problem."""
        query = (
            select(
                t.attempts.c.problem_id,
                func.min(t.attempts.c.slug),
                func.min(t.attempts.c.track),
                func.min(t.attempts.c.created_at),
            )
            .where(_ACCEPTED)
            .group_by(t.attempts.c.problem_id)
        )
        with self.engine.connect() as conn:
            return [(pid, slug, track, _aware(when)) for pid, slug, track, when in conn.execute(query)]

    def last_accepted_at(self, problem_id: str) -> datetime | None:
        query = select(func.max(t.attempts.c.created_at)).where(
            _ACCEPTED, t.attempts.c.problem_id == problem_id
        )
        with self.engine.connect() as conn:
            return _aware(conn.execute(query).scalar())

    def activity_by_day(self) -> dict[date, int]:
        """The one definition of activity: runs and submissions plus card reviews, per UTC day (a
        problem's re-solve is its submission, so its review entry is not counted twice)."""
        attempt_day = func.date(t.attempts.c.created_at)
        review_day = func.date(t.review_log.c.reviewed_at)
        card_reviews = (
            select(review_day, func.count())
            .join(t.review_items, t.review_items.c.item_id == t.review_log.c.item_id)
            .where(t.review_items.c.kind == "card")
            .group_by(review_day)
        )
        days: dict[date, int] = {}
        with self.engine.connect() as conn:
            for query in (select(attempt_day, func.count()).group_by(attempt_day), card_reviews):
                for day, count in conn.execute(query):
                    days[_day(day)] = days.get(_day(day), 0) + int(count)
        return days

    def has_attempts(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(t.attempts.c.id).limit(1)).first() is not None
