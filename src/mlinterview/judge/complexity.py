"""Growth feedback after an accepted submission: time the solution at growing n, fit n^k.

The solution runs in one sandboxed child on inputs from the pack's ``scale(n, rng)``, at sizes
doubling from 256 to 65536 while a call stays under ~60 ms and the whole measurement under ~0.5 s.
Each size is timed three times and the fastest kept; the exponent is the least-squares slope
of log(time) on log(n) over the sizes that took at least 0.3 ms. It is advice, never a verdict:
call times are the child's CPU time for the call alone, with the garbage collector paused as
timeit does, so a busy machine moves them little. The judge owns the clock: the child's clock
is captured before learner code loads, and every timing is cross-checked against the judge's
own time for the case minus a clean child's time for the same input (``trusted_points``); a
timing that fails the check cannot turn the judge's own "off target" into "on target".
docs/JUDGE.md says how far to trust it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mlinterview.complexity_classes import COMPLEXITY_EXPONENTS
from mlinterview.judge import packcode
from mlinterview.judge.execution import Execution, Limits
from mlinterview.judge.grader import Task
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool

BUDGET_S = 0.5
CALL_CAP_S = 0.06
MIN_TIMED_S = 0.0003
TOLERANCE = 0.35
# The cross-check of the child's timings against the judge's own clock: a call whose host-side
# time (minus what a clean child needs to receive the same input and answer) is at least
# CHECKED_FROM_S must have been reported at no less than CROSS_RATIO of it (and no more than
# the host-side time); past one size that fails, the judge's times replace the child's.
CHECKED_FROM_S = 0.002
CROSS_RATIO = 0.25
# The judge's figures also hold converting and sending the answer (linear in its size) and the
# machine's load, so they must exceed the target by this much more before they overrule the
# child's: honest linear solutions with big answers read up to n^1.6 that way on a loaded
# machine, a quadratic one n^2 or more.
HOST_MARGIN = 0.3


def measure(
    pool: WorkerPool,
    task: Task,
    gen_path: Path,
    expected: str,
    max_n: int = 1 << 16,
    frames: Callable[[int], bytes | None] | None = None,
) -> dict[str, Any] | None:
    """Return ``{"exponent", "expected", "on_target", "message", "points"}`` or None if the pack
    has no ``scale`` function. ``frames(n)`` gives the encoded case of size n (default:
    :func:`scaled_frame`); a caller that measures often may pass a memo of it, since making
    and encoding the inputs can cost more than timing the solution on them."""
    if packcode.scaled_input(gen_path, 4) is None:
        return None
    if frames is None:

        def frames(n: int) -> bytes | None:
            return scaled_frame(gen_path, n)

    limits = Limits(**{**task.limits.__dict__, "time_s": max(task.limits.time_s, 2.0)})
    measured = _time_sizes(pool, task, limits, frames, max_n)
    if measured is None:
        return None
    samples, inputs, slow_at = measured
    baseline = _baseline(pool, task, limits, inputs)
    points = trusted_points(samples, baseline, expected)
    return summarise(points, expected, slow_at=slow_at, limit_s=limits.time_s)


Sample = tuple[int, float, float]  # n, fastest call as the child timed it, fastest as the judge did


def _time_sizes(
    pool: WorkerPool, task: Task, limits: Limits, frames: Callable[[int], bytes | None], max_n: int
) -> tuple[list[Sample], dict[int, bytes], int | None] | None:
    execution = Execution(pool.worker(task.worker), limits, 64)
    samples: list[Sample] = []
    inputs: dict[int, bytes] = {}  # the encoded case of each size, for the baseline
    slow_at: int | None = None
    try:
        load = execution.request(task.load_message(execution.marker, timing=True), 5.0)
        if load.status != "ok" or not load.message.get("ready"):
            return None
        started = time.monotonic()
        n = 256
        while n <= max_n and time.monotonic() - started < BUDGET_S:
            frame = frames(n)
            if frame is None:
                break
            inputs[n] = frame
            calls, hosts = [], []
            # One call at a time, not pipelined: the judge's time for a call then runs from its
            # input to its answer, whatever else the machine is doing. The frame is encoded once.
            for _ in range(3):
                outcome = next(execution.exchange([frame], limits.time_s))
                if outcome.status == "timeout":
                    slow_at = n
                if outcome.status != "ok" or not outcome.message.get("ok"):
                    break
                call_s = outcome.message.get("call_s")
                calls.append(float(call_s) if isinstance(call_s, int | float) else 0.0)
                hosts.append(outcome.time_s)
            if len(calls) < 3:
                break
            samples.append((n, min(calls), min(hosts)))
            if min(calls) > CALL_CAP_S or min(hosts) > 2 * CALL_CAP_S:
                break
            n *= 2
    finally:
        if not execution.finished:
            execution.finish(kill=True)
    return samples, inputs, slow_at


def _baseline(pool: WorkerPool, task: Task, limits: Limits, inputs: dict[int, bytes]) -> dict[int, float]:
    """Per size, the judge-side time of a clean child that receives the same input and returns
    at once: what a case costs besides the learner's call (the learner cannot touch it)."""
    stub = _stub(task.entry)
    if stub is None or not inputs:
        return {}
    execution = Execution(pool.worker(task.worker), limits, 64)
    found: dict[int, float] = {}
    try:
        load = execution.request(
            {"code": stub, "entry": task.entry, "forbidden": [], "marker": execution.marker, "timing": True},
            5.0,
        )
        if load.status != "ok" or not load.message.get("ready"):
            return {}
        for n, frame in inputs.items():
            times = []
            for _ in range(3):
                outcome = next(execution.exchange([frame], limits.time_s))
                if outcome.status != "ok":
                    return found
                times.append(outcome.time_s)
            found[n] = min(times)
    finally:
        if not execution.finished:
            execution.finish(kill=True)
    return found


def _stub(entry: dict[str, Any]) -> str | None:
    """A solution that does nothing, for the entry's call style (None: no baseline)."""
    style, name = entry.get("style"), str(entry.get("name", ""))
    if not name.isidentifier():
        return None
    anything = "    def __getattr__(self, attr):\n        return lambda *args, **kwargs: {value}\n"
    if style == "function":
        return f"def {name}(*args, **kwargs):\n    return None\n"
    if style == "solution":
        return "class Solution:\n" + anything.format(value="None")
    if style == "codec":
        return f"class {name}:\n" + anything.format(value="''")
    return None


def trusted_points(
    samples: list[Sample], baseline: dict[int, float], expected: str
) -> list[tuple[int, float]]:
    """The times the fit uses: the child's own, unless the judge's clock contradicts them in a
    way that changes the conclusion; then the judge's (minus the clean child's baseline).

    The child times the call with a clock captured before the learner's code loaded, but that
    child is the learner's process. Its figure is steadier than the judge's (CPU time of the
    call alone), so it is used unless, at more than one size, it is below CROSS_RATIO of what
    the judge saw beyond the baseline (or above the judge's whole time) AND the judge's own
    figures say the solution is off target: a timing the judge cannot confirm never turns a
    push-back into "on target". (The judge's figures also hold converting the answer, which
    the baseline does not, so they alone would be too strict for solutions with big answers.)
    """
    child = [(n, call) for n, call, _ in samples]
    host = [(n, max(h - baseline.get(n, 0.0), 0.0)) for n, _, h in samples]
    failed = sum(
        est >= CHECKED_FROM_S and not CROSS_RATIO * est <= call <= h
        for (_, call, h), (_, est) in zip(samples, host, strict=True)
    )
    if failed <= 1:  # one size may fail on a busy machine; a forged series fails at each it bends
        return child
    judged = fit_exponent(host)
    off_target = judged is not None and judged > COMPLEXITY_EXPONENTS[expected] + TOLERANCE + HOST_MARGIN
    return host if off_target else child


def scaled_frame(gen_path: Path, n: int) -> bytes | None:
    """The case of size n (the pack's ``scale(n)`` seeded with n), encoded for the child; None
    when the pack gives no input of that size."""
    args = packcode.scaled_input(gen_path, n, seed=n)
    return None if args is None else protocol.encode({"case": f"n{n}", "args": args})


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
