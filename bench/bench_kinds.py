"""Verdicts per worker kind (``make bench``): the libraries track and SQL through the one judge.

- a PyTorch problem of the libraries track, all its cases, on the warm ``libs`` worker: p50 / p95,
  against a cold ``python3`` subprocess per submission that imports torch and runs the same cases;
- a NumPy problem of the ML track before and after the ``libs`` worker started (unaffected?);
- a SQL problem, all its datasets, on the ``sql`` worker;
- the memory of the judging process and of each worker kind (resident set, from /proc).

Prints a table and writes bench/results/kinds.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mlinterview.catalog import Catalog, Problem
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.judge.grader import Case, judge
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.services.cases import problem_cases
from mlinterview.services.tasks import task_for

PREFERRED_TORCH = ("training-loop-sgd", "custom-mlp-module", "gradient-clipping")
COLD_RUNNER = """
import json, sys
import torch
data = json.load(sys.stdin)
ns = {}
exec(data["code"], ns)
fn = ns[data["name"]]
for args in data["cases"]:
    args = [torch.tensor(a) if t == "tensor" else a for a, t in zip(args, data["types"])]
    fn(*args)
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def verdicts(pool: WorkerPool, problem: Problem, cases: list[Case], rounds: int) -> list[float]:
    task = task_for(problem, problem.solution)
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        report = judge(pool, task, cases)
        samples.append(time.perf_counter() - started)
        assert report.is_accepted, (problem.slug, report.message)
    return samples


def zygote_pid(outer: int) -> int:
    """A worker runs as pid 1 of its own namespace, forked by the process the pool started."""
    children = Path(f"/proc/{outer}/task/{outer}/children").read_text().split()
    return int(children[0]) if children else outer


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def torch_problem(catalog: Catalog) -> Problem | None:
    found = [p for p in catalog.problems("libraries") if p.extra.get("library") == "torch"]
    plain = [p for p in found if p.entry["style"] == "function"]
    for slug in PREFERRED_TORCH:
        for p in plain:
            if p.slug == slug:
                return p
    return plain[0] if plain else (found[0] if found else None)


def cold_torch(problem: Problem, cases: list[Case], rounds: int) -> list[float] | None:
    if problem.entry["style"] != "function":
        return None
    types = [problem.entry.get("types", {}).get(p, "json") for p in problem.entry["params"]]
    if any(t not in ("json", "tensor") for t in types):
        return None
    payload = json.dumps(
        {
            "code": problem.solution,
            "name": problem.entry["name"],
            "types": types,
            "cases": [c.args for c in cases],
        }
    )
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", COLD_RUNNER], input=payload, capture_output=True, text=True, check=True
        )
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    config = Config.from_env()
    cache = Path(tempfile.mkdtemp(prefix="mli-bench-"))
    results: dict[str, Any] = {"cpus": os.cpu_count() or 0}
    catalog = Catalog([BUILTIN_CONTENT])
    settings = PoolSettings(size=1, hide=[str(BUILTIN_CONTENT)], extra_env=dict(config.blas_env))
    with WorkerPool(settings) as pool:
        numpy_problem = catalog.get("k-means")
        ncases = problem_cases(catalog, numpy_problem, pool, cache)
        verdicts(pool, numpy_problem, ncases, 5)
        before = verdicts(pool, numpy_problem, ncases, 40)
        results["host_rss_mb_before_libs"] = rss_mb(os.getpid())

        problem = torch_problem(catalog)
        if problem is not None:
            started = time.perf_counter()
            cases = problem_cases(catalog, problem, pool, cache)
            results["libs_first_use_s"] = time.perf_counter() - started  # worker start + reference
            verdicts(pool, problem, cases, 5)
            warm = verdicts(pool, problem, cases, 40)
            results.update(
                {
                    "torch_problem": problem.slug,
                    "torch_cases": len(cases),
                    "torch_warm_p50_ms": statistics.median(warm) * 1e3,
                    "torch_warm_p95_ms": percentile(warm, 0.95) * 1e3,
                }
            )
            cold = cold_torch(problem, cases, 5)
            if cold:
                results["torch_cold_p50_ms"] = statistics.median(cold) * 1e3
                results["torch_speedup"] = statistics.median(cold) / statistics.median(warm)
        after = verdicts(pool, numpy_problem, ncases, 40)
        results.update(
            {
                "numpy_problem": numpy_problem.slug,
                "numpy_p50_ms_before_libs": statistics.median(before) * 1e3,
                "numpy_p50_ms_with_libs": statistics.median(after) * 1e3,
            }
        )

        sql_problem = catalog.get("rank-scores")
        scases = problem_cases(catalog, sql_problem, pool, cache)
        verdicts(pool, sql_problem, scases, 3)
        sql = verdicts(pool, sql_problem, scases, 20)
        results.update(
            {
                "sql_problem": sql_problem.slug,
                "sql_datasets": len(scases),
                "sql_p50_ms": statistics.median(sql) * 1e3,
                "sql_p95_ms": percentile(sql, 0.95) * 1e3,
            }
        )
        results["host_rss_mb"] = rss_mb(os.getpid())
        for worker in pool.workers:
            if worker.proc is not None:
                pid = zygote_pid(worker.proc.pid)
                results.setdefault("worker_rss_mb", []).append([worker.kind, round(rss_mb(pid), 1)])
        results["host_imports_duckdb_or_torch"] = sorted(
            set(sys.modules) & {"duckdb", "torch", "sklearn", "pandas"}
        )
    with os.popen("uptime") as fh:
        results["load_average"] = fh.read().strip().split("load average:")[-1].strip()

    if "torch_problem" in results:
        name = f"{results['torch_problem']} (torch), all {results['torch_cases']} cases"
        print(
            f"{name:<46} p50 {results['torch_warm_p50_ms']:7.1f} ms   "
            f"p95 {results['torch_warm_p95_ms']:7.1f} ms"
        )
        print("    (target p50 <= 300 ms)")
        if "torch_cold_p50_ms" in results:
            cold_line = "same, cold python3 importing torch"
            print(
                f"{cold_line:<46} p50 {results['torch_cold_p50_ms']:7.1f} ms   "
                f"speed-up {results['torch_speedup']:.1f}x"
            )
            print("    (target >= 10x)")
        print(f"{'first libraries job (worker start + reference)':<46} {results['libs_first_use_s']:7.2f} s")
    else:
        print("no PyTorch problem in the catalog: the libraries track is not installed")
    numpy_line = f"{results['numpy_problem']} (NumPy) before / with libs worker"
    print(
        f"{numpy_line:<46} p50 {results['numpy_p50_ms_before_libs']:7.1f} ms / "
        f"{results['numpy_p50_ms_with_libs']:.1f} ms"
    )
    sql_line = f"{results['sql_problem']} (SQL), all {results['sql_datasets']} datasets"
    print(f"{sql_line:<46} p50 {results['sql_p50_ms']:7.1f} ms   p95 {results['sql_p95_ms']:7.1f} ms")
    print(
        f"{'judging process, resident memory':<46} {results['host_rss_mb']:7.1f} MB "
        f"(before the libs worker: {results['host_rss_mb_before_libs']:.1f} MB)"
    )
    for kind, mb in results.get("worker_rss_mb", []):
        print(f"{'worker ' + kind + ', resident memory':<46} {mb:7.1f} MB")
    print(
        "modules the judging process imported of duckdb/torch/sklearn/pandas: "
        f"{results['host_imports_duckdb_or_torch'] or 'none'}"
    )
    print(f"load average during the run: {results['load_average']}")
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "kinds.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
