"""The degraded path (no namespaces, no Landlock, no uid per job) still judges correctly.

This is what macOS and locked-down Linux machines get. Only benign submissions run here: at
this level a submission runs with the judge's own privileges (docs/SECURITY.md).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mlinterview.cli.app import isolation_level
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.judge.verdicts import Verdict

ENTRY = {"style": "function", "name": "solve", "params": ["x"]}
CASES = [Case("one", [1], 2, True), Case("two", [2], 4)]


@pytest.fixture(scope="module")
def basic_pool() -> Iterator[WorkerPool]:
    with WorkerPool(PoolSettings(size=1, isolation="off")) as pool:
        pool.worker()
        yield pool


def verdict(pool: WorkerPool, code: str) -> Verdict:
    return judge(pool, Task(code, ENTRY, Limits(time_s=1.0, memory_mb=128)), CASES).verdict


def test_basic_level_is_reported(basic_pool: WorkerPool) -> None:
    iso = basic_pool.worker().isolation
    assert iso["namespaces"] == [] and not iso["uid_drop"] and not iso["landlock_abi"]
    assert isolation_level(iso).startswith("basic")


def test_verdicts_without_isolation(basic_pool: WorkerPool) -> None:
    assert verdict(basic_pool, "def solve(x):\n    return 2 * x\n") is Verdict.ACCEPTED
    assert verdict(basic_pool, "def solve(x):\n    return x\n") is Verdict.WRONG_ANSWER
    assert verdict(basic_pool, "def solve(x):\n    while True:\n        pass\n") is Verdict.TIME_LIMIT
    assert verdict(basic_pool, "def solve(x):\n    return [0] * 10**9\n") is Verdict.MEMORY_LIMIT


def test_escaped_children_are_still_collected(basic_pool: WorkerPool) -> None:
    code = (
        "import os, time\n"
        "def solve(x):\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        time.sleep(20)\n"
        "        os._exit(0)\n"
        "    return 2 * x\n"
    )
    assert verdict(basic_pool, code) is Verdict.ACCEPTED
    assert basic_pool.worker().stray_processes() == 0
