"""A worker outlives the thread that first asked for it: a web request, a thread of the judge
service or of `mli validate` may start a worker and end, and the worker must stay warm (and
clean up after itself when the pool closes) rather than die with that thread."""

from __future__ import annotations

import os
import tempfile
import threading
import time

from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import PoolSettings, WorkerPool

ECHO = Task("def f(x):\n    return x\n", {"style": "function", "name": "f", "params": ["x"]}, Limits())


def sandbox_folders() -> set[str]:
    return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("mli-sandbox-")}


def test_a_worker_started_by_a_short_lived_thread_stays_warm() -> None:
    before = sandbox_folders()
    pool = WorkerPool(PoolSettings(size=1))
    started: list[object] = []
    try:
        thread = threading.Thread(target=lambda: started.append(pool.worker("sql")))
        thread.start()
        thread.join()
        time.sleep(0.5)  # a worker killed with its thread would be gone by now
        worker = pool.worker("sql")
        assert worker is started[0] and worker.alive and worker.proc is not None
        assert worker.proc.poll() is None
        assert judge(pool, ECHO, [Case("a", [1], 1, True)]).is_accepted
    finally:
        pool.close()
    assert sandbox_folders() - before == set(), "a worker left its sandbox folder behind"


def test_a_closed_pool_starts_workers_again_when_asked() -> None:
    pool = WorkerPool(PoolSettings(size=1))
    try:
        assert judge(pool, ECHO, [Case("a", [1], 1, True)]).is_accepted
        pool.close()
        assert judge(pool, ECHO, [Case("a", [2], 2, True)]).is_accepted
    finally:
        pool.close()
