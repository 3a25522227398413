"""What comes back from a submission is bounded before the host decodes or checks it.

Per answer: bytes (from the frame header), values and nesting depth; per job: all answer bytes
together; per check: a time budget of its own (the case's time limit). Each over-cap answer gets a
verdict naming the cap, and the next honest submission is judged normally.
"""

from __future__ import annotations

import time

import numpy as np
import pytest

from mlinterview.judge import execution, grader
from mlinterview.judge.checkers import OverBudget
from mlinterview.judge.checkers.exact import check_exact
from mlinterview.judge.checkers.unordered import check_unordered
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

ENTRY = {"style": "function", "name": "solve", "params": ["x"]}


def honest_still_accepted(pool: WorkerPool) -> None:
    task = Task("def solve(x):\n    return 2 * x\n", ENTRY, Limits(time_s=2.0, memory_mb=128))
    assert judge(pool, task, [Case("one", [1], 2)]).verdict is Verdict.ACCEPTED
    assert pool.worker().stray_processes() == 0


@pytest.mark.hostile
def test_answers_over_the_per_job_total_are_an_output_limit(pool: WorkerPool) -> None:
    per_answer = 12 * 2**20  # under the one-answer cap; six of them are over the job's cap
    assert per_answer < execution.MAX_ANSWER_BYTES and 6 * per_answer > execution.MAX_JOB_ANSWER_BYTES
    code = f"def solve(x):\n    return 'x' * {per_answer}\n"
    task = Task(code, ENTRY, Limits(time_s=15.0, memory_mb=128))
    expected = "x" * per_answer
    report = judge(pool, task, [Case(f"c{i}", [i], expected) for i in range(6)])
    assert report.verdict is Verdict.OUTPUT_LIMIT
    assert "64 MB in all" in report.message
    verdicts = [c.verdict for c in report.cases]
    assert verdicts[:5] == [Verdict.ACCEPTED] * 5 and verdicts[5] is Verdict.OUTPUT_LIMIT
    honest_still_accepted(pool)


def test_a_numpy_boolean_answer_is_accepted(pool: WorkerPool) -> None:
    for code in (
        "import numpy as np\ndef solve(x):\n    return np.bool_(x > 0)\n",
        "import numpy as np\ndef solve(x):\n    return np.array(x > 0)\n",
    ):
        for returns in ("json", "ndarray"):
            task = Task(code, {**ENTRY, "returns": returns}, Limits(time_s=2.0))
            report = judge(pool, task, [Case("pos", [3], True), Case("neg", [-1], False)])
            assert report.verdict is Verdict.ACCEPTED, (code, returns, report.message)


def test_a_zero_d_boolean_array_compares_as_a_boolean() -> None:
    assert check_exact(True, np.array(True)).ok
    assert not check_exact(True, np.array(False)).ok
    assert "got a bool" in check_exact(1, np.array(True)).message


def test_the_unordered_checker_stops_at_its_deadline() -> None:
    answer = [[i, str(i)] for i in range(200_000)]
    with pytest.raises(OverBudget):
        check_unordered(answer, answer[::-1], depth=1, deadline=time.monotonic() + 0.01)
    assert check_unordered(list(range(1000)), list(range(999, -1, -1)), deadline=time.monotonic() + 60).ok


def test_a_checker_over_its_budget_is_a_time_limit(pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grader, "check_budget", lambda task: 0.0005)
    code = "def solve(x):\n    return [[i, str(i)] for i in range(50_000)]\n"
    task = Task(code, ENTRY, Limits(time_s=2.0), checker="unordered")
    report = judge(pool, task, [Case("one", [1], [[i, str(i)] for i in range(50_000)])])
    assert report.verdict is Verdict.TIME_LIMIT
    assert "checker's budget" in report.message
