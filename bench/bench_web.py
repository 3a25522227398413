"""Server time of the web app (``make bench``), measured in-process with Starlette's TestClient.

- a problem page (two-sum, with attempts in its history): median and p95 of 100 requests
  (target: median <= 20 ms);
- the other pages (home, list, review, progress): median of 30 each;
- the submit round trip of two-sum's reference (every case judged, the attempt recorded, the
  verdict panel rendered: the verdict on screen; target <= 150 ms): median and p95 of 20;
- the complexity line that the page asks for after that verdict: median of 20;
- the same for a wrong solution, which skips the complexity check: median of 20;
- a Run (sample cases only) round trip: median of 20.

Prints a table and writes bench/results/web.json.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.services.context import Context
from mlinterview.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette prefers httpx2; httpx works
    from starlette.testclient import TestClient

PAGE_TARGET_MS = 20.0
TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"


def timed(call: Callable[[], object], rounds: int, warmup: int = 5) -> list[float]:
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    results: dict[str, float | int | str] = {"cpus": os.cpu_count() or 0, "python": sys.version.split()[0]}
    solution = (TWO_SUM / "solution.py").read_text()
    wrong_code = (TWO_SUM / "wrong" / "reuses-same-element.py").read_text()
    with tempfile.TemporaryDirectory() as home:
        ctx = Context(Config.from_env({"MLINTERVIEW_HOME": home}), workers=2)
        app = create_app(ctx, allowed_hosts=None)
        with TestClient(app, headers={"Origin": "http://testserver"}) as client:

            def get(path: str) -> Callable[[], object]:
                def call() -> object:
                    response = client.get(path)
                    assert response.status_code == 200, (path, response.status_code)
                    return response

                return call

            def post(path: str, code: str, verdict: str) -> Callable[[], object]:
                def call() -> object:
                    response = client.post(path, json={"code": code})
                    assert response.status_code == 200 and response.json()["verdict"] == verdict
                    return response

                return call

            submit = timed(post("/api/problems/two-sum/submit", solution, "accepted"), rounds=20, warmup=2)
            attempt = client.post("/api/problems/two-sum/submit", json={"code": solution}).json()[
                "attempt_id"
            ]

            def growth() -> object:
                response = client.post("/api/problems/two-sum/complexity", json={"attempt": attempt})
                assert response.status_code == 200 and response.json()["complexity"]
                return response

            complexity = timed(growth, rounds=20, warmup=2)
            wrong = timed(
                post("/api/problems/two-sum/submit", wrong_code, "wrong_answer"), rounds=20, warmup=2
            )
            run = timed(post("/api/problems/two-sum/run", solution, "accepted"), rounds=20, warmup=2)
            page = timed(get("/problems/two-sum"), rounds=100)
            others = {
                path: statistics.median(timed(get(path), rounds=30))
                for path in ("/", "/problems", "/review", "/progress")
            }
        ctx.close()

    results.update(
        problem_page_median_ms=statistics.median(page),
        problem_page_p95_ms=p95(page),
        submit_median_ms=statistics.median(submit),
        submit_p95_ms=p95(submit),
        submit_wrong_median_ms=statistics.median(wrong),
        complexity_after_verdict_median_ms=statistics.median(complexity),
        run_median_ms=statistics.median(run),
    )
    results.update({f"page{path.replace('/', '_') or '_home'}_median_ms": ms for path, ms in others.items()})

    verdict = "ok" if results["problem_page_median_ms"] <= PAGE_TARGET_MS else "OVER TARGET"
    print(
        f"{'problem page /problems/two-sum':<40} median {statistics.median(page):7.2f} ms   "
        f"p95 {p95(page):7.2f} ms   (target <= {PAGE_TARGET_MS:.0f} ms: {verdict})"
    )
    for path, ms in others.items():
        print(f"{'page ' + path:<40} median {ms:7.2f} ms")
    print(
        f"{'submit two-sum: verdict on screen':<40} median {statistics.median(submit):7.1f} ms   "
        f"p95 {p95(submit):7.1f} ms   (target <= 150 ms)"
    )
    print(f"{'  then its complexity line':<40} median {statistics.median(complexity):7.1f} ms")
    print(f"{'submit a wrong two-sum (no complexity)':<40} median {statistics.median(wrong):7.1f} ms")
    print(f"{'run two-sum (samples)':<40} median {statistics.median(run):7.1f} ms")
    out = Path(__file__).parent / "results" / "web.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
