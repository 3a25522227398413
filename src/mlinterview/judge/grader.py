"""The one grading loop: run every case in one sandboxed child, compare in this process.

``judge`` is the only entry point that runs learner code, Python or SQL alike. It asks the
task's executor (``judge/executors``) to refuse bad text first, then runs the cases in order on a
warm worker of the executor's kind, each with its own deadline, and turns what came back into
per-case verdicts with the executor's checker. ``collect`` runs trusted pack code the same way.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass, field, replace
from typing import Any

from mlinterview.judge.checkers import Check, OverBudget
from mlinterview.judge.execution import Execution, Outcome
from mlinterview.judge.executors import Executor
from mlinterview.judge.executors.python import Task, Validator
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import CaseResult, Report, Verdict

__all__ = ["Case", "Executor", "ReferenceFailed", "Task", "Validator", "check_budget", "collect", "judge"]

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


def judge(pool: WorkerPool, task: Executor, cases: list[Case], *, keep_going: bool = True) -> Report:
    """Judge ``task.code`` on ``cases``. ``keep_going`` runs the remaining cases after a wrong
    answer or an exception (the process survives those); a time-out or crash always stops."""
    refused = task.refuse()
    if refused is not None:
        kind, message = refused
        verdict = {"forbidden": Verdict.RUNTIME_ERROR, "too_large": Verdict.OUTPUT_LIMIT}.get(
            kind, Verdict.SYNTAX_ERROR
        )
        return Report(verdict, 0, len(cases), message=message)

    execution = Execution(pool.worker(task.worker), task.job_limits(), len(cases))
    try:
        return _run(execution, task, cases, keep_going)
    finally:
        # Whatever raised on this side (a checker, a decoder), the job ends and frees its uid.
        if not execution.finished:
            execution.finish(kill=True)


def _run(execution: Execution, task: Executor, cases: list[Case], keep_going: bool) -> Report:
    header = task.load_message(execution.marker)
    # The code and the cases go in one pipelined exchange, so the child runs the first case
    # straight after loading the code instead of sleeping until the judge hears "ready": a
    # wake-up that used to be charged to the first case (a 0.1 ms case shown as milliseconds).
    # Drain every answer before grading any: the clock of case i runs while the judge waits,
    # so checking case i-1 in between would count against case i.
    answers = execution.exchange(
        [header, *(c.wire for c in cases)],
        task.case_timeout_s,
        first_timeout_s=task.load_timeout_s,
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
            result.input, result.expected, result.got = task.details(case.args, case.expected, result.got)
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


def _grade(case: Case, outcome: Outcome, task: Executor, execution: Execution) -> CaseResult:
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
        result.message = f"ran longer than {task.time_limit_s:g} s"
        result.time_s = task.time_limit_s
    elif outcome.status == "output_limit":
        result.verdict = Verdict.OUTPUT_LIMIT
        result.message = message.get("message") or f"printed more than {task.job_limits().output_kb} KB"
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
        if task.child_time:  # the child also loaded the case's data: its own clock times the run
            result.time_s = round(min(float(message["call_s"]), outcome.time_s), 6)
        if outcome.late:
            # The judge looked after the deadline and found the answer waiting: it, not the
            # child, was held up, so the child's own measure of the call decides.
            result.time_s = round(float(message["call_s"]), 6)
            if result.time_s > task.time_limit_s:
                result.verdict = Verdict.TIME_LIMIT
                result.message = f"ran longer than {task.time_limit_s:g} s"
                return result
        try:
            got = task.decode(message["value"])
        except Exception as exc:  # fail closed on an answer that does not read back
            result.verdict = Verdict.INTERNAL_ERROR
            result.message = f"the answer could not be read: {exc}"
            execution.finish(kill=True)
            return result
        result.got = got
        # Checking has a budget of its own (the case's time limit, at least 1 s), apart from
        # the learner's time: a checker past it ends the case in a time-limit verdict.
        checked_at = time.monotonic()
        budget = check_budget(task)
        try:
            verdict = task.check(case.args, case.expected, got, checked_at + budget)
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
        result.verdict, result.message = _classify_error(message["error"])
        if result.verdict is Verdict.TIME_LIMIT:
            result.time_s = task.time_limit_s
    return result


def check_budget(task: Executor) -> float:
    """Seconds the checker may spend on one answer: the case's own time limit, at least 1 s."""
    return max(task.time_limit_s, 1.0)


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


# Verdicts a harness may name for an error it classified itself (the SQL engine: its own
# interrupt timer, memory limit, parser); never Accepted.
_NAMED = {
    v.value: v
    for v in (
        Verdict.SYNTAX_ERROR,
        Verdict.RUNTIME_ERROR,
        Verdict.TIME_LIMIT,
        Verdict.MEMORY_LIMIT,
        Verdict.OUTPUT_LIMIT,
        Verdict.INTERNAL_ERROR,
    )
}


def _classify_error(error: dict[str, str]) -> tuple[Verdict, str]:
    named = _NAMED.get(str(error.get("verdict")))
    if named is not None:
        return named, error["message"]
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


def _death(execution: Execution, task: Executor) -> tuple[Verdict, str]:
    """Why the child died before answering, from the worker's accounting."""
    exit_info = execution.finish()
    status = exit_info.get("status")
    if exit_info.get("worker_died"):
        return Verdict.INTERNAL_ERROR, "the judge's worker stopped unexpectedly"
    if exit_info.get("error"):
        return Verdict.INTERNAL_ERROR, str(exit_info["error"])
    if execution.out_of_memory or execution.memory_mb >= task.memory_cap_mb * 0.9:
        return Verdict.MEMORY_LIMIT, f"used more than {task.memory_cap_mb:g} MB"
    if status == -signal.SIGABRT and task.engine != "your program":
        # An engine in C (DuckDB) aborts when an allocation fails under the address-space cap.
        return Verdict.MEMORY_LIMIT, f"{task.engine} ran out of memory (more than {task.memory_cap_mb:g} MB)"
    if status is not None and status < 0:
        name = signal.Signals(-status).name if -status in signal.Signals._value2member_map_ else str(-status)
        if name == "SIGXCPU":
            return Verdict.TIME_LIMIT, "used up its CPU time"
        if name in ("SIGSEGV", "SIGBUS"):
            return Verdict.RUNTIME_ERROR, f"crashed ({name}; a stack overflow from very deep recursion?)"
        return Verdict.RUNTIME_ERROR, f"killed by {name}"
    return Verdict.RUNTIME_ERROR, f"{task.engine} exited (status {status}) before returning an answer"


def _load_failure(execution: Execution, load: Outcome, task: Executor, total: int) -> Report:
    if load.status == "ok" and "error" in load.message:
        error = load.message["error"] if isinstance(load.message["error"], dict) else {}
        text = str(error.get("traceback") or error.get("message") or "your code failed to load")
        verdict = Verdict.MEMORY_LIMIT if error.get("type") == "MemoryError" else Verdict.RUNTIME_ERROR
        if str(error.get("verdict")) in _NAMED:
            verdict = _NAMED[str(error["verdict"])]
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


def _summarise(results: list[CaseResult], execution: Execution, task: Executor) -> Report:
    passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
    failure = next((r for r in results if r.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)
    verdict = failure.verdict if failure else Verdict.ACCEPTED
    message = failure.message if failure else ""
    memory = round(execution.memory_mb, 1)
    if verdict is Verdict.ACCEPTED and memory > task.memory_cap_mb:
        verdict, message = Verdict.MEMORY_LIMIT, f"used {memory:g} MB, more than {task.memory_cap_mb:g} MB"
    if execution.out_of_memory and verdict in (Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.RUNTIME_ERROR):
        verdict, message = (
            Verdict.MEMORY_LIMIT,
            f"the job's processes together used more than {task.memory_cap_mb:g} MB",
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


class ReferenceFailed(RuntimeError):
    """Trusted pack code failed in the sandbox. ``source`` names the pack file to blame when
    the child knew it (``schema.sql``, ``datasets.yaml``: the case's data, not the code)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


def collect(
    pool: WorkerPool, task: Executor, inputs: list[tuple[str, list[Any]]], *, decode: bool = True
) -> list[Any]:
    """Run trusted code (a reference solution) on ``inputs`` and return its answers, decoded
    (or as the child sent them, ``decode=False``: plain data to store).

    Used to compute the expected values of generated cases and SQL datasets: the pack's code
    runs in a sandboxed child like any other. Any failure is the pack's fault.
    """
    refused = task.refuse()
    if refused is not None and refused[0] != "forbidden":
        raise RuntimeError(refused[1])
    limits = task.job_limits()
    limits = replace(limits, time_s=max(limits.time_s * 5, 10.0))
    execution = Execution(pool.worker(task.worker), limits, len(inputs))
    try:
        load = execution.request(task.load_message(execution.marker, trusted=True), 30.0)
        if load.status != "ok" or not load.message.get("ready"):
            raise ReferenceFailed(f"the reference failed to load: {load.message or load.status}")
        values = []
        outcomes = list(execution.exchange([{"case": i, "args": a} for i, a in inputs], limits.time_s))
        for (case_id, _), outcome in zip(inputs, outcomes, strict=False):
            if outcome.status != "ok" or not outcome.message.get("ok"):
                error = outcome.message.get("error") if outcome.status == "ok" else None
                if isinstance(error, dict) and error.get("type") == "CaseError":
                    source = error.get("source") if isinstance(error.get("source"), str) else None
                    raise ReferenceFailed(str(error.get("message")), source or "cases")
                detail = (
                    error or outcome.message.get("fatal") or {} if outcome.status == "ok" else outcome.status
                )
                raise ReferenceFailed(f"the reference failed on case {case_id!r}: {detail}")
            value = outcome.message["value"]
            values.append(task.decode(value) if decode else value)
        if len(values) != len(inputs):
            raise ReferenceFailed("the reference stopped answering")
        return values
    finally:
        if not execution.finished:
            execution.finish(kill=True)
