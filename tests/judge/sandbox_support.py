"""Shared pieces of the sandbox-hardening tests: a pool of their own, and "nothing left" checks.

Every hostile test here ends the same way: the canary is untouched, no process of the job is
left in the worker, no job folder or cgroup of the worker remains, and a correct submission is
accepted next.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.harness import cgroups
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.judge.verdicts import Verdict

ENTRY = {"style": "function", "name": "solve", "params": ["x"]}
CASES = [Case("one", [1], 2, True), Case("five", [5], 10)]
CORRECT = "def solve(x):\n    return 2 * x\n"
IS_ROOT_LINUX = sys.platform.startswith("linux") and os.geteuid() == 0
# uids well away from the default range, so these tests never wait on a pool in use elsewhere.
TEST_UID_BASE = 64100

needs_root = pytest.mark.skipif(
    not IS_ROOT_LINUX, reason="uids, cgroups and tmpfs folders need root on Linux"
)


def task(code: str, **limits: object) -> Task:
    return Task(code, ENTRY, Limits(**{"time_s": 1.0, "memory_mb": 128, **limits}))  # type: ignore[arg-type]


@contextmanager
def own_pool(**settings: object) -> Iterator[WorkerPool]:
    """A one-worker pool that is always closed, and proven to leave nothing once closed."""
    pool = WorkerPool(PoolSettings(size=1, **settings))  # type: ignore[arg-type]
    sandbox = ""
    try:
        sandbox = pool.worker().isolation.get("sandbox", "")
        yield pool
    finally:
        pool.close()
    if sandbox:
        assert not os.path.exists(sandbox), f"{sandbox} outlived its worker"
        assert not groups_of(os.path.basename(sandbox))


def groups_of(sandbox_name: str) -> list[str]:
    """Job cgroups named after a worker's sandbox folder, beneath this process's groups."""
    setup, _ = cgroups._locate() if IS_ROOT_LINUX else (None, "")
    if setup is None:
        return []
    return [
        os.path.join(parent, name)
        for parent in setup.parents
        if os.path.isdir(parent)
        for name in os.listdir(parent)
        if name.startswith(sandbox_name + ".")
    ]


def assert_nothing_left(pool: WorkerPool, canary: Path | None = None) -> None:
    worker = pool.worker()
    if canary is not None:
        assert canary.read_text() == "untouched"
    deadline = time.monotonic() + 5
    while worker.stray_processes() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker.stray_processes() == 0
    sandbox = worker.isolation.get("sandbox")
    if sandbox:
        assert sorted(os.listdir(sandbox)) == ["owner.lock"], os.listdir(sandbox)
        # The only groups left are those of the job processes parked for the next jobs.
        left = {os.path.basename(group) for group in groups_of(os.path.basename(sandbox))}
        assert left == set(worker.stats()["parked"])
    assert judge(pool, task(CORRECT), CASES).verdict is Verdict.ACCEPTED


def make_canary(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "canary.txt"
    path.write_text("untouched")
    path.chmod(0o666)
    return path
