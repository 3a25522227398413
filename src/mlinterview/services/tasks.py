"""Turning a catalog problem plus some code into a judge task."""

from __future__ import annotations

import importlib.util

from mlinterview.catalog import Problem
from mlinterview.errors import JudgeUnavailable
from mlinterview.judge import packcode
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Task
from mlinterview.judge.pool import LIBS_PACKAGES

INSTALL_LIBS = "pip install 'mlinterview[libs]'"


def missing_libraries() -> list[str]:
    """The libraries track's packages that are not installed (looked up, never imported)."""
    return [name for name in LIBS_PACKAGES if importlib.util.find_spec(name) is None]


def task_for(problem: Problem, code: str, filename: str = "<your code>") -> Task:
    """``filename`` is what tracebacks call the code: the learner's file, or the editor's."""
    if problem.worker_kind == "libs" and (missing := missing_libraries()):
        raise JudgeUnavailable(
            f"the libraries track needs {', '.join(missing)}, which is not installed here: "
            f"install the extra with `{INSTALL_LIBS}` (CPU PyTorch), then try again"
        )
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
        worker=problem.worker_kind,
        driver=problem.read("driver.py") if problem.entry["style"] == "driver" else None,
    )
