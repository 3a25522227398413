"""Judging SQL in tests: datasets and queries straight into the one judge.

The tests' own schemas and datasets become cases the way ``services/sql.py`` makes them from a
pack; expected results come from a reference query run in the sandbox like any other.
"""

from __future__ import annotations

from typing import Any

from mlinterview.judge.executors.sql import Contract, Dataset, SqlLimits, SqlTask, case_args
from mlinterview.judge.grader import Case, collect, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Report


def reference(
    pool: WorkerPool, schema: str, datasets: list[Dataset], query: str, limits: SqlLimits | None = None
) -> list[dict[str, Any]]:
    """The results of a trusted query on each dataset (run in the sandbox); RuntimeError on failure."""
    task = SqlTask(schema, query, Contract(), limits or SqlLimits())
    return [strip(r) for r in collect(pool, task, [(d.id, case_args(d)) for d in datasets])]


def strip(result: dict[str, Any]) -> dict[str, Any]:
    return {"columns": result["columns"], "rows": result["rows"]}


def cases_of(datasets: list[Dataset], expected: list[dict[str, Any]]) -> list[Case]:
    return [Case(d.id, case_args(d), e, d.is_sample) for d, e in zip(datasets, expected, strict=True)]


def run_sql(
    pool: WorkerPool,
    schema: str,
    query: str,
    cases: list[Case],
    contract: Contract | None = None,
    limits: SqlLimits | None = None,
    *,
    keep_going: bool = True,
) -> Report:
    task = SqlTask(schema, query, contract or Contract(), limits or SqlLimits())
    return judge(pool, task, cases, keep_going=keep_going)
