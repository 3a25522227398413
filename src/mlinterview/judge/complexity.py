"""Growth feedback after an accepted submission: time the solution at growing n, fit n^k.

The solution runs in one sandboxed child on inputs from the pack's ``scale(n, rng)``, at sizes
doubling from 256 to 65536 while a call stays under ~60 ms and the whole measurement under ~0.5 s.
Each size is timed three times and the fastest kept; the exponent is the least-squares slope
of log(time) on log(n) over the sizes that took at least 0.3 ms. It is advice, never a verdict:
call times are the child's CPU time for the call alone, with the garbage collector paused as
timeit does, so a busy machine moves them little. docs/JUDGE.md says how far to trust it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlinterview.judge import packcode
from mlinterview.judge.execution import Execution, Limits
from mlinterview.judge.grader import Task
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool
from mlinterview.models import COMPLEXITY_EXPONENTS

BUDGET_S = 0.5
CALL_CAP_S = 0.06
MIN_TIMED_S = 0.0003
TOLERANCE = 0.35


def measure(
    pool: WorkerPool,
    task: Task,
    gen_path: Path,
    expected: str,
    max_n: int = 1 << 16,
    frames: Callable[[int], bytes] | None = None,
) -> dict[str, Any] | None:
    """Return ``{"exponent", "expected", "on_target", "message", "points"}`` or None if the pack
    has no ``scale`` function. ``frames(n)`` gives the encoded case of size n (default:
    :func:`scaled_frame`); a caller that measures often may pass a memo of it, since making
    and encoding the inputs can cost more than timing the solution on them."""
    if packcode.scaled_input(gen_path, 4) is None:
        return None
    if frames is None:

        def frames(n: int) -> bytes:
            return scaled_frame(gen_path, n)

    limits = Limits(**{**task.limits.__dict__, "time_s": max(task.limits.time_s, 2.0)})
    execution = Execution(pool.worker(), limits, 64)
    points: list[tuple[int, float]] = []
    try:
        load = execution.request(
            {
                "code": task.code,
                "entry": task.entry,
                "forbidden": task.forbidden,
                "marker": execution.marker,
                "timing": True,
            },
            5.0,
        )
        if load.status != "ok" or not load.message.get("ready"):
            return None
        started = time.monotonic()
        slow_at: int | None = None
        n = 256
        while n <= max_n and time.monotonic() - started < BUDGET_S:
            # The same frame three times: it is encoded once, and the fastest of three is kept.
            messages = [frames(n)] * 3
            timings = []
            for outcome in execution.exchange(messages, limits.time_s):
                if outcome.status == "timeout":
                    slow_at = n
                if outcome.status != "ok" or not outcome.message.get("ok"):
                    break
                timings.append(float(outcome.message["call_s"]))
            if len(timings) < 3:
                break
            best = min(timings)
            points.append((n, best))
            if best > CALL_CAP_S:
                break
            n *= 2
    finally:
        if not execution.finished:
            execution.finish(kill=True)
    return summarise(points, expected, slow_at=slow_at, limit_s=limits.time_s)


def scaled_frame(gen_path: Path, n: int) -> bytes:
    """The case of size n (the pack's ``scale(n)`` seeded with n), encoded for the child."""
    args = packcode.scaled_input(gen_path, n, seed=n)
    return protocol.encode({"case": f"n{n}", "args": args})


def fit_exponent(points: list[tuple[int, float]]) -> float | None:
    usable = [(math.log(n), math.log(t)) for n, t in points if t >= MIN_TIMED_S]
    if len(usable) < 3:
        return None
    usable = usable[-5:]
    mean_x = sum(x for x, _ in usable) / len(usable)
    mean_y = sum(y for _, y in usable) / len(usable)
    sxx = sum((x - mean_x) ** 2 for x, _ in usable)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in usable)
    return sxy / sxx if sxx else None


def summarise(
    points: list[tuple[int, float]], expected: str, *, slow_at: int | None = None, limit_s: float = 2.0
) -> dict[str, Any]:
    target = COMPLEXITY_EXPONENTS[expected]
    exponent = fit_exponent(points)
    largest = points[-1][0] if points else 0
    if slow_at is not None and target <= 3.0:
        message = (
            f"accepted, but one call at n = {slow_at:,} ran longer than {limit_s:g} s, far more "
            f"than {expected} needs there: an interviewer would push back"
        )
        return {
            "exponent": exponent,
            "expected": expected,
            "on_target": False,
            "message": message,
            "points": [[n, t] for n, t in points],
        }
    if exponent is None and points and points[-1][1] > CALL_CAP_S and target <= 3.0:
        # Too slow to see growth at all: one call at a small n already takes tens of ms.
        n, seconds = points[-1]
        message = (
            f"accepted, but already {seconds * 1000:.0f} ms per call at n = {n:,}, far more than "
            f"{expected} needs there: an interviewer would push back"
        )
        return {
            "exponent": None,
            "expected": expected,
            "on_target": False,
            "message": message,
            "points": [[n, t] for n, t in points],
        }
    if exponent is None:
        message = (
            f"too fast to measure up to n = {largest:,}: consistent with {expected} "
            "(or the input sizes were too small to tell)"
        )
        on_target = True
    else:
        shown = max(exponent, 0.0)
        on_target = exponent <= target + TOLERANCE
        if on_target:
            message = f"grows like n^{shown:.1f} ({expected} expected): on target"
        else:
            message = (
                f"accepted, but grows like n^{shown:.1f} against an expected {expected}: "
                "an interviewer would push back"
            )
    return {
        "exponent": exponent,
        "expected": expected,
        "on_target": on_target,
        "message": message,
        "points": [[n, t] for n, t in points],
    }
