"""Running the learner's code on an input they wrote, beside the reference solution.

The input is written the way statements and the verdict panel show it, one parameter a line:
``nums = [2, 7, 11, 15]`` then ``target = 9`` (a value may span lines). Each value is a Python
literal, read with :func:`ast.literal_eval` (never executed). The reference runs in the sandbox
through the judge, like any code, and its answer becomes the expected one; the learner's code is
then judged on that single case with the problem's own checker. Nothing is recorded.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.judge.verdicts import Report
from mlinterview.services.context import Context

MAX_INPUT_BYTES = 64 * 1024
CASE_ID = "custom"
_NAME = re.compile(r"^([A-Za-z_]\w*)\s*=(?!=)\s*", re.MULTILINE)


@dataclass
class CustomRun:
    args: list[Any]
    report: Report  # the learner's code on this input, checked against the reference
    expected: Any  # the reference's answer (None when it could not answer)
    reference_error: str | None  # why the reference could not answer (the input breaks a rule?)


def sample_inputs(ctx: Context, problem: Problem) -> list[str]:
    """The statement's sample inputs in the editable format, to start from."""
    from mlinterview.services.cases import problem_cases

    cases = problem_cases(ctx.catalog, problem, None, ctx.config.cache_dir, samples_only=True)  # cached
    return [format_input(problem, case.args) for case in cases]


def format_input(problem: Problem, args: list[Any]) -> str:
    params = list(problem.entry.get("params") or [])
    return "\n".join(f"{name} = {arg!r}" for name, arg in zip(params, args, strict=False))


def parse_input(problem: Problem, text: str) -> list[Any]:
    """The arguments written in ``text``, in the entry's parameter order. A
    :class:`UserInputError` names the malformed, missing or unknown argument."""
    if problem.language != "python":
        raise UserInputError("custom input is for Python problems; SQL problems use their sample tables")
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        raise UserInputError(f"the input is larger than {MAX_INPUT_BYTES // 1024} KB")
    params = list(problem.entry.get("params") or [])
    starts = list(_NAME.finditer(text))
    stray = text[: starts[0].start()].strip() if starts else text.strip()
    if stray:
        first = stray.splitlines()[0]
        raise UserInputError(f"line 1: {first!r} is not `name = value` (arguments: {', '.join(params)})")
    values: dict[str, Any] = {}
    for i, match in enumerate(starts):
        name = match.group(1)
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        source = text[match.end() : end].strip()
        if name not in params:
            raise UserInputError(f"{name}: not an argument of {problem.entry['name']} ({', '.join(params)})")
        if name in values:
            raise UserInputError(f"{name}: given twice")
        if not source:
            raise UserInputError(f"{name}: no value after '='")
        try:
            values[name] = _plain(ast.literal_eval(source))
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, SyntaxError) else "not a Python literal"
            raise UserInputError(f"{name}: malformed value {_short(source)} ({reason})") from None
    missing = [p for p in params if p not in values]
    if missing:
        raise UserInputError(f"{missing[0]}: missing (write `{missing[0]} = ...`)")
    return [values[p] for p in params]


def run_custom(ctx: Context, problem: Problem, code: str, text: str) -> CustomRun:
    """Judge ``code`` on the input in ``text``; the reference's answer is the expected one."""
    from mlinterview.judge.grader import Case, collect, judge
    from mlinterview.services.tasks import task_for

    args = parse_input(problem, text)
    try:
        expected = collect(ctx.pool, task_for(problem, problem.solution, "solution.py"), [(CASE_ID, args)])[0]
    except RuntimeError as exc:
        message = str(exc).replace(f"on case {CASE_ID!r}", "on this input")
        report = judge(ctx.pool, task_for(problem, code), [Case(CASE_ID, args, None, True)])
        return CustomRun(args, report, None, message)
    report = judge(ctx.pool, task_for(problem, code), [Case(CASE_ID, args, expected, True)])
    return CustomRun(args, report, expected, None)


def _plain(value: Any) -> Any:
    """Tuples and sets as lists: inputs travel as JSON."""
    if isinstance(value, tuple | list | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _short(source: str, limit: int = 40) -> str:
    line = " ".join(source.split())
    return repr(line if len(line) <= limit else line[: limit - 1] + "…")
