"""Growth feedback: the fit itself, and real measurements of a linear and a quadratic solution."""

from __future__ import annotations

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.complexity import fit_exponent, measure, summarise
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
    slow_code = problem.solutions_in("slow")[0].read_text()
    quadratic = measure(pool, task_for(problem, slow_code), gen, "n")
    assert quadratic is not None and quadratic["exponent"] is not None
    assert quadratic["exponent"] > 1.6, quadratic
    assert not quadratic["on_target"]
