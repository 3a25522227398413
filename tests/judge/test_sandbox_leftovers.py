"""Nothing of a judge stays behind: not after a normal shutdown, not after ``kill -9``.

A killed ``mli submit`` or ``mli serve`` used to leave its job folders (and their files) in
the temporary folder, and a normal shutdown an empty sandbox folder per worker. Now the next
worker to start removes whatever a dead one left (its lock is no longer held), and shutdown
lets the worker clean up before it exits.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sandbox_support import (
    CASES,
    TEST_UID_BASE,
    assert_nothing_left,
    groups_of,
    make_canary,
    needs_root,
    own_pool,
    task,
)

from mlinterview.judge.grader import judge
from mlinterview.judge.verdicts import Verdict

pytestmark = [needs_root, pytest.mark.hostile]

# Starts a pool, leaves a job mid-run (1 MB written, then sleeping), and waits to be killed.
DOOMED = textwrap.dedent(f"""
    import json, sys, threading, time
    from mlinterview.judge.execution import Limits
    from mlinterview.judge.grader import Case, Task, judge
    from mlinterview.judge.pool import PoolSettings, WorkerPool

    pool = WorkerPool(PoolSettings(size=1, uid_base={TEST_UID_BASE + 300}, uid_count=2))
    worker = pool.worker()
    code = (
        "import time\\n"
        "def solve(x):\\n"
        "    open('data.bin', 'wb').write(b'1' * (1 << 20))\\n"
        "    time.sleep(30)\\n"
        "    return 2 * x\\n"
    )
    task = Task(code, {{"style": "function", "name": "solve", "params": ["x"]}}, Limits(time_s=40.0))
    threading.Thread(target=judge, args=(pool, task, [Case("one", [1], 2)]), daemon=True).start()
    time.sleep(1.5)
    print(json.dumps({{"sandbox": worker.isolation["sandbox"], "outer": worker.proc.pid}}), flush=True)
    time.sleep(60)
""")


def _descendants(pid: int) -> set[int]:
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        children: list[str] = []
        # every thread's children: workers are started from the pool's own thread
        for thread in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children += (thread / "children").read_text().split()
            except OSError:
                continue
        for child in map(int, children):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            alive.add(pid)
    return alive


def test_kill_9_mid_job_leaves_nothing_once_a_new_judge_starts(tmp_path: Path) -> None:
    doomed = subprocess.Popen(
        [sys.executable, "-c", DOOMED],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = doomed.stdout.readline() if doomed.stdout else ""
        info = json.loads(line)
        sandbox = Path(info["sandbox"])
        judge_processes = _descendants(doomed.pid)
        assert judge_processes, "the doomed judge has no worker"
        assert groups_of(sandbox.name), "the job was not running when the judge was killed"
    finally:
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(10)
        if doomed.stdout:
            doomed.stdout.close()
    deadline = time.monotonic() + 10
    while _alive(judge_processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(judge_processes), "a worker or job outlived the killed judge"
    assert sandbox.exists()  # what the killed judge could not remove itself

    canary = make_canary(tmp_path)
    with own_pool(uid_base=TEST_UID_BASE + 310, uid_count=2) as pool:
        deadline = time.monotonic() + 10
        while (sandbox.exists() or groups_of(sandbox.name)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not sandbox.exists(), f"{sandbox} of the killed judge is still there"
        assert not groups_of(sandbox.name)
        assert_nothing_left(pool, canary)


def test_a_normal_shutdown_leaves_nothing(tmp_path: Path) -> None:
    canary = make_canary(tmp_path)
    # own_pool checks, once the pool is closed, that its sandbox folder and cgroups are gone.
    with own_pool(uid_base=TEST_UID_BASE + 320, uid_count=2) as pool:
        sandbox = Path(pool.worker().isolation["sandbox"])
        report = judge(pool, task("def solve(x):\n    open('x', 'w').write('1')\n    return 2 * x\n"), CASES)
        assert report.verdict is Verdict.ACCEPTED
        assert_nothing_left(pool, canary)
    assert not sandbox.exists()
