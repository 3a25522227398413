"""What the per-job sandbox costs and what it catches (``make bench``).

- hostile memory cases under a 256 MB limit (six forked 170 MB children, 840 MB in memfds,
  840 MB in SysV segments) and two honest ones: verdict, reported memory, seconds to verdict;
- the judge process's own peak memory while judging them;
- the fixed cost of a verdict (one trivial case) with the job's cgroup, uid lease, tmpfs
  folder and IPC namespace in place, back to back and 100 ms apart;
- the cgroup's own cost per job: make the group, place a forked process in it, kill, remove.

Every bomb is capped near 1 GB in total. Prints a table and writes bench/results/sandbox.json.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import PoolSettings, WorkerPool

ENTRY = {"style": "function", "name": "solve", "params": ["x"]}
CASES = [Case("one", [1], 2, True)]
HOSTILE = {
    "honest, trivial": "def solve(x):\n    return 2 * x\n",
    "honest, 100 MB": "def solve(x):\n    a = b'\\1' * (100 * 1024 * 1024)\n    return 2 * x\n",
    "six forked 170 MB children": """
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
""",
    "840 MB in memfds": """
import os
def solve(x):
    chunk, fds = b"\\1" * (1024 * 1024), []
    for i in range(56):
        fd = os.memfd_create(f"m{i}")
        for _ in range(15):
            os.write(fd, chunk)
        fds.append(fd)
    return 2 * x
""",
    "840 MB in SysV segments": """
import ctypes
def solve(x):
    libc = ctypes.CDLL(None, use_errno=True)
    libc.shmat.restype = ctypes.c_void_p
    size = 210 * 1024 * 1024
    for _ in range(4):
        sid = libc.shmget(0, ctypes.c_size_t(size), 0o1600)
        addr = libc.shmat(sid, None, 0)
        if sid < 0 or addr in (None, ctypes.c_void_p(-1).value):
            raise OSError(ctypes.get_errno(), "shmget/shmat")
        ctypes.memset(addr, 1, size)
        libc.shmdt(ctypes.c_void_p(addr))
    return 2 * x
""",
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def cgroup_cost(rounds: int = 200) -> dict[str, float]:
    """Milliseconds per job for fork + wait alone, and with a job cgroup around it."""
    try:
        from mlinterview.judge.harness import cgroups
    except ImportError:  # a judge without job cgroups
        return {}
    setup, reason = cgroups.detect(f"mli-bench-{os.getpid()}.probe")
    if setup is None:
        print(f"no job cgroups: {reason}")
        return {}

    def one(with_group: bool, index: int) -> float:
        started = time.perf_counter()
        group = None
        if with_group:
            group = cgroups.JobGroup.create(setup, f"mli-bench-{os.getpid()}.{index}")
        go_r, go_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.read(go_r, 1)
            os._exit(0)
        try:
            if group is not None:
                group.set_limits(64 << 20, 8)
                group.add(pid)
            os.write(go_w, b"1")
            os.waitpid(pid, 0)
        finally:
            os.close(go_r)
            os.close(go_w)
            if group is not None:
                group.kill_all(lambda: None)
                group.remove()
        return (time.perf_counter() - started) * 1e3

    bare = [one(False, i) for i in range(rounds)]
    grouped = [one(True, i) for i in range(rounds)]
    return {
        "fork_wait_p50_ms": statistics.median(bare),
        "fork_wait_cgroup_p50_ms": statistics.median(grouped),
    }


def main() -> None:
    results: dict[str, object] = {"cpus": os.cpu_count() or 0, "python": sys.version.split()[0]}
    cases: dict[str, dict[str, object]] = {}
    with WorkerPool(PoolSettings(size=1)) as pool:
        iso = pool.worker().isolation
        results["memory_accounting"] = iso.get("memory_accounting", "per process (RLIMIT_AS)")
        for name, code in HOSTILE.items():
            started = time.perf_counter()
            report = judge(pool, Task(code, ENTRY, Limits(time_s=10.0, memory_mb=256)), CASES)
            cases[name] = {
                "verdict": report.verdict.value,
                "memory_mb": report.memory_mb,
                "seconds": round(time.perf_counter() - started, 3),
            }
        results["host_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        trivial = Task(HOSTILE["honest, trivial"], ENTRY, Limits())
        for _ in range(5):
            judge(pool, trivial, CASES)
        fixed = []
        for _ in range(200):
            started = time.perf_counter()
            judge(pool, trivial, CASES)
            fixed.append((time.perf_counter() - started) * 1e3)
        results["fixed_p50_ms"] = statistics.median(fixed)
        results["fixed_p95_ms"] = percentile(fixed, 0.95)
        spaced = []  # as a learner submits: the worker is idle between verdicts
        for _ in range(50):
            time.sleep(0.1)
            started = time.perf_counter()
            judge(pool, trivial, CASES)
            spaced.append((time.perf_counter() - started) * 1e3)
        results["spaced_p50_ms"] = statistics.median(spaced)
    results["cases"] = cases
    results.update(cgroup_cost())
    with os.popen("uptime") as fh:
        results["load_average"] = fh.read().strip().split("load average:")[-1].strip()

    print(f"memory accounting: {results['memory_accounting']}")
    for name, row in cases.items():
        print(f"{name:<30} {row['verdict']:<14} {row['memory_mb']:8.1f} MB {row['seconds']:7.2f} s")
    print(f"{'judge process peak':<30} {results['host_peak_mb']:8.1f} MB")
    print(
        f"{'fixed cost: one trivial case':<30} p50 {results['fixed_p50_ms']:6.2f} ms  "
        f"p95 {results['fixed_p95_ms']:6.2f} ms"
    )
    print(f"{'same, 100 ms apart':<30} p50 {results['spaced_p50_ms']:6.2f} ms")
    if "fork_wait_p50_ms" in results:
        print(
            f"{'fork + wait, bare / in a cgroup':<30} {results['fork_wait_p50_ms']:6.2f} ms / "
            f"{results['fork_wait_cgroup_p50_ms']:6.2f} ms"
        )
    print(f"load average during the run: {results['load_average']}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "sandbox.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
