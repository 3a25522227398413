"""Verdict latency and throughput of the judge (``make bench``).

- two-sum, all its cases (hand-written and generated), through the warm workers: p50 / p95;
- a NumPy function (pairwise distances on 200x16 arrays, 10 cases): warm workers against a cold
  ``python3`` subprocess per submission that imports NumPy and runs the same cases;
- the fixed cost of a verdict: a trivial function on one case;
- throughput: verdicts per second with 2 workers and 4 submitting threads (two-sum; trivial).

Prints a table and writes bench/results/latest.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.services.cases import problem_cases
from mlinterview.services.tasks import task_for

NUMPY_CODE = """
import numpy as np
def pairwise(a, b):
    sq = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return np.sqrt(np.maximum(sq, 0.0))
"""
COLD_RUNNER = """
import json, sys
import numpy as np
data = json.load(sys.stdin)
ns = {}
exec(data["code"], ns)
out = [ns["pairwise"](np.array(a), np.array(b)).tolist() for a, b in data["cases"]]
print(json.dumps(out))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_verdicts(pool: WorkerPool, task: Task, cases: list[Case], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        report = judge(pool, task, cases)
        samples.append(time.perf_counter() - started)
        assert report.is_accepted, report.message
    return samples


def throughput(pool: WorkerPool, task: Task, cases: list[Case], seconds: float = 4.0) -> float:
    """Verdicts per second with four threads submitting at once."""
    done = 0
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def submitter() -> None:
        nonlocal done
        while time.perf_counter() < stop_at:
            judge(pool, task, cases)
            with lock:
                done += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=submitter) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done / (time.perf_counter() - started)


def main() -> None:
    config = Config.from_env()
    cache = Path(tempfile.mkdtemp(prefix="mli-bench-"))
    results: dict[str, float | int | str] = {"cpus": os.cpu_count() or 0, "python": sys.version.split()[0]}
    settings = PoolSettings(size=2, hide=[str(BUILTIN_CONTENT)], extra_env=dict(config.blas_env))
    with WorkerPool(settings) as pool:
        for worker in (pool.worker(), pool.worker()):
            worker.info  # noqa: B018 - both started
        catalog = Catalog([BUILTIN_CONTENT])
        two_sum = catalog.get("two-sum")
        cases = problem_cases(catalog, two_sum, pool, cache)
        task = task_for(two_sum, two_sum.solution)
        time_verdicts(pool, task, cases, 5)
        lat = time_verdicts(pool, task, cases, 200)
        results.update(
            {
                "two_sum_cases": len(cases),
                "two_sum_p50_ms": statistics.median(lat) * 1e3,
                "two_sum_p95_ms": percentile(lat, 0.95) * 1e3,
            }
        )

        rng = np.random.default_rng(0)
        arrays = [(rng.standard_normal((200, 16)), rng.standard_normal((200, 16))) for _ in range(10)]
        ncases = [
            Case(f"c{i}", [a, b], np.sqrt(((a[:, None] - b[None]) ** 2).sum(-1)))
            for i, (a, b) in enumerate(arrays)
        ]
        entry = {
            "style": "function",
            "name": "pairwise",
            "params": ["a", "b"],
            "types": {"a": "ndarray", "b": "ndarray"},
            "returns": "ndarray",
        }
        ntask = Task(
            NUMPY_CODE,
            entry,
            Limits(time_s=2.0),
            checker="float",
            checker_options={"rtol": 1e-9, "atol": 1e-9},
        )
        time_verdicts(pool, ntask, ncases, 5)
        warm = time_verdicts(pool, ntask, ncases, 100)
        payload = json.dumps({"code": NUMPY_CODE, "cases": [[a.tolist(), b.tolist()] for a, b in arrays]})
        cold = []
        for _ in range(20):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", COLD_RUNNER], input=payload, capture_output=True, text=True, check=True
            )
            cold.append(time.perf_counter() - started)
        results.update(
            {
                "numpy_warm_p50_ms": statistics.median(warm) * 1e3,
                "numpy_warm_p95_ms": percentile(warm, 0.95) * 1e3,
                "numpy_cold_p50_ms": statistics.median(cold) * 1e3,
                "numpy_speedup": statistics.median(cold) / statistics.median(warm),
            }
        )

        trivial = Task(
            "def f(x):\n    return x\n", {"style": "function", "name": "f", "params": ["x"]}, Limits()
        )
        one_case = [Case("a", [1], 1, True)]
        time_verdicts(pool, trivial, one_case, 5)
        fixed = time_verdicts(pool, trivial, one_case, 200)
        results.update(
            {"fixed_p50_ms": statistics.median(fixed) * 1e3, "fixed_p95_ms": percentile(fixed, 0.95) * 1e3}
        )
        results["throughput_per_s"] = throughput(pool, task, cases)
        results["throughput_fixed_per_s"] = throughput(pool, trivial, one_case)
    with os.popen("uptime") as fh:
        results["load_average"] = fh.read().strip().split("load average:")[-1].strip()

    two_sum = f"two-sum, all {results['two_sum_cases']} cases"
    print(f"{two_sum:<40} p50 {results['two_sum_p50_ms']:7.2f} ms   p95 {results['two_sum_p95_ms']:7.2f} ms")
    print("    (target p50 <= 10 ms)")
    warm = "NumPy function, warm worker"
    print(
        f"{warm:<40} p50 {results['numpy_warm_p50_ms']:7.2f} ms   p95 {results['numpy_warm_p95_ms']:7.2f} ms"
    )
    cold = "NumPy function, cold python3"
    print(f"{cold:<40} p50 {results['numpy_cold_p50_ms']:7.2f} ms   speed-up {results['numpy_speedup']:.1f}x")
    print("    (target >= 10x)")
    fixed = "fixed cost: one trivial case"
    print(f"{fixed:<40} p50 {results['fixed_p50_ms']:7.2f} ms   p95 {results['fixed_p95_ms']:7.2f} ms")
    print(f"{'throughput, 2 workers, two-sum':<40} {results['throughput_per_s']:7.1f} verdicts/s")
    trivial_rate = results["throughput_fixed_per_s"]
    print(f"{'throughput, 2 workers, trivial':<40} {trivial_rate:7.1f} verdicts/s (target >= 300)")
    print(f"load average during the run: {results['load_average']}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
