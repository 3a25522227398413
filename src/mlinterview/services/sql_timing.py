"""The SQL reference's time per dataset, as the learner's query is timed: judged in a sandboxed
child of the worker pool on every dataset. ``mli validate`` uses it for the headroom rule
(``validate_rules.check_sql_headroom``)."""

from __future__ import annotations

from mlinterview.catalog import Problem
from mlinterview.judge import sql as sqljudge
from mlinterview.services.context import Context


def reference_times(ctx: Context, problem: Problem) -> dict[str, float] | None:
    """``{dataset_id: seconds}`` of solution.sql judged on every dataset; None unless accepted."""
    from mlinterview.services.sql import cases, contract, limits

    report = sqljudge.judge(
        ctx.pool,
        problem.read("schema.sql"),
        problem.solution,
        cases(problem),
        contract(problem),
        limits(problem),
        keep_going=False,
    )
    if not report.is_accepted:
        return None
    return {case.case_id: case.time_s for case in report.cases}
