"""Timing a round of a problem: when the learner opened it, so a submission knows the time spent."""

from __future__ import annotations

from mlinterview.catalog import Problem
from mlinterview.services.context import Context


def ensure_session(ctx: Context, problem: Problem) -> None:
    """Start timing a round of the problem when none is running, or when the last round ended
    with an accepted submission (so a re-solve weeks later is timed from when it is opened)."""
    started = ctx.store.session_started(problem.id)
    if started is not None:
        accepted = ctx.store.last_accepted_at(problem.id)
        if accepted is None or accepted < started:
            return
    ctx.store.start_session(problem.id, ctx.clock())
