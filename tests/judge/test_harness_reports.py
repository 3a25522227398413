"""What the learner reads when the harness reports trouble: their own file named in tracebacks,
and the harness's own failure shown as it happened, never as a tampered answer channel."""

from __future__ import annotations

from mlinterview.judge.execution import Execution, Limits
from mlinterview.judge.grader import Case, Task, harness_failure, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

ENTRY = {"style": "function", "name": "solve", "params": ["x"]}
CASES = [Case("one", [1], 2, True)]


def test_a_traceback_names_the_file_the_learner_submitted(pool: WorkerPool) -> None:
    code = "def helper(x):\n    return [][x]\n\n\ndef solve(x):\n    return helper(x)\n"
    task = Task(code, ENTRY, Limits(time_s=1.0), filename="work/two_sum.py")
    report = judge(pool, task, CASES)
    assert report.verdict is Verdict.RUNTIME_ERROR
    message = report.cases[0].message
    assert 'File "work/two_sum.py", line 6, in solve' in message
    assert 'File "work/two_sum.py", line 2, in helper' in message
    assert "return [][x]" in message  # the learner's source line, read from the named file
    assert "solution.py" not in message and "runner.py" not in message


def test_a_module_that_fails_to_load_is_named_too(pool: WorkerPool) -> None:
    task = Task("import this_module_does_not_exist\n", ENTRY, Limits(time_s=1.0), filename="mine.py")
    report = judge(pool, task, CASES)
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert 'File "mine.py", line 1, in <module>' in report.message


def test_a_harness_failure_before_the_code_runs_is_the_judges_and_says_why(pool: WorkerPool) -> None:
    execution = Execution(pool.worker(), Limits(time_s=1.0), 1)
    try:
        # A load message without the code: the harness breaks before any learner code runs.
        outcome = execution.request({"entry": ENTRY, "marker": execution.marker}, 5.0)
    finally:
        execution.finish(kill=True)
    assert outcome.status == "ok"
    failed = harness_failure(outcome.message)
    assert failed is not None
    verdict, message = failed
    assert verdict is Verdict.INTERNAL_ERROR
    assert "before running your code" in message and "KeyError: 'code'" in message


def test_an_ordinary_answer_is_no_harness_failure() -> None:
    assert harness_failure({"case": "one", "ok": True, "value": 2, "call_s": 0.0}) is None
    assert harness_failure({"fatal": "x", "value": 2}) is None  # not the harness's report shape
