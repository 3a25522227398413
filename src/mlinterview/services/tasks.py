"""Turning a catalog problem plus some code into a judge task (an executor's)."""

from __future__ import annotations

import importlib.util

from mlinterview.catalog import Problem
from mlinterview.errors import JudgeUnavailable
from mlinterview.judge import packcode
from mlinterview.judge.execution import Limits
from mlinterview.judge.executors import Executor
from mlinterview.judge.grader import Task
from mlinterview.judge.pool import LIBS_PACKAGES

INSTALL_LIBS = "pip install 'mlinterview[libs]'"


def missing_libraries() -> list[str]:
    """The libraries track's packages that are not installed (looked up, never imported)."""
    return [name for name in LIBS_PACKAGES if importlib.util.find_spec(name) is None]


_DISTRIBUTIONS = {"torch": "torch", "sklearn": "scikit-learn", "pandas": "pandas"}


def library_versions() -> dict[str, str | None]:
    """Each of the libraries track's packages with its installed version (None: not installed),
    read from the package metadata, never by importing it."""
    import importlib.metadata

    found: dict[str, str | None] = {}
    for name in LIBS_PACKAGES:
        try:
            found[name] = importlib.metadata.version(_DISTRIBUTIONS[name])
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    return found


def task_for(problem: Problem, code: str, filename: str = "<your code>") -> Executor:
    """What the one judge runs for ``code`` on ``problem``: a query on the SQL track, a Python
    module elsewhere. ``filename`` is what tracebacks call the code: the learner's file, or the
    editor's."""
    if problem.language == "sql":
        from mlinterview.services.sql import task

        return task(problem, code)
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
