"""Growth feedback: the fit itself, and real measurements of a linear and a quadratic solution."""

from __future__ import annotations

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.complexity import fit_exponent, measure, summarise, trusted_points
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.tasks import task_for


def test_fit_recovers_known_exponents() -> None:
    linear = [(n, 1e-6 * n) for n in (256, 512, 1024, 2048, 4096)]
    quadratic = [(n, 1e-8 * n * n) for n in (256, 512, 1024, 2048)]
    assert fit_exponent(linear) == pytest.approx(1.0)
    assert fit_exponent(quadratic) == pytest.approx(2.0)


def test_messages_say_on_target_or_push_back() -> None:
    assert "on target" in summarise([(n, 1e-6 * n) for n in (256, 512, 1024, 2048)], "n log n")["message"]
    slow = summarise([(n, 1e-8 * n * n) for n in (256, 512, 1024, 2048)], "n")
    assert not slow["on_target"] and "interviewer would push back" in slow["message"]
    assert "too fast to measure" in summarise([(256, 1e-6)], "n")["message"]
    exponential = summarise([(256, 0.4)], "n^2")
    assert not exponential["on_target"] and "already 400 ms per call at n = 256" in exponential["message"]
    assert summarise([(256, 0.4)], "2^n")["on_target"]
    timed_out = summarise([], "n", slow_at=256, limit_s=2.0)
    assert not timed_out["on_target"] and "ran longer than 2 s" in timed_out["message"]


def test_real_measurements_tell_linear_from_quadratic(pool: WorkerPool) -> None:
    problem = Catalog([BUILTIN_CONTENT]).get("two-sum")
    gen = problem.file("gen.py")
    reference = measure(pool, task_for(problem, problem.solution), gen, "n")
    assert reference is not None and reference["exponent"] is not None
    assert reference["exponent"] < 1.6, reference
    slow_code = (problem.path / "alt" / "check-every-pair.py").read_text()  # accepted, but O(n^2)
    quadratic = measure(pool, task_for(problem, slow_code), gen, "n")
    assert quadratic is not None and quadratic["exponent"] is not None
    assert quadratic["exponent"] > 1.6, quadratic
    assert not quadratic["on_target"]


def test_child_timings_the_judge_cannot_confirm_are_replaced_by_its_own() -> None:
    honest = [(n, 1e-6 * n, 1e-6 * n + 0.001) for n in (1024, 2048, 4096, 8192)]
    baseline = {n: 0.001 for n in (1024, 2048, 4096, 8192)}
    assert trusted_points(honest, baseline, "n") == [(n, c) for n, c, _ in honest]
    # A child that claims linear times while the judge saw quadratic ones.
    forged = [(n, 1e-6 * n, 1e-8 * n * n + 0.001) for n in (1024, 2048, 4096, 8192)]
    points = trusted_points(forged, baseline, "n")
    assert fit_exponent(points) == pytest.approx(2.0, abs=0.05)
    # Claiming more CPU time than the call's whole wall-clock time is not believed either.
    inflated = [(n, 1e-6 * n * n, 1e-8 * n * n) for n in (1024, 2048, 4096, 8192)]
    assert trusted_points(inflated, {}, "1") == [(n, 1e-8 * n * n) for n, _, _ in inflated]
    # A fast call with a big answer to convert: the judge's figures hold the conversion, and
    # they agree the solution is on target, so the child's steadier figures stay.
    big_answer = [(n, 1e-8 * n, 1e-6 * n + 0.001) for n in (1024, 2048, 4096, 8192)]
    assert trusted_points(big_answer, baseline, "n") == [(n, c) for n, c, _ in big_answer]
    # One size disturbed by a busy machine does not discard the child's steadier timings.
    noisy = [*honest[:3], (8192, 0.008, 0.2)]
    assert trusted_points(noisy, baseline, "n") == [(n, c) for n, c, _ in noisy]


CLOCK_PATCHES = {
    "the time module": (
        "import time as _t\n"
        "_ticks = [0.0]\n"
        "def _fake():\n"
        "    _ticks[0] += 1e-6\n"
        "    return _ticks[0]\n"
        "for _name in ('thread_time', 'perf_counter', 'process_time', 'monotonic', 'time'):\n"
        "    setattr(_t, _name, _fake)\n"
    ),
    "the harness's captured clock": (
        "import sys as _s\n"
        "for _m in list(_s.modules.values()):\n"
        "    if hasattr(_m, '_call_clock'):\n"
        "        _m._call_clock = lambda: 0.0\n"
    ),
}


@pytest.mark.hostile
@pytest.mark.parametrize("patch", sorted(CLOCK_PATCHES))
def test_a_quadratic_solution_that_patches_the_clock_is_not_on_target(pool: WorkerPool, patch: str) -> None:
    problem = Catalog([BUILTIN_CONTENT]).get("two-sum")
    slow_code = (problem.path / "alt" / "check-every-pair.py").read_text()  # accepted, but O(n^2)
    result = measure(pool, task_for(problem, CLOCK_PATCHES[patch] + slow_code), problem.file("gen.py"), "n")
    assert result is not None
    assert not result["on_target"], result
    assert "push back" in result["message"]
    assert pool.worker().stray_processes() == 0
