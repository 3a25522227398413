"""A problem as the learner left it: status, the last code, the hints shown, the attempt history;
and the code of one earlier attempt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context


@dataclass
class ProblemState:
    status: str
    code: str  # the learner's last attempt, or the starter
    code_saved_at: datetime | None  # when that attempt was made (None: the starter)
    hints_shown: list[str]
    hints_total: int
    history: list[dict[str, Any]] = field(default_factory=list)


def problem_state(ctx: Context, problem: Problem, *, history: int = 20) -> ProblemState:
    """``history``: how many of the newest attempts to list (summaries: no code, no report)."""
    attempts = ctx.store.attempt_summaries(problem.id, limit=history) if history else []
    status = ctx.store.status_by_problem().get(problem.id, "todo")
    used = min(ctx.store.hints_used(problem.id), len(problem.hints.hints))
    latest = ctx.store.latest_code(problem.id)
    code, saved = latest if latest else (problem.starter, None)
    return ProblemState(
        status,
        code,
        saved,
        list(problem.hints.hints[:used]),
        len(problem.hints.hints),
        [attempt_summary(a) for a in attempts],
    )


def attempt_summary(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "mode", "verdict", "passed", "total", "time_s", "hints_used", "created_at")
    return {k: row[k] for k in keys}


def attempt_code(ctx: Context, problem: Problem, attempt_id: int) -> str:
    row = ctx.store.attempt(attempt_id)
    if row is not None and row["problem_id"] == problem.id:
        return str(row["code"])
    raise UserInputError(f"no attempt {attempt_id} of {problem.slug}")


def sql_tables(ctx: Context, problem: Problem) -> list[Any]:
    """The sample tables of a SQL problem (objects with name, columns, rows); none for others."""
    from mlinterview.services import sql

    return list(sql.sample_tables(ctx, problem)) if problem.track == "sql" else []


def status_of(ctx: Context, problem: Problem) -> str:
    """solved | attempted | todo."""
    return ctx.store.status_by_problem().get(problem.id, "todo")
