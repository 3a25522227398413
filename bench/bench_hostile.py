"""What hostile answers and queries cost the judge's host process (``python bench/bench_hostile.py``).

Each attack runs in a fresh interpreter, so the host's peak resident memory (``ru_maxrss`` of the
judging process alone: the sandboxed children are other processes) belongs to that attack only.
Prints one line per attack: verdict, seconds to verdict, host peak MB. docs/SECURITY.md quotes it.
``python bench/bench_hostile.py NAME`` runs one attack.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

PYTHON_ATTACKS = {
    "py-2m-items-unordered": ("unordered", "def solve(x):\n    return list(range(2_000_000))\n"),
    "py-700k-pairs-unordered": (
        "unordered",
        "def solve(x):\n    return [[i, -i] for i in range(700_000)]\n",
    ),
    "py-50mb-frame": ("exact", "def solve(x):\n    return 'x' * 50_000_000\n"),
    "py-nested-600": (
        "exact",
        "def solve(x):\n    v = []\n    for _ in range(600):\n        v = [v]\n    return v\n",
    ),
    "py-lone-surrogate": ("exact", "def solve(x):\n    return '\\ud800'\n"),
}
SQL_ATTACKS = {
    "sql-string-agg": "SELECT string_agg(repeat('x', 100000), '') AS name FROM range(20000)",
    "sql-repeat": "SELECT repeat('x', 1500000000) AS name",
    "sql-list-explosion": "SELECT list(range) AS name FROM range(300000000)",
    "sql-long-range-call": "SELECT len(range(3000000000)) AS name",
    "sql-long-single-call": "SELECT md5(repeat('x', 400000000)) AS name",
}
SCHEMA = "CREATE TABLE employees (id INTEGER, name VARCHAR, salary INTEGER);"


def run_python(name: str) -> dict[str, object]:
    from mlinterview.judge.execution import Limits
    from mlinterview.judge.grader import Case, Task, judge
    from mlinterview.judge.pool import PoolSettings, WorkerPool

    checker, code = PYTHON_ATTACKS[name]
    task = Task(code, {"style": "function", "name": "solve", "params": ["x"]}, Limits(time_s=20.0), checker)
    with WorkerPool(PoolSettings(size=1)) as pool:
        pool.worker()
        started = time.monotonic()
        report = judge(pool, task, [Case("one", [1], [1, 2])])
        elapsed = time.monotonic() - started
    return {"verdict": report.verdict.value, "message": report.message[:120], "seconds": elapsed}


def run_sql(name: str) -> dict[str, object]:
    from mlinterview.judge.executors import sql
    from mlinterview.judge.grader import Case, judge
    from mlinterview.judge.pool import PoolSettings, WorkerPool

    limits = sql.SqlLimits(time_s=2.0, memory_mb=256)
    dataset = sql.Dataset("sample", {"employees": [[1, "Ann", 150]]}, is_sample=True)
    case = Case("sample", sql.case_args(dataset), {"columns": ["name"], "rows": [["Ann"]]}, True)
    task = sql.SqlTask(SCHEMA, SQL_ATTACKS[name], sql.Contract(), limits)
    with WorkerPool(PoolSettings(size=1)) as pool:
        pool.worker("sql")
        started = time.monotonic()
        report = judge(pool, task, [case])
        elapsed = time.monotonic() - started
    return {"verdict": report.verdict.value, "message": report.message[:120], "seconds": elapsed}


def one(name: str) -> None:
    result = run_sql(name) if name in SQL_ATTACKS else run_python(name)
    result["host_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"attack": name, **result}))


def main() -> None:
    if len(sys.argv) > 1:
        one(sys.argv[1])
        return
    for name in [*PYTHON_ATTACKS, *SQL_ATTACKS]:
        try:
            out = subprocess.run(
                [sys.executable, __file__, name], capture_output=True, text=True, timeout=400
            )
            line = (out.stdout.strip().splitlines() or [out.stderr.strip()[-300:]])[-1]
        except subprocess.TimeoutExpired:
            line = json.dumps({"attack": name, "verdict": "no verdict within 400 s"})
        print(line, flush=True)


if __name__ == "__main__":
    main()
