"""Sandbox uids fail closed and never collide, and a job's keys do not outlive it.

An empty uid pool used to run the next job as root; a host-side exception left the job alive
holding its uid; every judge instance started at the same uid, so a key stored by one job
could be read by a job of another instance.
"""

from __future__ import annotations

import fcntl
import os
import platform
import threading
from pathlib import Path
from typing import Any

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
from mlinterview.judge.harness import protocol, uids
from mlinterview.judge.verdicts import Verdict

pytestmark = [needs_root, pytest.mark.hostile]

WRITES_CANARY = 'def solve(x):\n    open("{canary}", "w").write("changed")\n    return 2 * x\n'


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    return make_canary(tmp_path)


def test_an_empty_uid_pool_refuses_the_job(canary: Path) -> None:
    uid = TEST_UID_BASE
    with own_pool(uid_base=uid, uid_count=1) as pool:
        # Another instance holds the only uid: the job must be refused, not run as root.
        fd = os.open(os.path.join(uids.LEASE_DIR, f"{uid}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            report = judge(pool, task(WRITES_CANARY.format(canary=canary)), CASES)
        finally:
            os.close(fd)
        assert report.verdict is Verdict.INTERNAL_ERROR
        assert report.message == "the judge has no free sandbox user; try again"
        assert_nothing_left(pool, canary)


def test_a_host_side_exception_ends_the_job_and_frees_its_uid(
    canary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = TEST_UID_BASE + 10
    # The job leaves a process behind that would hold the uid for 20 s if nobody ended it.
    lingering = (
        "import os, time\n"
        "def solve(x):\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        time.sleep(20)\n"
        "        os._exit(0)\n"
        "    return 2 * x\n"
    )
    with own_pool(uid_base=uid, uid_count=1) as pool:
        real_decode = protocol.decode

        def broken_decode(frame: Any, *caps: Any) -> Any:
            answer = real_decode(frame, *caps)
            if isinstance(answer, dict) and "case" in answer:
                raise ValueError("a decoder bug")
            return answer

        monkeypatch.setattr(protocol, "decode", broken_decode)
        with pytest.raises(ValueError, match="a decoder bug"):
            judge(pool, task(lingering), CASES)
        monkeypatch.setattr(protocol, "decode", real_decode)
        assert not uids.is_held(uid)
        # With one uid in the pool, the next job runs only because the uid came back.
        assert_nothing_left(pool, canary)


def test_two_instances_never_share_a_uid(canary: Path) -> None:
    base = TEST_UID_BASE + 20
    sleeper = "import os, time\ndef solve(x):\n    time.sleep(1.5)\n    return os.getuid()\n"
    got: list[Any] = []
    with own_pool(uid_base=base, uid_count=2) as first, own_pool(uid_base=base, uid_count=2) as second:

        def run(pool: Any) -> None:
            got.append(judge(pool, task(sleeper, time_s=5.0), CASES[:1]).cases[0].got)

        threads = [threading.Thread(target=run, args=(p,)) for p in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(got) == [base, base + 1]
        assert_nothing_left(first, canary)
        assert_nothing_left(second, canary)


KEYCTL = {"x86_64": (248, 250), "aarch64": (217, 219)}
STORE_KEY = """
import ctypes
ADD_KEY, KEYCTL = {numbers}
libc = ctypes.CDLL(None, use_errno=True)

def solve(x):
    ids = []
    for ring in (-3, -4, -5):  # session, user, user-session keyrings
        ids.append(libc.syscall(ADD_KEY, b"user", b"mli-secret", b"s3cret", ctypes.c_size_t(6),
                                ctypes.c_long(ring)))
    return ids
"""
FIND_KEY = """
import ctypes
ADD_KEY, KEYCTL = {numbers}
libc = ctypes.CDLL(None, use_errno=True)

def solve(x):
    found = []
    for ring in (-3, -4, -5):
        found.append(libc.syscall(KEYCTL, ctypes.c_long(10), ctypes.c_long(ring), b"user",
                                  b"mli-secret", ctypes.c_long(0)))
    return found
"""


@pytest.mark.skipif(platform.machine() not in KEYCTL, reason="keyctl numbers known for x86_64 and arm64")
def test_a_key_stored_by_a_job_is_gone_for_the_next(canary: Path) -> None:
    numbers = KEYCTL[platform.machine()]
    with own_pool(uid_base=TEST_UID_BASE + 30, uid_count=1) as pool:
        stored = judge(pool, task(STORE_KEY.format(numbers=numbers)), CASES[:1]).cases[0].got
        assert all(serial > 0 for serial in stored), stored  # the keys really were stored
        # Same uid (the pool has one), later job: none of the three keyrings still has it.
        found = judge(pool, task(FIND_KEY.format(numbers=numbers)), CASES[:1]).cases[0].got
        assert found == [-1, -1, -1]
        assert judge(pool, task(CORRECT), CASES).verdict is Verdict.ACCEPTED
        assert_nothing_left(pool, canary)
