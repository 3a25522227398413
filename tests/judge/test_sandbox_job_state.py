"""Nothing of a job survives it: SysV IPC objects, and a job folder filled past its quota.

SysV segments and message queues made by one job used to be visible to the next job of the
same worker; a job folder had no size or file-count cap, and removing a huge one ran on the
worker's loop while the next learner's job waited.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sandbox_support import CASES, TEST_UID_BASE, assert_nothing_left, make_canary, needs_root, own_pool, task

from mlinterview.judge.grader import judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

pytestmark = [needs_root, pytest.mark.hostile]

KEY = 0x4D4C4939
MAKE_IPC = f"""
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def solve(x):
    shm = libc.shmget({KEY}, ctypes.c_size_t(4096), 0o1666)
    queue = libc.msgget({KEY}, 0o1666)
    return [shm >= 0, queue >= 0]
"""
FIND_IPC = f"""
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
def solve(x):
    return [libc.shmget({KEY}, ctypes.c_size_t(0), 0) >= 0, libc.msgget({KEY}, 0) >= 0]
"""
FILL_BYTES = """
def solve(x):
    chunk = b"\\1" * (1 << 20)
    for i in range(8):  # 8 files of 15 MB (each under the file-size limit): 120 MB
        with open(f"f{i}.bin", "wb") as fh:
            for _ in range(15):
                fh.write(chunk)
    return 2 * x
"""
FILL_INODES = """
import os
def solve(x):
    for i in range(20000):
        open(f"f{i}", "w").close()
    return 2 * x
"""


@pytest.fixture(scope="module")
def state_pool() -> Iterator[WorkerPool]:
    with own_pool(uid_base=TEST_UID_BASE + 200, uid_count=4) as pool:
        yield pool


def test_sysv_objects_of_a_job_are_gone_for_the_next(state_pool: WorkerPool, tmp_path: Path) -> None:
    if not state_pool.worker().isolation.get("ipc_per_job"):
        pytest.skip("no IPC namespace per job here")
    canary = make_canary(tmp_path)
    made = judge(state_pool, task(MAKE_IPC), CASES[:1]).cases[0].got
    assert made == [True, True]
    seen = judge(state_pool, task(FIND_IPC), CASES[:1]).cases[0].got
    assert seen == [False, False]
    assert_nothing_left(state_pool, canary)


@pytest.mark.parametrize("code", [FILL_BYTES, FILL_INODES], ids=["bytes", "inodes"])
def test_a_full_job_folder_gets_a_clean_verdict(code: str, state_pool: WorkerPool, tmp_path: Path) -> None:
    if "tmpfs" not in state_pool.worker().isolation.get("job_folder", ""):
        pytest.skip("no job folder quota here (plain folder)")
    canary = make_canary(tmp_path)
    report = judge(state_pool, task(code, time_s=20.0, folder_mb=64, folder_inodes=2048), CASES[:1])
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert "No space left on device" in report.message + report.cases[0].message
    # Removing the full folder is an unmount: the next learner's job is not held up by it,
    # not even under a short limit.
    assert judge(state_pool, task("def solve(x):\n    return 2 * x\n", time_s=0.5), CASES).is_accepted
    assert_nothing_left(state_pool, canary)
