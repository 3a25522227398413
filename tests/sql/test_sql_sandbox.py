"""A learner's query runs in a sandboxed child: hostile SQL costs the judge's process nothing.

Each hostile query must end in its verdict within the time limit (plus the judge's grace),
leave the judge's own memory where it was, touch nothing outside the sandbox, leave nothing
running, and the next honest query must be accepted.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlkit import cases_of, reference, run_sql

from mlinterview.judge.executors import sql as judge
from mlinterview.judge.grader import Case
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

SCHEMA = "CREATE TABLE employees (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, salary INTEGER);"
GOOD = "SELECT name FROM employees WHERE salary > 100"
LIMITS = judge.SqlLimits(time_s=2.0, memory_mb=128)
DATASETS = [
    judge.Dataset("sample", {"employees": [[1, "Ann", 150], [2, "Bob", 90]]}, is_sample=True),
    judge.Dataset("more", {"employees": [[1, "Cy", 300], [2, "Di", 101]]}),
]


POOL: list[WorkerPool] = []


@pytest.fixture(autouse=True)
def _pool(pool: WorkerPool) -> None:
    POOL[:] = [pool]  # the reference runs in the session's sandboxed workers too


def cases() -> list[Case]:
    return cases_of(DATASETS, reference(POOL[0], SCHEMA, DATASETS, GOOD))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    path = tmp_path / "canary.txt"
    path.write_text("untouched")
    path.chmod(0o666)
    return path


HOSTILE = {
    "a huge string_agg": "SELECT string_agg(repeat('x', 100000), '') AS name FROM range(20000)",
    "one huge repeat": "SELECT repeat('x', 1500000000) AS name",
    "a list explosion": "SELECT list(range) AS name FROM range(300000000)",
    "a huge range() in one call": "SELECT len(range(3000000000)) AS name",
    "one long call on a big string": "SELECT md5(repeat('x', 400000000)) AS name",
    "a runaway recursion": (
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS name FROM r"
    ),
}


@pytest.mark.hostile
@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_hostile_sql_ends_in_time_and_costs_the_judge_nothing(
    attack: str, pool: WorkerPool, canary: Path
) -> None:
    all_cases = cases()
    before = peak_rss_mb()
    started = time.monotonic()
    report = run_sql(pool, SCHEMA, HOSTILE[attack], all_cases, judge.Contract(), LIMITS)
    elapsed = time.monotonic() - started
    assert report.verdict in (Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT, Verdict.OUTPUT_LIMIT), report
    assert report.message
    assert [c.verdict for c in report.cases][1:] == [Verdict.SKIPPED]
    assert elapsed < LIMITS.time_s + judge.GRACE_S + 3.0, elapsed  # the load is on the machine
    assert peak_rss_mb() - before < 100, "the judge's own memory grew"
    assert canary.read_text() == "untouched"
    assert pool.worker().stray_processes() == 0
    assert run_sql(pool, SCHEMA, GOOD, all_cases, judge.Contract(), LIMITS).is_accepted


def test_duckdb_settings_show_nothing_of_the_host(pool: WorkerPool, tmp_path: Path) -> None:
    query = "SELECT name, value AS salary FROM duckdb_settings() WHERE value LIKE '%/%' ORDER BY name"
    report = run_sql(pool, SCHEMA, query, cases(), judge.Contract(check_names=False), LIMITS)
    assert report.verdict is Verdict.WRONG_ANSWER
    got = report.cases[0].got
    assert got is not None and got["rows"], "no path settings at all?"
    shown = " ".join(str(v) for row in got["rows"] for v in row)
    for secret in {os.getcwd(), str(Path.home()), str(tmp_path), "/tmp", "mli-sandbox", "job-"} - {"/"}:
        assert secret not in shown, (secret, shown)


def test_a_refusal_quotes_the_statement_not_the_leading_comment(pool: WorkerPool) -> None:
    query = "-- Tidy the table before answering\n/* first */ DELETE FROM employees WHERE salary < 100;"
    report = run_sql(pool, SCHEMA, query, cases(), judge.Contract(), LIMITS)
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert report.message.endswith("found: DELETE FROM employees WHERE salary < 100")
    assert "Tidy" not in report.message and "TIDY" not in report.message


def test_typed_values_come_back_from_the_child_as_duckdb_returns_them(pool: WorkerPool) -> None:
    query = (
        "SELECT DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:05' AS t, 1.50::DECIMAL(5, 2) AS x, "
        "'nan'::DOUBLE AS n, [1, 2] AS l, {'k': 'v'} AS s, INTERVAL 3 DAY AS i, 'ab'::BLOB AS b, NULL AS z"
    )
    expected = reference(pool, SCHEMA, DATASETS[:1], query)[0]
    d, t, x, n, lst, struct, interval, blob, z = expected["rows"][0]
    assert (d, t, x) == (dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 3, 4, 5), Decimal("1.50"))
    assert n != n and lst == [1, 2] and struct == {"k": "v"} and z is None
    assert interval == dt.timedelta(days=3) and blob == b"ab"
    case = cases_of(DATASETS[:1], [expected])[0]
    report = run_sql(pool, SCHEMA, query, [case], judge.Contract(), LIMITS)
    assert report.verdict is Verdict.ACCEPTED, report.message
