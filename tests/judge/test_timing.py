"""A case is charged for the child's time on it alone: never for the judge's own checking."""

from __future__ import annotations

import time

import pytest

from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict


def test_slow_checking_of_one_case_does_not_time_out_the_next(pool: WorkerPool) -> None:
    def slow_validator(args, expected, got):  # type: ignore[no-untyped-def]
        time.sleep(0.7)  # longer than the per-case limit below
        return got == expected

    task = Task(
        "def f(x):\n    return x\n",
        {"style": "function", "name": "f", "params": ["x"]},
        Limits(time_s=0.5),
        checker="validator",
        validator=slow_validator,
    )
    report = judge(pool, task, [Case(str(i), [i], i, i == 0) for i in range(3)])
    assert report.verdict is Verdict.ACCEPTED, report.message
    assert all(c.time_s < 0.5 for c in report.cases)


def test_a_genuinely_slow_case_still_times_out(pool: WorkerPool) -> None:
    code = "import time\ndef f(x):\n    if x == 2:\n        time.sleep(5)\n    return x\n"
    task = Task(code, {"style": "function", "name": "f", "params": ["x"]}, Limits(time_s=0.5))
    report = judge(pool, task, [Case(str(i), [i], i, i == 0) for i in range(4)])
    assert report.verdict is Verdict.TIME_LIMIT
    assert [c.verdict for c in report.cases] == [
        Verdict.ACCEPTED,
        Verdict.ACCEPTED,
        Verdict.TIME_LIMIT,
        Verdict.SKIPPED,
    ]


def test_what_loading_prints_is_not_charged_to_the_first_case(pool: WorkerPool) -> None:
    # The code and the cases are sent together, so the first case may run before the judge has
    # read "ready": what the module printed while loading must still be told apart from it.
    code = "print('loading')\ndef f(x):\n    print('case', x)\n    return x\n"
    task = Task(code, {"style": "function", "name": "f", "params": ["x"]}, Limits(time_s=2.0))
    for _ in range(5):
        report = judge(pool, task, [Case(str(i), [i], i, True) for i in range(3)])
        assert report.verdict is Verdict.ACCEPTED, report.message
        assert [c.stdout for c in report.cases] == ["case 0\n", "case 1\n", "case 2\n"]
        assert report.stdout.startswith("loading\n")


def test_a_judge_held_up_past_the_deadline_does_not_blame_the_child(
    pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The judge itself may be late to look (another thread held the interpreter while it
    decoded a huge answer): an answer already waiting is judged by the child's own clock,
    not timed out. Here the judge is held up by sleeping before it reads each answer."""
    from mlinterview.judge import execution

    real_select = execution.select.select

    def held_up_select(r, w, x, timeout=None):  # type: ignore[no-untyped-def]
        if timeout:
            # the judge is busy past the deadline, and wakes with nothing read yet
            time.sleep(timeout + 0.3)
            return [], real_select([], w, [], 0)[1], []
        return real_select(r, w, x, 0)

    task = Task(
        "def f(x):\n    return x\n", {"style": "function", "name": "f", "params": ["x"]}, Limits(time_s=0.5)
    )
    monkeypatch.setattr(execution.select, "select", held_up_select)
    report = judge(pool, task, [Case(str(i), [i], i, i == 0) for i in range(3)])
    monkeypatch.undo()
    assert report.verdict is Verdict.ACCEPTED, report.message
    assert all(c.time_s < 0.5 for c in report.cases)
    # and a child that really is slow (its own clock says so) is still timed out
    slow = Task(
        "import time\ndef f(x):\n    t = time.perf_counter()\n"
        "    while time.perf_counter() - t < 3:\n        pass\n    return x\n",
        {"style": "function", "name": "f", "params": ["x"]},
        Limits(time_s=0.5),
    )
    monkeypatch.setattr(execution.select, "select", held_up_select)
    report = judge(pool, slow, [Case("0", [0], 0, True)])
    monkeypatch.undo()
    assert report.verdict is Verdict.TIME_LIMIT
