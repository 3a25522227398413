"""Memory is counted for the whole job: forked children, memfds and SysV shared memory too.

With only a per-process address-space cap, each of these was accepted at 256 MB with 0 MB
reported. Every bomb is capped near 1 GB in total, so a judge that failed to limit it would
not hurt the machine; under the job's cgroup it dies at the cap (256 + 128 stack + 64 MB).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sandbox_support import (
    CASES,
    CORRECT,
    TEST_UID_BASE,
    assert_nothing_left,
    make_canary,
    needs_root,
    own_pool,
    task,
)

from mlinterview.judge.grader import judge
from mlinterview.judge.harness import cgroups
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

pytestmark = [needs_root, pytest.mark.hostile]

FORKED_CHILDREN = """
import os, time
def solve(x):
    kids = []
    for _ in range(6):
        pid = os.fork()
        if pid == 0:
            hoard = b"\\1" * (170 * 1024 * 1024)
            time.sleep(1.0)
            os._exit(0)
        kids.append(pid)
    for pid in kids:
        os.waitpid(pid, 0)
    return 2 * x
"""
MEMFDS = """
import os
def solve(x):
    chunk = b"\\1" * (1024 * 1024)
    fds = []
    for i in range(56):  # 56 x 15 MB: each file under the 16 MB file-size limit
        fd = os.memfd_create(f"m{i}")
        for _ in range(15):
            os.write(fd, chunk)
        fds.append(fd)
    return 2 * x
"""
SYSV_SHM = """
import ctypes
def solve(x):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    size = 210 * 1024 * 1024
    for _ in range(4):  # detached segments stay allocated: 840 MB
        sid = libc.shmget(0, ctypes.c_size_t(size), 0o1600)
        addr = libc.shmat(sid, None, 0)
        if sid < 0 or addr in (None, ctypes.c_void_p(-1).value):
            raise OSError(ctypes.get_errno(), "shmget/shmat")
        ctypes.memset(addr, 1, size)
        libc.shmdt(ctypes.c_void_p(addr))
    return 2 * x
"""
HOLDS_80_MB_IN_A_MEMFD = """
import os
def solve(x):
    fds = []
    for i in range(8):
        fd = os.memfd_create(f"m{i}")
        os.write(fd, b"\\1" * (10 * 1024 * 1024))
        fds.append(fd)
    return 2 * x
"""


@pytest.fixture(scope="module")
def memory_pool() -> Iterator[WorkerPool]:
    with own_pool(uid_base=TEST_UID_BASE + 100, uid_count=8) as pool:
        if not pool.worker().isolation.get("cgroup"):
            pytest.skip(f"no job cgroups here: {pool.worker().isolation.get('memory_accounting')}")
        yield pool


@pytest.mark.parametrize(
    "code", [FORKED_CHILDREN, MEMFDS, SYSV_SHM], ids=["six-forked-children", "memfds", "sysv-shm"]
)
def test_whole_job_memory_bombs_hit_the_limit(code: str, memory_pool: WorkerPool, tmp_path: Path) -> None:
    canary = make_canary(tmp_path)
    report = judge(memory_pool, task(code, time_s=10.0, memory_mb=256), CASES)
    assert report.verdict is Verdict.MEMORY_LIMIT, (report.verdict, report.message)
    assert report.memory_mb > 256
    assert_nothing_left(memory_pool, canary)


def test_reported_memory_is_the_jobs_real_peak(memory_pool: WorkerPool, tmp_path: Path) -> None:
    canary = make_canary(tmp_path)
    # 80 MB that no process's resident size shows (the fds stay open): only the cgroup sees it.
    report = judge(memory_pool, task(HOLDS_80_MB_IN_A_MEMFD, time_s=5.0, memory_mb=256), CASES[:1])
    assert report.verdict is Verdict.ACCEPTED, report.message
    assert 80 <= report.memory_mb < 120
    small = judge(memory_pool, task("def solve(x):\n    return 2 * x\n"), CASES)
    assert small.memory_mb < 40  # a trivial job is charged only the pages it touched
    assert_nothing_left(memory_pool, canary)


def test_the_isolation_report_names_the_accounting(memory_pool: WorkerPool) -> None:
    iso = memory_pool.worker().isolation
    expected = "cgroup v2" if os.path.exists("/sys/fs/cgroup/cgroup.controllers") else "cgroup v1"
    assert iso["memory_accounting"].startswith(f"whole job: {expected}")


def test_a_job_whose_cgroup_cannot_be_made_is_refused(tmp_path: Path) -> None:
    canary = make_canary(tmp_path)
    with own_pool(uid_base=TEST_UID_BASE + 110, uid_count=2) as pool:
        worker = pool.worker()
        if not worker.isolation.get("cgroup"):
            pytest.skip("no job cgroups here")
        setup, _ = cgroups._locate()
        assert setup is not None
        sandbox = os.path.basename(worker.isolation["sandbox"])
        parked = worker.stats()["parked"]  # groups made ahead for the next jobs
        # Groups already sit where every later job's group must go.
        after = max(int(name.rpartition(".")[2]) for name in parked)
        squatters = [os.path.join(setup.parents[0], f"{sandbox}.{n}") for n in range(after + 1, after + 40)]
        for path in squatters:
            os.mkdir(path)
        try:
            verdicts = [judge(pool, task(CORRECT), CASES) for _ in range(len(parked) + 1)]
        finally:
            for path in squatters:
                os.rmdir(path)
        # The jobs whose groups were made in time run; the next one is refused, not run bare.
        assert [r.verdict for r in verdicts[:-1]] == [Verdict.ACCEPTED] * len(parked)
        refused = verdicts[-1]
        assert refused.verdict is Verdict.INTERNAL_ERROR
        assert "could not make the job's memory group" in refused.message
        assert_nothing_left(pool, canary)


def test_without_permission_the_accounting_falls_back_and_says_why() -> None:
    """What a judge that is not root gets: no job groups, and the reason, not a crash."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgroups([])
            os.setresgid(65534, 65534, 65534)
            os.setresuid(65534, 65534, 65534)
            setup, reason = cgroups.detect("mli-sandbox-permission-probe.probe")
            os.write(write_end, json.dumps([setup is None, reason]).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        unavailable, reason = json.loads(fh.read())
    os.waitpid(pid, 0)
    assert unavailable
    assert "cannot create a job group" in reason or "does not delegate" in reason
