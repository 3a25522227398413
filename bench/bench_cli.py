"""What a learner feels at the terminal (``make bench``): whole-process wall time, warm caches.

Runs, in one go and interleaved so that a busy machine weighs on each alike, ``python -c pass``
(the floor), ``mli run``, ``mli submit --no-complexity`` and ``mli submit`` on two-sum's
reference, through the judge service (the default) and, for comparison, with
``MLINTERVIEW_DAEMON=off``. Each is run ``--rounds`` times (default 20) after two warm-up runs;
the p50 and p90 are printed with the load average, and written to bench/results/cli.json.

Targets (issue 10): run <= 150 ms, submit --no-complexity <= 200 ms, submit <= 450 ms (p50).
``mli`` is started as ``python -m mlinterview``, the same entry point as the installed script.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlinterview.config import BUILTIN_CONTENT

TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"
TARGETS_MS = {"run": 150.0, "submit --no-complexity": 200.0, "submit": 450.0}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-inprocess", action="store_true", help="skip the MLINTERVIEW_DAEMON=off rows")
    options = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mli-bench-"))
    try:
        results = measure(home, options.rounds, not options.no_inprocess)
    finally:
        stop = [sys.executable, "-m", "mlinterview", "daemon", "stop"]
        subprocess.run(stop, env=env_for(home), capture_output=True, check=False)
        shutil.rmtree(home, ignore_errors=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "cli.json").write_text(json.dumps(results, indent=1))


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MLINTERVIEW_DATABASE_URL"}
    return {**env, "MLINTERVIEW_HOME": str(home), "MLINTERVIEW_DAEMON": "on", **extra}


def measure(home: Path, rounds: int, inprocess: bool) -> dict[str, object]:
    work = home / "work"
    work.mkdir(parents=True)
    (work / "two_sum.py").write_text((TWO_SUM / "solution.py").read_text())
    mli = [sys.executable, "-m", "mlinterview"]
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], env_for(home)),
        "run": ([*mli, "run", "two_sum.py"], env_for(home)),
        "submit --no-complexity": ([*mli, "submit", "two_sum.py", "--no-complexity"], env_for(home)),
        "submit": ([*mli, "submit", "two_sum.py"], env_for(home)),
    }
    if inprocess:
        off = env_for(home, MLINTERVIEW_DAEMON="off")
        commands["run (in-process)"] = ([*mli, "run", "two_sum.py"], off)
        commands["submit --no-complexity (in-process)"] = (
            [*mli, "submit", "two_sum.py", "--no-complexity"],
            off,
        )
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(2):  # warm-up: starts the service, fills the caches
        for argv, env in commands.values():
            subprocess.run(argv, cwd=work, env=env, capture_output=True, check=False)
    load_before = os.getloadavg()
    for _ in range(rounds):
        for name, (argv, env) in commands.items():
            started = time.perf_counter()
            done = subprocess.run(argv, cwd=work, env=env, capture_output=True, check=False)
            samples[name].append((time.perf_counter() - started) * 1000)
            if done.returncode != 0:
                raise SystemExit(f"{name} failed: {done.stdout.decode()}{done.stderr.decode()}")
    load_after = os.getloadavg()
    rows: dict[str, object] = {}
    floor = statistics.median(samples["python -c pass"])
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f} ({os.cpu_count()} cpus)")
    print(f"{'command':40} {'p50 ms':>8} {'p90 ms':>8} {'× floor':>8}  target")
    for name, values in samples.items():
        p50 = statistics.median(values)
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        target = TARGETS_MS.get(name)
        mark = "" if target is None else f"<= {target:.0f} ms {'ok' if p50 <= target else 'MISSED'}"
        print(f"{name:40} {p50:8.1f} {p90:8.1f} {p50 / floor:8.1f}  {mark}")
        rows[name] = {"p50_ms": round(p50, 1), "p90_ms": round(p90, 1), "target_ms": target}
    return {
        "rounds": rounds,
        "load_before": load_before,
        "load_after": load_after,
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "commands": rows,
    }


if __name__ == "__main__":
    main()
