"""Turning a catalog problem plus some code into a judge task."""

from __future__ import annotations

from mlinterview.catalog import Problem
from mlinterview.judge import packcode
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Task


def task_for(problem: Problem, code: str, filename: str = "<your code>") -> Task:
    """``filename`` is what tracebacks call the code: the learner's file, or the editor's."""
    validator = packcode.validator(problem.file("checker.py")) if problem.checker == "validator" else None
    return Task(
        code=code,
        entry=problem.entry,
        limits=Limits(time_s=problem.time_s, memory_mb=problem.memory_mb, output_kb=problem.output_kb),
        checker=problem.checker,
        checker_options=dict(problem.checker_options),
        validator=validator,
        forbidden=list(problem.forbidden),
        filename=filename,
    )
