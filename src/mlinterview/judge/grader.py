"""Judging a submission: run every case in one sandboxed child, compare in this process.

``judge`` is the only entry point that runs learner code. It checks the text first (size,
syntax, forbidden imports), then runs the cases in order on a warm worker, each with its own
deadline, and turns what came back into per-case verdicts with the problem's checker.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mlinterview.judge import static
from mlinterview.judge.checkers import Check, OverBudget, get_checker
from mlinterview.judge.execution import Execution, Limits, Outcome
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import CaseResult, Report, Verdict

# Verdicts after which the child is gone: later cases are skipped.
_FATAL = {Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT, Verdict.OUTPUT_LIMIT, Verdict.INTERNAL_ERROR}
_STDOUT_SHOWN = 4096


@dataclass
class Case:
    id: str
    args: list[Any]
    expected: Any = None
    is_sample: bool = False
    _wire: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def wire(self) -> bytes:
        """The case's input as a frame body, encoded once (cases are reused across submissions)."""
        if self._wire is None:
            self._wire = protocol.encode({"case": self.id, "args": self.args})
        return self._wire


Validator = Callable[[list[Any], Any, Any], "bool | str"]


@dataclass
class Task:
    """Everything the judge needs to know about a problem, minus its cases."""

    code: str
    entry: dict[str, Any]
    limits: Limits = field(default_factory=Limits)
    checker: str = "exact"
    checker_options: dict[str, Any] = field(default_factory=dict)
    validator: Validator | None = None
    forbidden: list[str] = field(default_factory=list)
    filename: str = "<your code>"  # what the learner's tracebacks call the code (the file they gave)
    worker: str = "python"  # the worker kind the code runs on (judge/pool.py KINDS)
    driver: str | None = None  # the pack's driver.py, for entry style "driver"

    def load_message(self, marker: str, *, trusted: bool = False, timing: bool = False) -> dict[str, Any]:
        """The first message of a job: the code to load and how to call it. ``trusted`` code
        (a reference solution) may import what the problem forbids."""
        message: dict[str, Any] = {
            "code": self.code,
            "entry": self.entry,
            "forbidden": [] if trusted else self.forbidden,
            "marker": marker,
            "filename": self.filename,
        }
        if timing:
            message["timing"] = True
        if self.driver is not None:
            message["driver"] = self.driver
        return message


def judge(pool: WorkerPool, task: Task, cases: list[Case], *, keep_going: bool = True) -> Report:
    """Judge ``task.code`` on ``cases``. ``keep_going`` runs the remaining cases after a wrong
    answer or an exception (the process survives those); a time-out or crash always stops."""
    problem = static.inspect(task.code, task.forbidden)
    if problem is not None:
        verdict = Verdict.RUNTIME_ERROR if problem.kind == "forbidden" else Verdict.SYNTAX_ERROR
        if problem.kind == "too_large":
            verdict = Verdict.OUTPUT_LIMIT
        return Report(verdict, 0, len(cases), message=problem.message)

    execution = Execution(pool.worker(task.worker), task.limits, len(cases))
    try:
        return _run(execution, task, cases, keep_going)
    finally:
        # Whatever raised on this side (a checker, a decoder), the job ends and frees its uid.
        if not execution.finished:
            execution.finish(kill=True)


def _run(execution: Execution, task: Task, cases: list[Case], keep_going: bool) -> Report:
    header = task.load_message(execution.marker)
    # The code and the cases go in one pipelined exchange, so the child runs the first case
    # straight after loading the code instead of sleeping until the judge hears "ready": a
    # wake-up that used to be charged to the first case (a 0.1 ms case shown as milliseconds).
    # Drain every answer before grading any: the clock of case i runs while the judge waits,
    # so checking case i-1 in between would count against case i.
    answers = execution.exchange(
        [header, *(c.wire for c in cases)],
        task.limits.time_s,
        first_timeout_s=max(task.limits.time_s, 2.0),
    )
    load = next(answers)
    if load.status != "ok" or not load.message.get("ready"):
        answers.close()
        return _load_failure(execution, load, task, len(cases))

    results: list[CaseResult] = []
    printed: list[str] = [load.stdout] if load.stdout else []
    shown_failure = False
    stop = False
    outcomes = iter(list(answers))
    for case in cases:
        if stop:
            results.append(CaseResult(case.id, Verdict.SKIPPED, is_sample=case.is_sample))
            continue
        outcome = next(outcomes, None) or Outcome("died")
        # After a time-out, a death or a garbled channel the child's later answers (if any)
        # cannot be trusted or do not exist: the remaining cases are skipped.
        broken = outcome.status != "ok" or not _well_formed(outcome.message, case.id)
        result = _grade(case, outcome, task, execution)
        if outcome.stdout:
            printed.append(outcome.stdout)
        failed = result.verdict is not Verdict.ACCEPTED
        if case.is_sample or (failed and not shown_failure):
            result.has_details = True
            result.input = case.args
            result.expected = case.expected
            if failed and not case.is_sample:
                shown_failure = True
        else:
            result.got = None
        results.append(result)
        if result.verdict in _FATAL or (failed and not keep_going) or broken:
            stop = True
            if not execution.finished:
                execution.finish(kill=True)
    if not execution.finished:
        execution.finish()
    report = _summarise(results, execution, task)
    report.stdout = "".join(printed)[:_STDOUT_SHOWN]
    return report


def _grade(case: Case, outcome: Outcome, task: Task, execution: Execution) -> CaseResult:
    result = CaseResult(
        case.id,
        Verdict.ACCEPTED,
        time_s=round(outcome.time_s, 6),
        is_sample=case.is_sample,
        stdout=outcome.stdout[:_STDOUT_SHOWN],
    )
    message = outcome.message
    if outcome.status == "timeout":
        result.verdict = Verdict.TIME_LIMIT
        result.message = f"ran longer than {task.limits.time_s:g} s"
        result.time_s = task.limits.time_s
    elif outcome.status == "output_limit":
        result.verdict = Verdict.OUTPUT_LIMIT
        result.message = message.get("message") or f"printed more than {task.limits.output_kb} KB"
    elif outcome.status == "died":
        result.verdict, result.message = _death(execution, task)
    elif outcome.status == "protocol":
        result.verdict = Verdict.RUNTIME_ERROR
        result.message = f"the answer channel was tampered with: {message.get('message', '')}"
    elif (failed := harness_failure(message)) is not None:
        result.verdict, result.message = failed
    elif not _well_formed(message, case.id):
        result.verdict = Verdict.RUNTIME_ERROR
        result.message = "the answer channel was tampered with (an answer that does not match the case)"
        execution.finish(kill=True)
    elif message["ok"]:
        result.got = message["value"]
        # Checking has a budget of its own (the case's time limit, at least 1 s), apart from
        # the learner's time: a checker past it ends the case in a time-limit verdict.
        checked_at = time.monotonic()
        budget = check_budget(task)
        try:
            verdict = _check(task, case, message["value"], checked_at + budget)
        except OverBudget:
            verdict = Check(True)  # the time below decides
        except Exception as exc:  # a validator tripping over an odd answer
            verdict = Check(False, f"the checker could not read your answer ({type(exc).__name__}: {exc})")
        checking_s = time.monotonic() - checked_at
        if checking_s > budget:
            result.verdict = Verdict.TIME_LIMIT
            result.message = (
                f"checking your answer took {checking_s:.1f} s, more than the checker's budget of "
                f"{budget:g} s (a far larger answer than the problem needs?)"
            )
        elif not verdict.ok:
            result.verdict = Verdict.WRONG_ANSWER
            result.message = verdict.message
    else:
        error = message["error"]
        result.verdict, result.message = _classify_error(error)
    return result


def check_budget(task: Task) -> float:
    """Seconds the checker may spend on one answer: the case's own time limit, at least 1 s."""
    return max(task.limits.time_s, 1.0)


def _well_formed(message: dict[str, Any], case_id: str) -> bool:
    if message.get("case") != case_id or not isinstance(message.get("ok"), bool):
        return False
    if message["ok"]:
        return set(message) == {"case", "ok", "value", "call_s"} and isinstance(
            message["call_s"], int | float
        )
    error = message.get("error")
    return (
        set(message) == {"case", "ok", "error"}
        and isinstance(error, dict)
        and all(isinstance(error.get(k), str) for k in ("type", "message", "traceback"))
    )


def harness_failure(message: dict[str, Any]) -> tuple[Verdict, str] | None:
    """The verdict and message of the harness's report that it broke down (``runner.main``:
    the traceback, the exception's type, whether the learner's code had run), or None when
    ``message`` is no such report. Before the learner's code ran the failure is the judge's;
    after, it shares the interpreter with that code, which may have broken it."""
    text = message.get("fatal")
    if not isinstance(text, str) or not set(message) <= {"fatal", "type", "code_ran"}:
        return None
    lines = text.strip().splitlines()
    cause = lines[-1] if lines else "an unknown failure"
    if message.get("type") == "MemoryError":
        cause = "ran out of memory (the judge's harness got a MemoryError between calls)"
        return Verdict.MEMORY_LIMIT, f"{cause}\n\n{text}"
    if message.get("code_ran") is not True:
        cause = f"the judge's harness failed before running your code: {cause}"
        return Verdict.INTERNAL_ERROR, f"{cause}\n\n{text}"
    return (
        Verdict.RUNTIME_ERROR,
        f"the judge's harness failed after your code ran (does it change the harness's modules or "
        f"builtins?): {cause}\n\n{text}",
    )


def _classify_error(error: dict[str, str]) -> tuple[Verdict, str]:
    kind = error["type"]
    if kind in ("BadReturn", "UnsupportedValue"):
        return Verdict.WRONG_ANSWER, error["message"]
    if kind == "CaseError":
        return Verdict.INTERNAL_ERROR, error["message"]
    if kind == "MemoryError":
        return Verdict.MEMORY_LIMIT, "ran out of memory (MemoryError)"
    if kind == "ForbiddenImport":
        return Verdict.RUNTIME_ERROR, error["message"]
    return Verdict.RUNTIME_ERROR, error["traceback"] or error["message"]


def _death(execution: Execution, task: Task) -> tuple[Verdict, str]:
    """Why the child died before answering, from the worker's accounting."""
    exit_info = execution.finish()
    status = exit_info.get("status")
    if exit_info.get("worker_died"):
        return Verdict.INTERNAL_ERROR, "the judge's worker stopped unexpectedly"
    if exit_info.get("error"):
        return Verdict.INTERNAL_ERROR, str(exit_info["error"])
    if execution.out_of_memory or execution.memory_mb >= task.limits.memory_mb * 0.9:
        return Verdict.MEMORY_LIMIT, f"used more than {task.limits.memory_mb} MB"
    if status is not None and status < 0:
        name = signal.Signals(-status).name if -status in signal.Signals._value2member_map_ else str(-status)
        if name == "SIGXCPU":
            return Verdict.TIME_LIMIT, "used up its CPU time"
        if name in ("SIGSEGV", "SIGBUS"):
            return Verdict.RUNTIME_ERROR, f"crashed ({name}; a stack overflow from very deep recursion?)"
        return Verdict.RUNTIME_ERROR, f"killed by {name}"
    return Verdict.RUNTIME_ERROR, f"your program exited (status {status}) before returning an answer"


def _check(task: Task, case: Case, got: Any, deadline: float | None = None) -> Check:
    if task.checker == "validator":
        if task.validator is None:
            return Check(False, "this problem's validator is missing")
        verdict = task.validator(case.args, case.expected, got)
        if verdict is True:
            return Check(True)
        return Check(False, verdict if isinstance(verdict, str) else "the answer is not valid")
    return get_checker(task.checker)(case.expected, got, **{"deadline": deadline, **task.checker_options})


def _load_failure(execution: Execution, load: Outcome, task: Task, total: int) -> Report:
    if load.status == "ok" and "error" in load.message:
        error = load.message["error"] if isinstance(load.message["error"], dict) else {}
        text = str(error.get("traceback") or error.get("message") or "your code failed to load")
        verdict = Verdict.MEMORY_LIMIT if error.get("type") == "MemoryError" else Verdict.RUNTIME_ERROR
        execution.finish()
        return Report(verdict, 0, total, message=text[:8000], stdout=load.stdout[:_STDOUT_SHOWN])
    if load.status == "timeout":
        return Report(
            Verdict.TIME_LIMIT,
            0,
            total,
            message="loading your code took too long",
            stdout=load.stdout[:_STDOUT_SHOWN],
        )
    if load.status == "died":
        verdict, message = _death(execution, task)
        return Report(verdict, 0, total, message=message, stdout=load.stdout[:_STDOUT_SHOWN])
    if load.status == "output_limit":
        return Report(Verdict.OUTPUT_LIMIT, 0, total, message="printed too much while loading")
    failed = harness_failure(load.message) if load.status == "ok" else None
    if failed is not None:
        execution.finish(kill=True)
        return Report(failed[0], 0, total, message=failed[1][:8000], stdout=load.stdout[:_STDOUT_SHOWN])
    execution.finish(kill=True)
    return Report(Verdict.RUNTIME_ERROR, 0, total, message="the answer channel was tampered with")


def _summarise(results: list[CaseResult], execution: Execution, task: Task) -> Report:
    passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
    failure = next((r for r in results if r.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)
    verdict = failure.verdict if failure else Verdict.ACCEPTED
    message = failure.message if failure else ""
    memory = round(execution.memory_mb, 1)
    if verdict is Verdict.ACCEPTED and memory > task.limits.memory_mb:
        verdict, message = Verdict.MEMORY_LIMIT, f"used {memory:g} MB, more than {task.limits.memory_mb} MB"
    if execution.out_of_memory and verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR):
        verdict, message = (
            Verdict.MEMORY_LIMIT,
            f"the job's processes together used more than {task.limits.memory_mb} MB",
        )
    if verdict is Verdict.ACCEPTED and passed != len(results):
        # Never accept on anything less than every case judged and passed.
        verdict, message = Verdict.INTERNAL_ERROR, "not every case was judged"
    report = Report(
        verdict,
        passed,
        len(results),
        results,
        message=message,
        time_s=max((r.time_s for r in results), default=0.0),
        memory_mb=memory,
    )
    return report


def collect(pool: WorkerPool, task: Task, inputs: list[tuple[str, list[Any]]]) -> list[Any]:
    """Run trusted code (a reference solution) on ``inputs`` and return its answers.

    Used to compute the expected values of generated cases. Any failure is the pack's fault.
    """
    problem = static.inspect(task.code, [])
    if problem is not None:
        raise RuntimeError(problem.message)
    limits = Limits(**{**task.limits.__dict__, "time_s": max(task.limits.time_s * 5, 10.0)})
    execution = Execution(pool.worker(task.worker), limits, len(inputs))
    try:
        load = execution.request(task.load_message(execution.marker, trusted=True), 30.0)
        if load.status != "ok" or not load.message.get("ready"):
            raise RuntimeError(f"the reference failed to load: {load.message or load.status}")
        values = []
        outcomes = list(execution.exchange([{"case": i, "args": a} for i, a in inputs], limits.time_s))
        for (case_id, _), outcome in zip(inputs, outcomes, strict=False):
            if outcome.status != "ok" or not outcome.message.get("ok"):
                detail = (
                    outcome.message.get("error") or outcome.message.get("fatal") or {}
                    if outcome.status == "ok"
                    else outcome.status
                )
                raise RuntimeError(f"the reference failed on generated case {case_id!r}: {detail}")
            values.append(outcome.message["value"])
        if len(values) != len(inputs):
            raise RuntimeError("the reference stopped answering")
        return values
    finally:
        if not execution.finished:
            execution.finish(kill=True)
