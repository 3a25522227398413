"""``os.kill(-1, SIGKILL)`` from a submission, run inside a pid namespace of this test's own.

If the judge failed to contain it, the signal would reach every process the test's user can
signal: so the whole judge runs under ``unshare --pid --fork``, where "everything" is just this
test's subprocess tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import json
    from mlinterview.judge.execution import Limits
    from mlinterview.judge.grader import Case, Task, judge
    from mlinterview.judge.pool import PoolSettings, WorkerPool

    entry = {"style": "function", "name": "solve", "params": ["x"]}
    cases = [Case("one", [1], 2, True), Case("two", [2], 4)]
    attack = "import os, signal\\ndef solve(x):\\n    os.kill(-1, signal.SIGKILL)\\n    return 2 * x\\n"
    with WorkerPool(PoolSettings(size=1)) as pool:
        first = judge(pool, Task(attack, entry, Limits(time_s=1.0)), cases).verdict.value
        fine = Task("def solve(x):\\n    return 2 * x\\n", entry, Limits(time_s=1.0))
        second = judge(pool, fine, cases).verdict.value
        stray = pool.worker().stray_processes()
    print(json.dumps({"attack": first, "after": second, "stray": stray}))
""")


def _can_unshare() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(
    not _can_unshare(), reason="needs util-linux unshare with pid namespaces (root or user namespaces)"
)
def test_kill_minus_one_hits_only_the_sandbox() -> None:
    result = subprocess.run(
        ["unshare", "--pid", "--fork", "--mount-proc", sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    # The signal reaches nothing it may not signal: the worker (and the job process it keeps
    # parked for the next submission) survive and judge the next submission. kill(-1) never
    # signals its caller, and reports success when any other process exists, signalled or
    # not (an empty namespace gives ESRCH), so the attack's own verdict is either.
    assert outcome["attack"] in ("accepted", "runtime_error")
    assert outcome["after"] == "accepted"
    assert outcome["stray"] == 0
